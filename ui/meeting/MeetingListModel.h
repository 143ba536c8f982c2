#pragma once

#include "core/meeting/MeetingQuery.h"

#include <QAbstractTableModel>

namespace thidua {

// The council's meetings of a school year (MeetingQuery::list), newest first: title, date and time, nominees and
// whether the meeting is finalised (locked). Read-only.
class MeetingListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        StartsColumn,
        NomineesColumn,
        StateColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit MeetingListModel(QObject* parent = nullptr);

    void setMeetings(QList<MeetingQuery::Summary> meetings);
    const MeetingQuery::Summary* at(int row) const;
    int rowOf(qint64 meetingId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MeetingQuery::Summary> m_meetings;
};

} // namespace thidua
