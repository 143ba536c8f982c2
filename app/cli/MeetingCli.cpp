#include "app/cli/MeetingCli.h"

#include "core/people/PeopleQuery.h"
#include "core/school/SchoolQuery.h"
#include "core/text/VietnameseFormat.h"
#include "core/text/VietnameseText.h"

namespace thidua::MeetingCli {

int dispatch(CliContext& context,
    const QStringList& arguments,
    const QList<SubCommand>& subCommands,
    const QString& command,
    const QString& summary)
{
    const QString action = arguments.value(0);
    QStringList names;
    for (const SubCommand& sub : subCommands) {
        names << sub.name;
        if (sub.name == action)
            return sub.run(context, arguments.mid(1));
    }
    if (action == u"--help" || action == u"-h") {
        context.out() << summary << Qt::endl;
        for (const SubCommand& sub : subCommands)
            context.out() << "  " << sub.usage << '\n';
        return ExitSuccess;
    }
    const QString known = names.join(QStringLiteral(", "));
    return context.usage(action.isEmpty()
            ? QCoreApplication::translate("MeetingCli", "Missing action: %1.").arg(known)
            : QCoreApplication::translate("MeetingCli", "Unknown action “%1”: use %2.").arg(action, known),
        command);
}

QSqlDatabase connection(CliContext& context, CliContext::Access access, int* exitCode)
{
    auto database = context.database(access);
    if (!database) {
        *exitCode = context.fail(database.error());
        return {};
    }
    return (*database)->connection();
}

std::optional<qint64> year(CliContext& context, const QString& text, const QString& command, int* exitCode)
{
    int start = 0;
    if (text.isEmpty()) {
        *exitCode = context.usage(
            QCoreApplication::translate("MeetingCli", "--year is needed (a school year such as 2024-2025)."), command);
        return std::nullopt;
    }
    if (!context.parseSchoolYear(text, &start, command, exitCode))
        return std::nullopt;
    const QSqlDatabase db = connection(context, CliContext::Access::Read, exitCode);
    if (!db.isOpen())
        return std::nullopt;
    auto found = SchoolQuery(db).yearByStart(start);
    if (!found) {
        *exitCode = context.fail(found.error());
        return std::nullopt;
    }
    return found->id;
}

std::optional<qint64> number(
    CliContext& context, const QString& text, const QString& what, const QString& command, int* exitCode)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value <= 0) {
        *exitCode = context.usage(
            QCoreApplication::translate("MeetingCli", "%1 must be a number, not “%2”.").arg(what, text), command);
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> subject(CliContext& context, AwardForm::Subject subject, const QString& text, int* exitCode)
{
    const QSqlDatabase db = connection(context, CliContext::Access::Read, exitCode);
    if (!db.isOpen())
        return std::nullopt;
    bool isNumber = false;
    const qint64 id = text.trimmed().toLongLong(&isNumber);
    if (subject == AwardForm::Subject::Person) {
        auto person = isNumber ? PeopleQuery(db).person(id) : PeopleQuery(db).personByCode(text.trimmed());
        if (!person) {
            *exitCode = context.fail(person.error());
            return std::nullopt;
        }
        return person->id;
    }
    auto found = collective(db, text);
    if (!found) {
        *exitCode = context.fail(found.error());
        return std::nullopt;
    }
    if (*found == 0) {
        *exitCode = context.fail(Error(Error::Code::NotFound,
            QCoreApplication::translate("MeetingCli", "There is no collective “%1”.").arg(text)));
        return std::nullopt;
    }
    return *found;
}

Result<qint64> collective(const QSqlDatabase& db, const QString& text)
{
    auto collectives = PeopleQuery(db).collectives();
    if (!collectives)
        return collectives.error();
    bool isNumber = false;
    const qint64 id = text.trimmed().toLongLong(&isNumber);
    const QString wanted = VietnameseText::lowerCanonical(VietnameseText::clean(text));
    for (const Collective& c : std::as_const(*collectives)) {
        if ((isNumber && c.id == id) || VietnameseText::lowerCanonical(c.name) == wanted)
            return c.id;
    }
    return qint64(0);
}

std::optional<QDateTime> dateTime(CliContext& context, const QString& text, const QString& command, int* exitCode)
{
    const QString t = text.trimmed();
    for (const QString& format : { QStringLiteral("yyyy-MM-dd HH:mm"),
             QStringLiteral("yyyy-MM-ddTHH:mm"),
             QStringLiteral("dd/MM/yyyy HH:mm"),
             QStringLiteral("d/M/yyyy H:mm") }) {
        const QDateTime parsed = QDateTime::fromString(t, format);
        if (parsed.isValid())
            return parsed;
    }
    *exitCode = context.usage(
        QCoreApplication::translate("MeetingCli", "“%1” is not a date and time such as “2025-05-20 14:00”.").arg(text),
        command);
    return std::nullopt;
}

std::optional<QDate> date(CliContext& context, const QString& text, const QString& command, int* exitCode)
{
    for (const QString& format :
        { QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd/MM/yyyy"), QStringLiteral("d/M/yyyy") }) {
        const QDate parsed = QDate::fromString(text.trimmed(), format);
        if (parsed.isValid())
            return parsed;
    }
    *exitCode = context.usage(
        QCoreApplication::translate("MeetingCli", "“%1” is not a date such as “2025-06-01” or “01/06/2025”.").arg(text),
        command);
    return std::nullopt;
}

std::optional<qint64> member(
    CliContext& context, const MeetingRecord& record, const QString& text, const QString& command, int* exitCode)
{
    bool isNumber = false;
    const qint64 id = text.trimmed().toLongLong(&isNumber);
    const QString wanted = VietnameseText::fold(VietnameseText::clean(text));
    QList<qint64> found;
    for (const MeetingRecord::Member& m : record.members) {
        if ((isNumber && m.councilMemberId == id) || (!isNumber && VietnameseText::fold(m.name) == wanted))
            found << m.councilMemberId;
    }
    if (found.size() == 1)
        return found.first();
    *exitCode = context.usage(found.isEmpty()
            ? QCoreApplication::translate("MeetingCli", "“%1” is not on the council roster of this meeting.").arg(text)
            : QCoreApplication::translate("MeetingCli", "Several council members are called “%1”: give the number.")
                  .arg(text),
        command);
    return std::nullopt;
}

QString share(int agree, const MeetingRules::Counts& counts, MeetingRules::Base base)
{
    return VietnameseFormat::percent(agree, MeetingRules::denominator(base, counts));
}

} // namespace thidua::MeetingCli
