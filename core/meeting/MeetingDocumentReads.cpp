#include "core/meeting/MeetingDocumentReads.h"

#include "core/awards/AwardService.h"
#include "core/meeting/MeetingQuery.h"

namespace thidua::MeetingDocumentReads {

Result<MeetingRecord> record(QSqlDatabase db, qint64 meetingId)
{
    return MeetingQuery(std::move(db)).record(meetingId);
}

Result<qint64> prize(QSqlDatabase db, const QString& formKey, const QDate& date)
{
    return AwardService(std::move(db)).prize(formKey, date);
}

} // namespace thidua::MeetingDocumentReads
