#include "core/criteria/AssessmentRepository.h"

#include "core/db/Sql.h"

#include <QSqlQuery>

namespace thidua {

namespace {

const QString Columns = QStringLiteral(
    "SELECT a.id, a.criteria_set_id, a.school_year_id, a.subject_kind, a.person_id, a.collective_id, a.state, "
    "a.self_by, a.self_at, a.verified_by, a.verified_at, a.recognised_by, a.recognised_at, a.verdict, a.level, "
    "a.points, a.reason FROM assessment a ");

QVariant when(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toString(Qt::ISODate)) : QVariant();
}

Assessment fromRow(const QSqlQuery& q)
{
    Assessment a;
    a.id = q.value(0).toLongLong();
    a.criteriaSetId = q.value(1).toLongLong();
    a.schoolYearId = q.value(2).toLongLong();
    Assessment::subjectFromKey(q.value(3).toString(), &a.subject);
    a.subjectId = a.subject == Assessment::Subject::Person ? q.value(4).toLongLong()
        : a.subject == Assessment::Subject::Collective     ? q.value(5).toLongLong()
                                                           : 0;
    Assessment::stateFromKey(q.value(6).toString(), &a.state);
    a.selfAssessed = { q.value(7).toString(), QDateTime::fromString(q.value(8).toString(), Qt::ISODate) };
    a.verified = { q.value(9).toString(), QDateTime::fromString(q.value(10).toString(), Qt::ISODate) };
    a.recognised = { q.value(11).toString(), QDateTime::fromString(q.value(12).toString(), Qt::ISODate) };
    CriteriaOutcome::verdictFromKey(q.value(13).toString(), &a.outcome.verdict);
    a.outcome.level = q.value(14).toInt();
    a.outcome.points = q.value(15).isNull() ? -1 : q.value(15).toLongLong();
    a.outcome.reason = q.value(16).toString();
    return a;
}

QVariantList rowValues(const Assessment& a)
{
    return { Assessment::stateKey(a.state),
        Sql::text(a.selfAssessed.by),
        when(a.selfAssessed.at),
        Sql::text(a.verified.by),
        when(a.verified.at),
        Sql::text(a.recognised.by),
        when(a.recognised.at),
        CriteriaOutcome::verdictKey(a.outcome.verdict),
        a.outcome.level,
        a.outcome.points < 0 ? QVariant() : QVariant(a.outcome.points),
        Sql::text(a.outcome.reason) };
}

} // namespace

Result<Assessments> AssessmentRepository::select(
    const QString& where, const QVariantList& values, bool withAnswers) const
{
    auto query = Sql::exec(m_db, Columns + where, values);
    if (!query)
        return query.error();
    Assessments list;
    while (query->next())
        list << fromRow(*query);
    if (!withAnswers)
        return list;
    for (Assessment& a : list) {
        auto answers = Sql::exec(m_db,
            QStringLiteral("SELECT item_code, state, value, denominator, note, evidence_ref FROM assessment_answer "
                           "WHERE assessment_id = ?"),
            { a.id });
        if (!answers)
            return answers.error();
        while (answers->next()) {
            ItemAnswer answer;
            answer.state = answers->value(1).toString() == QStringLiteral("not_applicable")
                ? ItemAnswer::State::NotApplicable
                : ItemAnswer::State::Answered;
            answer.value = answers->value(2).toLongLong();
            answer.denominator = answers->value(3).toLongLong();
            answer.note = answers->value(4).toString();
            answer.evidenceRef = answers->value(5).toString();
            a.answers.insert(answers->value(0).toString(), answer);
        }
    }
    return list;
}

Result<Assessment> AssessmentRepository::find(
    qint64 criteriaSetId, qint64 schoolYearId, Assessment::Subject subject, qint64 subjectId) const
{
    auto list = select(QStringLiteral("WHERE a.criteria_set_id = ? AND a.school_year_id = ? AND a.subject_kind = ? "
                                      "AND IFNULL(a.person_id, 0) + IFNULL(a.collective_id, 0) = ?"),
        { criteriaSetId, schoolYearId, Assessment::subjectKey(subject), subjectId },
        true);
    if (!list)
        return list.error();
    return list->isEmpty() ? Assessment() : list->constFirst();
}

Result<Assessment> AssessmentRepository::byId(qint64 id) const
{
    auto list = select(QStringLiteral("WHERE a.id = ?"), { id }, true);
    if (!list)
        return list.error();
    return list->isEmpty() ? Assessment() : list->constFirst();
}

Result<Assessments> AssessmentRepository::forYear(
    qint64 schoolYearId, const QString& setKey, Assessment::Subject subject) const
{
    return select(QStringLiteral("JOIN criteria_set s ON s.id = a.criteria_set_id WHERE a.school_year_id = ? AND "
                                 "s.set_key = ? AND a.subject_kind = ? ORDER BY s.version DESC, a.id"),
        { schoolYearId, setKey, Assessment::subjectKey(subject) },
        false);
}

Status AssessmentRepository::insert(Assessment& a)
{
    QVariantList values { a.criteriaSetId,
        a.schoolYearId,
        Assessment::subjectKey(a.subject),
        a.subject == Assessment::Subject::Person ? QVariant(a.subjectId) : QVariant(),
        a.subject == Assessment::Subject::Collective ? QVariant(a.subjectId) : QVariant() };
    values << rowValues(a);
    auto query = Sql::exec(m_db,
        QStringLiteral("INSERT INTO assessment (criteria_set_id, school_year_id, subject_kind, person_id, "
                       "collective_id, state, self_by, self_at, verified_by, verified_at, recognised_by, "
                       "recognised_at, verdict, level, points, reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        values);
    if (!query)
        return query.error();
    a.id = query->lastInsertId().toLongLong();
    return saveAnswers(a);
}

Status AssessmentRepository::update(const Assessment& a)
{
    QVariantList values = rowValues(a);
    values << a.id;
    auto query = Sql::exec(m_db,
        QStringLiteral("UPDATE assessment SET state = ?, self_by = ?, self_at = ?, verified_by = ?, verified_at = ?, "
                       "recognised_by = ?, recognised_at = ?, verdict = ?, level = ?, points = ?, reason = ?, "
                       "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?"),
        values);
    if (!query)
        return query.error();
    return saveAnswers(a);
}

Status AssessmentRepository::saveAnswers(const Assessment& a)
{
    if (auto cleared =
            Sql::exec(m_db, QStringLiteral("DELETE FROM assessment_answer WHERE assessment_id = ?"), { a.id });
        !cleared)
        return cleared.error();
    for (auto it = a.answers.begin(); it != a.answers.end(); ++it) {
        if (it->state == ItemAnswer::State::Unanswered)
            continue;
        auto inserted = Sql::exec(m_db,
            QStringLiteral("INSERT INTO assessment_answer (assessment_id, item_code, state, value, denominator, note, "
                           "evidence_ref) VALUES (?,?,?,?,?,?,?)"),
            { a.id,
                it.key(),
                it->state == ItemAnswer::State::NotApplicable ? QStringLiteral("not_applicable")
                                                              : QStringLiteral("answered"),
                it->value,
                it->denominator,
                Sql::text(it->note),
                Sql::nullIfEmpty(it->evidenceRef) });
        if (!inserted)
            return inserted.error();
    }
    return {};
}

} // namespace thidua
