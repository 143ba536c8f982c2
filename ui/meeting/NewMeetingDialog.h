#pragma once

#include "core/meeting/MeetingService.h"
#include "core/meeting/Nomination.h"

#include <QDialog>

class QDateTimeEdit;
class QLineEdit;
class QListWidget;

namespace thidua {

// A new council meeting of the year: title (empty = the usual one), place, date and time, and the nominations it
// considers, in the list's order (those without an open eligibility problem, still proposed or reviewed, checked).
class NewMeetingDialog : public QDialog
{
    Q_OBJECT

public:
    NewMeetingDialog(
        qint64 schoolYearId, const NominationViews& nominations, const QDateTime& startsAt, QWidget* parent = nullptr);

    MeetingService::NewMeeting meeting() const;
    QList<qint64> nominationIds() const; // the checked ones, in order
    void setPlace(const QString& place);

    // Whether the nomination may go before the council (proposed or reviewed, nothing open).
    static bool votable(const NominationView& view);

private:
    qint64 m_schoolYearId;
    QLineEdit* m_title;
    QLineEdit* m_place;
    QDateTimeEdit* m_startsAt;
    QListWidget* m_nominees;
};

} // namespace thidua
