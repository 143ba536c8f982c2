#pragma once

#include "core/people/RosterImport.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace thidua {

// The rows of an import plan as they will be stored: họ, tên đệm, tên, date of birth (dd/mm/yyyy), gender, code,
// tổ or lớp, and what happens to the row (Thêm / Cập nhật / Không đổi / Bỏ qua). Rows with an error are red, rows
// with a warning yellow, each with its problems in the last column. A row that may be a person already stored (a
// likely duplicate) has an editable choice: import as new, update the one stored, or skip it.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SourceRow,
        FamilyName,
        MiddleName,
        GivenName,
        BirthDate,
        GenderColumn,
        Code,
        CollectiveColumn,
        ActionColumn,
        DuplicateColumn,
        Problems,
        ColumnCount
    };
    // What to do with a likely duplicate (RosterImport::Row::likelyDuplicateOf).
    enum class DuplicateChoice
    {
        AddNew,
        UpdateExisting,
        Skip,
    };

    explicit ImportPreviewModel(QObject* parent = nullptr);

    // Shows a plan; the choices made for likely duplicates are kept for the same source rows.
    void setPlan(const RosterImport::Plan& plan, PersonKind kind);
    void clear();
    const RosterImport::Plan& plan() const { return m_plan; }

    // The model row of a 1-based sheet row; -1 when that row is not in the plan (blank, header, totals).
    int rowOfSourceRow(int sourceRow) const;
    DuplicateChoice choice(int row) const;
    void setChoice(int row, DuplicateChoice choice);
    int duplicateCount() const;
    // What will happen to the row, the duplicate choice taken into account.
    RosterImport::Row::Action action(int row) const;
    // The plan with the choices applied: a skipped duplicate becomes Skip; "update the stored one" becomes an
    // Update of that person (names, gender and date from the file, other fields where the file has them), unless
    // another row already updates them. Counts are recomputed. Reads the stored people from `db`.
    RosterImport::Plan decidedPlan(const QSqlDatabase& db) const;
    static QString actionName(RosterImport::Row::Action action);
    static QString choiceName(DuplicateChoice choice);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void choicesChanged();

private:
    RosterImport::Plan m_plan;
    PersonKind m_kind = PersonKind::Staff;
    QHash<int, int> m_rowOfSource; // 1-based sheet row → model row
    QHash<int, QList<int>> m_problemsOfRow; // model row → indexes into m_plan.problems
    QHash<int, DuplicateChoice> m_choices; // 1-based sheet row → choice (kept across plans)
    QList<RosterImport::Row::Action> m_actions; // per row, the choices applied (decide())

    void decide();
};

} // namespace thidua
