// MeetingDocumentService reading the database: apart from the rest of the service, so that a test that gives the
// meeting by hand (MeetingDocumentService::Source) links without the meeting and award queries.
#include "core/awards/AwardService.h"
#include "core/meeting/MeetingDocumentService.h"
#include "core/meeting/MeetingQuery.h"

namespace thidua {

MeetingDocumentService::Source MeetingDocumentService::fromDatabase(QSqlDatabase db)
{
    Source source;
    source.record = [db](qint64 meetingId) { return MeetingQuery(db).record(meetingId); };
    source.prize = [db](const AwardForm& form, const QDate& date) { return AwardService(db).prize(form.key, date); };
    return source;
}

MeetingDocumentService::MeetingDocumentService(QSqlDatabase db, QDate today)
    : MeetingDocumentService(db, today, fromDatabase(db))
{}

} // namespace thidua
