#include "app/cli/CdhtCommand.h"

#include "core/criteria/LearningCitizenImport.h"
#include "core/criteria/LearningCitizenQuery.h"
#include "core/criteria/LearningCitizenService.h"
#include "core/people/PeopleQuery.h"
#include "core/spreadsheet/WorkbookReader.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace thidua {

QString CdhtCommand::summary() const
{
    return tr("Record Công dân học tập results, one person or a list (cdht set | cdht import).");
}

int CdhtCommand::run(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == QStringLiteral("set"))
        return set(context, arguments.mid(1));
    if (action == QStringLiteral("import"))
        return import(context, arguments.mid(1));
    if (action == QStringLiteral("--help") || action == QStringLiteral("-h")) {
        context.out() << summary() << Qt::endl
                      << QStringLiteral("  thidua-cli cdht set CODE dat|khong-dat|chua --year 2024-2025 [--score N] "
                                        "[--date dd/mm/yyyy] [--note TEXT]\n"
                                        "  thidua-cli cdht import FILE --year 2024-2025 [--dry-run] "
                                        "[--skip-bad-rows]\n");
        return ExitSuccess;
    }
    return context.usage(action.isEmpty() ? tr("Missing action: set or import.")
                                          : tr("Unknown action “%1”: use set or import.").arg(action),
        name());
}

qint64 CdhtCommand::schoolYearId(CliContext& context, const QString& text, int* exitCode)
{
    int startYear = 0;
    if (text.isEmpty()) {
        *exitCode = context.usage(tr("--year is required (for example --year 2024-2025)."), name());
        return 0;
    }
    if (!context.parseSchoolYear(text, &startYear, name(), exitCode))
        return 0;
    auto database = context.database();
    if (!database) {
        *exitCode = context.fail(database.error());
        return 0;
    }
    auto year = PeopleQuery((*database)->connection()).schoolYear(startYear);
    if (!year) {
        *exitCode = context.fail(year.error());
        return 0;
    }
    if (year->id == 0)
        *exitCode = context.fail(Error { Error::Code::NotFound,
            tr("The school has no school year %1-%2; add it first.").arg(startYear).arg(startYear + 1) });
    return year->id;
}

int CdhtCommand::set(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Record one person's Công dân học tập result of a school year."));
    parser.addPositionalArgument(QStringLiteral("CODE"), tr("The person's code (mã cán bộ, mã học sinh)."));
    parser.addPositionalArgument(QStringLiteral("RESULT"), QStringLiteral("dat|khong-dat|chua"));
    const QCommandLineOption yearOption(QStringLiteral("year"), tr("The school year."), QStringLiteral("2024-2025"));
    const QCommandLineOption scoreOption(QStringLiteral("score"), tr("The score, 0 to 100."), QStringLiteral("N"));
    const QCommandLineOption dateOption(
        QStringLiteral("date"), tr("The date of assessment, dd/mm/yyyy."), QStringLiteral("dd/mm/yyyy"));
    const QCommandLineOption noteOption(QStringLiteral("note"), tr("A note."), QStringLiteral("TEXT"));
    parser.addOptions({ yearOption, scoreOption, dateOption, noteOption });
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("cdht set"), &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.usage(tr("Give the person's code and the result: cdht set CODE dat|khong-dat|chua."), name());
    const QString word = positional.at(1).trimmed().toLower();
    const auto status = LearningCitizenResult::statusFromKey(QString(word).replace(QLatin1Char('-'), QLatin1Char('_')));
    if (!status)
        return context.usage(tr("“%1” is not a result: use dat, khong-dat or chua.").arg(positional.at(1)), name());

    std::optional<int> score;
    if (parser.isSet(scoreOption)) {
        bool ok = false;
        score = parser.value(scoreOption).trimmed().toInt(&ok);
        if (!ok || *score < 0 || *score > 100)
            return context.usage(
                tr("--score must be a whole number from 0 to 100, not “%1”.").arg(parser.value(scoreOption)), name());
    }
    QDate assessedOn;
    if (parser.isSet(dateOption)) {
        const PartialDate date = PartialDate::fromUserText(parser.value(dateOption).trimmed());
        if (!date.hasDay())
            return context.usage(
                tr("--date must be a day, dd/mm/yyyy, not “%1”.").arg(parser.value(dateOption)), name());
        assessedOn = date.date();
    }
    const qint64 yearId = schoolYearId(context, parser.value(yearOption), &exitCode);
    if (yearId == 0)
        return exitCode;
    auto database = context.database();
    if (!database)
        return context.fail(database.error());
    const QSqlDatabase db = (*database)->connection();
    auto person = PeopleQuery(db).personByCode(positional.at(0));
    if (!person)
        return context.fail(person.error());
    // What is stored stays unless given again (the score, the date, the note, the evidence link).
    auto stored = LearningCitizenQuery(db).result(person->id, yearId);
    if (!stored)
        return context.fail(stored.error());
    LearningCitizenResult result = *stored;
    result.status = *status;
    if (score)
        result.score = score;
    if (assessedOn.isValid())
        result.assessedOn = assessedOn;
    if (parser.isSet(noteOption))
        result.note = parser.value(noteOption);
    auto before = LearningCitizenService(db).set(result);
    if (!before)
        return context.fail(before.error());
    context.out()
        << tr("%1 (%2): %3.").arg(person->fullName(), person->code, LearningCitizenResult::statusName(result.status))
        << Qt::endl;
    return ExitSuccess;
}

int CdhtCommand::import(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import Công dân học tập results from a list with the columns code, full name, date of birth and result "
           "(optionally score, date of assessment, note). Each row is matched to a stored person by code, else by "
           "full name and date of birth. With any error nothing is written, unless --skip-bad-rows."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The list: .xlsx, .xls, .csv or .txt."));
    const QCommandLineOption yearOption(QStringLiteral("year"), tr("The school year."), QStringLiteral("2024-2025"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), tr("Check the file and show what would change, without writing anything."));
    const QCommandLineOption skipOption(
        QStringLiteral("skip-bad-rows"), tr("Import the good rows and list the bad ones, instead of nothing."));
    parser.addOptions({ yearOption, dryRunOption, skipOption });
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("cdht import"), &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return context.usage(files.isEmpty() ? tr("Missing the file to import.")
                                             : tr("Give one file to import, not %1.").arg(files.size()),
            name());
    if (parser.value(yearOption).isEmpty())
        return context.usage(tr("--year is required (for example --year 2024-2025)."), name());
    const QString path = files.constFirst();
    // Read the file before the database is opened: a file that cannot be read changes nothing.
    auto workbook = WorkbookReader::read(path);
    if (!workbook)
        return context.fail(workbook.error());
    const QString fileName = QFileInfo(path).fileName();

    LearningCitizenImport::Options options;
    options.schoolYearId = schoolYearId(context, parser.value(yearOption), &exitCode);
    if (options.schoolYearId == 0)
        return exitCode;
    options.skipBadRows = parser.isSet(skipOption);
    options.today = QDate::currentDate();
    auto database = context.database();
    if (!database)
        return context.fail(database.error());
    LearningCitizenImport import((*database)->connection());
    auto plan = import.plan(*workbook, options);
    if (!plan) {
        Error error = plan.error();
        error.file = fileName;
        return context.fail(error);
    }
    for (const LearningCitizenImport::Problem& problem : std::as_const(plan->problems)) {
        LearningCitizenImport::Problem shown = problem;
        if (problem.severity == LearningCitizenImport::Problem::Severity::Warning)
            shown.message = tr("warning: %1").arg(problem.message);
        context.out() << shown.toString() << '\n';
    }
    LearningCitizenImport::Summary would;
    would.set = plan->set;
    would.unchanged = plan->unchanged;
    would.skipped = plan->skipped;
    would.errors = plan->errors;
    if (plan->errors > 0 && !options.skipBadRows) {
        would.skipped = int(plan->rows.size());
        would.set = 0;
        would.unchanged = 0;
        context.out() << would.line() << Qt::endl;
        context.err() << tr("Error: %n error(s) in “%1”; nothing was imported. Correct the file, or use "
                            "--skip-bad-rows to import the other rows.",
            nullptr,
            plan->errors)
                             .arg(fileName)
                      << Qt::endl;
        return ExitFailure;
    }
    if (parser.isSet(dryRunOption)) {
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
