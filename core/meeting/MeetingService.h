#pragma once

#include "core/common/Result.h"
#include "core/meeting/Meeting.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// The use cases of a council meeting, each one transaction. A finalised meeting refuses every change until the chair
// reopens it with a reason (kept and shown). The ballot tables keep only tallies: nothing records who voted how.
class MeetingService
{
    Q_DECLARE_TR_FUNCTIONS(MeetingService)

public:
    explicit MeetingService(QSqlDatabase db);

    struct NewMeeting
    {
        qint64 schoolYearId = 0;
        QString title; // empty = "Họp xét thi đua, khen thưởng năm học 2024-2025"
        QString place;
        QDateTime startsAt;
        MeetingRules::Fraction quorum; // two thirds
    };
    // Creates the meeting with the year's council sitting on that day as its roster, everyone present. Refuses a
    // council without a chair or a secretary (CouncilComposition).
    Result<qint64> create(const NewMeeting& meeting);
    Status setDetails(qint64 meetingId,
        const QString& title,
        const QString& place,
        const QDateTime& startsAt,
        const QDateTime& endsAt,
        const QString& conclusion);
    Status setQuorum(qint64 meetingId, MeetingRules::Fraction quorum);
    // `councilMemberId` of the roster; an absent member may leave a written opinion.
    Status setAttendance(qint64 meetingId,
        qint64 councilMemberId,
        bool present,
        const QString& reason = {},
        const QString& writtenOpinion = {});
    // The nominations considered, in order (replaces the list). Each must be of the meeting's year, proposed or
    // reviewed, and have no open eligibility problem; they become reviewed.
    Status setNominees(qint64 meetingId, const QList<qint64>& nominationIds);
    // A new round over `nominationIds` (empty = every nominee not yet voted); returns its number.
    Result<int> openRound(qint64 meetingId, const QList<qint64>& nominationIds = {});
    // Enters (or replaces) one count of a round: entry 1 = the secretary, 2 = the Ban kiểm phiếu. The tally's nominees
    // follow the round's order. Refuses an inconsistent count (MeetingRules::problems). When both entries are in and
    // agree the round is accepted and its nominees become voted; returns the differences (empty = agreed or waiting
    // for the other entry). `now` is when the count is accepted (the biên bản kiểm phiếu's closing time).
    Result<QList<MeetingRules::TallyDifference>> enterTally(qint64 meetingId,
        int round,
        int entry,
        const QString& countedBy,
        const MeetingRules::Tally& tally,
        const QDateTime& now = QDateTime::currentDateTime());
    // Needs the quorum, every nominee counted in an accepted round, the end time (now when not given). Sets each
    // nomination passed or failed, locks the meeting, then writes a backup copy of the database file into
    // `backupDirectory` (VACUUM INTO; its path is kept in the meeting).
    Status finalize(
        qint64 meetingId, const QString& backupDirectory, const QDateTime& now = QDateTime::currentDateTime());
    // Unlocks a finalised meeting for a correction: `chairName` must be the meeting's chair; the reason is kept.
    Status reopen(qint64 meetingId,
        const QString& chairName,
        const QString& reason,
        const QDateTime& now = QDateTime::currentDateTime());
    Status remove(qint64 meetingId); // only when not finalised and no round accepted

private:
    static Status checkQuorum(MeetingRules::Fraction quorum);
    // The meeting, refused when it is finalised.
    Result<MeetingRecord> unlocked(qint64 meetingId) const;
    Status readyForVote(const NominationView& view, const MeetingRecord& record) const;
    Status readyToFinalize(const MeetingRecord& record) const;
    Status backup(qint64 meetingId, const QString& backupDirectory, const QDateTime& now);

    QSqlDatabase m_db;
};

} // namespace thidua
