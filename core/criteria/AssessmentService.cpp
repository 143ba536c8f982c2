#include "core/criteria/AssessmentService.h"

#include "core/criteria/AssessmentRepository.h"
#include "core/criteria/CriteriaRepository.h"
#include "core/db/Transaction.h"

namespace thidua {

Status AssessmentService::checkAnswers(const CriteriaSet& set, const ItemAnswers& answers)
{
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const qsizetype index = set.indexOf(it.key());
        if (index < 0)
            return Error(Error::Code::Validation, tr("%1 is not an item of “%2”.").arg(it.key(), set.name));
        const CriteriaItem& item = set.items[index];
        if (!item.isLeaf() && it->state != ItemAnswer::State::Unanswered)
            return Error(Error::Code::Validation, tr("%1 is answered through the items under it.").arg(item.code));
        if (it->state != ItemAnswer::State::Answered)
            continue;
        bool valid = true;
        switch (item.kind) {
        case CriteriaItem::Kind::Group:
            break;
        case CriteriaItem::Kind::PassFail:
            valid = it->value == 0 || it->value == 1;
            break;
        case CriteriaItem::Kind::Points:
            valid = it->value >= 0 && it->value <= item.maximum;
            break;
        case CriteriaItem::Kind::Rate:
            valid = it->denominator > 0 && it->denominator <= CriteriaItem::MaxCount && it->value >= 0
                && it->value <= it->denominator;
            break;
        case CriteriaItem::Kind::Count:
            valid = it->value >= 0 && it->value <= CriteriaItem::MaxCount;
            break;
        }
        if (!valid)
            return Error(Error::Code::Validation,
                item.kind == CriteriaItem::Kind::Rate
                    ? tr("%1: the number met must be from 0 to the number counted, which must be from 1 to %2.")
                          .arg(item.code)
                          .arg(CriteriaItem::MaxCount)
                    : tr("%1: the value %2 is out of range (%3).")
                          .arg(item.code)
                          .arg(it->value)
                          .arg(item.requirement()));
    }
    return {};
}

Result<Assessment> AssessmentService::saveAnswers(Assessment assessment, const QString& by, const QDateTime& at)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto set = CriteriaRepository(m_db).byId(assessment.criteriaSetId);
    if (!set)
        return set.error();
    if (set->id == 0)
        return Error(Error::Code::NotFound, tr("The criteria set of the assessment no longer exists."));
    if (set->statusOnly)
        return Error(Error::Code::Validation,
            tr("“%1” is recorded as a status per person, not assessed item by item.").arg(set->name));
    if (auto valid = checkAnswers(*set, assessment.answers); !valid)
        return valid.error();
    AssessmentRepository repository(m_db);
    assessment.outcome = CriteriaRule::evaluate(*set, assessment.answers);
    if (assessment.id == 0) {
        auto existing = repository.find(
            assessment.criteriaSetId, assessment.schoolYearId, assessment.subject, assessment.subjectId);
        if (!existing)
            return existing.error();
        if (existing->id != 0)
            return Error(Error::Code::Duplicate,
                tr("This subject already has an assessment against this version in that school year."));
        assessment.state = Assessment::State::SelfAssessed;
        assessment.selfAssessed = { by, at };
        assessment.verified = {};
        assessment.recognised = {};
        if (auto inserted = repository.insert(assessment); !inserted)
            return inserted.error();
    } else {
        auto stored = repository.byId(assessment.id);
        if (!stored)
            return stored.error();
        if (stored->id == 0)
            return Error(Error::Code::NotFound, tr("The assessment no longer exists."));
        if (stored->criteriaSetId != assessment.criteriaSetId || stored->schoolYearId != assessment.schoolYearId
            || stored->subject != assessment.subject || stored->subjectId != assessment.subjectId)
            return Error(Error::Code::Validation, tr("An assessment keeps its set version, year and subject."));
        if (stored->state == Assessment::State::Recognised)
            return Error(Error::Code::Validation,
                tr("The council has recognised this assessment; its answers can no longer be changed."));
        assessment.state = Assessment::State::SelfAssessed;
        assessment.selfAssessed = { by, at };
        assessment.verified = {};
        assessment.recognised = {};
        if (auto updated = repository.update(assessment); !updated)
            return updated.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return assessment;
}

Result<Assessment> AssessmentService::advance(qint64 assessmentId, const QString& by, const QDateTime& at)
{
    if (by.trimmed().isEmpty())
        return Error(Error::Code::Validation, tr("Say who verifies or recognises the assessment."));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    AssessmentRepository repository(m_db);
    auto assessment = repository.byId(assessmentId);
    if (!assessment)
        return assessment.error();
    if (assessment->id == 0)
        return Error(Error::Code::NotFound, tr("The assessment no longer exists."));
    switch (assessment->state) {
    case Assessment::State::SelfAssessed:
        assessment->state = Assessment::State::Verified;
        assessment->verified = { by.trimmed(), at };
        break;
    case Assessment::State::Verified:
        if (assessment->outcome.verdict == CriteriaOutcome::Verdict::Incomplete)
            return Error(Error::Code::Validation,
                tr("The council can recognise only a complete assessment: %1").arg(assessment->outcome.reason));
        assessment->state = Assessment::State::Recognised;
        assessment->recognised = { by.trimmed(), at };
        break;
    case Assessment::State::Recognised:
        return Error(Error::Code::Validation, tr("The council has already recognised this assessment."));
    }
    if (auto updated = repository.update(*assessment); !updated)
        return updated.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return assessment;
}

} // namespace thidua
