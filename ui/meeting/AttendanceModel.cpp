#include "ui/meeting/AttendanceModel.h"

namespace thidua {

AttendanceModel::AttendanceModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AttendanceModel::setMembers(QList<MeetingRecord::Member> members)
{
    beginResetModel();
    m_members = members;
    m_original = std::move(members);
    endResetModel();
}

QList<MeetingRecord::Member> AttendanceModel::changed() const
{
    QList<MeetingRecord::Member> out;
    for (int row = 0; row < m_members.size(); ++row) {
        const MeetingRecord::Member& now = m_members[row];
        const MeetingRecord::Member& before = m_original[row];
        if (now.present != before.present || now.reason != before.reason || now.writtenOpinion != before.writtenOpinion)
            out << now;
    }
    return out;
}

int AttendanceModel::presentCount() const
{
    return int(std::count_if(
        m_members.cbegin(), m_members.cend(), [](const MeetingRecord::Member& member) { return member.present; }));
}

int AttendanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int AttendanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeetingRecord::Member& member = m_members[index.row()];
    if (role == Qt::CheckStateRole && index.column() == PresentColumn)
        return member.present ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return member.name;
    case RoleColumn:
        return member.roleName;
    case PresentColumn:
        return role == Qt::DisplayRole ? (member.present ? tr("Present") : tr("Absent")) : QVariant(member.present);
    case ReasonColumn:
        return member.reason;
    case OpinionColumn:
        return member.writtenOpinion;
    default:
        return {};
    }
}

bool AttendanceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    MeetingRecord::Member& member = m_members[index.row()];
    if (index.column() == PresentColumn && role == Qt::CheckStateRole) {
        member.present = value.value<Qt::CheckState>() == Qt::Checked;
        if (member.present) {
            member.reason.clear();
            member.writtenOpinion.clear();
        }
    } else if (role == Qt::EditRole && index.column() == ReasonColumn && !member.present) {
        member.reason = value.toString().trimmed();
    } else if (role == Qt::EditRole && index.column() == OpinionColumn && !member.present) {
        member.writtenOpinion = value.toString().trimmed();
    } else {
        return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    if (index.column() == PresentColumn)
        flags |= Qt::ItemIsUserCheckable;
    if ((index.column() == ReasonColumn || index.column() == OpinionColumn) && !m_members[index.row()].present)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Member");
    case RoleColumn:
        return tr("Role");
    case PresentColumn:
        return tr("Attendance");
    case ReasonColumn:
        return tr("Reason for absence");
    case OpinionColumn:
        return tr("Written opinion");
    default:
        return {};
    }
}

} // namespace thidua
