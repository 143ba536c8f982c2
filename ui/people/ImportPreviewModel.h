#pragma once

#include "core/people/ImportService.h"
#include "core/people/RosterImport.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace thidua {

// The rows of an import plan as they will be stored: họ, tên đệm, tên, date of birth (dd/mm/yyyy), gender, code,
// tổ or lớp, and what happens to the row (Thêm / Cập nhật / Không đổi / Bỏ qua). Rows with an error are red, rows
// with a warning yellow, each with its problems in the last column. A row that may be a person already stored (a
// likely duplicate) has an editable choice: import as new, update the one stored, or skip it; the rules of that
// choice are ImportService::decide(). The model never reads the database.
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
    using DuplicateChoice = ImportService::DuplicateChoice;

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
    // The plan with the choices applied (ImportService::decide): what the import will write. The rows shown are
    // these; plan() is the plan as made, before the choices.
    const RosterImport::Plan& decidedPlan() const { return m_decided; }
    const ImportService::Choices& choices() const { return m_choices; }
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
    QHash<int, QList<int>> m_problemsOfRow; // model row → indexes into m_decided.problems
    ImportService::Choices m_choices; // 1-based sheet row → choice (kept across plans)
    RosterImport::Plan m_decided; // m_plan with the choices applied

    void decide();
};

} // namespace thidua
