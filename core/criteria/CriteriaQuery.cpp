#include "core/criteria/CriteriaQuery.h"

#include "core/criteria/AssessmentRepository.h"
#include "core/criteria/CriteriaRepository.h"

namespace thidua {

QStringList CriteriaQuery::learningUnitKeys()
{
    return { QStringLiteral("don-vi-hoc-tap-cap-huyen"), QStringLiteral("don-vi-hoc-tap-cap-tinh") };
}

Result<CriteriaSets> CriteriaQuery::sets() const
{
    return CriteriaRepository(m_db).list();
}

Result<CriteriaSet> CriteriaQuery::set(qint64 id) const
{
    return CriteriaRepository(m_db).byId(id);
}

Result<CriteriaSet> CriteriaQuery::latest(const QString& key) const
{
    return CriteriaRepository(m_db).latest(key);
}

Result<CriteriaSet> CriteriaQuery::find(const QString& name) const
{
    const qsizetype at = name.lastIndexOf(QLatin1Char('@'));
    if (at > 0) {
        bool ok = false;
        const int version = name.mid(at + 1).toInt(&ok);
        auto sets = this->sets();
        if (!sets)
            return sets.error();
        for (const CriteriaSet& set : std::as_const(*sets)) {
            if (ok && set.key == name.left(at) && set.version == version)
                return set;
        }
        return CriteriaSet();
    }
    auto byKey = latest(name);
    if (!byKey || byKey->id != 0)
        return byKey;
    bool isNumber = false;
    const qint64 id = name.toLongLong(&isNumber);
    return isNumber ? set(id) : byKey;
}

Result<qint64> CriteriaQuery::uses(qint64 setId) const
{
    return CriteriaRepository(m_db).uses(setId);
}

Result<Assessment> CriteriaQuery::assessment(
    qint64 setId, qint64 schoolYearId, Assessment::Subject subject, qint64 subjectId) const
{
    return AssessmentRepository(m_db).find(setId, schoolYearId, subject, subjectId);
}

QString CriteriaQuery::LearningUnitStatus::text() const
{
    switch (status) {
    case Status::NotAssessed:
        return tr("Not assessed");
    case Status::Incomplete:
        return tr("Assessment not finished");
    case Status::NotMet:
        return tr("Not met (%1)").arg(Assessment::stateName(state));
    case Status::Met:
        return tr("Met %1 (%2)").arg(levelName, Assessment::stateName(state));
    }
    return QString();
}

Result<CriteriaQuery::LearningUnitStatus> CriteriaQuery::schoolLearningUnitStatus(qint64 schoolYearId) const
{
    AssessmentRepository assessments(m_db);
    std::optional<Assessment> best;
    for (const QString& key : learningUnitKeys()) {
        auto list = assessments.forYear(schoolYearId, key, Assessment::Subject::School);
        if (!list)
            return list.error();
        for (const Assessment& a : std::as_const(*list)) {
            if (!best || int(a.state) > int(best->state))
                best = a;
        }
    }
    LearningUnitStatus status;
    if (!best)
        return status;
    auto set = CriteriaRepository(m_db).byId(best->criteriaSetId);
    if (!set)
        return set.error();
    status.assessmentId = best->id;
    status.state = best->state;
    status.setName = set->name;
    status.reason = best->outcome.reason;
    status.level = best->outcome.level;
    for (const CriteriaRule::Level& level : std::as_const(set->rule.levels)) {
        if (level.number == best->outcome.level)
            status.levelName = level.name;
    }
    switch (best->outcome.verdict) {
    case CriteriaOutcome::Verdict::Pass:
        status.status = LearningUnitStatus::Status::Met;
        break;
    case CriteriaOutcome::Verdict::Fail:
        status.status = LearningUnitStatus::Status::NotMet;
        break;
    case CriteriaOutcome::Verdict::Incomplete:
        status.status = LearningUnitStatus::Status::Incomplete;
        break;
    }
    return status;
}

} // namespace thidua
