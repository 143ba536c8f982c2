#include "ui/people/ImportProblemModel.h"

#include "ui/people/ImportMappingModel.h"

#include <QBrush>
#include <QColor>

namespace thidua {

using Severity = RosterImport::Problem::Severity;

ImportProblemModel::ImportProblemModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ImportProblemModel::setProblems(const QList<RosterImport::Problem>& problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

int ImportProblemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RosterImport::Problem& p = m_problems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SheetColumn:
            return p.sheet;
        case RowColumn:
            return p.row > 0 ? QVariant(p.row) : QVariant();
        case ColumnColumn:
            return p.column > 0 ? ImportMappingModel::columnLetter(p.column - 1) : QString();
        case SeverityColumn:
            return p.severity == Severity::Error ? tr("Error") : tr("Warning");
        case MessageColumn:
            return p.message;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn)
            return p.message;
        return tr("Double-click to show the row");
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn)
            return QBrush(p.severity == Severity::Error ? QColor(0xb0, 0x1e, 0x1e) : QColor(0x8a, 0x5a, 0x00));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RowColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == ColumnColumn)
            return int(Qt::AlignCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SheetColumn:
        return tr("Sheet");
    case RowColumn:
        return tr("Row");
    case ColumnColumn:
        return tr("Column");
    case SeverityColumn:
        return tr("Kind");
    case MessageColumn:
        return tr("Problem");
    }
    return {};
}

} // namespace thidua
