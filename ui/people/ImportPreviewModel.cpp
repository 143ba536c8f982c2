#include "ui/people/ImportPreviewModel.h"

#include <QBrush>
#include <QColor>

namespace thidua {

using Action = RosterImport::Row::Action;
using Severity = RosterImport::Problem::Severity;

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ImportPreviewModel::setPlan(const RosterImport::Plan& plan, PersonKind kind)
{
    beginResetModel();
    m_plan = plan;
    m_kind = kind;
    m_rowOfSource.clear();
    for (int i = 0; i < m_plan.rows.size(); ++i)
        m_rowOfSource.insert(m_plan.rows.at(i).sourceRow, i);
    decide();
    endResetModel();
}

void ImportPreviewModel::decide()
{
    m_decided = ImportService::decide(m_plan, m_choices);
    m_problemsOfRow.clear();
    for (int p = 0; p < m_decided.problems.size(); ++p) {
        if (const int row = rowOfSourceRow(m_decided.problems.at(p).row); row >= 0)
            m_problemsOfRow[row].append(p);
    }
}

void ImportPreviewModel::clear()
{
    setPlan(RosterImport::Plan(), m_kind);
    m_choices.clear();
}

int ImportPreviewModel::rowOfSourceRow(int sourceRow) const
{
    return m_rowOfSource.value(sourceRow, -1);
}

ImportPreviewModel::DuplicateChoice ImportPreviewModel::choice(int row) const
{
    if (row < 0 || row >= m_plan.rows.size())
        return DuplicateChoice::AddNew;
    return m_choices.value(m_plan.rows.at(row).sourceRow, DuplicateChoice::AddNew);
}

void ImportPreviewModel::setChoice(int row, DuplicateChoice choice)
{
    if (row < 0 || row >= m_plan.rows.size() || m_plan.rows.at(row).likelyDuplicateOf == 0)
        return;
    m_choices.insert(m_plan.rows.at(row).sourceRow, choice);
    decide();
    // Later rows naming the same stored person may change too.
    emit dataChanged(index(row, 0), index(int(m_plan.rows.size()) - 1, ColumnCount - 1));
    emit choicesChanged();
}

int ImportPreviewModel::duplicateCount() const
{
    return int(std::count_if(m_plan.rows.cbegin(), m_plan.rows.cend(), [](const RosterImport::Row& r) {
        return r.likelyDuplicateOf > 0 && r.action == Action::Add;
    }));
}

RosterImport::Row::Action ImportPreviewModel::action(int row) const
{
    return m_decided.rows.at(row).action;
}

QString ImportPreviewModel::actionName(RosterImport::Row::Action action)
{
    switch (action) {
    case Action::Add:
        return tr("Add");
    case Action::Update:
        return tr("Update");
    case Action::Unchanged:
        return tr("Unchanged");
    case Action::Skip:
        return tr("Skip");
    }
    return {};
}

QString ImportPreviewModel::choiceName(DuplicateChoice choice)
{
    switch (choice) {
    case DuplicateChoice::AddNew:
        return tr("Import as new");
    case DuplicateChoice::UpdateExisting:
        return tr("Update the stored one");
    case DuplicateChoice::Skip:
        return tr("Skip this row");
    }
    return {};
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_plan.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RosterImport::Row& row = m_plan.rows.at(index.row());
    const Person& p = m_decided.rows.at(index.row()).person;
    const QList<int> problems = m_problemsOfRow.value(index.row());
    bool hasError = false;
    QStringList messages;
    for (int i : problems) {
        const RosterImport::Problem& problem = m_decided.problems.at(i);
        hasError = hasError || problem.severity == Severity::Error;
        messages.append(problem.message);
    }
    const bool duplicate = row.likelyDuplicateOf > 0 && row.action == Action::Add;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SourceRow:
            return row.sourceRow;
        case FamilyName:
            return p.familyName;
        case MiddleName:
            return p.middleName;
        case GivenName:
            return p.givenName;
        case BirthDate:
            return p.birthDate.toDisplay();
        case GenderColumn:
            return Person::genderName(p.gender);
        case Code:
            return p.code;
        case CollectiveColumn:
            return row.collectiveName;
        case ActionColumn:
            return actionName(action(index.row()));
        case DuplicateColumn:
            return duplicate ? choiceName(choice(index.row())) : QString();
        case Problems:
            return messages.join(QStringLiteral("; "));
        }
        break;
    case Qt::EditRole:
        if (index.column() == DuplicateColumn)
            return duplicate ? int(choice(index.row())) : QVariant();
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (!messages.isEmpty())
            return messages.join(QLatin1Char('\n'));
        if (index.column() == DuplicateColumn && duplicate)
            return tr("Double-click to choose what to do with this row");
        break;
    case Qt::BackgroundRole:
        if (hasError)
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        if (!messages.isEmpty())
            return QBrush(QColor(0xff, 0xf4, 0xd6));
        break;
    case Qt::ForegroundRole:
        if (hasError)
            return QBrush(QColor(0x9b, 0x1c, 0x1c));
        if (index.column() == ActionColumn && action(index.row()) == Action::Unchanged)
            return QBrush(QColor(Qt::darkGray));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SourceRow)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

bool ImportPreviewModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != DuplicateColumn
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    bool ok = false;
    const int choice = value.toInt(&ok);
    if (!ok || choice < int(DuplicateChoice::AddNew) || choice > int(DuplicateChoice::Skip))
        return false;
    setChoice(index.row(), DuplicateChoice(choice));
    return true;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SourceRow:
        return tr("Row");
    case FamilyName:
        return tr("Family name");
    case MiddleName:
        return tr("Middle name");
    case GivenName:
        return tr("Given name");
    case BirthDate:
        return tr("Date of birth");
    case GenderColumn:
        return tr("Gender");
    case Code:
        return tr("Code");
    case CollectiveColumn:
        return m_kind == PersonKind::Student ? tr("Class") : tr("Group");
    case ActionColumn:
        return tr("Action");
    case DuplicateColumn:
        return tr("If already stored");
    case Problems:
        return tr("Problems");
    }
    return {};
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == DuplicateColumn && index.row() < m_plan.rows.size()) {
        const RosterImport::Row& row = m_plan.rows.at(index.row());
        if (row.likelyDuplicateOf > 0 && row.action == Action::Add)
            flags |= Qt::ItemIsEditable;
    }
    return flags;
}

} // namespace thidua
