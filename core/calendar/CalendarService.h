#pragma once

#include "core/calendar/CalendarDate.h"
#include "core/calendar/CalendarEntry.h"
#include "core/common/Result.h"
#include "core/school/School.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace thidua {

// One calendar entry placed in a school year: its dates, how far they are from today and what is still missing.
struct CalendarItem
{
    CalendarEntry entry;
    CalendarDate::Span span;
    CalendarDate::Due due;
    QString concerns; // the school year (or stage) whose records were checked: "2024-2025"
    QStringList missing; // CalendarRules::missing

    QString dueText() const { return CalendarDate::dueText(due); }
};

using CalendarItems = QList<CalendarItem>;

// The year's calendar (lịch công việc): the deadlines and events of a school year with the days left and what the
// records still lack for each; the school changes their dates and adds its own. Each change is one transaction.
class CalendarService
{
    Q_DECLARE_TR_FUNCTIONS(CalendarService)

public:
    explicit CalendarService(QSqlDatabase db);

    // Every entry, by key.
    Result<CalendarEntries> entries() const;
    // The entries that fall in the school year starting in `startYear`, by date (then name), with their missing
    // items checked against the records and their distance from `today`.
    Result<CalendarItems> year(int startYear, const QDate& today) const;

    // Changes the name and the dates of an entry (its rule stays).
    Status update(const CalendarEntry& entry);
    // Changes the names and dates of several entries, all or none (one transaction).
    Status updateAll(const CalendarEntries& entries);
    // Changes the dates of an entry only: month and day, and the last day of an event (0, 0: one day).
    Status setDates(const QString& key, int month, int day, int endMonth = 0, int endDay = 0);
    // Adds a school's own entry (a reminder, rule None); returns its key ("custom_1", …).
    Result<QString> add(CalendarEntry entry);
    // Removes a school's own entry; a built-in one is refused.
    Status remove(const QString& key);

    // What is wrong with an entry's name and dates, or an empty text.
    static QString problem(const CalendarEntry& entry);
    // The school year to show on `today`: the one today falls in when the school has it, else the latest stored one
    // before it, else the first stored, else today's (the start year).
    static int defaultYear(const SchoolYears& years, const QDate& today);

private:
    QSqlDatabase m_db;
};

} // namespace thidua
