#pragma once

#include "core/common/Result.h"
#include "core/meeting/Meeting.h"

#include <QSqlDatabase>

namespace thidua {

// The two reads MeetingDocumentService::fromDatabase makes, in a file of their own: AwardService.h's AwardRecord and
// the documents' AwardRecord (AchievementReportDocument.h) share a name, so no file includes both.
namespace MeetingDocumentReads {

Result<MeetingRecord> record(QSqlDatabase db, qint64 meetingId); // MeetingQuery::record
// AwardService::prize(form.key, date); until AwardService is in the tree (helper awards), the form's coefficient × the
// base salary of AwardCatalogue::baseSalaries() on `date`.
Result<qint64> prize(QSqlDatabase db, const AwardForm& form, const QDate& date);

} // namespace MeetingDocumentReads

} // namespace thidua
