#pragma once

#include "core/common/Result.h"
#include "core/criteria/LearningCitizenQuery.h"

#include <QAbstractTableModel>

#include <functional>

namespace thidua {

// The members of one class or tổ with their Công dân học tập result of a school year, in Vietnamese name order, for
// the bulk grid. The result column is editable (Qt::EditRole: a LearningCitizenResult::Status as int, or what a user
// types, "đ", "k", "c"); every change goes through the writer (the page: an undoable command through
// LearningCitizenService) and the row shows it only when the writer succeeded.
class LearningCitizenModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn, // STT
        NameColumn,
        BirthDateColumn,
        CodeColumn,
        ResultColumn,
        ScoreColumn,
        NoteColumn,
        ColumnCount
    };
    // Writes results (all or nothing); an Error leaves the rows as they were.
    using Writer = std::function<Status(const LearningCitizenResults& results)>;

    explicit LearningCitizenModel(QObject* parent = nullptr);

    void setWriter(Writer writer) { m_writer = std::move(writer); }
    void setEntries(qint64 schoolYearId, LearningCitizenQuery::Entries entries);
    const LearningCitizenQuery::Entries& entries() const { return m_entries; }
    qint64 schoolYearId() const { return m_yearId; }
    // The row of a person, -1 when they are not listed.
    int rowOf(qint64 personId) const;
    // Shows a result read again from the database (after an undo, or a change made elsewhere).
    void updateResult(const LearningCitizenResult& result);

    // Sets the status of consecutive rows from `firstRow` through the writer, as one change. Rows past the end are
    // left out. False with the writer's error when it failed.
    Status setStatuses(int firstRow, const QList<LearningCitizenResult::Status>& statuses);

    // Counts of the rows: đạt, không đạt, chưa đánh giá.
    struct Counts
    {
        int passed = 0;
        int failed = 0;
        int notAssessed = 0;
    };
    Counts counts() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // The role giving a row's status as int (LearningCitizenResult::Status).
    static constexpr int StatusRole = Qt::UserRole + 1;

signals:
    // The rows' results changed (typed, pasted, undone): the counts above the grid.
    void resultsChanged();

private:
    qint64 m_yearId = 0;
    LearningCitizenQuery::Entries m_entries;
    Writer m_writer;
};

} // namespace thidua
