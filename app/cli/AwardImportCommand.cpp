// thidua-cli award import: the award history from a list (.xlsx, .xls, .csv), as cdht import reads its lists.
#include "app/cli/AwardCommand.h"
#include "core/awards/AwardHistoryImport.h"
#include "core/spreadsheet/WorkbookReader.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace thidua {

int AwardCommand::import(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import the award history from a list with the columns Họ và tên / Mã (or Tập thể), Năm học, Hình thức / "
           "Danh hiệu, Số quyết định, Ngày quyết định, Cơ quan ban hành. A person is matched by code, else by full "
           "name (and date of birth when given); nobody is added. With any error nothing is written, unless "
           "--skip-bad-rows."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The list: .xlsx, .xls, .csv or .txt."));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), tr("Check the file and show what would change, without writing anything."));
    const QCommandLineOption skipOption(
        QStringLiteral("skip-bad-rows"), tr("Import the good rows and list the bad ones, instead of nothing."));
    parser.addOptions({ dryRunOption, skipOption });
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("award import"), &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return context.usage(files.isEmpty() ? tr("Missing the file to import.")
                                             : tr("Give one file to import, not %1.").arg(files.size()),
            name());
    const QString path = files.constFirst();
    // Read the file before the database is opened: a file that cannot be read changes nothing.
    auto workbook = WorkbookReader::read(path);
    if (!workbook)
        return context.fail(workbook.error());
    const QString fileName = QFileInfo(path).fileName();
    const bool dryRun = parser.isSet(dryRunOption);
    auto database = context.database(dryRun ? CliContext::Access::Read : CliContext::Access::Write);
    if (!database)
        return context.fail(database.error());
    AwardHistoryImport::Options options;
    options.skipBadRows = parser.isSet(skipOption);
    options.today = QDate::currentDate();
    AwardHistoryImport import((*database)->connection());
    auto plan = import.plan(*workbook, options);
    if (!plan) {
        Error error = plan.error();
        error.file = fileName;
        return context.fail(error);
    }
    for (const AwardHistoryImport::Problem& problem : std::as_const(plan->problems)) {
        AwardHistoryImport::Problem shown = problem;
        if (problem.severity == AwardHistoryImport::Problem::Severity::Warning)
            shown.message = tr("warning: %1").arg(problem.message);
        context.out() << shown.toString() << '\n';
    }
    AwardHistoryImport::Summary would { plan->added, plan->unchanged, plan->skipped, plan->errors };
    if (plan->errors > 0 && !options.skipBadRows) {
        would = { 0, 0, int(plan->rows.size()), plan->errors };
        context.out() << would.line() << Qt::endl;
        context.err() << tr("Error: %n error(s) in “%1”; nothing was imported. Correct the file, or use "
                            "--skip-bad-rows to import the other rows.",
            nullptr,
            plan->errors)
                             .arg(fileName)
                      << Qt::endl;
        return ExitFailure;
    }
    if (dryRun) {
        context.out() << would.line() << Qt::endl;
        context.err() << tr("Dry run: nothing was written.") << Qt::endl;
        return ExitSuccess;
    }
    auto done = import.apply(*plan, options);
    if (!done) {
        Error error = done.error();
        error.file = error.file.isEmpty() ? fileName : fileName + QLatin1Char(':') + error.file;
        return context.fail(error);
    }
    context.out() << done->line() << Qt::endl;
    return ExitSuccess;
}

} // namespace thidua
