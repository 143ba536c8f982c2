#pragma once

#include "core/calendar/CalendarEntry.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace thidua {

// Where the calendar's dates fall, and how far they are from today. Pure functions.
//
// A school year 2024-2025 runs from September 2024 to August 2025: a day and month of September to December falls
// in the year it starts (25/11 → 25/11/2024), one of January to August in the next (21/4 → 21/04/2025). (The school
// year's own first and last days, 05/9 and 31/5 by default, are those of teaching; the calendar covers the whole
// twelve months.)
class CalendarDate
{
    Q_DECLARE_TR_FUNCTIONS(CalendarDate)

public:
    // The day and month in the school year starting in `startYear`; 29/02 falls on 28/02 in a common year. Invalid
    // for a day the month does not have.
    static QDate inSchoolYear(int startYear, int month, int day);
    // The start year of the school year a date falls in (15/09/2025 → 2025, 15/08/2025 → 2024).
    static int schoolYearOf(const QDate& date);
    // Whether a day and month exists in some year (29/02 does; 31/04 does not).
    static bool isDayOfMonth(int month, int day);

    struct Span
    {
        QDate start;
        QDate end; // the same as start for one day
    };
    // The entry's dates in the school year, nullopt for a one-off of another school year. An end before the start
    // (an event over New Year) ends the calendar year after.
    static std::optional<Span> occurrence(const CalendarEntry& entry, int startYear);

    enum class Timing
    {
        Upcoming, // before the start: `days` until it
        Today, // a one-day entry, today
        Ongoing, // an event of several days under way: `days` until its last day
        Overdue, // past its last day with something still missing: `days` since
        Done, // past its last day, nothing missing
    };
    struct Due
    {
        Timing timing = Timing::Upcoming;
        int days = 0;
    };
    static Due due(const Span& span, const QDate& today, bool somethingMissing);
    // "12 days left", "today", "under way, 3 days left", "3 days overdue", "done" (translated: "còn 12 ngày",
    // "hôm nay", "quá hạn 3 ngày"…).
    static QString dueText(const Due& due);
    // "25/11", "01/10–07/10" (a span), with the year for a one-off ("30/09/2025").
    static QString datesText(const CalendarEntry& entry);
    // Reads datesText's forms back into the entry's dates ("25/11", "1/10 - 7/10", "01/10–07/10", "30/09/2025"; a year
    // only for a one-off entry, which keeps its own when none is given). An empty text when it worked, else what is
    // wrong (the entry unchanged). Whether the day exists is CalendarService::problem's to say.
    static QString parseDates(const QString& text, CalendarEntry* entry);
};

} // namespace thidua
