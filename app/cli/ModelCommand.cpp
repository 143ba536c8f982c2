#include "app/cli/ModelCommand.h"

#include "app/cli/ActivityCli.h"
#include "app/cli/ListImport.h"
#include "core/activities/ActivityService.h"
#include "core/activities/LearningModelImport.h"
#include "core/spreadsheet/WorkbookReader.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace thidua {

ModelCommand::ModelCommand()
{
    m_subCommands = {
        { QStringLiteral("add"),
            QStringLiteral("thidua-cli model add --year 2024-2025 --collective NAME --name TEXT [--description TEXT] "
                           "[--result TEXT]"),
            [this](CliContext& c, const QStringList& a) { return add(c, a); } },
        { QStringLiteral("list"),
            QStringLiteral("thidua-cli model list [--year 2024-2025] | model list --year 2024-2025 --missing"),
            [this](CliContext& c, const QStringList& a) { return list(c, a); } },
        { QStringLiteral("remove"),
            QStringLiteral("thidua-cli model remove ID"),
            [this](CliContext& c, const QStringList& a) { return remove(c, a); } },
        { QStringLiteral("import"),
            QStringLiteral("thidua-cli model import FILE [--year 2024-2025] [--dry-run] [--skip-bad-rows]"),
            [this](CliContext& c, const QStringList& a) { return import(c, a); } },
    };
}

QString ModelCommand::summary() const
{
    return tr("Learning models each tổ builds in a year, and the tổ without one (model add | list | remove | import).");
}

int ModelCommand::run(CliContext& context, const QStringList& arguments)
{
    return MeetingCli::dispatch(context, arguments, m_subCommands, name(), summary());
}

int ModelCommand::add(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("year"), QString(), QStringLiteral("Y") },
        { QStringLiteral("collective"), QString(), QStringLiteral("NAME") },
        { QStringLiteral("name"), QString(), QStringLiteral("TEXT") },
        { QStringLiteral("description"), QString(), QStringLiteral("TEXT") },
        { QStringLiteral("result"), QString(), QStringLiteral("TEXT") } });
    int exitCode = ExitSuccess;
    const QString command = QStringLiteral("model add");
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    if (parser.value(QStringLiteral("collective")).isEmpty())
        return context.usage(tr("--collective is needed: the tổ that builds the model."), command);
    const QSqlDatabase db = MeetingCli::connection(context, CliContext::Access::Write, &exitCode);
    if (!db.isOpen())
        return exitCode;
    const auto year = ActivityCli::requiredYear(context, db, parser.value(QStringLiteral("year")), command, &exitCode);
    if (!year)
        return exitCode;
    const auto collective =
        ActivityCli::collectives(context, db, { parser.value(QStringLiteral("collective")) }, &exitCode);
    if (!collective)
        return exitCode;
    LearningModel model { 0,
        *year,
        collective->constFirst(),
        parser.value(QStringLiteral("name")),
        parser.value(QStringLiteral("description")),
        parser.value(QStringLiteral("result")) };
    auto id = ActivityService(db).addModel(model);
    if (!id)
        return context.fail(id.error());
    context.out() << *id << Qt::endl;
    return ExitSuccess;
}

int ModelCommand::list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("year"), QString(), QStringLiteral("Y") });
    const QCommandLineOption missing(QStringLiteral("missing"), tr("List the tổ with no learning model in the year."));
    parser.addOption(missing);
    int exitCode = ExitSuccess;
    const QString command = QStringLiteral("model list");
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    const QSqlDatabase db = MeetingCli::connection(context, CliContext::Access::Read, &exitCode);
    if (!db.isOpen())
        return exitCode;
    const QString yearText = parser.value(QStringLiteral("year"));
    const auto year = parser.isSet(missing) ? ActivityCli::requiredYear(context, db, yearText, command, &exitCode)
                                            : ActivityCli::optionalYear(context, db, yearText, command, &exitCode);
    if (!year)
        return exitCode;
    if (parser.isSet(missing)) {
        auto groups = ActivityService(db).groupsWithoutModel(*year);
        if (!groups)
            return context.fail(groups.error());
        for (const Collective& c : std::as_const(*groups))
            context.out() << c.id << '\t' << c.name << '\n';
        context.out().flush();
        return ExitSuccess;
    }
    auto models = ActivityService(db).models(*year);
    if (!models)
        return context.fail(models.error());
    auto names = ActivityCli::names(db);
    if (!names)
        return context.fail(names.error());
    // id, year, collective, name, result
    for (const LearningModel& m : std::as_const(*models)) {
        context.out() << QStringList { QString::number(m.id),
            names->years.value(m.schoolYearId),
            names->collectives.value(m.collectiveId),
            m.name,
            QString(m.result).replace(QLatin1Char('\n'), QLatin1Char(' ')) }
                             .join(QLatin1Char('\t'))
                      << '\n';
    }
    context.out().flush();
    return ExitSuccess;
}

int ModelCommand::remove(CliContext& context, const QStringList& arguments)
{
    return ActivityCli::removeById(context,
        arguments,
        QStringLiteral("model remove"),
        tr("The model's number (model list shows it)."),
        tr("Give the number of one learning model."),
        [](const QSqlDatabase& db, qint64 id) { return ActivityService(db).removeModel(id); });
}

int ModelCommand::import(CliContext& context, const QStringList& arguments)
{
    return runListImport<LearningModelImport>(context,
        arguments,
        QStringLiteral("model import"),
        tr("Import learning models from a list with the columns Tổ, Năm học, Tên mô "
           "hình, Mô tả, Kết quả. With any error nothing is written, unless "
           "--skip-bad-rows."));
}

} // namespace thidua
