#include "app/cli/InitiativeCommand.h"

#include "app/cli/ActivityCli.h"
#include "app/cli/ListImport.h"
#include "core/activities/ActivityService.h"
#include "core/activities/InitiativeImport.h"
#include "core/spreadsheet/WorkbookReader.h"
#include "core/text/VietnameseFormat.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace thidua {

InitiativeCommand::InitiativeCommand()
{
    m_subCommands = {
        { QStringLiteral("add"),
            QStringLiteral("thidua-cli initiative add --year 2024-2025 --title TEXT --author CODE [--author CODE]… "
                           "[--level base|district|province|nation] [--number TEXT --date dd/mm/yyyy --issuer TEXT]"),
            [this](CliContext& c, const QStringList& a) { return add(c, a); } },
        { QStringLiteral("list"),
            QStringLiteral("thidua-cli initiative list [--year 2024-2025]"),
            [this](CliContext& c, const QStringList& a) { return list(c, a); } },
        { QStringLiteral("remove"),
            QStringLiteral("thidua-cli initiative remove ID"),
            [this](CliContext& c, const QStringList& a) { return remove(c, a); } },
        { QStringLiteral("import"),
            QStringLiteral("thidua-cli initiative import FILE [--year 2024-2025] [--dry-run] [--skip-bad-rows]"),
            [this](CliContext& c, const QStringList& a) { return import(c, a); } },
    };
}

QString InitiativeCommand::summary() const
{
    return tr("Initiatives (sáng kiến), their authors and the decision recognising them (initiative add | list | "
              "remove | import).");
}

int InitiativeCommand::run(CliContext& context, const QStringList& arguments)
{
    return MeetingCli::dispatch(context, arguments, m_subCommands, name(), summary());
}

int InitiativeCommand::add(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("year"), QString(), QStringLiteral("Y") },
        { QStringLiteral("title"), QString(), QStringLiteral("TEXT") },
        { QStringLiteral("author"), QString(), QStringLiteral("CODE") },
        { QStringLiteral("level"), QString(), QStringLiteral("LEVEL") },
        { QStringLiteral("number"), QString(), QStringLiteral("TEXT") },
        { QStringLiteral("date"), QString(), QStringLiteral("DATE") },
        { QStringLiteral("issuer"), QString(), QStringLiteral("TEXT") } });
    int exitCode = ExitSuccess;
    const QString command = QStringLiteral("initiative add");
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    Initiative initiative;
    if (parser.isSet(QStringLiteral("level"))) {
        bool ok = false;
        initiative.level = Initiative::levelFromText(parser.value(QStringLiteral("level")), &ok);
        if (!ok)
            return context.usage(tr("--level must be base, district, province or nation, not “%1”.")
                                     .arg(parser.value(QStringLiteral("level"))),
                command);
    }
    if (parser.isSet(QStringLiteral("date"))) {
        const auto date = MeetingCli::date(context, parser.value(QStringLiteral("date")), command, &exitCode);
        if (!date)
            return exitCode;
        initiative.decisionDate = *date;
    }
    initiative.title = parser.value(QStringLiteral("title"));
    initiative.decisionNumber = parser.value(QStringLiteral("number"));
    initiative.decisionIssuer = parser.value(QStringLiteral("issuer"));
    const QSqlDatabase db = MeetingCli::connection(context, CliContext::Access::Write, &exitCode);
    if (!db.isOpen())
        return exitCode;
    const auto year = ActivityCli::requiredYear(context, db, parser.value(QStringLiteral("year")), command, &exitCode);
    if (!year)
        return exitCode;
    initiative.schoolYearId = *year;
    const auto authors = ActivityCli::people(context, db, parser.values(QStringLiteral("author")), &exitCode);
    if (!authors)
        return exitCode;
    initiative.authorIds = *authors;
    auto id = ActivityService(db).addInitiative(initiative);
    if (!id)
        return context.fail(id.error());
    context.out() << *id << Qt::endl;
    return ExitSuccess;
}

int InitiativeCommand::list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("year"), QString(), QStringLiteral("Y") });
    int exitCode = ExitSuccess;
    const QString command = QStringLiteral("initiative list");
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    const QSqlDatabase db = MeetingCli::connection(context, CliContext::Access::Read, &exitCode);
    if (!db.isOpen())
        return exitCode;
    const auto year = ActivityCli::optionalYear(context, db, parser.value(QStringLiteral("year")), command, &exitCode);
    if (!year)
        return exitCode;
    auto initiatives = ActivityService(db).initiatives(*year);
    if (!initiatives)
        return context.fail(initiatives.error());
    auto names = ActivityCli::names(db);
    if (!names)
        return context.fail(names.error());
    // id, year, level, title, authors, decision number, decision date, issuer
    for (const Initiative& i : std::as_const(*initiatives)) {
        QStringList authors;
        for (const qint64 id : i.authorIds)
            authors << names->people.value(id);
        context.out() << QStringList { QString::number(i.id),
            names->years.value(i.schoolYearId),
            Initiative::levelKey(i.level),
            i.title,
            authors.join(QStringLiteral(", ")),
            i.decisionNumber,
            VietnameseFormat::shortDate(i.decisionDate),
            i.decisionIssuer }
                             .join(QLatin1Char('\t'))
                      << '\n';
    }
    context.out().flush();
    return ExitSuccess;
}

int InitiativeCommand::remove(CliContext& context, const QStringList& arguments)
{
    return ActivityCli::removeById(context,
        arguments,
        QStringLiteral("initiative remove"),
        tr("The initiative's number (initiative list shows it)."),
        tr("Give the number of one initiative."),
        [](const QSqlDatabase& db, qint64 id) { return ActivityService(db).removeInitiative(id); });
}

int InitiativeCommand::import(CliContext& context, const QStringList& arguments)
{
    return runListImport<InitiativeImport>(context,
        arguments,
        QStringLiteral("initiative import"),
        tr("Import initiatives from a list with the columns Tên sáng kiến, Tác giả, Năm "
           "học, Cấp, Số quyết định, Ngày quyết định, Cơ quan ban hành. With any error "
           "nothing is written, unless --skip-bad-rows."));
}

} // namespace thidua
