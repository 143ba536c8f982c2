#include "app/cli/ExportCommand.h"

#include "core/people/PeopleQuery.h"
#include "core/people/RosterExport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace thidua {

QString ExportCommand::summary() const
{
    return tr("Export the people list to .xlsx or .csv (export people --out FILE).");
}

int ExportCommand::run(CliContext& context, const QStringList& arguments)
{
    const QString what = arguments.value(0);
    if (what == QStringLiteral("people"))
        return people(context, arguments.mid(1));
    if (what == QStringLiteral("--help") || what == QStringLiteral("-h")) {
        context.out() << summary() << Qt::endl
                      << QStringLiteral("  thidua-cli export people --out FILE.xlsx|FILE.csv [--kind staff|student] "
                                        "[--year 2024-2025]\n");
        return ExitSuccess;
    }
    return context.usage(what.isEmpty() ? tr("Missing what to export: people.")
                                        : tr("Cannot export “%1”: use export people --out FILE.").arg(what),
        name());
}

int ExportCommand::people(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export people with Vietnamese headers, in Vietnamese order; import people reads the file back."));
    const QCommandLineOption outOption(
        QStringLiteral("out"), tr("The file to write: .xlsx or .csv (UTF-8)."), QStringLiteral("FILE"));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
        tr("Only staff or only students (default: everybody)."),
        QStringLiteral("staff|student"));
    const QCommandLineOption yearOption(QStringLiteral("year"),
        tr("Add the class or group (tổ) of each person in this school year."),
        QStringLiteral("2024-2025"));
    parser.addOptions({ outOption, kindOption, yearOption });
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("export people"), &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()), name());
    const QString path = parser.value(outOption);
    if (path.isEmpty())
        return context.usage(tr("--out FILE.xlsx or --out FILE.csv is required."), name());
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QStringLiteral("xlsx") && suffix != QStringLiteral("csv"))
        return context.usage(tr("--out must end in .xlsx or .csv, not “%1”.").arg(path), name());

    RosterExport::Options options;
    int startYear = 0;
    if (!context.parseKind(parser.value(kindOption), &options.kind, name(), &exitCode)
        || !context.parseSchoolYear(parser.value(yearOption), &startYear, name(), &exitCode))
        return exitCode;

    auto database = context.database(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    if (startYear > 0) {
        auto year = PeopleQuery((*database)->connection()).schoolYear(startYear);
        if (!year)
            return context.fail(year.error());
        if (year->id == 0)
            return context.fail(Error { Error::Code::NotFound,
                tr("There is no school year %1-%2 in this database.").arg(startYear).arg(startYear + 1) });
        options.schoolYearId = year->id;
    }
    auto written = RosterExport((*database)->connection()).write(path, options);
    if (!written)
        return context.fail(written.error());
    context.out() << tr("Wrote %n person(s) to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return ExitSuccess;
}

} // namespace thidua
