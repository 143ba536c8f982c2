#include "core/people/PersonRepository.h"

#include "core/db/Sql.h"
#include "core/people/PersonValidator.h"

#include <QSqlQuery>

namespace thidua {

namespace {

const QString Columns = QStringLiteral("id, kind, family_name, middle_name, given_name, gender, birth_date, code, "
                                       "position, phone, email, note, active_from, active_to");

Person fromRow(const QSqlQuery& q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.kind = Person::kindFromKey(q.value(1).toString());
    p.familyName = q.value(2).toString();
    p.middleName = q.value(3).toString();
    p.givenName = q.value(4).toString();
    p.gender = Person::genderFromKey(q.value(5).toString());
    p.birthDate = PartialDate::fromIso(q.value(6).toString());
    p.code = q.value(7).toString();
    p.position = q.value(8).toString();
    p.phone = q.value(9).toString();
    p.email = q.value(10).toString();
    p.note = q.value(11).toString();
    p.activeFrom = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    p.activeTo = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    return p;
}

QString whereClause(const PersonRepository::Filter& filter, QVariantList& binds)
{
    QString sql;
    if (filter.kind) {
        sql += QStringLiteral(" AND kind = ?");
        binds << Person::kindKey(*filter.kind);
    }
    if (filter.activeOnly)
        sql += QStringLiteral(" AND active_to IS NULL");
    return sql;
}

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariantList values(const Person& p)
{
    return { Person::kindKey(p.kind),
        Sql::text(p.familyName),
        Sql::text(p.middleName),
        p.givenName,
        Sql::nullIfEmpty(Person::genderKey(p.gender)),
        Sql::nullIfEmpty(p.birthDate.toIso()),
        Sql::nullIfEmpty(p.code),
        Sql::text(p.position),
        Sql::text(p.phone),
        Sql::text(p.email),
        Sql::text(p.note),
        dateValue(p.activeFrom),
        dateValue(p.activeTo) };
}

} // namespace

Result<People> PersonRepository::list(const Filter& filter) const
{
    QString sql = QStringLiteral("SELECT %1 FROM person WHERE 1=1").arg(Columns);
    QVariantList binds;
    sql += whereClause(filter, binds);
    auto query = Sql::exec(m_db, sql + QStringLiteral(" ORDER BY id"), binds);
    if (!query)
        return query.error();
    People people;
    while (query->next())
        people.append(fromRow(*query));
    return people;
}

Result<qint64> PersonRepository::count(const Filter& filter) const
{
    QString sql = QStringLiteral("SELECT count(*) FROM person WHERE 1=1");
    QVariantList binds;
    sql += whereClause(filter, binds);
    auto value = Sql::scalar(m_db, sql, binds);
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<Person> PersonRepository::get(qint64 id) const
{
    auto query = Sql::exec(m_db, QStringLiteral("SELECT %1 FROM person WHERE id = ?").arg(Columns), { id });
    if (!query)
        return query.error();
    if (!query->next())
        return Error { Error::Code::NotFound, tr("There is no person with number %1.").arg(id) };
    return fromRow(*query);
}

Result<Person> PersonRepository::findByCode(const QString& code) const
{
    auto query = Sql::exec(m_db, QStringLiteral("SELECT %1 FROM person WHERE code = ?").arg(Columns), { code });
    if (!query)
        return query.error();
    return query->next() ? fromRow(*query) : Person();
}

Result<qint64> PersonRepository::insert(Person& person)
{
    PersonValidator::clean(person);
    auto query =
        m_statements.exec(QStringLiteral("INSERT INTO person (kind, family_name, middle_name, given_name, gender, "
                                         "birth_date, code, position, phone, email, note, active_from, active_to) "
                                         "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            values(person));
    if (!query)
        return query.error();
    person.id = (*query)->lastInsertId().toLongLong();
    return person.id;
}

Status PersonRepository::insertWithId(Person& person)
{
    if (person.id <= 0)
        return Error { Error::Code::Generic, tr("There is no person with number %1.").arg(person.id) };
    PersonValidator::clean(person);
    QVariantList binds { person.id };
    binds << values(person);
    auto query =
        m_statements.exec(QStringLiteral("INSERT INTO person (id, kind, family_name, middle_name, given_name, gender, "
                                         "birth_date, code, position, phone, email, note, active_from, active_to) "
                                         "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            binds);
    if (!query)
        return query.error();
    return {};
}

Status PersonRepository::update(Person& person)
{
    PersonValidator::clean(person);
    QVariantList binds = values(person);
    binds << person.id;
    auto query =
        m_statements.exec(QStringLiteral("UPDATE person SET kind=?, family_name=?, middle_name=?, given_name=?, "
                                         "gender=?, birth_date=?, code=?, position=?, phone=?, email=?, note=?, "
                                         "active_from=?, active_to=?, "
                                         "updated_at=strftime('%Y-%m-%dT%H:%M:%S','now') WHERE id=?"),
            binds);
    if (!query)
        return query.error();
    if ((*query)->numRowsAffected() != 1)
        return Error { Error::Code::NotFound, tr("There is no person with number %1.").arg(person.id) };
    return {};
}

Status PersonRepository::deactivate(qint64 id, const QDate& day)
{
    auto query = m_statements.exec(QStringLiteral("UPDATE person SET active_to=?, "
                                                  "updated_at=strftime('%Y-%m-%dT%H:%M:%S','now') WHERE id=?"),
        { day.toString(Qt::ISODate), id });
    if (!query)
        return query.error();
    return {};
}

Status PersonRepository::reactivate(qint64 id)
{
    auto query = m_statements.exec(QStringLiteral("UPDATE person SET active_to=NULL, "
                                                  "updated_at=strftime('%Y-%m-%dT%H:%M:%S','now') WHERE id=?"),
        { id });
    if (!query)
        return query.error();
    return {};
}

Status PersonRepository::remove(qint64 id)
{
    auto query = m_statements.exec(QStringLiteral("DELETE FROM person WHERE id=?"), { id });
    if (!query)
        return query.error();
    return {};
}

Result<PersonRepository::References> PersonRepository::references(qint64 id) const
{
    auto query = Sql::exec(m_db,
        QStringLiteral("SELECT (SELECT COUNT(*) FROM council_member WHERE person_id=?),"
                       " (SELECT COUNT(*) FROM school_leader WHERE person_id=?),"
                       " (SELECT COUNT(*) FROM person_restriction WHERE person_id=?),"
                       " (SELECT COUNT(*) FROM membership WHERE person_id=?),"
                       " (SELECT COUNT(DISTINCT school_year_id) FROM membership WHERE person_id=?),"
                       " (SELECT COUNT(*) FROM membership WHERE person_id=? AND role<>'member'),"
                       " (SELECT COUNT(*) FROM cdht_result WHERE person_id=?)"),
        { id, id, id, id, id, id, id });
    if (!query)
        return query.error();
    if (!query->next())
        return Error(Error::Code::Database, tr("The references to person %1 could not be counted.").arg(id));
    References refs;
    refs.councilSeats = query->value(0).toInt();
    refs.leaderEntries = query->value(1).toInt();
    refs.restrictions = query->value(2).toInt();
    refs.memberships = query->value(3).toInt();
    refs.membershipYears = query->value(4).toInt();
    refs.rolesHeld = query->value(5).toInt();
    refs.learningCitizenResults = query->value(6).toInt();
    return refs;
}

} // namespace thidua
