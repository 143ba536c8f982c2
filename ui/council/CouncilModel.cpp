#include "ui/council/CouncilModel.h"

#include "core/text/VietnameseText.h"
#include "ui/people/PeopleTableModel.h"

namespace thidua {

CouncilModel::CouncilModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

QString CouncilModel::roleText(CouncilMember::Role role)
{
    switch (role) {
    case CouncilMember::Role::Chair:
        return tr("Chair");
    case CouncilMember::Role::ViceChair:
        return tr("Vice-chair");
    case CouncilMember::Role::Secretary:
        return tr("Secretary");
    case CouncilMember::Role::Member:
        break;
    }
    return tr("Member");
}

void CouncilModel::setCouncil(const CouncilMembers& members, const PeopleTableModel* people)
{
    beginResetModel();
    m_members = members;
    m_names.clear();
    for (const CouncilMember& member : members) {
        const int row = people ? people->rowOf(member.personId) : -1;
        m_names << (row >= 0 ? people->person(row).fullName() : tr("(person no. %1)").arg(member.personId));
    }
    endResetModel();
}

int CouncilModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int CouncilModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CouncilModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CouncilMember& member = m_members[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return m_names.value(index.row());
        case RoleColumn:
            return roleText(member.role);
        case TitleColumn:
            return member.title;
        }
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn:
            return m_names.value(index.row());
        case RoleColumn:
            return int(member.role);
        case TitleColumn:
            return member.title;
        }
    }
    return {};
}

bool CouncilModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    CouncilMembers after = m_members;
    CouncilMember& member = after[index.row()];
    if (index.column() == RoleColumn)
        member.role = CouncilMember::Role(value.toInt());
    else if (index.column() == TitleColumn)
        member.title = VietnameseText::clean(value.toString());
    else
        return false;
    if (member.role == m_members[index.row()].role && member.title == m_members[index.row()].title)
        return false;
    emit changeRequested(after);
    return true;
}

Qt::ItemFlags CouncilModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() != NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant CouncilModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case NameColumn:
        return tr("Full name");
    case RoleColumn:
        return tr("Role in the council");
    case TitleColumn:
        return tr("Post in the school");
    }
    return {};
}

} // namespace thidua
