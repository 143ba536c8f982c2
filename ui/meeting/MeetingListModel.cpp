#include "ui/meeting/MeetingListModel.h"

namespace thidua {

MeetingListModel::MeetingListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MeetingListModel::setMeetings(QList<MeetingQuery::Summary> meetings)
{
    beginResetModel();
    m_meetings = std::move(meetings);
    endResetModel();
}

const MeetingQuery::Summary* MeetingListModel::at(int row) const
{
    return row >= 0 && row < m_meetings.size() ? &m_meetings[row] : nullptr;
}

int MeetingListModel::rowOf(qint64 meetingId) const
{
    for (int row = 0; row < m_meetings.size(); ++row) {
        if (m_meetings[row].id == meetingId)
            return row;
    }
    return -1;
}

int MeetingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_meetings.size());
}

int MeetingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeetingQuery::Summary& meeting = m_meetings[index.row()];
    if (role == IdRole)
        return meeting.id;
    if (role == Qt::TextAlignmentRole && index.column() == NomineesColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return meeting.title;
    case StartsColumn:
        return meeting.startsAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case NomineesColumn:
        return meeting.nominees;
    case StateColumn:
        return meeting.finalized ? tr("Finalised") : tr("Open");
    default:
        return {};
    }
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Meeting");
    case StartsColumn:
        return tr("Date and time");
    case NomineesColumn:
        return tr("Nominees");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace thidua
