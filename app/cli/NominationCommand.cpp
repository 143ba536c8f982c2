#include "app/cli/NominationCommand.h"

#include "core/meeting/NominationService.h"

#include <QCommandLineParser>

namespace thidua {

namespace {

const QString Movement = QStringLiteral("Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời");

QString problemsText(const NominationView& view)
{
    const int open = int(view.openProblems().size());
    if (view.problems.isEmpty())
        return NominationCommand::tr("eligible");
    if (open == 0)
        return NominationCommand::tr("eligible (%n check(s) overridden)", nullptr, int(view.problems.size()));
    return NominationCommand::tr("%n open problem(s)", nullptr, open);
}

} // namespace

NominationCommand::NominationCommand()
{
    m_subCommands = {
        { QStringLiteral("add"),
            QStringLiteral("thidua-cli nomination add --year 2024-2025 (--person CODE | --collective NAME) --form KEY "
                           "[--movement TEXT] [--period TEXT] [--achievement TEXT] [--achievement-key KEY] "
                           "[--proposed-by COLLECTIVE|TEXT]"),
            [this](CliContext& c, const QStringList& a) { return add(c, a); } },
        { QStringLiteral("list"),
            QStringLiteral("thidua-cli nomination list --year 2024-2025"),
            [this](CliContext& c, const QStringList& a) { return list(c, a); } },
        { QStringLiteral("check"),
            QStringLiteral("thidua-cli nomination check ID [--on yyyy-mm-dd]"),
            [this](CliContext& c, const QStringList& a) { return check(c, a); } },
        { QStringLiteral("override"),
            QStringLiteral("thidua-cli nomination override ID --rule one_form|restriction|collective_or_units|"
                           "learning_citizen|learning_unit|earlier_title --reason TEXT [--by NAME]"),
            [this](CliContext& c, const QStringList& a) { return overrideCheck(c, a); } },
        { QStringLiteral("decide"),
            QStringLiteral("thidua-cli nomination decide ID --number NUMBER --date yyyy-mm-dd [--issuer NAME]"),
            [this](CliContext& c, const QStringList& a) { return decide(c, a); } },
        { QStringLiteral("state"),
            QStringLiteral("thidua-cli nomination state ID reviewed|proposed|submitted|awarded"),
            [this](CliContext& c, const QStringList& a) { return state(c, a); } },
    };
}

QString NominationCommand::summary() const
{
    return tr("Propose people and collectives for awards and check their eligibility (nomination add | list | check | "
              "override | decide | state).");
}

int NominationCommand::run(CliContext& context, const QStringList& arguments)
{
    return MeetingCli::dispatch(context, arguments, m_subCommands, name(), summary());
}

int NominationCommand::add(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("year"), QString(), QStringLiteral("Y") },
        { QStringLiteral("person"), QString(), QStringLiteral("CODE") },
        { QStringLiteral("collective"), QString(), QStringLiteral("NAME") },
        { QStringLiteral("form"), QString(), QStringLiteral("KEY") },
        { QStringLiteral("movement"), QString(), QStringLiteral("TEXT") },
        { QStringLiteral("period"), QString(), QStringLiteral("TEXT") },
        { QStringLiteral("achievement"), QString(), QStringLiteral("TEXT") },
        { QStringLiteral("achievement-key"), QString(), QStringLiteral("KEY") },
        { QStringLiteral("proposed-by"), QString(), QStringLiteral("NAME") } });
    int exitCode = ExitSuccess;
    const QString command = QStringLiteral("nomination add");
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    if (parser.isSet(QStringLiteral("person")) == parser.isSet(QStringLiteral("collective")))
        return context.usage(tr("Give either --person or --collective."), command);
    if (parser.value(QStringLiteral("form")).isEmpty())
        return context.usage(tr("--form is needed (thidua-cli award forms lists the keys)."), command);
    if (!MeetingCli::connection(context, CliContext::Access::Write, &exitCode).isOpen())
        return exitCode;
    Nomination n;
    const auto year = MeetingCli::year(context, parser.value(QStringLiteral("year")), command, &exitCode);
    if (!year)
        return exitCode;
    n.schoolYearId = *year;
    n.subject = parser.isSet(QStringLiteral("person")) ? AwardForm::Subject::Person : AwardForm::Subject::Collective;
    const auto subject = MeetingCli::subject(context,
        n.subject,
        parser.value(n.subject == AwardForm::Subject::Person ? QStringLiteral("person") : QStringLiteral("collective")),
        &exitCode);
    if (!subject)
        return exitCode;
    n.subjectId = *subject;
    n.formKey = parser.value(QStringLiteral("form"));
    n.movement = parser.isSet(QStringLiteral("movement")) ? parser.value(QStringLiteral("movement")) : Movement;
    n.period = parser.isSet(QStringLiteral("period"))
        ? parser.value(QStringLiteral("period"))
        : QStringLiteral("năm học %1").arg(parser.value(QStringLiteral("year")));
    n.achievement = parser.value(QStringLiteral("achievement"));
    n.achievementKey = parser.value(QStringLiteral("achievement-key"));
    if (parser.isSet(QStringLiteral("proposed-by"))) {
        const QSqlDatabase db = MeetingCli::connection(context, CliContext::Access::Read, &exitCode);
        auto proposer = MeetingCli::collective(db, parser.value(QStringLiteral("proposed-by")));
        if (!proposer)
            return context.fail(proposer.error());
        n.proposedByCollectiveId = *proposer;
        if (*proposer == 0)
            n.proposedBy = parser.value(QStringLiteral("proposed-by"));
    }
    const QSqlDatabase db = MeetingCli::connection(context, CliContext::Access::Write, &exitCode);
    if (!db.isOpen())
        return exitCode;
    NominationService service(db);
    auto id = service.add(n);
    if (!id)
        return context.fail(id.error());
    auto view = service.view(*id);
    if (!view)
        return context.fail(view.error());
    context.out() << *id << '\t' << view->subjectName << '\t' << view->form.name << '\t' << problemsText(*view)
                  << Qt::endl;
    return ExitSuccess;
}

int NominationCommand::list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("year"), QString(), QStringLiteral("Y") });
    int exitCode = ExitSuccess;
    const QString command = QStringLiteral("nomination list");
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    const auto year = MeetingCli::year(context, parser.value(QStringLiteral("year")), command, &exitCode);
    if (!year)
        return exitCode;
    auto views = NominationService(MeetingCli::connection(context, CliContext::Access::Read, &exitCode)).list(*year);
    if (!views)
        return context.fail(views.error());
    for (const NominationView& v : std::as_const(*views)) {
        context.out() << v.nomination.id << '\t' << Nomination::stateName(v.nomination.state) << '\t' << v.subjectName
                      << '\t' << v.form.name << '\t' << problemsText(v) << '\n';
    }
    context.out() << tr("%n nomination(s).", nullptr, int(views->size())) << Qt::endl;
    return ExitSuccess;
}

int NominationCommand::check(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("on"), QString(), QStringLiteral("DATE") });
    parser.addPositionalArgument(QStringLiteral("ID"), QString());
    int exitCode = ExitSuccess;
    const QString command = QStringLiteral("nomination check");
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    const auto id =
        MeetingCli::number(context, parser.positionalArguments().value(0), QStringLiteral("ID"), command, &exitCode);
    if (!id)
        return exitCode;
    QDate on = QDate::currentDate();
    if (parser.isSet(QStringLiteral("on"))) {
        const auto day = MeetingCli::date(context, parser.value(QStringLiteral("on")), command, &exitCode);
        if (!day)
            return exitCode;
        on = *day;
    }
    auto view = NominationService(MeetingCli::connection(context, CliContext::Access::Read, &exitCode)).view(*id, on);
    if (!view)
        return context.fail(view.error());
    context.out() << view->subjectName << " – " << view->form.name << " ("
                  << AwardForm::categoryName(view->form.category) << ")\n";
    for (const Eligibility::Problem& p : std::as_const(view->problems)) {
        const auto o = std::find_if(view->overrides.begin(), view->overrides.end(), [&](const NominationOverride& x) {
            return x.rule == p.rule;
        });
        context.out() << (o == view->overrides.end() ? "✗ " : "~ ") << Eligibility::ruleKey(p.rule) << ": "
                      << p.explanation << '\n';
        if (o != view->overrides.end())
            context.out() << "    " << tr("Overridden: %1").arg(o->reason) << '\n';
    }
    const bool open = !view->openProblems().isEmpty();
    context.out() << (open ? tr("Not eligible until every problem is resolved or overridden with a reason.")
                           : tr("Eligible."))
                  << Qt::endl;
    return open ? ExitFailure : ExitSuccess;
}

int NominationCommand::overrideCheck(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("rule"), QString(), QStringLiteral("KEY") },
        { QStringLiteral("reason"), QString(), QStringLiteral("TEXT") },
        { QStringLiteral("by"), QString(), QStringLiteral("NAME") } });
    parser.addPositionalArgument(QStringLiteral("ID"), QString());
    int exitCode = ExitSuccess;
    const QString command = QStringLiteral("nomination override");
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    const auto id =
        MeetingCli::number(context, parser.positionalArguments().value(0), QStringLiteral("ID"), command, &exitCode);
    if (!id)
        return exitCode;
    Eligibility::Rule rule;
    if (!Eligibility::ruleFromKey(parser.value(QStringLiteral("rule")), &rule))
        return context.usage(tr("--rule must be one of one_form, restriction, collective_or_units, learning_citizen, "
                                "learning_unit, earlier_title."),
            command);
    auto done = NominationService(MeetingCli::connection(context, CliContext::Access::Write, &exitCode))
                    .override(*id, rule, parser.value(QStringLiteral("reason")), parser.value(QStringLiteral("by")));
    if (!done)
        return context.fail(done.error());
    context.out() << tr("Check %1 of nomination %2 overridden.").arg(Eligibility::ruleKey(rule)).arg(*id) << Qt::endl;
    return ExitSuccess;
}

int NominationCommand::decide(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("number"), QString(), QStringLiteral("N") },
        { QStringLiteral("date"), QString(), QStringLiteral("DATE") },
        { QStringLiteral("issuer"), QString(), QStringLiteral("NAME") } });
    parser.addPositionalArgument(QStringLiteral("ID"), QString());
    int exitCode = ExitSuccess;
    const QString command = QStringLiteral("nomination decide");
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    const auto id =
        MeetingCli::number(context, parser.positionalArguments().value(0), QStringLiteral("ID"), command, &exitCode);
    if (!id)
        return exitCode;
    const auto day = MeetingCli::date(context, parser.value(QStringLiteral("date")), command, &exitCode);
    if (!day)
        return exitCode;
    auto done = NominationService(MeetingCli::connection(context, CliContext::Access::Write, &exitCode))
                    .decide(*id, parser.value(QStringLiteral("number")), *day, parser.value(QStringLiteral("issuer")));
    if (!done)
        return context.fail(done.error());
    context.out() << tr("Nomination %1 has its decision; the award history has it too.").arg(*id) << Qt::endl;
    return ExitSuccess;
}

int NominationCommand::state(CliContext& context, const QStringList& arguments)
{
    const QString command = QStringLiteral("nomination state");
    int exitCode = ExitSuccess;
    const auto id = MeetingCli::number(context, arguments.value(0), QStringLiteral("ID"), command, &exitCode);
    if (!id)
        return exitCode;
    Nomination::State target;
    if (!Nomination::stateFromKey(arguments.value(1), &target))
        return context.usage(tr("The state must be reviewed, proposed, submitted or awarded."), command);
    auto done =
        NominationService(MeetingCli::connection(context, CliContext::Access::Write, &exitCode)).setState(*id, target);
    if (!done)
        return context.fail(done.error());
    context.out() << tr("Nomination %1: %2.").arg(*id).arg(Nomination::stateName(target)) << Qt::endl;
    return ExitSuccess;
}

} // namespace thidua
