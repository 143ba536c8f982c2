#pragma once

#include "core/common/Result.h"
#include "core/meeting/Meeting.h"

#include <QSqlDatabase>

namespace thidua {

// Reads a meeting whole (MeetingRecord) and lists the meetings of a year. Read-only.
class MeetingQuery
{
public:
    explicit MeetingQuery(QSqlDatabase db);

    Result<MeetingRecord> record(qint64 meetingId) const;

    struct Summary
    {
        qint64 id = 0;
        qint64 schoolYearId = 0;
        QString title;
        QDateTime startsAt;
        bool finalized = false;
        int nominees = 0;
    };
    // Newest first; schoolYearId 0 = every year.
    Result<QList<Summary>> list(qint64 schoolYearId = 0) const;

private:
    QSqlDatabase m_db;
};

} // namespace thidua
