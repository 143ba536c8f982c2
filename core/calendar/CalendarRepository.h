#pragma once

#include "core/calendar/CalendarEntry.h"
#include "core/common/Result.h"

#include <QSqlDatabase>

namespace thidua {

// The SQL of the calendar (calendar_entry) and the counts its award rule reads (meeting, nomination). Writes belong
// in the caller's Transaction (CalendarService).
class CalendarRepository
{
public:
    explicit CalendarRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<CalendarEntries> entries() const; // by key
    Result<CalendarEntry> entry(const QString& key) const; // NotFound when there is none
    Status insert(const CalendarEntry& entry);
    Status update(const CalendarEntry& entry); // name and dates
    Result<int> remove(const QString& key); // rows removed (built-in rows stay)
    // The keys "custom_…" in use, to pick a new one.
    Result<QStringList> keys() const;

    struct AwardCounts
    {
        int meetings = 0;
        int finishedMeetings = 0;
        int undecidedNominations = 0;
    };
    Result<AwardCounts> awardCounts(qint64 schoolYearId) const;

private:
    QSqlDatabase m_db;
};

} // namespace thidua
