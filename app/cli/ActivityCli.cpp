#include "app/cli/ActivityCli.h"

#include "app/cli/MeetingCli.h"
#include "core/people/PeopleQuery.h"
#include "core/school/SchoolQuery.h"
#include "core/text/VietnameseFormat.h"

#include <QCommandLineParser>

namespace thidua::ActivityCli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ActivityCli)
};
} // namespace

std::optional<qint64> optionalYear(
    CliContext& context, const QSqlDatabase& db, const QString& text, const QString& command, int* exitCode)
{
    if (text.isEmpty())
        return qint64(0);
    return requiredYear(context, db, text, command, exitCode);
}

std::optional<qint64> requiredYear(
    CliContext& context, const QSqlDatabase& db, const QString& text, const QString& command, int* exitCode)
{
    if (text.isEmpty()) {
        *exitCode = context.usage(Text::tr("--year is needed (a school year such as 2024-2025)."), command);
        return std::nullopt;
    }
    int start = 0;
    if (!context.parseSchoolYear(text, &start, command, exitCode))
        return std::nullopt;
    auto found = SchoolQuery(db).yearByStart(start);
    if (!found) {
        *exitCode = context.fail(found.error());
        return std::nullopt;
    }
    if (found->id == 0) {
        *exitCode = context.fail(Error { Error::Code::NotFound,
            Text::tr("The school has no school year %1-%2; add it first.").arg(start).arg(start + 1) });
        return std::nullopt;
    }
    return found->id;
}

std::optional<QList<qint64>> people(
    CliContext& context, const QSqlDatabase& db, const QStringList& texts, int* exitCode)
{
    QList<qint64> ids;
    const PeopleQuery query(db);
    for (const QString& text : texts) {
        bool isNumber = false;
        const qint64 id = text.trimmed().toLongLong(&isNumber);
        auto person = query.personByCode(text.trimmed());
        if (!person && isNumber)
            person = query.person(id);
        if (!person) {
            *exitCode = context.fail(person.error());
            return std::nullopt;
        }
        ids << person->id;
    }
    return ids;
}

std::optional<QList<qint64>> collectives(
    CliContext& context, const QSqlDatabase& db, const QStringList& texts, int* exitCode)
{
    QList<qint64> ids;
    for (const QString& text : texts) {
        auto found = MeetingCli::collective(db, text);
        if (!found) {
            *exitCode = context.fail(found.error());
            return std::nullopt;
        }
        if (*found == 0) {
            *exitCode =
                context.fail(Error { Error::Code::NotFound, Text::tr("There is no collective “%1”.").arg(text) });
            return std::nullopt;
        }
        ids << *found;
    }
    return ids;
}

Result<Names> names(const QSqlDatabase& db)
{
    Names out;
    auto people = PeopleQuery(db).people();
    if (!people)
        return people.error();
    for (const Person& p : std::as_const(*people))
        out.people.insert(p.id, p.fullName());
    auto collectives = PeopleQuery(db).collectives();
    if (!collectives)
        return collectives.error();
    for (const Collective& c : std::as_const(*collectives))
        out.collectives.insert(c.id, c.name);
    auto years = SchoolQuery(db).years();
    if (!years)
        return years.error();
    for (const SchoolYear& y : std::as_const(*years))
        out.years.insert(y.id, y.name());
    return out;
}

int removeById(CliContext& context,
    const QStringList& arguments,
    const QString& command,
    const QString& idHelp,
    const QString& giveOne,
    const std::function<Status(const QSqlDatabase&, qint64)>& remove)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), idHelp);
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.usage(giveOne, command);
    const auto id = MeetingCli::number(
        context, parser.positionalArguments().constFirst(), QStringLiteral("ID"), command, &exitCode);
    if (!id)
        return exitCode;
    const QSqlDatabase db = MeetingCli::connection(context, CliContext::Access::Write, &exitCode);
    if (!db.isOpen())
        return exitCode;
    if (auto removed = remove(db, *id); !removed)
        return context.fail(removed.error());
    return ExitSuccess;
}

QString dates(const QDate& start, const QDate& end)
{
    if (!end.isValid() || end == start)
        return VietnameseFormat::shortDate(start);
    return VietnameseFormat::shortDate(start) + QStringLiteral("–") + VietnameseFormat::shortDate(end);
}

} // namespace thidua::ActivityCli
