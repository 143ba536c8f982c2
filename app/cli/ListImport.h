#pragma once

#include "app/cli/CliContext.h"
#include "app/cli/MeetingCli.h"
#include "core/spreadsheet/WorkbookReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace thidua {

// `model import` and `initiative import`: one list file (`--year` for rows that name none, `--dry-run`,
// `--skip-bad-rows`) read by `Import` (LearningModelImport, InitiativeImport: plan(workbook, year), apply(plan,
// options)); its problems one per line, then its summary line; nothing written while it has errors, unless
// --skip-bad-rows.
template <class Import>
int runListImport(CliContext& context, const QStringList& arguments, const QString& command, const QString& description)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("ListImport", "The list: .xlsx, .xls, .csv or .txt."));
    parser.addOption({ QStringLiteral("year"),
        QCoreApplication::translate("ListImport", "The school year of rows that name none."),
        QStringLiteral("Y") });
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
        QCoreApplication::translate("ListImport", "Check the file without writing anything."));
    const QCommandLineOption skip(QStringLiteral("skip-bad-rows"),
        QCoreApplication::translate("ListImport", "Import the good rows, list the bad ones."));
    parser.addOptions({ dryRun, skip });
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.usage(QCoreApplication::translate("ListImport", "Give one file to import."), command);
    int startYear = 0;
    if (!context.parseSchoolYear(parser.value(QStringLiteral("year")), &startYear, command, &exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().constFirst();
    auto workbook = WorkbookReader::read(path); // before the database: a file that cannot be read changes nothing
    if (!workbook)
        return context.fail(workbook.error());
    const QSqlDatabase db = MeetingCli::connection(
        context, parser.isSet(dryRun) ? CliContext::Access::Read : CliContext::Access::Write, &exitCode);
    if (!db.isOpen())
        return exitCode;
    Import import(db);
    auto plan = import.plan(*workbook, startYear);
    if (!plan) {
        Error error = plan.error();
        error.file = QFileInfo(path).fileName();
        return context.fail(error);
    }
    for (const auto& problem : std::as_const(plan->problems))
        context.out() << problem.toString() << '\n';
    const bool refused = plan->errors > 0 && !parser.isSet(skip);
    const typename Import::Summary would = refused
        ? typename Import::Summary { 0, 0, int(plan->rows.size()), plan->errors }
        : typename Import::Summary { plan->added, plan->unchanged, plan->skipped, plan->errors };
    if (refused || parser.isSet(dryRun)) {
        context.out() << would.line() << Qt::endl;
        if (refused)
            return context.fail(Error { Error::Code::Validation,
                QCoreApplication::translate(
                    "ListImport", "%n error(s) in “%1”; nothing was imported.", nullptr, plan->errors)
                    .arg(QFileInfo(path).fileName()) });
        return ExitSuccess;
    }
    auto done = import.apply(*plan, { parser.isSet(skip) });
    if (!done)
        return context.fail(done.error());
    context.out() << done->line() << Qt::endl;
    return ExitSuccess;
}

} // namespace thidua
