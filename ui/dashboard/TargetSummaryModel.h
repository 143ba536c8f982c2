#pragma once

#include "core/criteria/MovementStats.h"

#include <QAbstractTableModel>

namespace thidua {

// The school's targets at a glance: Công dân học tập among staff, students and both; the tổ with enough learning
// models; and the school's own Đơn vị học tập status. Its rows never change, only their figures (dataChanged), so
// the selection stays where it is while results are entered.
class TargetSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TargetColumn,
        RecognisedColumn,
        CountedColumn,
        RateColumn,
        GoalColumn,
        ResultColumn,
        MissingColumn,
        ColumnCount
    };
    enum Row
    {
        StaffRow,
        StudentsRow,
        AllRow,
        ModelsRow,
        LearningUnitRow,
        RowCount
    };

    explicit TargetSummaryModel(QObject* parent = nullptr);

    void setStats(const MovementStats& stats, int modelsPerGroup);
    // "chưa đánh giá", "đạt Mức 1"…: the school's Đơn vị học tập status as words.
    void setLearningUnitStatus(const QString& text);
    // The group of a row (StaffRow…AllRow), for its list of who is missing.
    static MovementStats::Group group(int row) { return MovementStats::Group(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        RateFigure rate;
        qsizetype missing = 0;
        friend bool operator==(const Line&, const Line&) = default;
    };
    QVariant display(int row, int column) const;

    Line m_lines[ModelsRow + 1];
    int m_modelsPerGroup = 1;
    QString m_learningUnitStatus;
};

} // namespace thidua
