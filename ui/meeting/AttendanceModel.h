#pragma once

#include "core/meeting/Meeting.h"

#include <QAbstractTableModel>

namespace thidua {

// The roster of a meeting for the roll call: each member with the council role, present (a check box), and for an
// absent member the reason and the written opinion (both editable in place). The dialog hands the changed rows to
// MeetingService::setAttendance.
class AttendanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        PresentColumn,
        ReasonColumn,
        OpinionColumn,
        ColumnCount
    };

    explicit AttendanceModel(QObject* parent = nullptr);

    void setMembers(QList<MeetingRecord::Member> members);
    const QList<MeetingRecord::Member>& members() const { return m_members; }
    // The rows that differ from what setMembers() gave.
    QList<MeetingRecord::Member> changed() const;
    int presentCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MeetingRecord::Member> m_members;
    QList<MeetingRecord::Member> m_original;
};

} // namespace thidua
