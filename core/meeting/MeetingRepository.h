#pragma once

#include "core/common/Result.h"
#include "core/meeting/Meeting.h"

#include <QSqlDatabase>

namespace thidua {

// The SQL of meetings: the meeting, its attendance and nominees, ballot rounds (tallies only) and corrections.
class MeetingRepository
{
public:
    explicit MeetingRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // The meeting's own row (MeetingRecord without members, nominees, rounds and corrections); NotFound if none.
    Result<MeetingRecord> meeting(qint64 id) const;
    Result<QList<MeetingRecord>> meetings(qint64 schoolYearId) const; // rows only, newest first
    Result<qint64> insert(const MeetingRecord& meeting);
    Status update(const MeetingRecord& meeting); // title, place, times, quorum, conclusion
    Status remove(qint64 id);
    Status setFinalized(qint64 id, const QDateTime& at); // invalid = unlocked
    Status setBackupPath(qint64 id, const QString& path);
    Status insertCorrection(qint64 id, const MeetingRecord::Correction& correction);
    Result<QList<MeetingRecord::Correction>> corrections(qint64 id) const;

    Status insertAttendance(qint64 meetingId, qint64 councilMemberId);
    Result<bool> setAttendance(
        qint64 meetingId, qint64 councilMemberId, bool present, const QString& reason, const QString& opinion);
    // The roster with attendance, in council order (headsCollectives filled from the year's memberships).
    Result<QList<MeetingRecord::Member>> members(qint64 meetingId) const;

    Result<QList<qint64>> nominees(qint64 meetingId) const; // in order
    Status setNominees(qint64 meetingId, const QList<qint64>& nominationIds);

    Result<QList<MeetingRecord::Round>> rounds(qint64 meetingId) const; // by number, with entries
    Result<qint64> insertRound(qint64 meetingId, int number, const QList<qint64>& nominationIds);
    Status writeEntry(qint64 roundId, int entry, const MeetingRecord::Entry& value, const QList<qint64>& nominationIds);
    Status accept(qint64 roundId, const QDateTime& at);
    Result<int> acceptedRounds(qint64 meetingId) const;

    // VACUUM INTO `path`: a consistent copy of the database file (outside any transaction).
    Status backupInto(const QString& path);

private:
    QSqlDatabase m_db;
};

} // namespace thidua
