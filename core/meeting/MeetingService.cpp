#include "core/meeting/MeetingService.h"

#include "core/db/Sql.h"
#include "core/db/Transaction.h"
#include "core/meeting/MeetingQuery.h"
#include "core/meeting/MeetingRepository.h"
#include "core/meeting/NominationRepository.h"
#include "core/meeting/NominationService.h"
#include "core/school/CouncilComposition.h"
#include "core/school/SchoolQuery.h"
#include "core/text/VietnameseText.h"

#include <QDir>
#include <QFileInfo>

namespace thidua {

MeetingService::MeetingService(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<MeetingRecord> MeetingService::unlocked(qint64 meetingId) const
{
    auto record = MeetingQuery(m_db).record(meetingId);
    if (!record)
        return record.error();
    if (record->finalized())
        return Error(Error::Code::Validation,
            tr("The meeting \"%1\" is finalised: the chair must reopen it, with a reason, before anything changes.")
                .arg(record->title));
    return record;
}

Result<qint64> MeetingService::create(const NewMeeting& meeting)
{
    if (!meeting.startsAt.isValid())
        return Error(Error::Code::Validation, tr("A meeting needs the date and time it starts."));
    if (auto quorum = checkQuorum(meeting.quorum); !quorum)
        return quorum.error();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto years = SchoolQuery(m_db).years();
    if (!years)
        return years.error();
    const auto year =
        std::find_if(years->begin(), years->end(), [&](const SchoolYear& y) { return y.id == meeting.schoolYearId; });
    if (year == years->end())
        return Error(Error::Code::NotFound, tr("There is no school year number %1.").arg(meeting.schoolYearId));
    auto council = SchoolQuery(m_db).council(meeting.schoolYearId, meeting.startsAt.date());
    if (!council)
        return council.error();
    const QList<CouncilComposition::Problem> problems = CouncilComposition::problems(*council);
    if (!problems.isEmpty())
        return Error(Error::Code::Validation,
            tr("The council of %1 cannot sit: %2")
                .arg(year->name(), CouncilComposition::text(problems.first(), *council)));
    MeetingRecord record;
    record.schoolYearId = meeting.schoolYearId;
    record.title = VietnameseText::clean(meeting.title);
    if (record.title.isEmpty())
        record.title = QStringLiteral("Họp xét thi đua, khen thưởng năm học %1").arg(year->name());
    record.place = VietnameseText::clean(meeting.place);
    record.startsAt = meeting.startsAt;
    record.quorum = meeting.quorum;
    MeetingRepository repository(m_db);
    auto id = repository.insert(record);
    if (!id)
        return id.error();
    for (const CouncilMember& member : std::as_const(*council)) {
        if (auto added = repository.insertAttendance(*id, member.id); !added)
            return added.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return *id;
}

Status MeetingService::checkQuorum(MeetingRules::Fraction quorum)
{
    if (quorum.numerator <= 0 || quorum.denominator < quorum.numerator)
        return Error(Error::Code::Validation,
            tr("A quorum of %1/%2 is not a share of the council.").arg(quorum.numerator).arg(quorum.denominator));
    return {};
}

Status MeetingService::setDetails(qint64 meetingId,
    const QString& title,
    const QString& place,
    const QDateTime& startsAt,
    const QDateTime& endsAt,
    const QString& conclusion)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto record = unlocked(meetingId);
    if (!record)
        return record.error();
    if (!VietnameseText::clean(title).isEmpty())
        record->title = VietnameseText::clean(title);
    record->place = VietnameseText::clean(place);
    if (startsAt.isValid())
        record->startsAt = startsAt;
    if (endsAt.isValid() && endsAt < record->startsAt)
        return Error(Error::Code::Validation, tr("The meeting cannot end before it starts."));
    record->endsAt = endsAt;
    record->conclusion = VietnameseText::cleanLines(conclusion);
    if (auto updated = MeetingRepository(m_db).update(*record); !updated)
        return updated;
    return transaction.commit();
}

Status MeetingService::setQuorum(qint64 meetingId, MeetingRules::Fraction quorum)
{
    if (auto valid = checkQuorum(quorum); !valid)
        return valid;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto record = unlocked(meetingId);
    if (!record)
        return record.error();
    record->quorum = quorum;
    if (auto updated = MeetingRepository(m_db).update(*record); !updated)
        return updated;
    return transaction.commit();
}

Status MeetingService::setAttendance(
    qint64 meetingId, qint64 councilMemberId, bool present, const QString& reason, const QString& writtenOpinion)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto record = unlocked(meetingId);
    if (!record)
        return record.error();
    if (record->rounds.size() > 0)
        return Error(Error::Code::Validation,
            tr("Voting has begun: attendance can no longer change (the ballots were counted on it)."));
    const QString why = VietnameseText::clean(reason);
    const QString opinion = VietnameseText::cleanLines(writtenOpinion);
    if (present && !opinion.isEmpty())
        return Error(Error::Code::Validation, tr("Only an absent member leaves a written opinion."));
    auto set = MeetingRepository(m_db).setAttendance(
        meetingId, councilMemberId, present, present ? QString() : why, present ? QString() : opinion);
    if (!set)
        return set.error();
    if (!*set)
        return Error(
            Error::Code::NotFound, tr("Council member %1 is not on the roster of this meeting.").arg(councilMemberId));
    return transaction.commit();
}

Status MeetingService::setNominees(qint64 meetingId, const QList<qint64>& nominationIds)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto record = unlocked(meetingId);
    if (!record)
        return record.error();
    if (!record->rounds.isEmpty())
        return Error(Error::Code::Validation, tr("Voting has begun: the list of nominees can no longer change."));
    const NominationService nominations(m_db);
    NominationRepository nominationRepository(m_db);
    for (qint64 id : nominationIds) {
        if (nominationIds.count(id) > 1)
            return Error(Error::Code::Validation, tr("Nomination %1 is on the list twice.").arg(id));
        auto view = nominations.view(id, record->startsAt.date());
        if (!view)
            return view.error();
        if (auto ready = readyForVote(*view, *record); !ready)
            return ready;
        if (auto state = nominationRepository.setState(id, Nomination::State::Reviewed); !state)
            return state;
    }
    if (auto set = MeetingRepository(m_db).setNominees(meetingId, nominationIds); !set)
        return set;
    return transaction.commit();
}

Status MeetingService::readyForVote(const NominationView& view, const MeetingRecord& record) const
{
    const Nomination& n = view.nomination;
    if (n.schoolYearId != record.schoolYearId)
        return Error(Error::Code::Validation,
            tr("Nomination %1 (%2) is of another school year.").arg(n.id).arg(view.subjectName));
    if (n.state != Nomination::State::Proposed && n.state != Nomination::State::Reviewed)
        return Error(Error::Code::Validation,
            tr("Nomination %1 (%2) has already been voted on (%3).")
                .arg(n.id)
                .arg(view.subjectName, Nomination::stateName(n.state)));
    const QList<Eligibility::Problem> open = view.openProblems();
    if (!open.isEmpty())
        return Error(Error::Code::Validation,
            tr("Nomination %1 (%2) fails a check: %3 Override it with a reason, or take it off the list.")
                .arg(n.id)
                .arg(view.subjectName, open.first().explanation));
    return {};
}

Result<int> MeetingService::openRound(qint64 meetingId, const QList<qint64>& nominationIds)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto record = unlocked(meetingId);
    if (!record)
        return record.error();
    if (!record->quorumMet())
        return Error(Error::Code::Validation,
            tr("%1 of %2 members are present: the quorum (%3 members) is not met, the council cannot vote.")
                .arg(record->presentCount())
                .arg(record->membersTotal())
                .arg(MeetingRules::quorumNeeded(record->membersTotal(), record->quorum)));
    for (const MeetingRecord::Round& round : std::as_const(record->rounds)) {
        if (!round.accepted())
            return Error(
                Error::Code::Validation, tr("Round %1 has not been counted and accepted yet.").arg(round.number));
    }
    QList<qint64> ids;
    for (const MeetingRecord::Nominee& nominee : std::as_const(record->nominees)) {
        const qint64 id = nominee.view.nomination.id;
        if (nominationIds.isEmpty() ? !nominee.voted : nominationIds.contains(id))
            ids << id;
    }
    for (qint64 id : nominationIds) {
        if (!ids.contains(id))
            return Error(Error::Code::Validation, tr("Nomination %1 is not on this meeting's list.").arg(id));
    }
    if (ids.isEmpty())
        return Error(Error::Code::Validation, tr("Every nominee has been voted on: there is nothing to vote on."));
    const int number = int(record->rounds.size()) + 1;
    if (auto inserted = MeetingRepository(m_db).insertRound(meetingId, number, ids); !inserted)
        return inserted.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return number;
}

Result<QList<MeetingRules::TallyDifference>> MeetingService::enterTally(qint64 meetingId,
    int round,
    int entry,
    const QString& countedBy,
    const MeetingRules::Tally& tally,
    const QDateTime& now)
{
    if (entry != 1 && entry != 2)
        return Error(Error::Code::Validation,
            tr("A count is entered twice: entry 1 by the secretary, entry 2 by the ballot-counting group."));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto record = unlocked(meetingId);
    if (!record)
        return record.error();
    const auto it = std::find_if(
        record->rounds.begin(), record->rounds.end(), [&](const MeetingRecord::Round& r) { return r.number == round; });
    if (it == record->rounds.end())
        return Error(Error::Code::NotFound, tr("There is no round %1 in this meeting.").arg(round));
    if (it->accepted())
        return Error(Error::Code::Validation,
            tr("Round %1 was accepted: both counts agreed; it can no longer change.").arg(round));
    if (tally.nominees.size() != it->nominationIds.size())
        return Error(Error::Code::Validation,
            tr("Round %1 votes on %2 nominees; the count gives %3.")
                .arg(round)
                .arg(it->nominationIds.size())
                .arg(tally.nominees.size()));
    QStringList problems = MeetingRules::problems(tally);
    if (tally.issued > record->presentCount())
        problems.prepend(
            tr("%1 ballots issued, but only %2 members are present.").arg(tally.issued).arg(record->presentCount()));
    if (!problems.isEmpty())
        return Error(
            Error::Code::Validation, tr("Entry %1 of round %2: %3").arg(entry).arg(round).arg(problems.join(u' ')));
    MeetingRepository repository(m_db);
    const MeetingRecord::Entry value { VietnameseText::clean(countedBy), tally };
    if (auto written = repository.writeEntry(it->id, entry, value, it->nominationIds); !written)
        return written.error();
    const std::optional<MeetingRecord::Entry>& other = entry == 1 ? it->second : it->first;
    QList<MeetingRules::TallyDifference> differences;
    if (other) {
        differences = entry == 1 ? MeetingRules::differences(tally, other->tally)
                                 : MeetingRules::differences(other->tally, tally);
        if (differences.isEmpty()) {
            if (auto accepted = repository.accept(it->id, now); !accepted)
                return accepted.error();
            NominationRepository nominations(m_db);
            for (qint64 id : std::as_const(it->nominationIds)) {
                if (auto state = nominations.setState(id, Nomination::State::Voted); !state)
                    return state.error();
            }
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return differences;
}

Status MeetingService::finalize(qint64 meetingId, const QString& backupDirectory, const QDateTime& now)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto record = unlocked(meetingId);
    if (!record)
        return record.error();
    if (auto ready = readyToFinalize(*record); !ready)
        return ready;
    if (!record->endsAt.isValid()) {
        record->endsAt = now < record->startsAt ? record->startsAt : now;
        if (auto updated = MeetingRepository(m_db).update(*record); !updated)
            return updated;
    }
    NominationRepository nominations(m_db);
    for (const MeetingRecord::Nominee& nominee : std::as_const(record->nominees)) {
        const auto state = nominee.passed ? Nomination::State::Passed : Nomination::State::Failed;
        if (auto set = nominations.setState(nominee.view.nomination.id, state); !set)
            return set;
    }
    MeetingRepository repository(m_db);
    if (auto locked = repository.setFinalized(meetingId, now); !locked)
        return locked;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    return backup(meetingId, backupDirectory, now);
}

Status MeetingService::readyToFinalize(const MeetingRecord& record) const
{
    if (!record.quorumMet())
        return Error(Error::Code::Validation,
            tr("%1 of %2 members are present: the quorum is not met, the meeting cannot decide anything.")
                .arg(record.presentCount())
                .arg(record.membersTotal()));
    if (record.nominees.isEmpty())
        return Error(Error::Code::Validation, tr("The meeting has no nominee."));
    for (const MeetingRecord::Nominee& nominee : record.nominees) {
        if (!nominee.voted)
            return Error(Error::Code::Validation,
                tr("%1 has no accepted count yet: enter both counts of the round and make them agree.")
                    .arg(nominee.view.subjectName));
    }
    return {};
}

// A copy of the whole database as it is once the meeting is locked: "<file>-hop-<id>-<yyyyMMdd-HHmmss>.sqlite".
Status MeetingService::backup(qint64 meetingId, const QString& backupDirectory, const QDateTime& now)
{
    if (backupDirectory.isEmpty())
        return {};
    if (!QDir().mkpath(backupDirectory))
        return Error(Error::Code::Io,
            tr("The meeting is locked, but its backup folder %1 cannot be made.").arg(backupDirectory));
    const QString path = QDir(backupDirectory)
                             .filePath(QStringLiteral("%1-hop-%2-%3.sqlite")
                                           .arg(QFileInfo(Sql::fileName(m_db)).completeBaseName())
                                           .arg(meetingId)
                                           .arg(now.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    MeetingRepository repository(m_db);
    QFile::remove(path);
    if (auto copied = repository.backupInto(path); !copied)
        return Error(Error::Code::Io,
            tr("The meeting is locked, but its backup copy %1 could not be written: %2")
                .arg(path, copied.error().message));
    return repository.setBackupPath(meetingId, path);
}

Status MeetingService::reopen(qint64 meetingId, const QString& chairName, const QString& reason, const QDateTime& now)
{
    const QString why = VietnameseText::cleanLines(reason);
    if (why.isEmpty())
        return Error(
            Error::Code::Validation, tr("Reopening a finalised meeting needs a reason: it is kept and shown."));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto record = MeetingQuery(m_db).record(meetingId);
    if (!record)
        return record.error();
    if (!record->finalized())
        return Error(Error::Code::Validation, tr("The meeting \"%1\" is not finalised.").arg(record->title));
    const MeetingRecord::Member* chair = record->chair();
    if (!chair
        || VietnameseText::lowerCanonical(VietnameseText::clean(chairName))
            != VietnameseText::lowerCanonical(chair->name))
        return Error(Error::Code::Validation,
            tr("Only the chair of the meeting (%1) can confirm a correction.")
                .arg(chair ? chair->name : tr("none on the roster")));
    NominationRepository nominations(m_db);
    for (const MeetingRecord::Nominee& nominee : std::as_const(record->nominees)) {
        const Nomination::State state = nominee.view.nomination.state;
        if (state != Nomination::State::Passed && state != Nomination::State::Failed)
            return Error(Error::Code::Validation,
                tr("%1's nomination has gone further (%2): the meeting can no longer be corrected.")
                    .arg(nominee.view.subjectName, Nomination::stateName(state)));
        if (auto set = nominations.setState(nominee.view.nomination.id, Nomination::State::Voted); !set)
            return set;
    }
    MeetingRepository repository(m_db);
    if (auto added = repository.insertCorrection(meetingId, { now, chair->name, why }); !added)
        return added;
    if (auto unlocked = repository.setFinalized(meetingId, {}); !unlocked)
        return unlocked;
    return transaction.commit();
}

Status MeetingService::remove(qint64 meetingId)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto record = unlocked(meetingId);
    if (!record)
        return record.error();
    for (const MeetingRecord::Round& round : std::as_const(record->rounds)) {
        if (round.accepted())
            return Error(Error::Code::Validation,
                tr("The meeting has accepted counts: it is part of the record and cannot be deleted."));
    }
    NominationRepository nominations(m_db);
    for (const MeetingRecord::Nominee& nominee : std::as_const(record->nominees)) {
        if (auto set = nominations.setState(nominee.view.nomination.id, Nomination::State::Proposed); !set)
            return set;
    }
    if (auto removed = MeetingRepository(m_db).remove(meetingId); !removed)
        return removed;
    return transaction.commit();
}

} // namespace thidua
