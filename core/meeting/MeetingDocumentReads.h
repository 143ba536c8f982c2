#pragma once

#include "core/common/Result.h"
#include "core/meeting/Meeting.h"

#include <QSqlDatabase>

namespace thidua {

// The two reads MeetingDocumentService::fromDatabase makes, in a file of their own: AwardService.h's AwardRecord and
// the documents' AwardRecord (AchievementReportDocument.h) share a name, so no file includes both.
namespace MeetingDocumentReads {

Result<MeetingRecord> record(QSqlDatabase db, qint64 meetingId); // MeetingQuery::record
Result<qint64> prize(QSqlDatabase db, const QString& formKey, const QDate& date); // AwardService::prize

} // namespace MeetingDocumentReads

} // namespace thidua
