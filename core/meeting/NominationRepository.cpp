#include "core/meeting/NominationRepository.h"

#include "core/criteria/CriteriaQuery.h"
#include "core/db/Sql.h"

#include <QSqlQuery>

namespace thidua {

namespace {

const QString Columns = QStringLiteral(
    "id, school_year_id, person_id, collective_id, form_key, movement, period, achievement_key, achievement, "
    "proposed_by_collective_id, proposed_by, state, decision_number, decision_date, decision_issuer");

QVariant date(const QDate& day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant();
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

Nomination nominationFrom(const QSqlQuery& q)
{
    Nomination n;
    n.id = q.value(0).toLongLong();
    n.schoolYearId = q.value(1).toLongLong();
    n.subject = q.value(2).isNull() ? AwardForm::Subject::Collective : AwardForm::Subject::Person;
    n.subjectId = q.value(2).isNull() ? q.value(3).toLongLong() : q.value(2).toLongLong();
    n.formKey = q.value(4).toString();
    n.movement = q.value(5).toString();
    n.period = q.value(6).toString();
    n.achievementKey = q.value(7).toString();
    n.achievement = q.value(8).toString();
    n.proposedByCollectiveId = q.value(9).toLongLong();
    n.proposedBy = q.value(10).toString();
    Nomination::stateFromKey(q.value(11).toString(), &n.state);
    n.decisionNumber = q.value(12).toString();
    n.decisionDate = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    n.decisionIssuer = q.value(14).toString();
    return n;
}

QVariantList values(const Nomination& n)
{
    const bool person = n.subject == AwardForm::Subject::Person;
    return { n.schoolYearId,
        person ? QVariant(n.subjectId) : QVariant(),
        person ? QVariant() : QVariant(n.subjectId),
        n.formKey,
        Sql::text(n.movement),
        Sql::text(n.period),
        Sql::text(n.achievementKey),
        Sql::text(n.achievement),
        idOrNull(n.proposedByCollectiveId),
        Sql::text(n.proposedBy),
        Nomination::stateKey(n.state) };
}

QString restrictionName(const QString& key)
{
    if (key == u"discipline")
        return QStringLiteral("đang bị xem xét kỷ luật hoặc thi hành kỷ luật");
    if (key == u"violation")
        return QStringLiteral("có vi phạm đang được xem xét");
    if (key == u"investigation")
        return QStringLiteral("đang bị điều tra");
    if (key == u"inspection")
        return QStringLiteral("đang bị thanh tra, kiểm tra");
    return QStringLiteral("có khiếu nại, tố cáo đang được giải quyết");
}

Result<QStringList> texts(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QStringList out;
    while (query->next())
        out << query->value(0).toString();
    return out;
}

} // namespace

Result<qint64> NominationRepository::insert(const Nomination& nomination)
{
    auto q = Sql::exec(m_db,
        QStringLiteral("INSERT INTO nomination (school_year_id, person_id, collective_id, form_key, movement, period, "
                       "achievement_key, achievement, proposed_by_collective_id, proposed_by, state) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        values(nomination));
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Status NominationRepository::update(const Nomination& nomination)
{
    QVariantList bound = values(nomination);
    bound << nomination.id;
    auto q = Sql::exec(m_db,
        QStringLiteral("UPDATE nomination SET school_year_id = ?, person_id = ?, collective_id = ?, form_key = ?, "
                       "movement = ?, period = ?, achievement_key = ?, achievement = ?, "
                       "proposed_by_collective_id = ?, proposed_by = ?, state = ? WHERE id = ?"),
        bound);
    if (!q)
        return q.error();
    return {};
}

Status NominationRepository::remove(qint64 id)
{
    auto q = Sql::exec(m_db, QStringLiteral("DELETE FROM nomination WHERE id = ?"), { id });
    if (!q)
        return q.error();
    return {};
}

Result<Nomination> NominationRepository::get(qint64 id) const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT %1 FROM nomination WHERE id = ?").arg(Columns), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::NotFound, QString());
    return nominationFrom(*q);
}

Result<QList<Nomination>> NominationRepository::forYear(qint64 schoolYearId) const
{
    auto q = Sql::exec(m_db,
        QStringLiteral("SELECT %1 FROM nomination WHERE school_year_id = ? ORDER BY id").arg(Columns),
        { schoolYearId });
    if (!q)
        return q.error();
    QList<Nomination> out;
    while (q->next())
        out << nominationFrom(*q);
    return out;
}

Result<bool> NominationRepository::inAnyMeeting(qint64 id) const
{
    auto v = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM meeting_nominee WHERE nomination_id = ?"), { id });
    if (!v)
        return v.error();
    return v->toInt() > 0;
}

Status NominationRepository::setState(qint64 id, Nomination::State state)
{
    auto q = Sql::exec(
        m_db, QStringLiteral("UPDATE nomination SET state = ? WHERE id = ?"), { Nomination::stateKey(state), id });
    if (!q)
        return q.error();
    return {};
}

Status NominationRepository::setDecision(qint64 id, const QString& number, const QDate& day, const QString& issuer)
{
    auto q = Sql::exec(m_db,
        QStringLiteral("UPDATE nomination SET state = 'decided', decision_number = ?, decision_date = ?, "
                       "decision_issuer = ? WHERE id = ?"),
        { Sql::text(number), date(day), Sql::text(issuer), id });
    if (!q)
        return q.error();
    return {};
}

Result<QList<NominationOverride>> NominationRepository::overrides(qint64 id) const
{
    auto q = Sql::exec(m_db,
        QStringLiteral("SELECT rule, reason, by FROM nomination_override WHERE nomination_id = ? ORDER BY at, rule"),
        { id });
    if (!q)
        return q.error();
    QList<NominationOverride> out;
    while (q->next()) {
        NominationOverride o;
        if (!Eligibility::ruleFromKey(q->value(0).toString(), &o.rule))
            continue;
        o.reason = q->value(1).toString();
        o.by = q->value(2).toString();
        out << o;
    }
    return out;
}

Status NominationRepository::setOverride(qint64 id, const QString& ruleKey, const QString& reason, const QString& by)
{
    auto q = Sql::exec(m_db,
        QStringLiteral(
            "INSERT OR REPLACE INTO nomination_override (nomination_id, rule, reason, by) VALUES (?, ?, ?, ?)"),
        { id, ruleKey, reason, Sql::text(by) });
    if (!q)
        return q.error();
    return {};
}

Status NominationRepository::removeOverride(qint64 id, const QString& ruleKey)
{
    auto q = Sql::exec(
        m_db, QStringLiteral("DELETE FROM nomination_override WHERE nomination_id = ? AND rule = ?"), { id, ruleKey });
    if (!q)
        return q.error();
    return {};
}

Result<AwardForm> NominationRepository::form(const QString& key) const
{
    auto q = Sql::exec(m_db,
        QStringLiteral("SELECT key, name, category, subject, decided_by, level, coefficient_hundredths, "
                       "coefficient_basis, threshold_tenths, threshold_base, requires_key, sort_order "
                       "FROM award_form WHERE key = ?"),
        { key });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::NotFound, QString());
    return AwardCatalogue::fromColumns(q->value(0).toString(),
        q->value(1).toString(),
        q->value(2).toString(),
        q->value(3).toString(),
        q->value(4).toString(),
        q->value(5).toString(),
        q->value(6).toInt(),
        q->value(7).toString(),
        q->value(8).toInt(),
        q->value(9).toString(),
        q->value(10).toString(),
        q->value(11).toInt());
}

Result<bool> NominationRepository::subjectExists(AwardForm::Subject subject, qint64 id) const
{
    const QString table =
        subject == AwardForm::Subject::Person ? QStringLiteral("person") : QStringLiteral("collective");
    auto v = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = ?").arg(table), { id });
    if (!v)
        return v.error();
    return v->toInt() > 0;
}

Result<bool> NominationRepository::yearExists(qint64 schoolYearId) const
{
    auto v = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM school_year WHERE id = ?"), { schoolYearId });
    if (!v)
        return v.error();
    return v->toInt() > 0;
}

Result<QString> NominationRepository::collectiveName(qint64 id) const
{
    auto v = Sql::scalar(m_db, QStringLiteral("SELECT name FROM collective WHERE id = ?"), { id });
    if (!v)
        return v.error();
    return v->toString();
}

Result<NominationRepository::SubjectNames> NominationRepository::subjectNames(
    AwardForm::Subject subject, qint64 id, qint64 schoolYearId) const
{
    SubjectNames names;
    if (subject == AwardForm::Subject::Collective) {
        auto name = collectiveName(id);
        if (!name)
            return name.error();
        names.name = *name;
        return names;
    }
    auto q = Sql::exec(m_db,
        QStringLiteral("SELECT trim(family_name || ' ' || middle_name || ' ' || given_name), position, "
                       "(SELECT c.name FROM membership m JOIN collective c ON c.id = m.collective_id "
                       " WHERE m.person_id = person.id AND m.school_year_id = ? "
                       " ORDER BY c.kind <> 'subject_group', c.kind <> 'office_group', c.id LIMIT 1) "
                       "FROM person WHERE id = ?"),
        { schoolYearId, id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::NotFound, QString());
    names.name = q->value(0).toString().simplified();
    names.position = q->value(1).toString();
    names.unit = q->value(2).toString();
    return names;
}

Result<Eligibility::Facts> NominationRepository::facts(const Nomination& n, const QDate& on) const
{
    Eligibility::Facts f;
    auto others = otherFormsForAchievement(n);
    if (!others)
        return others.error();
    f.otherFormsForAchievement = *others;
    if (n.subject == AwardForm::Subject::Person) {
        auto restrictions = restrictionsInForce(n.subjectId, on);
        auto citizen = learningCitizen(n.subjectId, n.schoolYearId);
        if (!restrictions)
            return restrictions.error();
        if (!citizen)
            return citizen.error();
        f.restrictionsInForce = *restrictions;
        f.learningCitizen = *citizen;
    } else {
        auto related = relatedCollectivesNominated(n);
        auto unit = learningUnit(n.subjectId, n.schoolYearId);
        if (!related)
            return related.error();
        if (!unit)
            return unit.error();
        f.relatedCollectivesNominated = *related;
        f.learningUnit = *unit;
    }
    auto titles = titlesThisYear(n);
    if (!titles)
        return titles.error();
    f.titlesThisYear = *titles;
    return f;
}

// Hình thức khen thưởng only: a title (danh hiệu) is the year's own, and one title may need another the same year.
Result<QStringList> NominationRepository::otherFormsForAchievement(const Nomination& n) const
{
    const bool person = n.subject == AwardForm::Subject::Person;
    auto q = Sql::exec(m_db,
        QStringLiteral("SELECT f.name, n.movement, n.period, n.achievement_key FROM nomination n "
                       "JOIN award_form f ON f.key = n.form_key "
                       "WHERE n.school_year_id = ? AND n.%1 = ? AND n.id <> ? AND n.state <> 'failed' "
                       "AND f.category = 'commendation' "
                       "AND (SELECT category FROM award_form WHERE key = ?) = 'commendation' ORDER BY n.id")
            .arg(person ? QStringLiteral("person_id") : QStringLiteral("collective_id")),
        { n.schoolYearId, n.subjectId, n.id, n.formKey });
    if (!q)
        return q.error();
    const QString key = n.effectiveAchievementKey();
    QStringList out;
    while (q->next()) {
        Nomination other;
        other.movement = q->value(1).toString();
        other.period = q->value(2).toString();
        other.achievementKey = q->value(3).toString();
        if (other.effectiveAchievementKey() == key)
            out << q->value(0).toString();
    }
    return out;
}

Result<QList<Nomination>> NominationRepository::sameForm(const Nomination& n) const
{
    const bool person = n.subject == AwardForm::Subject::Person;
    auto q = Sql::exec(m_db,
        QStringLiteral("SELECT id, movement, period, achievement_key FROM nomination WHERE school_year_id = ? "
                       "AND %1 = ? AND form_key = ? AND id <> ? AND state <> 'failed' ORDER BY id")
            .arg(person ? QStringLiteral("person_id") : QStringLiteral("collective_id")),
        { n.schoolYearId, n.subjectId, n.formKey, n.id });
    if (!q)
        return q.error();
    QList<Nomination> out;
    while (q->next()) {
        Nomination other = n;
        other.id = q->value(0).toLongLong();
        other.movement = q->value(1).toString();
        other.period = q->value(2).toString();
        other.achievementKey = q->value(3).toString();
        out << other;
    }
    return out;
}

Result<QStringList> NominationRepository::restrictionsInForce(qint64 personId, const QDate& on) const
{
    auto kinds = texts(Sql::exec(m_db,
        QStringLiteral("SELECT DISTINCT kind FROM person_restriction WHERE person_id = ? AND start_date <= ? "
                       "AND (end_date IS NULL OR end_date >= ?) ORDER BY kind"),
        { personId, date(on), date(on) }));
    if (!kinds)
        return kinds.error();
    QStringList out;
    for (const QString& kind : std::as_const(*kinds))
        out << restrictionName(kind);
    return out;
}

// Collectives above or below the nominee (through parent_id) nominated the same year for the same achievement.
Result<QStringList> NominationRepository::relatedCollectivesNominated(const Nomination& n) const
{
    auto q = Sql::exec(m_db,
        QStringLiteral(
            "WITH RECURSIVE up(id) AS (SELECT parent_id FROM collective WHERE id = ? AND parent_id IS NOT NULL "
            "  UNION SELECT c.parent_id FROM collective c JOIN up ON c.id = up.id WHERE c.parent_id IS NOT NULL), "
            "down(id) AS (SELECT id FROM collective WHERE parent_id = ? "
            "  UNION SELECT c.id FROM collective c JOIN down ON c.parent_id = down.id) "
            "SELECT c.name, n.movement, n.period, n.achievement_key FROM nomination n "
            "JOIN collective c ON c.id = n.collective_id "
            "WHERE n.school_year_id = ? AND n.state <> 'failed' "
            "AND n.collective_id IN (SELECT id FROM up UNION SELECT id FROM down) ORDER BY c.name"),
        { n.subjectId, n.subjectId, n.schoolYearId });
    if (!q)
        return q.error();
    const QString key = n.effectiveAchievementKey();
    QStringList out;
    while (q->next()) {
        Nomination other;
        other.movement = q->value(1).toString();
        other.period = q->value(2).toString();
        other.achievementKey = q->value(3).toString();
        if (other.effectiveAchievementKey() == key && !out.contains(q->value(0).toString()))
            out << q->value(0).toString();
    }
    return out;
}

Result<bool> NominationRepository::learningCitizen(qint64 personId, qint64 schoolYearId) const
{
    auto v = Sql::scalar(m_db,
        QStringLiteral(
            "SELECT COUNT(*) FROM cdht_result WHERE person_id = ? AND school_year_id = ? AND status = 'dat'"),
        { personId, schoolYearId });
    if (!v)
        return v.error();
    return v->toInt() > 0;
}

// Recognised (state 'recognised', verdict 'pass') on a Đơn vị học tập set that year: the collective's own assessment,
// or the school's when the collective is the school.
Result<bool> NominationRepository::learningUnit(qint64 collectiveId, qint64 schoolYearId) const
{
    const QStringList keys = CriteriaQuery::learningUnitKeys();
    auto v = Sql::scalar(m_db,
        QStringLiteral("SELECT COUNT(*) FROM assessment a JOIN criteria_set s ON s.id = a.criteria_set_id "
                       "WHERE a.school_year_id = ? AND s.set_key IN (?, ?) AND a.state = 'recognised' "
                       "AND a.verdict = 'pass' AND (a.collective_id = ? OR (a.subject_kind = 'school' AND "
                       "EXISTS (SELECT 1 FROM collective WHERE id = ? AND kind = 'school')))"),
        { schoolYearId, keys.value(0), keys.value(1), collectiveId, collectiveId });
    if (!v)
        return v.error();
    return v->toInt() > 0;
}

// The titles held that year (award history) or proposed that year and not failed.
Result<QStringList> NominationRepository::titlesThisYear(const Nomination& n) const
{
    const QString column =
        n.subject == AwardForm::Subject::Person ? QStringLiteral("person_id") : QStringLiteral("collective_id");
    return texts(Sql::exec(m_db,
        QStringLiteral("SELECT form_key FROM award WHERE %1 = ? AND school_year_id = ? AND form_key IS NOT NULL "
                       "UNION SELECT form_key FROM nomination WHERE %1 = ? AND school_year_id = ? AND id <> ? "
                       "AND state <> 'failed'")
            .arg(column),
        { n.subjectId, n.schoolYearId, n.subjectId, n.schoolYearId, n.id }));
}

Status NominationRepository::insertAward(const Nomination& n, const QString& formName)
{
    const bool person = n.subject == AwardForm::Subject::Person;
    auto q = Sql::exec(m_db,
        QStringLiteral("INSERT INTO award (person_id, collective_id, school_year_id, form_key, form_name, "
                       "decision_number, decision_date, issuer, nomination_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (nomination_id) DO UPDATE SET decision_number = excluded.decision_number, "
                       "decision_date = excluded.decision_date, issuer = excluded.issuer"),
        { person ? QVariant(n.subjectId) : QVariant(),
            person ? QVariant() : QVariant(n.subjectId),
            n.schoolYearId,
            n.formKey,
            formName,
            Sql::text(n.decisionNumber),
            date(n.decisionDate),
            Sql::text(n.decisionIssuer),
            n.id });
    if (!q)
        return q.error();
    return {};
}

} // namespace thidua
