#include "app/cli/ActivityCommand.h"

#include "app/cli/ActivityCli.h"
#include "core/activities/ActivityService.h"

#include <QCommandLineParser>

namespace thidua {

ActivityCommand::ActivityCommand()
{
    m_subCommands = {
        { QStringLiteral("kinds"),
            QStringLiteral("thidua-cli activity kinds"),
            [this](CliContext& c, const QStringList& a) { return kinds(c, a); } },
        { QStringLiteral("add"),
            QStringLiteral("thidua-cli activity add --year 2024-2025 --kind KIND --title TEXT --from dd/mm/yyyy "
                           "[--to dd/mm/yyyy] [--organizer COLLECTIVE] [--person CODE]… [--collective NAME]… "
                           "[--count N] [--description TEXT]"),
            [this](CliContext& c, const QStringList& a) { return add(c, a); } },
        { QStringLiteral("list"),
            QStringLiteral("thidua-cli activity list [--year 2024-2025]"),
            [this](CliContext& c, const QStringList& a) { return list(c, a); } },
        { QStringLiteral("remove"),
            QStringLiteral("thidua-cli activity remove ID"),
            [this](CliContext& c, const QStringList& a) { return remove(c, a); } },
        { QStringLiteral("import"),
            QStringLiteral("thidua-cli activity import FILE [--dry-run] [--skip-bad-rows]"),
            [this](CliContext& c, const QStringList& a) { return import(c, a); } },
    };
}

QString ActivityCommand::summary() const
{
    return tr("Activities the school held: campaigns, trainings, contests, the lifelong learning week… (activity kinds "
              "| add | list | remove | import).");
}

int ActivityCommand::run(CliContext& context, const QStringList& arguments)
{
    return MeetingCli::dispatch(context, arguments, m_subCommands, name(), summary());
}

int ActivityCommand::kinds(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("activity kinds"), &exitCode))
        return exitCode;
    for (const Activity::Kind kind : Activity::kinds())
        context.out() << Activity::kindKey(kind) << '\t' << Activity::kindName(kind) << '\n';
    context.out().flush();
    return ExitSuccess;
}

int ActivityCommand::add(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("year"), QString(), QStringLiteral("Y") },
        { QStringLiteral("kind"), QString(), QStringLiteral("KIND") },
        { QStringLiteral("title"), QString(), QStringLiteral("TEXT") },
        { QStringLiteral("from"), QString(), QStringLiteral("DATE") },
        { QStringLiteral("to"), QString(), QStringLiteral("DATE") },
        { QStringLiteral("organizer"), QString(), QStringLiteral("COLLECTIVE") },
        { QStringLiteral("person"), QString(), QStringLiteral("CODE") },
        { QStringLiteral("collective"), QString(), QStringLiteral("NAME") },
        { QStringLiteral("count"), QString(), QStringLiteral("N") },
        { QStringLiteral("description"), QString(), QStringLiteral("TEXT") } });
    int exitCode = ExitSuccess;
    const QString command = QStringLiteral("activity add");
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    Activity activity;
    bool kindOk = false;
    activity.kind = Activity::kindFromText(parser.value(QStringLiteral("kind")), &kindOk);
    if (!kindOk)
        return context.usage(tr("--kind must be one of the kinds “thidua-cli activity kinds” lists, not “%1”.")
                                 .arg(parser.value(QStringLiteral("kind"))),
            command);
    const auto from = MeetingCli::date(context, parser.value(QStringLiteral("from")), command, &exitCode);
    if (!from)
        return exitCode;
    activity.startDate = *from;
    if (parser.isSet(QStringLiteral("to"))) {
        const auto to = MeetingCli::date(context, parser.value(QStringLiteral("to")), command, &exitCode);
        if (!to)
            return exitCode;
        activity.endDate = *to;
    }
    if (parser.isSet(QStringLiteral("count"))) {
        bool ok = false;
        activity.participantCount = parser.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || activity.participantCount < 0)
            return context.usage(
                tr("--count must be a number of people, not “%1”.").arg(parser.value(QStringLiteral("count"))),
                command);
    }
    activity.title = parser.value(QStringLiteral("title"));
    activity.description = parser.value(QStringLiteral("description"));
    const QSqlDatabase db = MeetingCli::connection(context, CliContext::Access::Write, &exitCode);
    if (!db.isOpen())
        return exitCode;
    const auto year = ActivityCli::requiredYear(context, db, parser.value(QStringLiteral("year")), command, &exitCode);
    if (!year)
        return exitCode;
    activity.schoolYearId = *year;
    if (parser.isSet(QStringLiteral("organizer"))) {
        const auto organizer =
            ActivityCli::collectives(context, db, { parser.value(QStringLiteral("organizer")) }, &exitCode);
        if (!organizer)
            return exitCode;
        activity.organizerId = organizer->constFirst();
    }
    const auto people = ActivityCli::people(context, db, parser.values(QStringLiteral("person")), &exitCode);
    if (!people)
        return exitCode;
    activity.participantIds = *people;
    const auto collectives =
        ActivityCli::collectives(context, db, parser.values(QStringLiteral("collective")), &exitCode);
    if (!collectives)
        return exitCode;
    activity.collectiveIds = *collectives;
    auto id = ActivityService(db).addActivity(activity);
    if (!id)
        return context.fail(id.error());
    context.out() << *id << Qt::endl;
    return ExitSuccess;
}

int ActivityCommand::list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("year"), QString(), QStringLiteral("Y") });
    int exitCode = ExitSuccess;
    const QString command = QStringLiteral("activity list");
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    const QSqlDatabase db = MeetingCli::connection(context, CliContext::Access::Read, &exitCode);
    if (!db.isOpen())
        return exitCode;
    const auto year = ActivityCli::optionalYear(context, db, parser.value(QStringLiteral("year")), command, &exitCode);
    if (!year)
        return exitCode;
    auto activities = ActivityService(db).activities(*year);
    if (!activities)
        return context.fail(activities.error());
    auto names = ActivityCli::names(db);
    if (!names)
        return context.fail(names.error());
    // id, year, dates, kind, title, organiser, headcount, who took part (people, then collectives)
    for (const Activity& a : std::as_const(*activities)) {
        QStringList who;
        for (const qint64 id : a.participantIds)
            who << names->people.value(id);
        for (const qint64 id : a.collectiveIds)
            who << names->collectives.value(id);
        context.out() << QStringList { QString::number(a.id),
            names->years.value(a.schoolYearId),
            ActivityCli::dates(a.startDate, a.endDate),
            Activity::kindKey(a.kind),
            a.title,
            names->collectives.value(a.organizerId),
            QString::number(a.headcount()),
            who.join(QStringLiteral("; ")) }
                             .join(QLatin1Char('\t'))
                      << '\n';
    }
    context.out().flush();
    return ExitSuccess;
}

int ActivityCommand::remove(CliContext& context, const QStringList& arguments)
{
    return ActivityCli::removeById(context,
        arguments,
        QStringLiteral("activity remove"),
        tr("The activity's number (activity list shows it)."),
        tr("Give the number of one activity."),
        [](const QSqlDatabase& db, qint64 id) { return ActivityService(db).removeActivity(id); });
}

} // namespace thidua
