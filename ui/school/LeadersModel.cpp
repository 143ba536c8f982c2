#include "ui/school/LeadersModel.h"

#include "core/text/VietnameseText.h"

namespace thidua {

LeadersModel::LeadersModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void LeadersModel::setLeaders(const QList<SchoolLeader>& leaders)
{
    beginResetModel();
    m_leaders = leaders;
    endResetModel();
}

QString LeadersModel::roleName(SchoolLeader::Role role)
{
    return role == SchoolLeader::Role::Head ? tr("Head") : tr("Deputy head");
}

QString LeadersModel::defaultTitle(SchoolLeader::Role role)
{
    // Printed in documents, so always Vietnamese.
    return role == SchoolLeader::Role::Head ? QStringLiteral("Hiệu trưởng") : QStringLiteral("Phó Hiệu trưởng");
}

int LeadersModel::addLeader(SchoolLeader::Role role)
{
    // The head goes before the deputies.
    int at = int(m_leaders.size());
    if (role == SchoolLeader::Role::Head) {
        at = 0;
        while (at < m_leaders.size() && m_leaders[at].role == SchoolLeader::Role::Head)
            ++at;
    }
    beginInsertRows(QModelIndex(), at, at);
    SchoolLeader leader;
    leader.role = role;
    leader.title = defaultTitle(role);
    m_leaders.insert(at, leader);
    endInsertRows();
    return at;
}

void LeadersModel::removeLeader(int row)
{
    if (row < 0 || row >= m_leaders.size())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_leaders.removeAt(row);
    endRemoveRows();
}

void LeadersModel::moveLeader(int row, int offset)
{
    const int to = row + offset;
    if (row < 0 || row >= m_leaders.size() || to < 0 || to >= m_leaders.size() || offset == 0)
        return;
    // beginMoveRows wants the destination as "the row before which it goes" in the old numbering.
    beginMoveRows(QModelIndex(), row, row, QModelIndex(), offset > 0 ? to + 1 : to);
    m_leaders.move(row, to);
    endMoveRows();
}

int LeadersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_leaders.size());
}

int LeadersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeadersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SchoolLeader& leader = m_leaders[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RoleColumn:
            return roleName(leader.role);
        case NameColumn:
            return leader.fullName;
        case TitleColumn:
            return leader.title;
        }
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case RoleColumn:
            return int(leader.role);
        case NameColumn:
            return leader.fullName;
        case TitleColumn:
            return leader.title;
        }
    }
    return {};
}

bool LeadersModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    SchoolLeader& leader = m_leaders[index.row()];
    switch (index.column()) {
    case RoleColumn: {
        const auto newRole = SchoolLeader::Role(value.toInt());
        if (newRole == leader.role)
            return false;
        // The usual title follows the role unless a particular one was typed.
        const bool usualTitle = leader.title.isEmpty() || leader.title == defaultTitle(leader.role);
        leader.role = newRole;
        if (usualTitle)
            leader.title = defaultTitle(newRole);
        emit dataChanged(index, this->index(index.row(), TitleColumn));
        return true;
    }
    case NameColumn:
        leader.fullName = VietnameseText::clean(value.toString());
        break;
    case TitleColumn:
        leader.title = VietnameseText::clean(value.toString());
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags LeadersModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant LeadersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case RoleColumn:
        return tr("Role");
    case NameColumn:
        return tr("Full name");
    case TitleColumn:
        return tr("Title in signatures");
    }
    return {};
}

} // namespace thidua
