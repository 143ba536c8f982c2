#include "app/cli/CouncilCommand.h"

#include "app/cli/MeetingCli.h"
#include "core/people/PeopleQuery.h"
#include "core/school/CouncilComposition.h"
#include "core/school/CouncilService.h"
#include "core/school/SchoolQuery.h"

#include <QCommandLineParser>

namespace thidua {

namespace {

const QString SetUsage = QStringLiteral(
    "thidua-cli council set --year 2024-2025 [--from yyyy-mm-dd] CODE:chair|vice_chair|secretary|member[:TITLE]…");
const QString ShowUsage = QStringLiteral("thidua-cli council show --year 2024-2025");

std::optional<SchoolYear> yearOf(CliContext& context, const QString& text, const QString& command, int* exitCode)
{
    const auto id = MeetingCli::year(context, text, command, exitCode);
    if (!id)
        return std::nullopt;
    auto years = SchoolQuery(MeetingCli::connection(context, CliContext::Access::Read, exitCode)).years();
    if (!years) {
        *exitCode = context.fail(years.error());
        return std::nullopt;
    }
    for (const SchoolYear& y : std::as_const(*years)) {
        if (y.id == *id)
            return y;
    }
    return std::nullopt;
}

} // namespace

QString CouncilCommand::summary() const
{
    return tr("Show or set the year's emulation council (council show | council set).");
}

int CouncilCommand::run(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == u"show")
        return show(context, arguments.mid(1));
    if (action == u"set")
        return set(context, arguments.mid(1));
    if (action == u"--help" || action == u"-h") {
        context.out() << summary() << '\n' << "  " << ShowUsage << '\n' << "  " << SetUsage << Qt::endl;
        return ExitSuccess;
    }
    return context.usage(tr("Use council show or council set."), name());
}

int CouncilCommand::show(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("year"), QString(), QStringLiteral("Y") });
    int exitCode = ExitSuccess;
    const QString command = QStringLiteral("council show");
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    if (!MeetingCli::connection(context, CliContext::Access::Read, &exitCode).isOpen())
        return exitCode;
    const auto year = yearOf(context, parser.value(QStringLiteral("year")), command, &exitCode);
    if (!year)
        return exitCode;
    const QSqlDatabase db = MeetingCli::connection(context, CliContext::Access::Read, &exitCode);
    auto members = CouncilService(db, QDate::currentDate()).council(year->id);
    if (!members)
        return context.fail(members.error());
    for (const CouncilMember& m : std::as_const(*members)) {
        auto person = PeopleQuery(db).person(m.personId);
        context.out() << m.id << '\t' << (person ? person->fullName() : QString()) << '\t'
                      << CouncilMember::roleName(m.role) << '\t' << m.title << '\n';
    }
    for (CouncilComposition::Problem p : CouncilComposition::problems(*members))
        context.out() << "! " << CouncilComposition::text(p, *members) << '\n';
    context.out().flush();
    return ExitSuccess;
}

int CouncilCommand::set(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("year"), QString(), QStringLiteral("Y") },
        { QStringLiteral("from"), QString(), QStringLiteral("DATE") } });
    parser.addPositionalArgument(QStringLiteral("MEMBER"), QString());
    int exitCode = ExitSuccess;
    const QString command = QStringLiteral("council set");
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    const QSqlDatabase db = MeetingCli::connection(context, CliContext::Access::Write, &exitCode);
    if (!db.isOpen())
        return exitCode;
    const auto year = yearOf(context, parser.value(QStringLiteral("year")), command, &exitCode);
    if (!year)
        return exitCode;
    QDate from = year->startDate; // the council of a year sits from its start unless told
    if (parser.isSet(QStringLiteral("from"))) {
        const auto day = MeetingCli::date(context, parser.value(QStringLiteral("from")), command, &exitCode);
        if (!day)
            return exitCode;
        from = *day;
    }
    CouncilMembers members;
    for (const QString& text : parser.positionalArguments()) {
        const QStringList parts = text.split(u':');
        bool ok = false;
        const CouncilMember::Role role = CouncilMember::roleFromKey(parts.value(1), &ok);
        if (parts.size() < 2 || !ok)
            return context.usage(tr("“%1” must be CODE:ROLE[:TITLE], the role one of chair, vice_chair, secretary, "
                                    "member.")
                                     .arg(text),
                command);
        const auto person = MeetingCli::subject(context, AwardForm::Subject::Person, parts[0], &exitCode);
        if (!person)
            return exitCode;
        members << CouncilMember(0, year->id, *person, role, parts.mid(2).join(u':'), int(members.size()));
    }
    auto saved = CouncilService(db, from).setCouncil(year->id, members);
    if (!saved)
        return context.fail(saved.error());
    context.out() << tr("The council of %1 has %n member(s).", nullptr, int(saved->size())).arg(year->name())
                  << Qt::endl;
    return ExitSuccess;
}

} // namespace thidua
