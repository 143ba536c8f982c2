#include "core/meeting/MeetingDocumentReads.h"

#include "core/awards/AwardService.h"
#include "core/meeting/MeetingQuery.h"

namespace thidua::MeetingDocumentReads {

Result<MeetingRecord> record(QSqlDatabase db, qint64 meetingId)
{
    return MeetingQuery(std::move(db)).record(meetingId);
}

Result<qint64> prize(QSqlDatabase db, const AwardForm& form, const QDate& date)
{
#if __has_include("core/awards/AwardRepository.h") // AwardService is implemented: the stored base salaries
    return AwardService(std::move(db)).prize(form.key, date);
#else // TODO(merge): remove with AwardService merged
    Q_UNUSED(db);
    return AwardCatalogue::prize(form, AwardCatalogue::baseSalaries(), date);
#endif
}

} // namespace thidua::MeetingDocumentReads
