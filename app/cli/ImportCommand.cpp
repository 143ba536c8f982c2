#include "app/cli/ImportCommand.h"

#include "core/people/ImportService.h"
#include "core/people/RosterColumns.h"
#include "core/people/RosterImport.h"
#include "core/spreadsheet/WorkbookReader.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFileInfo>
#include <QScopeGuard>

namespace thidua {

QString ImportCommand::summary() const
{
    return tr("Import a staff or student list from .xlsx, .xls, .csv or .txt (import people FILE).");
}

int ImportCommand::run(CliContext& context, const QStringList& arguments)
{
    const QString what = arguments.value(0);
    if (what == QStringLiteral("people"))
        return people(context, arguments.mid(1));
    if (what == QStringLiteral("--help") || what == QStringLiteral("-h")) {
        context.out() << summary() << Qt::endl
                      << QStringLiteral("  thidua-cli import people FILE [--sheet NAME|N] "
                                        "[--encoding auto|utf8|utf16|cp1258|tcvn3|vni] [--kind staff|student] "
                                        "[--year 2024-2025] [--dry-run] [--skip-bad-rows]\n");
        return ExitSuccess;
    }
    return context.usage(what.isEmpty() ? tr("Missing what to import: people.")
                                        : tr("Cannot import “%1”: use import people FILE.").arg(what),
        name());
}

namespace {

// The sheets named by --sheet (a name, else a 1-based number), or all of them; -1 when there is no such sheet.
QList<int> chosenSheets(const Workbook& workbook, const QString& choice)
{
    QList<int> all;
    for (int i = 0; i < workbook.sheets.size(); ++i)
        all.append(i);
    if (choice.isEmpty())
        return all;
    for (int i = 0; i < workbook.sheets.size(); ++i) {
        if (workbook.sheets.at(i).name == choice)
            return { i };
    }
    for (int i = 0; i < workbook.sheets.size(); ++i) {
        if (workbook.sheets.at(i).name.compare(choice.trimmed(), Qt::CaseInsensitive) == 0)
            return { i };
    }
    bool ok = false;
    const int number = choice.trimmed().toInt(&ok);
    if (ok && number >= 1 && number <= workbook.sheets.size())
        return { number - 1 };
    return { -1 };
}

bool isBlank(const Sheet& sheet)
{
    for (const auto& row : sheet.rows) {
        for (const Cell& cell : row) {
            if (!cell.isEmpty())
                return false;
        }
    }
    return true;
}

// An error of the import as "file:sheet:row:column: message" (a sheet's name as its file, row and column kept).
Error inFile(Error error, const QString& fileName)
{
    error.file = error.file.isEmpty() ? fileName : fileName + QLatin1Char(':') + error.file;
    return error;
}

// Every problem of every sheet as "sheet:row:column: message", warnings marked.
void printProblems(CliContext& context, const ImportService::Plan& plan)
{
    for (const ImportService::SheetPlan& part : plan.sheets) {
        for (const RosterImport::Problem& problem : part.plan.problems) {
            RosterImport::Problem shown = problem;
            if (problem.severity == RosterImport::Problem::Severity::Warning)
                shown.message = ImportCommand::tr("warning: %1").arg(problem.message);
            context.out() << shown.toString() << '\n';
        }
    }
}

// What apply() would write, from the plan: the dry run's summary line.
RosterImport::Summary wouldDo(const ImportService::Plan& plan)
{
    RosterImport::Summary total;
    for (const ImportService::SheetPlan& part : plan.sheets) {
        const RosterImport::Plan& p = part.plan;
        total.added += p.added;
        total.updated += p.updated;
        total.unchanged += p.unchanged;
        total.skipped += p.skipped + p.unchanged;
        total.errors += p.errors;
    }
    return total;
}

} // namespace

int ImportCommand::people(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import a staff or student list. People already stored (same code, else same full name and date of "
           "birth) are updated, not added again. With any error nothing is written, unless --skip-bad-rows."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The list: .xlsx, .xls, .csv or .txt."));
    const QCommandLineOption sheetOption(QStringLiteral("sheet"),
        tr("Import only this sheet, by name or number (default: every sheet with a list)."),
        QStringLiteral("NAME|N"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"),
        tr("Text encoding of a .csv/.txt file, or legacy font of the cells of a spreadsheet (default: auto)."),
        QStringLiteral("auto|utf8|utf16|cp1258|tcvn3|vni"),
        QStringLiteral("auto"));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
        tr("Staff or students (default: from the title and the columns of each sheet)."),
        QStringLiteral("staff|student"));
    const QCommandLineOption yearOption(QStringLiteral("year"),
        tr("Put students into their classes and staff into their groups (tổ) for this school year, creating "
           "missing ones."),
        QStringLiteral("2024-2025"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), tr("Check the file and show what would change, without writing anything."));
    const QCommandLineOption skipOption(
        QStringLiteral("skip-bad-rows"), tr("Import the good rows and list the bad ones, instead of nothing."));
    parser.addOptions({ sheetOption, encodingOption, kindOption, yearOption, dryRunOption, skipOption });
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("import people"), &exitCode))
        return exitCode;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return context.usage(files.isEmpty() ? tr("Missing the file to import.")
                                             : tr("Give one file to import, not %1.").arg(files.size()),
            name());
    const QString path = files.constFirst();

    WorkbookReader::Options readOptions;
    const QString encodingName = parser.value(encodingOption).trimmed();
    if (encodingName.compare(QStringLiteral("auto"), Qt::CaseInsensitive) != 0) {
        auto encoding = LegacyEncoding::fromName(encodingName);
        if (!encoding)
            return context.usage(encoding.error().message, name());
        readOptions.encoding = *encoding;
    }
    std::optional<PersonKind> kind;
    int startYear = 0;
    if (!context.parseKind(parser.value(kindOption), &kind, name(), &exitCode)
        || !context.parseSchoolYear(parser.value(yearOption), &startYear, name(), &exitCode))
        return exitCode;
    const bool dryRun = parser.isSet(dryRunOption);
    const bool skipBadRows = parser.isSet(skipOption);

    // Read and find the lists before the database is opened: a file that cannot be read changes nothing.
    auto workbook = WorkbookReader::read(path, readOptions);
    if (!workbook)
        return context.fail(workbook.error());
    const QString fileName = QFileInfo(path).fileName();
    const QList<int> sheets = chosenSheets(*workbook, parser.value(sheetOption));
    if (sheets.value(0) < 0) {
        QStringList names;
        for (const Sheet& s : std::as_const(workbook->sheets))
            names.append(QStringLiteral("“%1”").arg(s.name));
        return context.fail(Error { Error::Code::NotFound,
            tr("There is no sheet “%1”; the sheets are %2.")
                .arg(parser.value(sheetOption), names.join(QStringLiteral(", "))),
            fileName });
    }
    ImportService::Request request;
    request.schoolYearStart = startYear;
    request.skipBadRows = skipBadRows;
    request.today = QDate::currentDate();
    for (const int index : sheets) {
        const Sheet& sheet = workbook->sheets.at(index);
        RosterColumns columns = RosterColumns::detect(sheet);
        if (columns.headerRow < 0) {
            if (sheets.size() == 1)
                return context.fail(Error { Error::Code::Format,
                    tr("Sheet “%1” has no header with the names of the people (a row with “Họ và tên”, or “Họ” and "
                       "“Tên”).")
                        .arg(sheet.name),
                    fileName });
            if (!isBlank(sheet))
                context.err() << tr("Sheet “%1” is left out: it has no list of people.").arg(sheet.name) << Qt::endl;
            continue;
        }
        const PersonKind sheetKind = kind ? *kind : RosterImport::guessKind(sheet, columns, PersonKind::Staff);
        request.sheets.append({ sheet, columns, sheetKind, RosterImport::defaultCollective(sheet, sheetKind) });
    }
    if (request.sheets.isEmpty())
        return context.fail(Error { Error::Code::Format,
            tr("No list of people was found: no sheet has a header with “Họ và tên”, or “Họ” and “Tên”."),
            fileName });

    auto database = context.database();
    if (!database)
        return context.fail(database.error());
    // A dry run leaves no database file it created behind (nor does a failure: see main()). Declared before the
    // connection's users, so that it runs after them.
    const auto discard = qScopeGuard([&] {
        if (dryRun)
            context.discardCreatedDatabase();
    });
    ImportService service((*database)->connection());
    auto plan = service.plan(request);
    if (!plan)
        return context.fail(inFile(plan.error(), fileName));
    printProblems(context, *plan);
    if (plan->collectivesIgnored())
        context.err() << tr("The classes and groups (tổ) in the file are not recorded: give --year to put people into "
                            "them.")
                      << Qt::endl;
    const int errors = plan->errors();
    if (errors > 0 && !skipBadRows) {
        RosterImport::Summary none;
        none.skipped = plan->rows();
        none.errors = errors;
        context.out() << none.line() << Qt::endl;
        context.err() << tr("Error: %n error(s) in “%1”; nothing was imported. Correct the file, or use "
                            "--skip-bad-rows to import the other rows.",
            nullptr,
            errors)
                             .arg(fileName)
                      << Qt::endl;
        return ExitFailure;
    }
    if (dryRun) {
        context.out() << wouldDo(*plan).line() << Qt::endl;
        context.err() << tr("Dry run: nothing was written.") << Qt::endl;
        return ExitSuccess;
    }
    auto done = service.apply(*plan);
    if (!done)
        return context.fail(inFile(done.error(), fileName));
    context.out() << done->line() << Qt::endl;
    return ExitSuccess;
}

} // namespace thidua
