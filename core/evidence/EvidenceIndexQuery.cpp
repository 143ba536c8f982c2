#include "core/evidence/EvidenceIndexQuery.h"

#include "core/db/Sql.h"

#include <QSqlQuery>

#include <functional>

namespace thidua {

namespace {

// Runs `statement` and hands every row to `row`.
Status eachRow(const QSqlDatabase& db,
    const QString& statement,
    const QVariantList& values,
    const std::function<void(const QSqlQuery&)>& row)
{
    auto query = Sql::exec(db, statement, values);
    if (!query)
        return query.error();
    while (query->next())
        row(*query);
    return {};
}

} // namespace

Result<EvidenceIndexNames> EvidenceIndexQuery::names(qint64 schoolYearId) const
{
    EvidenceIndexNames names;
    auto people = eachRow(m_db,
        QStringLiteral("SELECT id, trim(family_name || ' ' || middle_name || ' ' || given_name) FROM person"),
        {},
        [&names](const QSqlQuery& q) {
            QString name = q.value(1).toString();
            names.people.insert(q.value(0).toLongLong(), name.replace(QStringLiteral("  "), QStringLiteral(" ")));
        });
    if (!people)
        return people.error();
    auto collectives =
        eachRow(m_db, QStringLiteral("SELECT id, name FROM collective"), {}, [&names](const QSqlQuery& q) {
            names.collectives.insert(q.value(0).toLongLong(), q.value(1).toString());
        });
    if (!collectives)
        return collectives.error();
    auto assessments = eachRow(m_db,
        QStringLiteral(
            "SELECT a.id, s.set_key, s.name FROM assessment a JOIN criteria_set s ON s.id = a.criteria_set_id "
            "WHERE ? = 0 OR a.school_year_id = ?"),
        { schoolYearId, schoolYearId },
        [&names](const QSqlQuery& q) {
            names.assessments.insert(q.value(0).toLongLong(),
                EvidenceIndexNames::AssessmentInfo { q.value(1).toString(), q.value(2).toString() });
        });
    if (!assessments)
        return assessments.error();
    return names;
}

} // namespace thidua
