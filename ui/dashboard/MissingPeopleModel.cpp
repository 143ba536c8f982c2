#include "ui/dashboard/MissingPeopleModel.h"

#include "core/criteria/MovementStats.h"

namespace thidua {

MissingPeopleModel::MissingPeopleModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_staff(tr("Staff"))
    , m_student(tr("Student"))
{
    for (auto s : { MovementRoster::Standing::Unassessed,
             MovementRoster::Standing::Recognised,
             MovementRoster::Standing::NotRecognised })
        m_standing[int(s)] = MovementStats::standingName(s);
}

void MissingPeopleModel::setPeople(const MovementRoster& roster, const QList<int>& people)
{
    QList<Line> lines;
    lines.reserve(people.size());
    for (int i : people) {
        const MovementRoster::Member& m = roster.people()[i];
        lines.append({ m.personId, m.fullName, m.code, m.kind, m.standing });
    }
    bool same = lines.size() == m_lines.size();
    for (qsizetype i = 0; same && i < lines.size(); ++i)
        same = lines[i].personId == m_lines[i].personId;
    if (!same) {
        beginResetModel();
        m_lines = std::move(lines);
        endResetModel();
        return;
    }
    for (int row = 0; row < int(lines.size()); ++row) {
        if (lines[row] == m_lines[row])
            continue;
        m_lines[row] = lines[row];
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int MissingPeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int MissingPeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MissingPeopleModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size() || index.column() >= ColumnCount)
        return {};
    const Line& line = m_lines[index.row()];
    if (role == PersonIdRole)
        return line.personId;
    if (role == Qt::ToolTipRole)
        return tr("Double-click or press Enter to open %1").arg(line.name);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return line.name;
    case CodeColumn:
        return line.code;
    case KindColumn:
        return line.kind == PersonKind::Staff ? m_staff : m_student;
    case StandingColumn:
        return m_standing[int(line.standing)];
    default:
        break;
    }
    return {};
}

QVariant MissingPeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Full name");
    case CodeColumn:
        return tr("Code");
    case KindColumn:
        return tr("Staff or student");
    case StandingColumn:
        return tr("Learning citizen");
    default:
        break;
    }
    return {};
}

} // namespace thidua
