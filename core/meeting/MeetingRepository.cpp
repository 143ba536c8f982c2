#include "core/meeting/MeetingRepository.h"

#include "core/db/Sql.h"
#include "core/school/School.h"

#include <QSqlQuery>

namespace thidua {

namespace {

QVariant when(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toString(Qt::ISODate)) : QVariant();
}

QDateTime dateTime(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

const QString MeetingColumns = QStringLiteral(
    "m.id, m.school_year_id, y.start_year, m.title, m.place, m.starts_at, m.ends_at, m.quorum_numerator, "
    "m.quorum_denominator, m.conclusion, m.finalized_at, m.backup_path");

MeetingRecord meetingFrom(const QSqlQuery& q)
{
    MeetingRecord m;
    m.id = q.value(0).toLongLong();
    m.schoolYearId = q.value(1).toLongLong();
    m.schoolStartYear = q.value(2).toInt();
    m.title = q.value(3).toString();
    m.place = q.value(4).toString();
    m.startsAt = dateTime(q.value(5));
    m.endsAt = dateTime(q.value(6));
    m.quorum = { q.value(7).toInt(), q.value(8).toInt() };
    m.conclusion = q.value(9).toString();
    m.finalizedAt = dateTime(q.value(10));
    m.backupPath = q.value(11).toString();
    return m;
}

Status done(const Result<QSqlQuery>& q)
{
    if (!q)
        return q.error();
    return {};
}

} // namespace

Result<MeetingRecord> MeetingRepository::meeting(qint64 id) const
{
    auto q = Sql::exec(m_db,
        QStringLiteral("SELECT %1 FROM meeting m JOIN school_year y ON y.id = m.school_year_id WHERE m.id = ?")
            .arg(MeetingColumns),
        { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(Error::Code::NotFound, QString());
    return meetingFrom(*q);
}

Result<QList<MeetingRecord>> MeetingRepository::meetings(qint64 schoolYearId) const
{
    auto q = Sql::exec(m_db,
        QStringLiteral("SELECT %1 FROM meeting m JOIN school_year y ON y.id = m.school_year_id "
                       "WHERE ? = 0 OR m.school_year_id = ? ORDER BY m.starts_at DESC, m.id DESC")
            .arg(MeetingColumns),
        { schoolYearId, schoolYearId });
    if (!q)
        return q.error();
    QList<MeetingRecord> out;
    while (q->next())
        out << meetingFrom(*q);
    return out;
}

Result<qint64> MeetingRepository::insert(const MeetingRecord& m)
{
    auto q = Sql::exec(m_db,
        QStringLiteral("INSERT INTO meeting (school_year_id, title, place, starts_at, ends_at, quorum_numerator, "
                       "quorum_denominator, conclusion) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { m.schoolYearId,
            m.title,
            Sql::text(m.place),
            when(m.startsAt),
            when(m.endsAt),
            m.quorum.numerator,
            m.quorum.denominator,
            Sql::text(m.conclusion) });
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Status MeetingRepository::update(const MeetingRecord& m)
{
    return done(Sql::exec(m_db,
        QStringLiteral("UPDATE meeting SET title = ?, place = ?, starts_at = ?, ends_at = ?, quorum_numerator = ?, "
                       "quorum_denominator = ?, conclusion = ? WHERE id = ?"),
        { m.title,
            Sql::text(m.place),
            when(m.startsAt),
            when(m.endsAt),
            m.quorum.numerator,
            m.quorum.denominator,
            Sql::text(m.conclusion),
            m.id }));
}

Status MeetingRepository::remove(qint64 id)
{
    if (auto rounds = done(Sql::exec(m_db, QStringLiteral("DELETE FROM ballot_round WHERE meeting_id = ?"), { id }));
        !rounds)
        return rounds;
    return done(Sql::exec(m_db, QStringLiteral("DELETE FROM meeting WHERE id = ?"), { id }));
}

Status MeetingRepository::setFinalized(qint64 id, const QDateTime& at)
{
    return done(Sql::exec(m_db, QStringLiteral("UPDATE meeting SET finalized_at = ? WHERE id = ?"), { when(at), id }));
}

Status MeetingRepository::setBackupPath(qint64 id, const QString& path)
{
    return done(Sql::exec(m_db, QStringLiteral("UPDATE meeting SET backup_path = ? WHERE id = ?"), { path, id }));
}

Status MeetingRepository::insertCorrection(qint64 id, const MeetingRecord::Correction& c)
{
    return done(Sql::exec(m_db,
        QStringLiteral("INSERT INTO meeting_correction (meeting_id, at, confirmed_by, reason) VALUES (?, ?, ?, ?)"),
        { id, when(c.at), c.confirmedBy, c.reason }));
}

Result<QList<MeetingRecord::Correction>> MeetingRepository::corrections(qint64 id) const
{
    auto q = Sql::exec(m_db,
        QStringLiteral("SELECT at, confirmed_by, reason FROM meeting_correction WHERE meeting_id = ? ORDER BY id"),
        { id });
    if (!q)
        return q.error();
    QList<MeetingRecord::Correction> out;
    while (q->next())
        out << MeetingRecord::Correction { dateTime(q->value(0)), q->value(1).toString(), q->value(2).toString() };
    return out;
}

Status MeetingRepository::insertAttendance(qint64 meetingId, qint64 councilMemberId)
{
    return done(Sql::exec(m_db,
        QStringLiteral("INSERT INTO meeting_attendance (meeting_id, council_member_id) VALUES (?, ?)"),
        { meetingId, councilMemberId }));
}

Result<bool> MeetingRepository::setAttendance(
    qint64 meetingId, qint64 councilMemberId, bool present, const QString& reason, const QString& opinion)
{
    auto q = Sql::exec(m_db,
        QStringLiteral("UPDATE meeting_attendance SET present = ?, reason = ?, written_opinion = ? "
                       "WHERE meeting_id = ? AND council_member_id = ?"),
        { present ? 1 : 0, Sql::text(reason), Sql::text(opinion), meetingId, councilMemberId });
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<QList<MeetingRecord::Member>> MeetingRepository::members(qint64 meetingId) const
{
    auto q = Sql::exec(m_db,
        QStringLiteral(
            "SELECT c.id, p.id, trim(p.family_name || ' ' || p.middle_name || ' ' || p.given_name), c.title, c.role, "
            "a.present, a.reason, a.written_opinion, "
            "(SELECT group_concat(ms.collective_id) FROM membership ms WHERE ms.person_id = p.id "
            " AND ms.school_year_id = m.school_year_id AND ms.role = 'head') "
            "FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id "
            "JOIN council_member c ON c.id = a.council_member_id "
            "JOIN council_role r ON r.key = c.role JOIN person p ON p.id = c.person_id "
            "WHERE a.meeting_id = ? ORDER BY r.sort_order, c.sort_order, c.id"),
        { meetingId });
    if (!q)
        return q.error();
    QList<MeetingRecord::Member> out;
    while (q->next()) {
        MeetingRecord::Member member;
        member.councilMemberId = q->value(0).toLongLong();
        member.personId = q->value(1).toLongLong();
        member.name = q->value(2).toString().simplified();
        member.title = q->value(3).toString();
        member.role = q->value(4).toString();
        member.roleName = CouncilMember::roleName(CouncilMember::roleFromKey(member.role));
        member.present = q->value(5).toInt() != 0;
        member.reason = q->value(6).toString();
        member.writtenOpinion = q->value(7).toString();
        for (const QString& id : q->value(8).toString().split(u',', Qt::SkipEmptyParts))
            member.headsCollectives << id.toLongLong();
        out << member;
    }
    return out;
}

Result<QList<qint64>> MeetingRepository::nominees(qint64 meetingId) const
{
    auto q = Sql::exec(m_db,
        QStringLiteral("SELECT nomination_id FROM meeting_nominee WHERE meeting_id = ? ORDER BY position"),
        { meetingId });
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

Status MeetingRepository::setNominees(qint64 meetingId, const QList<qint64>& nominationIds)
{
    if (auto cleared =
            done(Sql::exec(m_db, QStringLiteral("DELETE FROM meeting_nominee WHERE meeting_id = ?"), { meetingId }));
        !cleared)
        return cleared;
    for (qsizetype i = 0; i < nominationIds.size(); ++i) {
        if (auto inserted = done(Sql::exec(m_db,
                QStringLiteral("INSERT INTO meeting_nominee (meeting_id, nomination_id, position) VALUES (?, ?, ?)"),
                { meetingId, nominationIds[i], int(i + 1) }));
            !inserted)
            return inserted;
    }
    return {};
}

Result<QList<MeetingRecord::Round>> MeetingRepository::rounds(qint64 meetingId) const
{
    auto q = Sql::exec(m_db,
        QStringLiteral("SELECT id, number, accepted_at FROM ballot_round WHERE meeting_id = ? ORDER BY number"),
        { meetingId });
    if (!q)
        return q.error();
    QList<MeetingRecord::Round> out;
    while (q->next())
        out << MeetingRecord::Round {
            q->value(0).toLongLong(), q->value(1).toInt(), {}, {}, {}, dateTime(q->value(2))
        };
    for (MeetingRecord::Round& round : out) {
        auto ids = Sql::exec(m_db,
            QStringLiteral("SELECT b.nomination_id FROM ballot_round_nominee b JOIN meeting_nominee n "
                           "ON n.nomination_id = b.nomination_id AND n.meeting_id = ? WHERE b.round_id = ? "
                           "ORDER BY n.position"),
            { meetingId, round.id });
        if (!ids)
            return ids.error();
        while (ids->next())
            round.nominationIds << ids->value(0).toLongLong();
        auto counts = Sql::exec(m_db,
            QStringLiteral("SELECT entry, counted_by, issued, returned, valid, invalid FROM ballot_count "
                           "WHERE round_id = ? ORDER BY entry"),
            { round.id });
        if (!counts)
            return counts.error();
        while (counts->next()) {
            MeetingRecord::Entry entry;
            entry.countedBy = counts->value(1).toString();
            entry.tally.issued = counts->value(2).toInt();
            entry.tally.returned = counts->value(3).toInt();
            entry.tally.valid = counts->value(4).toInt();
            entry.tally.invalid = counts->value(5).toInt();
            entry.tally.nominees.resize(round.nominationIds.size());
            (counts->value(0).toInt() == 1 ? round.first : round.second) = entry;
        }
        auto votes = Sql::exec(m_db,
            QStringLiteral("SELECT entry, nomination_id, agree, disagree FROM ballot_votes WHERE round_id = ?"),
            { round.id });
        if (!votes)
            return votes.error();
        while (votes->next()) {
            std::optional<MeetingRecord::Entry>& entry = votes->value(0).toInt() == 1 ? round.first : round.second;
            const qsizetype index = round.nominationIds.indexOf(votes->value(1).toLongLong());
            if (entry && index >= 0)
                entry->tally.nominees[index] = { votes->value(2).toInt(), votes->value(3).toInt() };
        }
    }
    return out;
}

Result<qint64> MeetingRepository::insertRound(qint64 meetingId, int number, const QList<qint64>& nominationIds)
{
    auto q = Sql::exec(
        m_db, QStringLiteral("INSERT INTO ballot_round (meeting_id, number) VALUES (?, ?)"), { meetingId, number });
    if (!q)
        return q.error();
    const qint64 roundId = q->lastInsertId().toLongLong();
    for (qint64 id : nominationIds) {
        if (auto inserted = done(Sql::exec(m_db,
                QStringLiteral("INSERT INTO ballot_round_nominee (round_id, nomination_id) VALUES (?, ?)"),
                { roundId, id }));
            !inserted)
            return inserted.error();
    }
    return roundId;
}

Status MeetingRepository::writeEntry(
    qint64 roundId, int entry, const MeetingRecord::Entry& value, const QList<qint64>& nominationIds)
{
    if (auto cleared = done(Sql::exec(
            m_db, QStringLiteral("DELETE FROM ballot_votes WHERE round_id = ? AND entry = ?"), { roundId, entry }));
        !cleared)
        return cleared;
    const MeetingRules::Tally& t = value.tally;
    if (auto count = done(Sql::exec(m_db,
            QStringLiteral("INSERT OR REPLACE INTO ballot_count (round_id, entry, counted_by, issued, returned, valid, "
                           "invalid) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            { roundId, entry, Sql::text(value.countedBy), t.issued, t.returned, t.valid, t.invalid }));
        !count)
        return count;
    for (qsizetype i = 0; i < nominationIds.size(); ++i) {
        if (auto votes = done(Sql::exec(m_db,
                QStringLiteral("INSERT INTO ballot_votes (round_id, entry, nomination_id, agree, disagree) "
                               "VALUES (?, ?, ?, ?, ?)"),
                { roundId, entry, nominationIds[i], t.nominees[i].agree, t.nominees[i].disagree }));
            !votes)
            return votes;
    }
    return {};
}

Status MeetingRepository::accept(qint64 roundId, const QDateTime& at)
{
    return done(
        Sql::exec(m_db, QStringLiteral("UPDATE ballot_round SET accepted_at = ? WHERE id = ?"), { when(at), roundId }));
}

Result<int> MeetingRepository::acceptedRounds(qint64 meetingId) const
{
    auto v = Sql::scalar(m_db,
        QStringLiteral("SELECT COUNT(*) FROM ballot_round WHERE meeting_id = ? AND accepted_at IS NOT NULL"),
        { meetingId });
    if (!v)
        return v.error();
    return v->toInt();
}

Status MeetingRepository::backupInto(const QString& path)
{
    return done(Sql::exec(m_db, QStringLiteral("VACUUM INTO ?"), { path }));
}

} // namespace thidua
