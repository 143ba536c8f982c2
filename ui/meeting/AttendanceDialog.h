#pragma once

#include "core/meeting/Meeting.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace thidua {

class AttendanceModel;

// The roll call of a meeting (F2 in meeting mode): tick who is present; an absent member's reason and written opinion
// are typed in place. The count and the quorum follow as the boxes change.
class AttendanceDialog : public QDialog
{
    Q_OBJECT

public:
    AttendanceDialog(const MeetingRecord& meeting, QWidget* parent = nullptr);

    AttendanceModel* model() const { return m_model; }
    QList<MeetingRecord::Member> changed() const;

private:
    void updateCount();

    MeetingRules::Fraction m_quorum;
    AttendanceModel* m_model;
    QTableView* m_view;
    QLabel* m_count;
};

} // namespace thidua
