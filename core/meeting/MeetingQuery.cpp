#include "core/meeting/MeetingQuery.h"

#include "core/meeting/MeetingRepository.h"
#include "core/meeting/NominationService.h"

namespace thidua {

namespace {

// The members who do not vote on `view`: the nominee, the head of the nominated collective.
QList<qint64> recused(const QList<MeetingRecord::Member>& members, const NominationView& view)
{
    QList<qint64> out;
    for (const MeetingRecord::Member& m : members) {
        if (Eligibility::recused(
                { m.personId, m.headsCollectives }, view.nomination.subject, view.nomination.subjectId))
            out << m.councilMemberId;
    }
    return out;
}

MeetingRules::Counts countsFor(const QList<MeetingRecord::Member>& members, const QList<qint64>& recusedIds)
{
    MeetingRules::Counts counts;
    for (const MeetingRecord::Member& m : members) {
        if (recusedIds.contains(m.councilMemberId))
            continue;
        ++counts.members;
        if (m.present)
            ++counts.present;
    }
    return counts;
}

// The result of `nominee` from the last accepted round that counted it (entry 1; both entries agree then).
void applyVotes(MeetingRecord::Nominee& nominee, const QList<MeetingRecord::Round>& rounds)
{
    for (const MeetingRecord::Round& round : rounds) {
        const qsizetype index = round.nominationIds.indexOf(nominee.view.nomination.id);
        if (!round.accepted() || index < 0 || !round.first)
            continue;
        nominee.voted = true;
        nominee.round = round.number;
        nominee.agree = round.first->tally.nominees.value(index).agree;
        nominee.disagree = round.first->tally.nominees.value(index).disagree;
        nominee.counts.validBallots = round.first->tally.valid;
    }
    if (!nominee.voted)
        return;
    const MeetingRules::Threshold& threshold = nominee.view.form.threshold;
    nominee.shareTenths =
        MeetingRules::shareTenths(nominee.agree, MeetingRules::denominator(threshold.base, nominee.counts));
    nominee.passed = MeetingRules::passes(nominee.agree, threshold, nominee.counts);
}

} // namespace

MeetingQuery::MeetingQuery(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<MeetingRecord> MeetingQuery::record(qint64 meetingId) const
{
    const MeetingRepository repository(m_db);
    auto record = repository.meeting(meetingId);
    if (!record && record.error().code == Error::Code::NotFound)
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("MeetingService", "There is no meeting number %1.").arg(meetingId));
    if (!record)
        return record.error();
    auto members = repository.members(meetingId);
    auto nominationIds = repository.nominees(meetingId);
    auto rounds = repository.rounds(meetingId);
    auto corrections = repository.corrections(meetingId);
    if (!members)
        return members.error();
    if (!nominationIds)
        return nominationIds.error();
    if (!rounds)
        return rounds.error();
    if (!corrections)
        return corrections.error();
    record->members = *members;
    record->rounds = *rounds;
    record->corrections = *corrections;
    const NominationService nominations(m_db);
    const QDate day = record->startsAt.date();
    int position = 0;
    for (qint64 id : std::as_const(*nominationIds)) {
        auto view = nominations.view(id, day);
        if (!view)
            return view.error();
        MeetingRecord::Nominee nominee;
        nominee.view = *view;
        nominee.position = ++position;
        nominee.recusedMemberIds = recused(record->members, nominee.view);
        nominee.counts = countsFor(record->members, nominee.recusedMemberIds);
        applyVotes(nominee, record->rounds);
        record->nominees << nominee;
    }
    return record;
}

Result<QList<MeetingQuery::Summary>> MeetingQuery::list(qint64 schoolYearId) const
{
    const MeetingRepository repository(m_db);
    auto meetings = repository.meetings(schoolYearId);
    if (!meetings)
        return meetings.error();
    QList<Summary> out;
    for (const MeetingRecord& m : std::as_const(*meetings)) {
        auto nominees = repository.nominees(m.id);
        if (!nominees)
            return nominees.error();
        out << Summary { m.id, m.schoolYearId, m.title, m.startsAt, m.finalized(), int(nominees->size()) };
    }
    return out;
}

} // namespace thidua
