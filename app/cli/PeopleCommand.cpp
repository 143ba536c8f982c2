#include "app/cli/PeopleCommand.h"

#include "core/common/Csv.h"
#include "core/people/PeopleQuery.h"
#include "core/people/PeopleService.h"
#include "core/people/PersonOrder.h"
#include "core/people/PersonValidator.h"
#include "core/text/VietnameseText.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace thidua {

QString PeopleCommand::summary() const
{
    return tr("List people in Vietnamese order, or add a person (people list | people add).");
}

int PeopleCommand::run(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == QStringLiteral("list"))
        return list(context, arguments.mid(1));
    if (action == QStringLiteral("add"))
        return add(context, arguments.mid(1));
    if (action == QStringLiteral("--help") || action == QStringLiteral("-h")) {
        context.out() << summary() << Qt::endl
                      << QStringLiteral(
                             "  thidua-cli people list [--kind staff|student] [--format table|csv|json] [--all]\n"
                             "  thidua-cli people add --full-name \"…\" [--code …] [--birth-date dd/mm/yyyy] "
                             "[--kind staff|student] [--gender nam|nữ] [--position …]\n");
        return ExitSuccess;
    }
    return context.usage(
        action.isEmpty() ? tr("Missing action: list or add.") : tr("Unknown action “%1”: use list or add.").arg(action),
        name());
}

namespace {

QString padded(const QString& text, qsizetype width)
{
    return text + QString(qMax<qsizetype>(0, width - text.size()), QLatin1Char(' '));
}

} // namespace

int PeopleCommand::list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List people in Vietnamese order (tên, tên đệm, họ, date of birth)."));
    const QCommandLineOption kindOption(
        QStringLiteral("kind"), tr("Only staff or only students."), QStringLiteral("staff|student"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
        tr("Output format (default: table)."),
        QStringLiteral("table|csv|json"),
        QStringLiteral("table"));
    const QCommandLineOption allOption(QStringLiteral("all"), tr("Include people who have left."));
    parser.addOptions({ kindOption, formatOption, allOption });
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("people list"), &exitCode))
        return exitCode;
    PeopleQuery::Filter filter;
    filter.activeOnly = !parser.isSet(allOption);
    if (!context.parseKind(parser.value(kindOption), &filter.kind, name(), &exitCode))
        return exitCode;
    const QString format = parser.value(formatOption);
    if (format != QStringLiteral("table") && format != QStringLiteral("csv") && format != QStringLiteral("json"))
        return context.usage(tr("--format must be table, csv or json, not “%1”.").arg(format), name());

    auto database = context.database(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    auto people = PeopleQuery((*database)->connection()).people(filter);
    if (!people)
        return context.fail(people.error());
    PersonOrder::sort(*people);

    QTextStream& out = context.out();
    if (format == QStringLiteral("csv")) {
        out << Csv::record({ QStringLiteral("code"),
            QStringLiteral("ho"),
            QStringLiteral("ten_dem"),
            QStringLiteral("ten"),
            QStringLiteral("full_name"),
            QStringLiteral("gender"),
            QStringLiteral("birth_date"),
            QStringLiteral("kind"),
            QStringLiteral("position"),
            QStringLiteral("active_to") });
        for (const Person& p : std::as_const(*people)) {
            out << Csv::record({ p.code,
                p.familyName,
                p.middleName,
                p.givenName,
                p.fullName(),
                Person::genderKey(p.gender),
                p.birthDate.toIso(),
                Person::kindKey(p.kind),
                p.position,
                p.activeTo.toString(Qt::ISODate) });
        }
    } else if (format == QStringLiteral("json")) {
        QJsonArray array;
        for (const Person& p : std::as_const(*people)) {
            array.append(QJsonObject { { QStringLiteral("id"), p.id },
                { QStringLiteral("code"), p.code },
                { QStringLiteral("ho"), p.familyName },
                { QStringLiteral("ten_dem"), p.middleName },
                { QStringLiteral("ten"), p.givenName },
                { QStringLiteral("full_name"), p.fullName() },
                { QStringLiteral("gender"), Person::genderKey(p.gender) },
                { QStringLiteral("birth_date"), p.birthDate.toIso() },
                { QStringLiteral("kind"), Person::kindKey(p.kind) },
                { QStringLiteral("position"), p.position },
                { QStringLiteral("active_to"), p.activeTo.toString(Qt::ISODate) } });
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        const QStringList header {
            tr("No."), tr("Code"), tr("Full name"), tr("Gender"), tr("Date of birth"), tr("Position")
        };
        QList<QStringList> rows;
        int number = 0;
        for (const Person& p : std::as_const(*people)) {
            rows.append({ QString::number(++number),
                p.code,
                p.fullName(),
                Person::genderName(p.gender),
                p.birthDate.toDisplay(),
                p.position });
        }
        QList<qsizetype> widths;
        for (const QString& h : header)
            widths << h.size();
        for (const QStringList& row : std::as_const(rows)) {
            for (qsizetype c = 0; c < row.size(); ++c)
                widths[c] = qMax(widths[c], row[c].size());
        }
        auto print = [&](const QStringList& row) {
            QString line;
            for (qsizetype c = 0; c < row.size(); ++c)
                line += (c ? QStringLiteral("  ") : QString()) + padded(row[c], c + 1 < row.size() ? widths[c] : 0);
            out << line << '\n';
        };
        print(header);
        for (const QStringList& row : std::as_const(rows))
            print(row);
        out << tr("%n person(s)", nullptr, int(rows.size())) << '\n';
    }
    return ExitSuccess;
}

int PeopleCommand::add(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Add a person."));
    const QCommandLineOption fullName(
        QStringLiteral("full-name"), tr("Full name (họ và tên)."), QStringLiteral("name"));
    const QCommandLineOption code(QStringLiteral("code"), tr("Staff or student code."), QStringLiteral("code"));
    const QCommandLineOption birth(
        QStringLiteral("birth-date"), tr("Date of birth, dd/mm/yyyy or yyyy."), QStringLiteral("date"));
    const QCommandLineOption kind(QStringLiteral("kind"),
        tr("staff or student (default: staff)."),
        QStringLiteral("kind"),
        QStringLiteral("staff"));
    const QCommandLineOption gender(QStringLiteral("gender"), tr("nam or nữ."), QStringLiteral("gender"));
    const QCommandLineOption position(QStringLiteral("position"), tr("Position (chức vụ)."), QStringLiteral("text"));
    parser.addOptions({ fullName, code, birth, kind, gender, position });
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("people add"), &exitCode))
        return exitCode;
    if (!parser.isSet(fullName))
        return context.usage(tr("--full-name is required."), name());

    Person person;
    std::optional<PersonKind> personKind;
    if (!context.parseKind(parser.value(kind), &personKind, name(), &exitCode))
        return exitCode;
    person.kind = personKind.value_or(PersonKind::Staff);
    person.setFullName(parser.value(fullName));
    person.code = parser.value(code);
    person.position = parser.value(position);
    if (parser.isSet(gender)) {
        person.gender = Person::genderFromText(parser.value(gender));
        if (person.gender == Gender::Unknown)
            return context.usage(tr("--gender must be nam or nữ, not “%1”.").arg(parser.value(gender)), name());
    }
    if (parser.isSet(birth)) {
        person.birthDate = PartialDate::fromUserText(parser.value(birth));
        if (!person.birthDate.isValid())
            return context.fail(Error { Error::Code::Validation,
                tr("“%1” is not a date of birth: write dd/mm/yyyy, for example 06/03/1985.")
                    .arg(parser.value(birth)) });
    }

    auto database = context.database();
    if (!database)
        return context.fail(database.error());
    PersonValidator::clean(person);
    const auto problems = PeopleQuery((*database)->connection()).check(person, QDate::currentDate());
    if (!problems.isEmpty()) {
        for (const auto& problem : problems)
            context.err() << tr("Error: %1").arg(problem.message) << Qt::endl;
        return ExitFailure;
    }
    auto id = PeopleService((*database)->connection()).add(person, PeopleService::Placement());
    if (!id)
        return context.fail(id.error());
    context.out() << tr("Added %1 (number %2).").arg(person.fullName()).arg(*id) << Qt::endl;
    return ExitSuccess;
}

} // namespace thidua
