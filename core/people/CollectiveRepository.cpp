#include "core/people/CollectiveRepository.h"

#include "core/db/Sql.h"
#include "core/text/VietnameseText.h"

#include <QSqlQuery>

namespace thidua {

namespace {

const QString Columns = QStringLiteral("id, kind, name, parent_id, school_year_id, grade, active");

Collective fromRow(const QSqlQuery& q)
{
    Collective c;
    c.id = q.value(0).toLongLong();
    c.kind = Collective::kindFromKey(q.value(1).toString());
    c.name = q.value(2).toString();
    c.parentId = q.value(3).toLongLong();
    c.schoolYearId = q.value(4).toLongLong();
    c.grade = q.value(5).toInt();
    c.active = q.value(6).toBool();
    return c;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

Result<Collectives> CollectiveRepository::list(qint64 schoolYearId) const
{
    QString sql = QStringLiteral("SELECT %1 FROM collective").arg(Columns);
    QVariantList binds;
    if (schoolYearId > 0) {
        sql += QStringLiteral(" WHERE school_year_id IS NULL OR school_year_id = ?");
        binds << schoolYearId;
    }
    auto query = Sql::exec(m_db, sql + QStringLiteral(" ORDER BY id"), binds);
    if (!query)
        return query.error();
    Collectives result;
    while (query->next())
        result.append(fromRow(*query));
    return result;
}

Result<Collective> CollectiveRepository::get(qint64 id) const
{
    auto query = Sql::exec(m_db, QStringLiteral("SELECT %1 FROM collective WHERE id = ?").arg(Columns), { id });
    if (!query)
        return query.error();
    if (!query->next())
        return Error { Error::Code::NotFound, tr("There is no collective with number %1.").arg(id) };
    return fromRow(*query);
}

Result<Collective> CollectiveRepository::find(CollectiveKind kind, const QString& name, qint64 schoolYearId) const
{
    auto query = Sql::exec(m_db,
        QStringLiteral("SELECT %1 FROM collective WHERE kind = ? AND name = ? "
                       "AND IFNULL(school_year_id, 0) = ?")
            .arg(Columns),
        { Collective::kindKey(kind), VietnameseText::clean(name), schoolYearId });
    if (!query)
        return query.error();
    return query->next() ? fromRow(*query) : Collective();
}

Result<qint64> CollectiveRepository::insert(Collective& collective)
{
    collective.name = VietnameseText::clean(collective.name);
    if (collective.name.isEmpty())
        return Error { Error::Code::Validation, tr("The collective has no name.") };
    auto query = m_statements.exec(
        QStringLiteral("INSERT INTO collective (kind, name, parent_id, school_year_id, grade, active) "
                       "VALUES (?,?,?,?,?,?)"),
        { Collective::kindKey(collective.kind),
            collective.name,
            idOrNull(collective.parentId),
            idOrNull(collective.schoolYearId),
            collective.grade > 0 ? QVariant(collective.grade) : QVariant(),
            collective.active ? 1 : 0 });
    if (!query)
        return query.error();
    collective.id = (*query)->lastInsertId().toLongLong();
    return collective.id;
}

Status CollectiveRepository::update(const Collective& collective)
{
    const QString name = VietnameseText::clean(collective.name);
    if (name.isEmpty())
        return Error { Error::Code::Validation, tr("The collective has no name.") };
    auto query = m_statements.exec(
        QStringLiteral("UPDATE collective SET kind=?, name=?, parent_id=?, school_year_id=?, grade=?, "
                       "active=? WHERE id=?"),
        { Collective::kindKey(collective.kind),
            name,
            idOrNull(collective.parentId),
            idOrNull(collective.schoolYearId),
            collective.grade > 0 ? QVariant(collective.grade) : QVariant(),
            collective.active ? 1 : 0,
            collective.id });
    if (!query)
        return query.error();
    return {};
}

Result<qint64> CollectiveRepository::addMember(Membership& membership)
{
    auto query =
        m_statements.exec(QStringLiteral("INSERT INTO membership (person_id, collective_id, school_year_id, role) "
                                         "VALUES (?,?,?,?) ON CONFLICT (person_id, collective_id, school_year_id) "
                                         "DO UPDATE SET role = excluded.role RETURNING id"),
            { membership.personId,
                membership.collectiveId,
                membership.schoolYearId,
                Membership::roleKey(membership.role) });
    if (!query)
        return query.error();
    if ((*query)->next())
        membership.id = (*query)->value(0).toLongLong();
    (*query)->finish(); // RETURNING: the statement is done only when reset
    return membership.id;
}

Status CollectiveRepository::removeMember(qint64 membershipId)
{
    auto query = m_statements.exec(QStringLiteral("DELETE FROM membership WHERE id = ?"), { membershipId });
    if (!query)
        return query.error();
    return {};
}

Result<Memberships> CollectiveRepository::memberships(qint64 schoolYearId, qint64 collectiveId) const
{
    QString sql = QStringLiteral("SELECT id, person_id, collective_id, school_year_id, role FROM membership "
                                 "WHERE school_year_id = ?");
    QVariantList binds { schoolYearId };
    if (collectiveId > 0) {
        sql += QStringLiteral(" AND collective_id = ?");
        binds << collectiveId;
    }
    auto query = Sql::exec(m_db, sql + QStringLiteral(" ORDER BY id"), binds);
    if (!query)
        return query.error();
    Memberships result;
    while (query->next()) {
        result.append(Membership { query->value(0).toLongLong(),
            query->value(1).toLongLong(),
            query->value(2).toLongLong(),
            query->value(3).toLongLong(),
            Membership::roleFromKey(query->value(4).toString()) });
    }
    return result;
}

Result<Memberships> CollectiveRepository::membershipsOfPerson(qint64 personId) const
{
    auto query = Sql::exec(m_db,
        QStringLiteral("SELECT id, person_id, collective_id, school_year_id, role FROM membership "
                       "WHERE person_id = ? ORDER BY id"),
        { personId });
    if (!query)
        return query.error();
    Memberships result;
    while (query->next()) {
        result.append(Membership { query->value(0).toLongLong(),
            query->value(1).toLongLong(),
            query->value(2).toLongLong(),
            query->value(3).toLongLong(),
            Membership::roleFromKey(query->value(4).toString()) });
    }
    return result;
}

} // namespace thidua
