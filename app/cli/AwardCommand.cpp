#include "app/cli/AwardCommand.h"

#include "core/awards/AwardService.h"
#include "core/common/PartialDate.h"
#include "core/criteria/TargetRate.h"
#include "core/people/PeopleQuery.h"
#include "core/school/SchoolQuery.h"
#include "core/text/VietnameseFormat.h"
#include "core/text/VietnameseText.h"

#include <QCommandLineParser>
#include <QRegularExpression>

#include <cmath>

namespace thidua {

namespace {

const QString Usage = QStringLiteral(
    "  thidua-cli award forms\n"
    "  thidua-cli award form KEY [--name TEXT] [--category title|commendation] [--subject person|collective]\n"
    "                        [--decided-by TEXT] [--level school|superior|province|nation] [--coefficient 0.3]\n"
    "                        [--basis TEXT] [--threshold 75] [--base present|all|valid] [--requires KEY] [--order N]\n"
    "  thidua-cli award salary [--from 01/07/2026 --amount 2530000 --basis TEXT | --remove 01/07/2026]\n"
    "  thidua-cli award prize KEY --date 26/05/2025\n"
    "  thidua-cli award history (--person CODE | --collective NAME [--year 2024-2025])\n"
    "  thidua-cli award add (--person CODE | --collective NAME) (--form KEY | --form-name TEXT) [--year 2024-2025]\n"
    "                       [--number N] [--date 26/05/2025] [--issuer TEXT]\n"
    "  thidua-cli award remove ID\n"
    "  thidua-cli award import FILE [--dry-run] [--skip-bad-rows]\n");

// 30 → "0,3", 100 → "1", 125 → "1,25".
QString coefficientText(int hundredths)
{
    const int decimals = hundredths % 100 == 0 ? 0 : (hundredths % 10 == 0 ? 1 : 2);
    return VietnameseFormat::decimal(hundredths / 100.0, decimals);
}

// "0.3", "0,3", "1", "1,25" → hundredths; nullopt for anything else (more than two decimals, negative).
std::optional<int> parseCoefficient(const QString& text)
{
    static const QRegularExpression Pattern(QStringLiteral("^\\d{1,4}([.,]\\d{1,2})?$"));
    const QString trimmed = text.trimmed();
    if (!Pattern.match(trimmed).hasMatch())
        return std::nullopt;
    return int(std::lround(QString(trimmed).replace(QLatin1Char(','), QLatin1Char('.')).toDouble() * 100));
}

// "70 % present", "90 % all".
QString thresholdText(const MeetingRules::Threshold& threshold)
{
    return VietnameseFormat::percentTenthsShort(threshold.tenths) + QLatin1Char(' ')
        + AwardForm::baseKey(threshold.base);
}

QString formLine(const AwardForm& f)
{
    return QStringList { f.key,
        f.name,
        AwardForm::categoryName(f.category),
        AwardForm::subjectKey(f.subject),
        f.decidedBy,
        coefficientText(f.coefficientHundredths),
        thresholdText(f.threshold),
        f.requiresKey }
        .join(QLatin1Char('\t'));
}

// A day as the command line takes it: "26/05/2025", "2025-05-26".
QDate parseDay(const QString& text)
{
    const PartialDate date = PartialDate::fromUserText(text.trimmed());
    return date.hasDay() ? date.date() : QDate();
}

bool openDatabase(CliContext& context, CliContext::Access access, QSqlDatabase* db, int* exitCode)
{
    auto database = context.database(access);
    if (!database) {
        *exitCode = context.fail(database.error());
        return false;
    }
    *db = (*database)->connection();
    return true;
}

// The id of the school year given (0 when none); -1 with `exitCode` set when it is wrong or not stored.
qint64 yearIdOf(CliContext& context, const QSqlDatabase& db, const QString& text, const QString& command, int* exitCode)
{
    int startYear = 0;
    if (!context.parseSchoolYear(text, &startYear, command, exitCode))
        return -1;
    if (startYear == 0)
        return 0;
    auto year = PeopleQuery(db).schoolYear(startYear);
    if (!year) {
        *exitCode = context.fail(year.error());
        return -1;
    }
    if (year->id == 0) {
        *exitCode = context.fail(Error { Error::Code::NotFound,
            AwardCommand::tr("The school has no school year %1-%2; add it first.").arg(startYear).arg(startYear + 1) });
        return -1;
    }
    return year->id;
}

// --person CODE|ID or --collective NAME|ID; nullopt with `exitCode` set when neither, both, or nobody.
std::optional<AwardCommand::Subject> findSubject(CliContext& context,
    const QSqlDatabase& db,
    const QString& person,
    const QString& collective,
    qint64 yearId,
    int* exitCode)
{
    if (person.isEmpty() == collective.isEmpty()) {
        *exitCode =
            context.usage(AwardCommand::tr("Give either --person CODE or --collective NAME."), QStringLiteral("award"));
        return std::nullopt;
    }
    const PeopleQuery query(db);
    if (!person.isEmpty()) {
        auto found = query.personByCode(person);
        bool number = false;
        const qint64 id = person.toLongLong(&number);
        if (!found && number)
            found = query.person(id);
        if (!found) {
            *exitCode = context.fail(found.error());
            return std::nullopt;
        }
        return AwardCommand::Subject { AwardForm::Subject::Person, found->id, found->fullName() };
    }
    auto collectives = query.collectives(yearId);
    if (!collectives) {
        *exitCode = context.fail(collectives.error());
        return std::nullopt;
    }
    const QString wanted = VietnameseText::lowerCanonical(VietnameseText::clean(collective));
    QList<Collective> matches;
    for (const Collective& c : std::as_const(*collectives)) {
        if (VietnameseText::lowerCanonical(c.name) == wanted || QString::number(c.id) == collective.trimmed())
            matches.append(c);
    }
    if (matches.size() != 1) {
        *exitCode = context.fail(Error { matches.isEmpty() ? Error::Code::NotFound : Error::Code::Validation,
            matches.isEmpty()
                ? AwardCommand::tr("There is no collective named “%1”.").arg(collective)
                : AwardCommand::tr("Several collectives are named “%1”: give --year or the number.").arg(collective) });
        return std::nullopt;
    }
    return AwardCommand::Subject { AwardForm::Subject::Collective, matches.constFirst().id, matches.constFirst().name };
}

} // namespace

QString AwardCommand::summary() const
{
    return tr("Award forms, base salary and award history (award forms|form|salary|prize|history|add|remove|import).");
}

int AwardCommand::run(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == QStringLiteral("forms"))
        return forms(context, rest);
    if (action == QStringLiteral("form"))
        return form(context, rest);
    if (action == QStringLiteral("salary"))
        return salary(context, rest);
    if (action == QStringLiteral("prize"))
        return prize(context, rest);
    if (action == QStringLiteral("history"))
        return history(context, rest);
    if (action == QStringLiteral("add"))
        return add(context, rest);
    if (action == QStringLiteral("remove"))
        return remove(context, rest);
    if (action == QStringLiteral("import"))
        return import(context, rest);
    if (action == QStringLiteral("--help") || action == QStringLiteral("-h")) {
        context.out() << summary() << Qt::endl << Usage;
        return ExitSuccess;
    }
    const QString actions = QStringLiteral("forms, form, salary, prize, history, add, remove, import");
    return context.usage(action.isEmpty() ? tr("Missing action: %1.").arg(actions)
                                          : tr("Unknown action “%1”: use %2.").arg(action, actions),
        name());
}

int AwardCommand::forms(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the award forms: key, name, kind, for whom, who decides, prize "
                                        "coefficient, vote threshold and what it is counted on, the title required."));
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("award forms"), &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()), name());
    QSqlDatabase db;
    if (!openDatabase(context, CliContext::Access::Read, &db, &exitCode))
        return exitCode;
    auto all = AwardService(db).forms();
    if (!all)
        return context.fail(all.error());
    context.out() << QStringList { tr("key"),
        tr("name"),
        tr("kind"),
        tr("for"),
        tr("decided by"),
        tr("coefficient"),
        tr("threshold"),
        tr("requires") }
                         .join(QLatin1Char('\t'))
                  << '\n';
    for (const AwardForm& f : std::as_const(*all))
        context.out() << formLine(f) << '\n';
    context.out().flush();
    return ExitSuccess;
}

int AwardCommand::form(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Change an award form, or add one (then --name, --category and --subject are "
                                        "needed). Only the options given change."));
    parser.addPositionalArgument(QStringLiteral("KEY"), tr("The form's key (award forms lists them)."));
    const QCommandLineOption nameOption(QStringLiteral("name"), tr("Its name."), QStringLiteral("TEXT"));
    const QCommandLineOption categoryOption(
        QStringLiteral("category"), tr("A title (danh hiệu) or a commendation."), QStringLiteral("title|commendation"));
    const QCommandLineOption subjectOption(
        QStringLiteral("subject"), tr("Awarded to people or collectives."), QStringLiteral("person|collective"));
    const QCommandLineOption decidedByOption(
        QStringLiteral("decided-by"), tr("Who signs the decision."), QStringLiteral("TEXT"));
    const QCommandLineOption levelOption(QStringLiteral("level"),
        tr("Who decides it: the school itself, or above."),
        QStringLiteral("school|superior|province|nation"));
    const QCommandLineOption coefficientOption(
        QStringLiteral("coefficient"), tr("The prize as a multiple of the base salary."), QStringLiteral("0.3"));
    const QCommandLineOption basisOption(
        QStringLiteral("basis"), tr("The legal basis of the coefficient."), QStringLiteral("TEXT"));
    const QCommandLineOption thresholdOption(
        QStringLiteral("threshold"), tr("The share of agree votes needed, in percent."), QStringLiteral("70"));
    const QCommandLineOption baseOption(QStringLiteral("base"),
        tr("What the threshold is counted on: members present, all members, valid ballots."),
        QStringLiteral("present|all|valid"));
    const QCommandLineOption requiresOption(QStringLiteral("requires"),
        tr("The title needed the same year (its key; empty for none)."),
        QStringLiteral("KEY"));
    const QCommandLineOption orderOption(QStringLiteral("order"), tr("Its place in the lists."), QStringLiteral("N"));
    parser.addOptions({ nameOption,
        categoryOption,
        subjectOption,
        decidedByOption,
        levelOption,
        coefficientOption,
        basisOption,
        thresholdOption,
        baseOption,
        requiresOption,
        orderOption });
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("award form"), &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.usage(tr("Give the key of one award form."), name());
    const QString key = parser.positionalArguments().constFirst();
    QSqlDatabase db;
    if (!openDatabase(context, CliContext::Access::Write, &db, &exitCode))
        return exitCode;
    AwardService service(db);
    auto stored = service.form(key);
    if (!stored && stored.error().code != Error::Code::NotFound)
        return context.fail(stored.error());
    const bool isNew = !stored;
    if (isNew && (!parser.isSet(nameOption) || !parser.isSet(categoryOption) || !parser.isSet(subjectOption)))
        return context.usage(
            tr("There is no award form “%1”: to add it, give --name, --category and --subject.").arg(key), name());
    AwardForm f = isNew ? AwardForm() : *stored;
    f.key = key;
    if (isNew)
        f.sortOrder = 100;
    if (parser.isSet(nameOption))
        f.name = parser.value(nameOption);
    if (parser.isSet(decidedByOption))
        f.decidedBy = parser.value(decidedByOption);
    if (parser.isSet(basisOption))
        f.coefficientBasis = parser.value(basisOption);
    if (parser.isSet(requiresOption))
        f.requiresKey = parser.value(requiresOption);
    auto choose = [&](const QCommandLineOption& option, auto fromKey, auto* field) {
        if (!parser.isSet(option))
            return true;
        if (!fromKey(parser.value(option), field)) {
            exitCode = context.usage(tr("--%1 must be %2, not “%3”.")
                                         .arg(option.names().constFirst(), option.valueName(), parser.value(option)),
                name());
            return false;
        }
        return true;
    };
    if (!choose(categoryOption, &AwardForm::categoryFromKey, &f.category)
        || !choose(subjectOption, &AwardForm::subjectFromKey, &f.subject)
        || !choose(levelOption, &AwardForm::levelFromKey, &f.level)
        || !choose(baseOption, &AwardForm::baseFromKey, &f.threshold.base))
        return exitCode;
    if (parser.isSet(coefficientOption)) {
        const auto hundredths = parseCoefficient(parser.value(coefficientOption));
        if (!hundredths)
            return context.usage(tr("--coefficient must be a number with at most two decimals such as 0.3 or 1,5, "
                                    "not “%1”.")
                                     .arg(parser.value(coefficientOption)),
                name());
        f.coefficientHundredths = *hundredths;
    }
    if (parser.isSet(thresholdOption)) {
        const auto tenths = TargetRate::parseTenths(parser.value(thresholdOption));
        if (!tenths)
            return context.usage(tr("--threshold must be a percentage from 0,1 to 100 such as 70 or 66,7, not “%1”.")
                                     .arg(parser.value(thresholdOption)),
                name());
        f.threshold.tenths = *tenths;
    }
    if (parser.isSet(orderOption)) {
        bool ok = false;
        f.sortOrder = parser.value(orderOption).toInt(&ok);
        if (!ok)
            return context.usage(
                tr("--order must be a whole number, not “%1”.").arg(parser.value(orderOption)), name());
    }
    if (auto saved = service.saveForm(f); !saved)
        return context.fail(saved.error());
    auto again = service.form(key);
    if (!again)
        return context.fail(again.error());
    context.out() << formLine(*again) << Qt::endl;
    return ExitSuccess;
}

int AwardCommand::salary(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the base salaries (mức lương cơ sở) by date, add one with its legal "
                                        "basis, or remove one."));
    const QCommandLineOption fromOption(
        QStringLiteral("from"), tr("The day it is in force from."), QStringLiteral("dd/mm/yyyy"));
    const QCommandLineOption amountOption(
        QStringLiteral("amount"), tr("The amount in đồng a month."), QStringLiteral("2530000"));
    const QCommandLineOption basisOption(
        QStringLiteral("basis"), tr("The decree that sets it."), QStringLiteral("TEXT"));
    const QCommandLineOption removeOption(
        QStringLiteral("remove"), tr("Remove the base salary from that day."), QStringLiteral("dd/mm/yyyy"));
    parser.addOptions({ fromOption, amountOption, basisOption, removeOption });
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("award salary"), &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()), name());
    const bool adding = parser.isSet(fromOption) || parser.isSet(amountOption) || parser.isSet(basisOption);
    const bool removing = parser.isSet(removeOption);
    if (adding && removing)
        return context.usage(tr("Either add a base salary or remove one, not both."), name());
    if (adding && (!parser.isSet(fromOption) || !parser.isSet(amountOption) || !parser.isSet(basisOption)))
        return context.usage(tr("To add a base salary give --from, --amount and --basis."), name());
    QSqlDatabase db;
    if (!openDatabase(
            context, adding || removing ? CliContext::Access::Write : CliContext::Access::Read, &db, &exitCode))
        return exitCode;
    AwardService service(db);
    if (adding || removing) {
        const QString dayText = parser.value(removing ? removeOption : fromOption);
        const QDate day = parseDay(dayText);
        if (!day.isValid())
            return context.usage(tr("“%1” is not a day: write it as dd/mm/yyyy.").arg(dayText), name());
        Status done;
        if (removing) {
            done = service.removeBaseSalary(day);
        } else {
            const QString digits =
                QString(parser.value(amountOption)).remove(QRegularExpression(QStringLiteral("[.\\s]")));
            bool ok = false;
            const qint64 dong = digits.toLongLong(&ok);
            if (!ok)
                return context.usage(
                    tr("--amount must be a whole number of đồng, not “%1”.").arg(parser.value(amountOption)), name());
            done = service.saveBaseSalary({ day, dong, parser.value(basisOption) });
        }
        if (!done)
            return context.fail(done.error());
    }
    auto table = service.baseSalaries();
    if (!table)
        return context.fail(table.error());
    for (const BaseSalary& s : std::as_const(*table))
        context.out() << VietnameseFormat::shortDate(s.from) << '\t' << VietnameseFormat::money(s.dong) << '\t'
                      << s.legalBasis << '\n';
    context.out().flush();
    return ExitSuccess;
}

int AwardCommand::prize(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The prize of an award form decided on a day: its coefficient × the base salary in force that day."));
    parser.addPositionalArgument(QStringLiteral("KEY"), tr("The form's key."));
    const QCommandLineOption dateOption(
        QStringLiteral("date"), tr("The day of the decision."), QStringLiteral("dd/mm/yyyy"));
    parser.addOption(dateOption);
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("award prize"), &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.usage(tr("Give the key of one award form."), name());
    const QDate day = parseDay(parser.value(dateOption));
    if (!day.isValid())
        return context.usage(tr("--date must be a day such as 26/05/2025."), name());
    QSqlDatabase db;
    if (!openDatabase(context, CliContext::Access::Read, &db, &exitCode))
        return exitCode;
    auto amount = AwardService(db).prize(parser.positionalArguments().constFirst(), day);
    if (!amount)
        return context.fail(amount.error());
    context.out() << VietnameseFormat::money(*amount) << '\t' << VietnameseFormat::moneyInWords(*amount) << Qt::endl;
    return ExitSuccess;
}

int AwardCommand::history(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The awards of a person or a collective, newest first."));
    const QCommandLineOption personOption(
        QStringLiteral("person"), tr("The person, by code (or number)."), QStringLiteral("CODE"));
    const QCommandLineOption collectiveOption(
        QStringLiteral("collective"), tr("The collective, by name (or number)."), QStringLiteral("NAME"));
    const QCommandLineOption yearOption(
        QStringLiteral("year"), tr("The school year of a class named by --collective."), QStringLiteral("2024-2025"));
    parser.addOptions({ personOption, collectiveOption, yearOption });
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("award history"), &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()), name());
    QSqlDatabase db;
    if (!openDatabase(context, CliContext::Access::Read, &db, &exitCode))
        return exitCode;
    const qint64 yearId = yearIdOf(context, db, parser.value(yearOption), name(), &exitCode);
    if (yearId < 0)
        return exitCode;
    const auto subject =
        findSubject(context, db, parser.value(personOption), parser.value(collectiveOption), yearId, &exitCode);
    if (!subject)
        return exitCode;
    auto records = AwardService(db).history(subject->kind, subject->id);
    if (!records)
        return context.fail(records.error());
    auto years = SchoolQuery(db).years();
    if (!years)
        return context.fail(years.error());
    auto yearName = [&](qint64 id) {
        for (const SchoolYear& y : std::as_const(*years)) {
            if (y.id == id)
                return y.name();
        }
        return QString();
    };
    QTextStream& out = context.out();
    out << subject->name << '\n';
    for (const AwardRecord& r : std::as_const(*records))
        out << QStringList { QString::number(r.id),
            yearName(r.schoolYearId),
            r.formName,
            r.decisionNumber,
            VietnameseFormat::shortDate(r.decisionDate),
            r.issuer }
                   .join(QLatin1Char('\t'))
            << '\n';
    out.flush();
    return ExitSuccess;
}

int AwardCommand::add(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Add a decided award to the history of a person or a collective."));
    const QCommandLineOption personOption(
        QStringLiteral("person"), tr("The person, by code (or number)."), QStringLiteral("CODE"));
    const QCommandLineOption collectiveOption(
        QStringLiteral("collective"), tr("The collective, by name (or number)."), QStringLiteral("NAME"));
    const QCommandLineOption formOption(
        QStringLiteral("form"), tr("The award form, by key (award forms lists them)."), QStringLiteral("KEY"));
    const QCommandLineOption formNameOption(QStringLiteral("form-name"),
        tr("What was awarded, for a form not in the catalogue (or its wording in the decision)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption yearOption(QStringLiteral("year"), tr("The school year."), QStringLiteral("2024-2025"));
    const QCommandLineOption numberOption(
        QStringLiteral("number"), tr("The decision's number."), QStringLiteral("45/QĐ-THPT"));
    const QCommandLineOption dateOption(
        QStringLiteral("date"), tr("The decision's date."), QStringLiteral("dd/mm/yyyy"));
    const QCommandLineOption issuerOption(
        QStringLiteral("issuer"), tr("Who issued the decision."), QStringLiteral("TEXT"));
    parser.addOptions({ personOption,
        collectiveOption,
        formOption,
        formNameOption,
        yearOption,
        numberOption,
        dateOption,
        issuerOption });
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("award add"), &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()), name());
    if (!parser.isSet(formOption) && !parser.isSet(formNameOption))
        return context.usage(tr("Give --form KEY or --form-name TEXT."), name());
    QDate day;
    if (parser.isSet(dateOption)) {
        day = parseDay(parser.value(dateOption));
        if (!day.isValid())
            return context.usage(
                tr("--date must be a day such as 26/05/2025, not “%1”.").arg(parser.value(dateOption)), name());
    }
    QSqlDatabase db;
    if (!openDatabase(context, CliContext::Access::Write, &db, &exitCode))
        return exitCode;
    AwardRecord record;
    record.schoolYearId = yearIdOf(context, db, parser.value(yearOption), name(), &exitCode);
    if (record.schoolYearId < 0)
        return exitCode;
    const auto subject = findSubject(
        context, db, parser.value(personOption), parser.value(collectiveOption), record.schoolYearId, &exitCode);
    if (!subject)
        return exitCode;
    record.subject = subject->kind;
    record.subjectId = subject->id;
    record.formKey = parser.value(formOption);
    record.formName = parser.value(formNameOption);
    record.decisionNumber = parser.value(numberOption);
    record.decisionDate = day;
    record.issuer = parser.value(issuerOption);
    auto id = AwardService(db).addRecord(record);
    if (!id)
        return context.fail(id.error());
    context.out() << tr("Added award %1 to the history of %2.").arg(*id).arg(subject->name) << Qt::endl;
    return ExitSuccess;
}

int AwardCommand::remove(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Remove an award from the history (its number from award history)."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The award's number."));
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("award remove"), &exitCode))
        return exitCode;
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok)
        return context.usage(tr("Give the number of one award."), name());
    QSqlDatabase db;
    if (!openDatabase(context, CliContext::Access::Write, &db, &exitCode))
        return exitCode;
    if (auto removed = AwardService(db).removeRecord(id); !removed)
        return context.fail(removed.error());
    return ExitSuccess;
}

} // namespace thidua
