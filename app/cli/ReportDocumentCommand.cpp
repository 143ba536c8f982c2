#include "app/cli/ReportDocumentCommand.h"

#include "core/reports/MovementReportService.h"
#include "ui/charts/ReportChartPainter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace thidua {

namespace {

struct ReportDocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocumentCommand)
};

QCommandLineOption outOption(const QString& what)
{
    return QCommandLineOption(QStringLiteral("out"), what, QStringLiteral("FILE"));
}

QCommandLineOption dateOption()
{
    return QCommandLineOption(QStringLiteral("date"),
        ReportDocumentCommand::tr("The report's date (default: today)."),
        QStringLiteral("YYYY-MM-DD"));
}

QCommandLineOption recipientOption()
{
    return QCommandLineOption(QStringLiteral("recipient"),
        ReportDocumentCommand::tr("Where the report goes, first under “Nơi nhận” (default: a blank to fill in)."),
        QStringLiteral("NAME"));
}

// --date and --recipient into the request; false with the usage printed.
bool readCommon(CliContext& context,
    const QCommandLineParser& parser,
    const QString& command,
    MovementReportService::Request* request,
    int* exitCode)
{
    if (parser.isSet(QStringLiteral("date"))) {
        request->date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!request->date.isValid()) {
            *exitCode = context.usage(ReportDocumentCommand::tr("--date must be a date such as 2025-11-20, not “%1”.")
                                          .arg(parser.value(QStringLiteral("date"))),
                command);
            return false;
        }
    }
    request->recipient = parser.value(QStringLiteral("recipient")).trimmed();
    return true;
}

int write(CliContext& context, const MovementReportService::Request& request, const QString& out)
{
    auto database = context.database();
    if (!database)
        return context.fail(database.error());
    MovementReportService service((*database)->connection(), QDate::currentDate(), reportChartPainter());
    auto written = service.write(request, out);
    if (!written)
        return context.fail(written.error());
    context.out() << ReportDocumentCommand::tr("Number %1").arg(written->symbol) << Qt::endl << out << Qt::endl;
    return ExitSuccess;
}

} // namespace

int runReportAnnual(CliContext& context, const QStringList& args)
{
    const QString command = QStringLiteral("report annual");
    QCommandLineParser parser;
    parser.setApplicationDescription(ReportDocumentCommand::tr(
        "Write the annual report on the movement of a school year (PDF or DOCX), numbered in the register."));
    const QCommandLineOption yearOption(
        QStringLiteral("year"), ReportDocumentCommand::tr("The school year (required)."), QStringLiteral("2024-2025"));
    const QCommandLineOption out = outOption(ReportDocumentCommand::tr("The file to write: .pdf or .docx."));
    parser.addOptions({ yearOption, out, dateOption(), recipientOption() });
    int exitCode = ExitSuccess;
    if (!context.parse(parser, args, command, &exitCode))
        return exitCode;
    MovementReportService::Request request;
    if (!context.parseSchoolYear(parser.value(yearOption), &request.startYear, command, &exitCode))
        return exitCode;
    if (!MovementReportService::isReportPath(parser.value(out)))
        return context.usage(ReportDocumentCommand::tr("--out must name a .pdf or .docx file."), command);
    if (!readCommon(context, parser, command, &request, &exitCode))
        return exitCode;
    return write(context, request, parser.value(out));
}

int runReportStage(CliContext& context, const QStringList& args)
{
    const QString command = QStringLiteral("report stage");
    QCommandLineParser parser;
    parser.setApplicationDescription(ReportDocumentCommand::tr(
        "Write the review of a stage of the movement (sơ kết 2023–2025, tổng kết 2023–2030) as PDF or DOCX."));
    const QCommandLineOption fromOption(
        QStringLiteral("from"), ReportDocumentCommand::tr("The year the stage begins (2023)."), QStringLiteral("YEAR"));
    const QCommandLineOption toOption(QStringLiteral("to"),
        ReportDocumentCommand::tr("The year the stage ends (2025 or 2030)."),
        QStringLiteral("YEAR"));
    const QCommandLineOption out = outOption(ReportDocumentCommand::tr("The file to write: .pdf or .docx."));
    parser.addOptions({ fromOption, toOption, out, dateOption(), recipientOption() });
    int exitCode = ExitSuccess;
    if (!context.parse(parser, args, command, &exitCode))
        return exitCode;
    MovementReportService::Request request;
    request.stage = true;
    bool fromOk = false;
    bool toOk = false;
    request.fromYear = parser.value(fromOption).toInt(&fromOk);
    request.toYear = parser.value(toOption).toInt(&toOk);
    if (!fromOk || !toOk || request.fromYear < 2000 || request.toYear <= request.fromYear)
        return context.usage(
            ReportDocumentCommand::tr("--from and --to must be years, the second after the first (2023 and 2025)."),
            command);
    if (!MovementReportService::isReportPath(parser.value(out)))
        return context.usage(ReportDocumentCommand::tr("--out must name a .pdf or .docx file."), command);
    if (!readCommon(context, parser, command, &request, &exitCode))
        return exitCode;
    return write(context, request, parser.value(out));
}

int runReportStats(CliContext& context, const QStringList& args)
{
    const QString command = QStringLiteral("report stats");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ReportDocumentCommand::tr("Write the movement's statistics of a school year as a workbook (.xlsx)."));
    const QCommandLineOption yearOption(
        QStringLiteral("year"), ReportDocumentCommand::tr("The school year (required)."), QStringLiteral("2024-2025"));
    const QCommandLineOption out = outOption(ReportDocumentCommand::tr("The .xlsx file to write."));
    parser.addOptions({ yearOption, out });
    int exitCode = ExitSuccess;
    if (!context.parse(parser, args, command, &exitCode))
        return exitCode;
    int startYear = 0;
    if (!context.parseSchoolYear(parser.value(yearOption), &startYear, command, &exitCode))
        return exitCode;
    if (!parser.value(out).endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return context.usage(ReportDocumentCommand::tr("--out must name a .xlsx file."), command);
    auto database = context.database();
    if (!database)
        return context.fail(database.error());
    MovementReportService service((*database)->connection(), QDate::currentDate(), {});
    if (auto written = service.writeStats(startYear, parser.value(out)); !written)
        return context.fail(written.error());
    context.out() << parser.value(out) << Qt::endl;
    return ExitSuccess;
}

} // namespace thidua
