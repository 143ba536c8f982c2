#include "core/criteria/LearningCitizenRepository.h"

#include "core/db/Sql.h"

#include <QSqlQuery>

namespace thidua {

namespace {

const QString Columns =
    QStringLiteral("id, person_id, school_year_id, status, score, assessed_on, evidence_ref, note FROM cdht_result");

LearningCitizenResult fromRow(const QSqlQuery& q)
{
    LearningCitizenResult r;
    r.id = q.value(0).toLongLong();
    r.personId = q.value(1).toLongLong();
    r.schoolYearId = q.value(2).toLongLong();
    r.status = LearningCitizenResult::statusFromKey(q.value(3).toString())
                   .value_or(LearningCitizenResult::Status::NotAssessed);
    if (!q.value(4).isNull())
        r.score = q.value(4).toInt();
    r.assessedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    r.evidenceRef = q.value(6).toString();
    r.note = q.value(7).toString();
    return r;
}

Result<LearningCitizenResults> all(const QSqlDatabase& db, const QString& where, qint64 id)
{
    auto query = Sql::exec(db, QStringLiteral("SELECT %1 WHERE %2 = ? ORDER BY id").arg(Columns, where), { id });
    if (!query)
        return query.error();
    LearningCitizenResults results;
    while (query->next())
        results.append(fromRow(*query));
    return results;
}

} // namespace

Result<LearningCitizenResult> LearningCitizenRepository::get(qint64 personId, qint64 schoolYearId) const
{
    auto query = Sql::exec(m_db,
        QStringLiteral("SELECT %1 WHERE person_id = ? AND school_year_id = ?").arg(Columns),
        { personId, schoolYearId });
    if (!query)
        return query.error();
    if (query->next())
        return fromRow(*query);
    LearningCitizenResult none;
    none.personId = personId;
    none.schoolYearId = schoolYearId;
    return none;
}

Result<LearningCitizenResults> LearningCitizenRepository::forYear(qint64 schoolYearId) const
{
    return all(m_db, QStringLiteral("school_year_id"), schoolYearId);
}

Result<LearningCitizenResults> LearningCitizenRepository::forPerson(qint64 personId) const
{
    return all(m_db, QStringLiteral("person_id"), personId);
}

Status LearningCitizenRepository::save(LearningCitizenResult& result)
{
    auto query = m_statements.exec(
        QStringLiteral("INSERT INTO cdht_result (person_id, school_year_id, status, score, assessed_on, evidence_ref, "
                       "note) VALUES (?,?,?,?,?,?,?) ON CONFLICT (person_id, school_year_id) DO UPDATE SET "
                       "status = excluded.status, score = excluded.score, assessed_on = excluded.assessed_on, "
                       "evidence_ref = excluded.evidence_ref, note = excluded.note, "
                       "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') RETURNING id"),
        { result.personId,
            result.schoolYearId,
            LearningCitizenResult::statusKey(result.status),
            result.score ? QVariant(*result.score) : QVariant(),
            result.assessedOn.isValid() ? QVariant(result.assessedOn.toString(Qt::ISODate)) : QVariant(),
            Sql::nullIfEmpty(result.evidenceRef),
            Sql::text(result.note) });
    if (!query)
        return query.error();
    QSqlQuery& q = **query;
    if (q.next())
        result.id = q.value(0).toLongLong();
    q.finish();
    return {};
}

Status LearningCitizenRepository::remove(qint64 personId, qint64 schoolYearId)
{
    auto query = m_statements.exec(QStringLiteral("DELETE FROM cdht_result WHERE person_id = ? AND school_year_id = ?"),
        { personId, schoolYearId });
    if (!query)
        return query.error();
    return {};
}

} // namespace thidua
