#include "core/calendar/CalendarDate.h"

#include <QRegularExpression>

namespace thidua {

namespace {

QDate clamped(int year, int month, int day)
{
    if (month == 2 && day == 29 && !QDate::isLeapYear(year))
        return QDate(year, 2, 28);
    return QDate(year, month, day);
}

QString dayMonth(int day, int month)
{
    return QStringLiteral("%1/%2").arg(day, 2, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

} // namespace

QDate CalendarDate::inSchoolYear(int startYear, int month, int day)
{
    if (month < 1 || month > 12)
        return QDate();
    return clamped(month >= 9 ? startYear : startYear + 1, month, day);
}

int CalendarDate::schoolYearOf(const QDate& date)
{
    return date.month() >= 9 ? date.year() : date.year() - 1;
}

bool CalendarDate::isDayOfMonth(int month, int day)
{
    return month >= 1 && month <= 12 && QDate(2024, month, day).isValid();
}

std::optional<CalendarDate::Span> CalendarDate::occurrence(const CalendarEntry& entry, int startYear)
{
    Span span;
    if (entry.isYearly()) {
        span.start = inSchoolYear(startYear, entry.month, entry.day);
    } else {
        span.start = clamped(entry.year, entry.month, entry.day);
        if (!span.start.isValid() || schoolYearOf(span.start) != startYear)
            return std::nullopt;
    }
    if (!span.start.isValid())
        return std::nullopt;
    span.end = span.start;
    if (entry.hasEnd()) {
        QDate end = clamped(span.start.year(), entry.endMonth, entry.endDay);
        if (end.isValid() && end < span.start)
            end = clamped(span.start.year() + 1, entry.endMonth, entry.endDay);
        if (end.isValid())
            span.end = end;
    }
    return span;
}

CalendarDate::Due CalendarDate::due(const Span& span, const QDate& today, bool somethingMissing)
{
    if (today < span.start)
        return { Timing::Upcoming, int(today.daysTo(span.start)) };
    if (today <= span.end) {
        if (span.start == span.end)
            return { Timing::Today, 0 };
        return { Timing::Ongoing, int(today.daysTo(span.end)) };
    }
    if (somethingMissing)
        return { Timing::Overdue, int(span.end.daysTo(today)) };
    return { Timing::Done, int(span.end.daysTo(today)) };
}

QString CalendarDate::dueText(const Due& due)
{
    switch (due.timing) {
    case Timing::Upcoming:
        return due.days == 1 ? tr("tomorrow") : tr("%1 days left").arg(due.days);
    case Timing::Today:
        return tr("today");
    case Timing::Ongoing:
        return due.days == 0 ? tr("under way, last day today") : tr("under way, %1 days left").arg(due.days);
    case Timing::Overdue:
        return tr("%1 days overdue").arg(due.days);
    case Timing::Done:
        return tr("done");
    }
    return QString();
}

QString CalendarDate::datesText(const CalendarEntry& entry)
{
    QString text = dayMonth(entry.day, entry.month);
    if (entry.hasEnd())
        text += QStringLiteral("–") + dayMonth(entry.endDay, entry.endMonth);
    if (!entry.isYearly())
        text += QStringLiteral("/%1").arg(entry.year);
    return text;
}

QString CalendarDate::parseDates(const QString& text, CalendarEntry* entry)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*[-–—]\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2}))?"
                       "(?:\\s*/\\s*(\\d{4}))?\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return tr("“%1”: write the date as day/month (25/11), a span as 01/10–07/10.").arg(text.trimmed());
    const int year = match.captured(5).toInt();
    if (year != 0 && entry->isYearly())
        return tr("“%1” comes every year: write its date without a year (25/11).").arg(entry->name);
    entry->day = match.captured(1).toInt();
    entry->month = match.captured(2).toInt();
    entry->endDay = match.captured(3).toInt();
    entry->endMonth = match.captured(4).toInt();
    if (year != 0)
        entry->year = year;
    return QString();
}

} // namespace thidua
