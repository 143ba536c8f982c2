#include "ui/meeting/NomineeFacts.h"

#include "core/criteria/CriteriaQuery.h"
#include "core/criteria/LearningCitizenQuery.h"
#include "core/evidence/EvidenceQuery.h"
#include "core/people/PeopleQuery.h"

#include <QSet>

namespace thidua {

namespace {

QString yearName(const MeetingRecord& meeting)
{
    return QStringLiteral("%1-%2").arg(meeting.schoolStartYear).arg(meeting.schoolStartYear + 1);
}

} // namespace

NomineeFacts NomineeFacts::read(QSqlDatabase db, const MeetingRecord& meeting, const MeetingRecord::Nominee& nominee)
{
    NomineeFacts facts;
    const Nomination& nomination = nominee.view.nomination;
    if (nomination.subject == AwardForm::Subject::Person)
        facts.criteria << learningCitizen(db, meeting, nomination.subjectId);
    else
        facts.criteria << learningUnit(db, meeting, nomination.subjectId);
    facts.evidence = evidenceOf(db, meeting, nominee.view);
    return facts;
}

QString NomineeFacts::learningCitizen(QSqlDatabase db, const MeetingRecord& meeting, qint64 personId)
{
    const QString lead = tr("Learning citizen (Công dân học tập) %1").arg(yearName(meeting));
    auto result = LearningCitizenQuery(db).result(personId, meeting.schoolYearId);
    if (!result)
        return tr("%1: could not be read (%2)").arg(lead, result.error().message);
    QString text = LearningCitizenResult::statusName(result->status);
    if (result->score)
        text += tr(" (%n point(s))", nullptr, *result->score);
    return QStringLiteral("%1: %2").arg(lead, text);
}

QString NomineeFacts::learningUnit(QSqlDatabase db, const MeetingRecord& meeting, qint64 collectiveId)
{
    const QString lead = tr("Learning unit (Đơn vị học tập) %1").arg(yearName(meeting));
    CriteriaQuery criteria(db);
    // The school itself is assessed as the school; another collective against the same sets, when it was.
    auto collectives = PeopleQuery(db).collectives(meeting.schoolYearId);
    if (!collectives)
        return tr("%1: could not be read (%2)").arg(lead, collectives.error().message);
    const auto found = std::find_if(collectives->cbegin(),
        collectives->cend(),
        [collectiveId](const Collective& collective) { return collective.id == collectiveId; });
    if (found != collectives->cend() && found->kind == CollectiveKind::School) {
        auto status = criteria.schoolLearningUnitStatus(meeting.schoolYearId);
        if (!status)
            return tr("%1: could not be read (%2)").arg(lead, status.error().message);
        return QStringLiteral("%1: %2").arg(lead, status->text());
    }
    auto sets = criteria.sets();
    if (!sets)
        return tr("%1: could not be read (%2)").arg(lead, sets.error().message);
    std::optional<Assessment> best;
    for (const CriteriaSet& set : std::as_const(*sets)) {
        if (!CriteriaQuery::learningUnitKeys().contains(set.key))
            continue;
        auto assessment =
            criteria.assessment(set.id, meeting.schoolYearId, Assessment::Subject::Collective, collectiveId);
        if (assessment && assessment->id != 0 && (!best || int(assessment->state) > int(best->state)))
            best = *assessment;
    }
    if (!best)
        return tr("%1: not assessed").arg(lead);
    return QStringLiteral("%1: %2 (%3)")
        .arg(lead, Assessment::verdictName(best->outcome.verdict), Assessment::stateName(best->state));
}

EvidenceList NomineeFacts::evidenceOf(QSqlDatabase db, const MeetingRecord& meeting, const NominationView& view)
{
    const Nomination& nomination = view.nomination;
    EvidenceQuery query(db);
    EvidenceList all;
    QSet<qint64> seen;
    const auto add = [&](EvidenceLink::Kind kind, qint64 targetId) {
        EvidenceFilter filter;
        filter.schoolYearId = meeting.schoolYearId;
        filter.kind = kind;
        filter.targetId = targetId;
        auto list = query.list(filter);
        if (!list)
            return;
        for (const Evidence& evidence : std::as_const(*list)) {
            if (!seen.contains(evidence.id)) {
                seen.insert(evidence.id);
                all.append(evidence);
            }
        }
    };
    add(EvidenceLink::Kind::Nomination, nomination.id);
    add(nomination.subject == AwardForm::Subject::Person ? EvidenceLink::Kind::Person : EvidenceLink::Kind::Collective,
        nomination.subjectId);
    return all;
}

} // namespace thidua
