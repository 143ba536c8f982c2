// thidua-cli activity import: activities from a list (.xlsx, .xls, .csv), as award import reads its lists.
#include "app/cli/ActivityCommand.h"
#include "core/activities/ActivityImport.h"
#include "core/spreadsheet/WorkbookReader.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace thidua {

int ActivityCommand::import(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import activities from a list with the columns Loại hoạt động, Năm học, Tên hoạt động, Từ ngày, Đến ngày, "
           "Đơn vị tổ chức, Người tham gia, Tập thể tham gia, Số người tham gia, Mô tả. People and collectives are "
           "matched to those stored; nobody is added. With any error nothing is written, unless --skip-bad-rows."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The list: .xlsx, .xls, .csv or .txt."));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), tr("Check the file and show what would change, without writing anything."));
    const QCommandLineOption skipOption(
        QStringLiteral("skip-bad-rows"), tr("Import the good rows and list the bad ones, instead of nothing."));
    parser.addOptions({ dryRunOption, skipOption });
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("activity import"), &exitCode))
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
    ActivityImport::Options options;
    options.skipBadRows = parser.isSet(skipOption);
    ActivityImport import((*database)->connection());
    auto plan = import.plan(*workbook);
    if (!plan) {
        Error error = plan.error();
        error.file = fileName;
        return context.fail(error);
    }
    for (const ActivityImport::Problem& problem : std::as_const(plan->problems)) {
        ActivityImport::Problem shown = problem;
        if (problem.severity == ActivityImport::Problem::Severity::Warning)
            shown.message = tr("warning: %1").arg(problem.message);
        context.out() << shown.toString() << '\n';
    }
    ActivityImport::Summary would { plan->added, plan->unchanged, plan->skipped, plan->errors };
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
