#include "app/cli/CalendarCommand.h"

#include "app/cli/MeetingCli.h"
#include "core/calendar/CalendarService.h"
#include "core/school/SchoolQuery.h"
#include "core/text/VietnameseFormat.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace thidua {

namespace {

struct DayMonth
{
    int day = 0;
    int month = 0;
    int year = 0; // 0: not given
};

// "25/11", "5/12", "30/09/2025"; nullopt when the text is none of these.
std::optional<DayMonth> dayMonth(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return DayMonth { match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt() };
}

QString spanText(const CalendarDate::Span& span)
{
    if (span.start == span.end)
        return VietnameseFormat::shortDate(span.start);
    return VietnameseFormat::shortDate(span.start) + QStringLiteral("–") + VietnameseFormat::shortDate(span.end);
}

} // namespace

QString CalendarCommand::summary() const
{
    return tr("The year's calendar: deadlines, days left and what is still missing (calendar [--year] | set).");
}

int CalendarCommand::run(CliContext& context, const QStringList& arguments)
{
    const QString first = arguments.value(0);
    if (first == QStringLiteral("set"))
        return set(context, arguments.mid(1));
    if (first.isEmpty() || first.startsWith(QLatin1Char('-')))
        return show(context, arguments);
    return context.usage(
        tr("Unknown action “%1”: use calendar [--year 2024-2025] or calendar set.").arg(first), name());
}

int CalendarCommand::show(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary() + QLatin1Char('\n')
        + QStringLiteral("thidua-cli calendar [--year 2024-2025] [--today YYYY-MM-DD]\n"
                         "thidua-cli calendar set KEY --date DD/MM[/YYYY] [--end DD/MM]"));
    parser.addOptions({ { QStringLiteral("year"),
                            tr("The school year (default: the one today falls in, or the latest)."),
                            QStringLiteral("Y") },
        { QStringLiteral("today"), tr("Count the days from this date instead of today."), QStringLiteral("DATE") } });
    int exitCode = ExitSuccess;
    const QString command = name();
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        const auto given = MeetingCli::date(context, parser.value(QStringLiteral("today")), command, &exitCode);
        if (!given)
            return exitCode;
        today = *given;
    }
    int startYear = 0;
    if (!context.parseSchoolYear(parser.value(QStringLiteral("year")), &startYear, command, &exitCode))
        return exitCode;
    const QSqlDatabase db = MeetingCli::connection(context, CliContext::Access::Read, &exitCode);
    if (!db.isOpen())
        return exitCode;
    if (startYear == 0) {
        auto years = SchoolQuery(db).years();
        if (!years)
            return context.fail(years.error());
        startYear = CalendarService::defaultYear(*years, today);
    }
    auto items = CalendarService(db).year(startYear, today);
    if (!items)
        return context.fail(items.error());
    context.out() << tr("Calendar of the school year %1-%2 (today %3)")
                         .arg(startYear)
                         .arg(startYear + 1)
                         .arg(VietnameseFormat::shortDate(today))
                  << '\n';
    for (const CalendarItem& item : std::as_const(*items)) {
        context.out() << spanText(item.span) << '\t' << item.entry.name << '\t' << item.dueText() << '\t'
                      << item.entry.key << '\n';
        for (const QString& missing : item.missing)
            context.out() << "    " << missing << '\n';
    }
    context.out().flush();
    return ExitSuccess;
}

int CalendarCommand::set(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("KEY"), tr("The entry (the last column of `calendar`)."));
    parser.addOptions({ { QStringLiteral("date"),
                            tr("The new date: DD/MM, or DD/MM/YYYY for a one-off entry."),
                            QStringLiteral("DD/MM") },
        { QStringLiteral("end"), tr("The last day of an event of several days (DD/MM)."), QStringLiteral("DD/MM") } });
    int exitCode = ExitSuccess;
    const QString command = QStringLiteral("calendar set");
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.usage(tr("Give the key of one calendar entry."), command);
    const auto date = dayMonth(parser.value(QStringLiteral("date")));
    if (!date)
        return context.usage(
            tr("--date must be a day and month such as 25/11, not “%1”.").arg(parser.value(QStringLiteral("date"))),
            command);
    DayMonth end;
    if (parser.isSet(QStringLiteral("end"))) {
        const auto given = dayMonth(parser.value(QStringLiteral("end")));
        if (!given || given->year != 0)
            return context.usage(
                tr("--end must be a day and month such as 07/10, not “%1”.").arg(parser.value(QStringLiteral("end"))),
                command);
        end = *given;
    }
    const QSqlDatabase db = MeetingCli::connection(context, CliContext::Access::Write, &exitCode);
    if (!db.isOpen())
        return exitCode;
    CalendarService service(db);
    const QString key = parser.positionalArguments().constFirst();
    auto entries = service.entries();
    if (!entries)
        return context.fail(entries.error());
    const auto it =
        std::find_if(entries->cbegin(), entries->cend(), [&key](const CalendarEntry& e) { return e.key == key; });
    if (it == entries->cend())
        return context.fail(Error { Error::Code::NotFound, tr("The calendar has no entry “%1”.").arg(key) });
    CalendarEntry entry = *it;
    if (date->year != 0 && entry.isYearly())
        return context.usage(tr("“%1” comes every year: give --date as DD/MM.").arg(entry.name), command);
    entry.day = date->day;
    entry.month = date->month;
    if (date->year != 0)
        entry.year = date->year;
    entry.endDay = end.day;
    entry.endMonth = end.month;
    if (auto saved = service.update(entry); !saved)
        return context.fail(saved.error());
    return ExitSuccess;
}

} // namespace thidua
