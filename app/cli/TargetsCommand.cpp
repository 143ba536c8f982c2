#include "app/cli/TargetsCommand.h"

#include "app/cli/StatsCommand.h"
#include "core/criteria/MovementStatsQuery.h"
#include "core/criteria/TargetQuery.h"
#include "core/criteria/TargetRate.h"
#include "core/criteria/TargetService.h"
#include "core/people/PeopleQuery.h"
#include "core/text/VietnameseFormat.h"

#include <QCommandLineParser>

namespace thidua {

namespace {

const QString Usage =
    QStringLiteral("  thidua-cli targets show --year 2024-2025\n"
                   "  thidua-cli targets set --year 2024-2025 [--rate 97] [--group-rate 100] [--models-per-group 1]\n"
                   "                         [--reference-date 31/05/2025|end]\n");

// Parses the options, then opens the database and finds --year (required). False with `exitCode` set on a problem.
bool open(CliContext& context,
    QCommandLineParser& parser,
    const QStringList& arguments,
    const QString& command,
    CliContext::Access access,
    SchoolYear* year,
    QSqlDatabase* db,
    int* exitCode)
{
    if (!context.parse(parser, arguments, command, exitCode))
        return false;
    int startYear = 0;
    if (!context.parseSchoolYear(parser.value(QStringLiteral("year")), &startYear, command, exitCode))
        return false;
    if (startYear == 0) {
        *exitCode = context.usage(TargetsCommand::tr("--year 2024-2025 is required."), command);
        return false;
    }
    auto database = context.database(access);
    if (!database) {
        *exitCode = context.fail(database.error());
        return false;
    }
    *db = (*database)->connection();
    return StatsCommand::findYear(context, *db, startYear, year, exitCode);
}

QCommandLineOption yearOption()
{
    return QCommandLineOption(
        QStringLiteral("year"), TargetsCommand::tr("The school year (required)."), QStringLiteral("2024-2025"));
}

} // namespace

QString TargetsCommand::summary() const
{
    return tr("Show or set the movement's targets of a school year, with the learning models recorded per group "
              "(targets show|set).");
}

int TargetsCommand::run(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == QStringLiteral("show"))
        return show(context, arguments.mid(1));
    if (action == QStringLiteral("set"))
        return set(context, arguments.mid(1));
    if (action == QStringLiteral("models"))
        return context.usage(tr("“targets models” is no longer used: the learning models of each group are counted "
                                "from those recorded with “model add” or “model import”."),
            name());
    if (action == QStringLiteral("--help") || action == QStringLiteral("-h")) {
        context.out() << summary() << Qt::endl << Usage;
        return ExitSuccess;
    }
    return context.usage(
        action.isEmpty() ? tr("Missing action: show or set.") : tr("Unknown action “%1”: use show or set.").arg(action),
        name());
}

int TargetsCommand::show(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(yearOption());
    SchoolYear year;
    QSqlDatabase db;
    int exitCode = ExitSuccess;
    if (!open(context, parser, arguments, name(), CliContext::Access::Read, &year, &db, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()), name());
    const TargetQuery query(db);
    auto targets = query.targets(year.id);
    if (!targets)
        return context.fail(targets.error());
    auto counts = MovementStatsQuery(db).modelCounts(year.id);
    if (!counts)
        return context.fail(counts.error());
    auto collectives = PeopleQuery(db).collectives(year.id);
    if (!collectives)
        return context.fail(collectives.error());

    QTextStream& out = context.out();
    out << "year: " << year.name() << '\n'
        << "rate: " << VietnameseFormat::percentTenthsShort(targets->rateTenths) << '\n'
        << "group_rate: " << VietnameseFormat::percentTenthsShort(targets->groupRateTenths) << '\n'
        << "models_per_group: " << targets->modelsPerGroup << '\n'
        << "reference_date: " << VietnameseFormat::shortDate(targets->referenceDateIn(year))
        << (targets->referenceDate.isValid() ? QString() : QStringLiteral(" (end)")) << '\n';
    for (const Collective& c : std::as_const(*collectives)) {
        if (c.kind != CollectiveKind::SubjectGroup && c.kind != CollectiveKind::OfficeGroup)
            continue;
        int count = 0;
        for (const LearningModelCount& m : std::as_const(*counts)) {
            if (m.collectiveId == c.id)
                count = m.count;
        }
        out << "learning_models: " << c.name << ": " << count << '\n';
    }
    return ExitSuccess;
}

int TargetsCommand::set(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption rate(QStringLiteral("rate"),
        tr("Share of staff and students (and of each class) to be recognised, in percent: 95, 97,5."),
        QStringLiteral("PERCENT"));
    const QCommandLineOption groupRate(QStringLiteral("group-rate"),
        tr("Share of each group's (tổ's) members to be recognised, in percent."),
        QStringLiteral("PERCENT"));
    const QCommandLineOption models(
        QStringLiteral("models-per-group"), tr("Learning models each group builds in the year."), QStringLiteral("N"));
    const QCommandLineOption reference(QStringLiteral("reference-date"),
        tr("Who counts: the people at the school on that day (dd/MM/yyyy), or “end” for the year's last day."),
        QStringLiteral("DATE"));
    parser.addOptions({ yearOption(), rate, groupRate, models, reference });
    SchoolYear year;
    QSqlDatabase db;
    int exitCode = ExitSuccess;
    if (!open(context, parser, arguments, name(), CliContext::Access::Write, &year, &db, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()), name());
    auto targets = TargetQuery(db).targets(year.id);
    if (!targets)
        return context.fail(targets.error());
    for (const auto& [option, field] :
        { std::pair { &rate, &Targets::rateTenths }, std::pair { &groupRate, &Targets::groupRateTenths } }) {
        if (!parser.isSet(*option))
            continue;
        const auto tenths = TargetRate::parseTenths(parser.value(*option));
        if (!tenths)
            return context.usage(tr("--%1 must be a percentage from 0,1 to 100 such as 95 or 97,5, not “%2”.")
                                     .arg(option->names().constFirst(), parser.value(*option)),
                name());
        (*targets).*field = *tenths;
    }
    if (parser.isSet(models)) {
        bool ok = false;
        targets->modelsPerGroup = parser.value(models).toInt(&ok);
        if (!ok)
            return context.usage(
                tr("--models-per-group must be a whole number, not “%1”.").arg(parser.value(models)), name());
    }
    if (parser.isSet(reference)) {
        const QString text = parser.value(reference).trimmed();
        targets->referenceDate =
            text == QStringLiteral("end") ? QDate() : QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
        if (text != QStringLiteral("end") && !targets->referenceDate.isValid())
            return context.usage(
                tr("--reference-date must be a date such as 31/05/2025 or “end”, not “%1”.").arg(text), name());
    }
    if (auto saved = TargetService(db).setTargets(*targets); !saved)
        return context.fail(saved.error());
    return ExitSuccess;
}

} // namespace thidua
