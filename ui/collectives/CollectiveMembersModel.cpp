#include "ui/collectives/CollectiveMembersModel.h"

#include "ui/people/PeopleTableModel.h"

#include <algorithm>
#include <vector>

namespace thidua {

CollectiveMembersModel::CollectiveMembersModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

QString CollectiveMembersModel::roleText(Membership::Role role, CollectiveKind kind)
{
    const bool group = kind == CollectiveKind::SubjectGroup || kind == CollectiveKind::OfficeGroup;
    switch (role) {
    case Membership::Role::Head:
        return kind == CollectiveKind::Class ? tr("Class monitor") : group ? tr("Group leader") : tr("Head");
    case Membership::Role::Deputy:
        return kind == CollectiveKind::Class ? tr("Deputy monitor") : group ? tr("Deputy group leader") : tr("Deputy");
    case Membership::Role::Member:
        break;
    }
    return QString();
}

void CollectiveMembersModel::setMembers(
    const Collective& collective, const Memberships& memberships, const PeopleTableModel& people)
{
    struct Sorted
    {
        int roleOrder;
        QByteArray key;
        Row row;
    };
    std::vector<Sorted> sorted;
    for (const Membership& m : memberships) {
        const int source = people.rowOf(m.personId);
        if (source < 0)
            continue;
        const Person& person = people.person(source);
        Row row { person.id, person.fullName(), person.birthDate.toDisplay(), roleText(m.role, collective.kind) };
        const int order = m.role == Membership::Role::Head ? 0 : m.role == Membership::Role::Deputy ? 1 : 2;
        sorted.push_back({ order, people.sortKey(source, PeopleTableModel::NameColumn), row });
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const Sorted& a, const Sorted& b) {
        return a.roleOrder != b.roleOrder ? a.roleOrder < b.roleOrder : a.key < b.key;
    });
    beginResetModel();
    m_rows.clear();
    for (Sorted& s : sorted)
        m_rows.append(std::move(s.row));
    endResetModel();
}

void CollectiveMembersModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int CollectiveMembersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CollectiveMembersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CollectiveMembersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case BirthDateColumn:
            return row.birthDate;
        case RoleColumn:
            return row.role;
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == BirthDateColumn) {
        return int(Qt::AlignCenter);
    } else if (role == PersonIdRole) {
        return row.personId;
    }
    return {};
}

QVariant CollectiveMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case NameColumn:
        return tr("Full name");
    case BirthDateColumn:
        return tr("Date of birth");
    case RoleColumn:
        return tr("Role");
    }
    return {};
}

} // namespace thidua
