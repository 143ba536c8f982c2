#include "core/school/SchoolRepository.h"

#include "core/db/Sql.h"
#include "core/db/Transaction.h"
#include "core/text/VietnameseText.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace thidua {

Result<SchoolProfile> SchoolRepository::profile() const
{
    auto query = Sql::exec(m_db,
        QStringLiteral("SELECT full_name, governing_body, abbreviation, place_name, address, phone, "
                       "email, website FROM school WHERE id = 1"));
    if (!query)
        return query.error();
    SchoolProfile profile;
    if (query->next()) {
        const QStringList keys = SchoolProfile::keys();
        for (int i = 0; i < keys.size(); ++i)
            profile.setField(keys[i], query->value(i).toString());
    }
    auto leaders = Sql::exec(m_db,
        QStringLiteral("SELECT id, role, full_name, title, person_id FROM school_leader "
                       "ORDER BY role = 'deputy', sort_order, id"));
    if (!leaders)
        return leaders.error();
    while (leaders->next()) {
        profile.leaders.append(SchoolLeader { leaders->value(0).toLongLong(),
            leaders->value(1).toString() == QStringLiteral("deputy") ? SchoolLeader::Role::Deputy
                                                                     : SchoolLeader::Role::Head,
            leaders->value(2).toString(),
            leaders->value(3).toString(),
            leaders->value(4).toLongLong() });
    }
    return profile;
}

Status SchoolRepository::saveProfile(SchoolProfile profile)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    QVariantList values;
    for (const QString& key : SchoolProfile::keys())
        values << Sql::text(VietnameseText::clean(profile.field(key)));
    auto saved = Sql::exec(m_db,
        QStringLiteral("UPDATE school SET full_name=?, governing_body=?, abbreviation=?, "
                       "place_name=?, address=?, phone=?, email=?, website=? WHERE id = 1"),
        values);
    if (!saved)
        return saved.error();
    if (auto cleared = Sql::exec(m_db, QStringLiteral("DELETE FROM school_leader")); !cleared)
        return cleared.error();
    int order = 0;
    for (const SchoolLeader& leader : std::as_const(profile.leaders)) {
        auto inserted = Sql::exec(m_db,
            QStringLiteral(
                "INSERT INTO school_leader (role, full_name, title, person_id, sort_order) VALUES (?,?,?,?,?)"),
            { leader.role == SchoolLeader::Role::Deputy ? QStringLiteral("deputy") : QStringLiteral("head"),
                VietnameseText::clean(leader.fullName),
                VietnameseText::clean(leader.title),
                leader.personId > 0 ? QVariant(leader.personId) : QVariant(),
                order++ });
        if (!inserted)
            return inserted.error();
    }
    return transaction.commit();
}

namespace {
SchoolYear yearFromRow(const QSqlQuery& q)
{
    return SchoolYear { q.value(0).toLongLong(),
        q.value(1).toInt(),
        QDate::fromString(q.value(2).toString(), Qt::ISODate),
        QDate::fromString(q.value(3).toString(), Qt::ISODate) };
}
} // namespace

Result<SchoolYears> SchoolRepository::years() const
{
    auto query = Sql::exec(
        m_db, QStringLiteral("SELECT id, start_year, start_date, end_date FROM school_year ORDER BY start_year"));
    if (!query)
        return query.error();
    SchoolYears result;
    while (query->next())
        result.append(yearFromRow(*query));
    return result;
}

Result<SchoolYear> SchoolRepository::yearByStart(int startYear) const
{
    auto query = Sql::exec(m_db,
        QStringLiteral("SELECT id, start_year, start_date, end_date FROM school_year WHERE start_year = ?"),
        { startYear });
    if (!query)
        return query.error();
    return query->next() ? yearFromRow(*query) : SchoolYear();
}

Result<qint64> SchoolRepository::addYear(SchoolYear& year)
{
    if (!year.startDate.isValid() || !year.endDate.isValid() || year.endDate <= year.startDate)
        return Error { Error::Code::Validation, tr("The school year %1 has invalid dates.").arg(year.name()) };
    auto query = Sql::exec(m_db,
        QStringLiteral("INSERT INTO school_year (id, start_year, start_date, end_date) VALUES (?,?,?,?)"),
        { year.id > 0 ? QVariant(year.id) : QVariant(),
            year.startYear,
            year.startDate.toString(Qt::ISODate),
            year.endDate.toString(Qt::ISODate) });
    if (!query)
        return query.error();
    year.id = query->lastInsertId().toLongLong();
    return year.id;
}

Result<int> SchoolRepository::yearUses(qint64 schoolYearId) const
{
    auto count = Sql::scalar(m_db,
        QStringLiteral("SELECT (SELECT count(*) FROM membership WHERE school_year_id = ?)"
                       " + (SELECT count(*) FROM collective WHERE school_year_id = ?)"
                       " + (SELECT count(*) FROM council_member m JOIN school_year y ON y.id = m.school_year_id"
                       "    WHERE m.school_year_id = ?"
                       "    AND (m.left_on IS NULL OR m.left_on > ifnull(m.joined_on, y.start_date)))"
                       " + (SELECT count(*) FROM cdht_result WHERE school_year_id = ?)"
                       " + (SELECT count(*) FROM evidence WHERE school_year_id = ?)"
                       " + (SELECT count(*) FROM nomination WHERE school_year_id = ?)"
                       " + (SELECT count(*) FROM meeting WHERE school_year_id = ?)"
                       " + (SELECT count(*) FROM award WHERE school_year_id = ?)"
                       " + (SELECT count(*) FROM activity WHERE school_year_id = ?)"
                       " + (SELECT count(*) FROM learning_model WHERE school_year_id = ?)"
                       " + (SELECT count(*) FROM initiative WHERE school_year_id = ?)"),
        QVariantList(11, schoolYearId));
    if (!count)
        return count.error();
    return count->toInt();
}

Status SchoolRepository::removeYear(qint64 schoolYearId)
{
    auto removed = Sql::exec(m_db, QStringLiteral("DELETE FROM school_year WHERE id = ?"), { schoolYearId });
    if (!removed)
        return removed.error();
    return {};
}

Result<SchoolYear> SchoolRepository::ensureYear(int startYear)
{
    auto existing = yearByStart(startYear);
    if (!existing || existing->id != 0)
        return existing;
    SchoolYear year = SchoolYear::standard(startYear);
    if (auto added = addYear(year); !added)
        return added.error();
    return year;
}

namespace {
QVariant isoDate(const QDate& day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant();
}

const QString CouncilColumns =
    QStringLiteral("SELECT id, school_year_id, person_id, role, title, sort_order, joined_on, left_on "
                   "FROM council_member WHERE school_year_id = ? ");

Result<CouncilMembers> readCouncil(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    CouncilMembers members;
    while (query->next()) {
        members.append(CouncilMember { query->value(0).toLongLong(),
            query->value(1).toLongLong(),
            query->value(2).toLongLong(),
            CouncilMember::roleFromKey(query->value(3).toString()),
            query->value(4).toString(),
            query->value(5).toInt(),
            QDate::fromString(query->value(6).toString(), Qt::ISODate),
            QDate::fromString(query->value(7).toString(), Qt::ISODate) });
    }
    return members;
}
} // namespace

Result<CouncilMembers> SchoolRepository::council(qint64 schoolYearId, const QDate& day) const
{
    if (!day.isValid())
        return readCouncil(Sql::exec(
            m_db, CouncilColumns + QStringLiteral("AND left_on IS NULL ORDER BY sort_order, id"), { schoolYearId }));
    return readCouncil(Sql::exec(m_db,
        CouncilColumns
            + QStringLiteral("AND (joined_on IS NULL OR joined_on <= ?) AND (left_on IS NULL OR left_on > ?) "
                             "ORDER BY sort_order, id"),
        { schoolYearId, isoDate(day), isoDate(day) }));
}

Result<CouncilMembers> SchoolRepository::councilHistory(qint64 schoolYearId) const
{
    return readCouncil(Sql::exec(m_db, CouncilColumns + QStringLiteral("ORDER BY sort_order, id"), { schoolYearId }));
}

Result<CouncilMembers> SchoolRepository::setCouncil(
    qint64 schoolYearId, const CouncilMembers& members, const QDate& day, const QDate& joinedOn)
{
    auto rows = councilHistory(schoolYearId);
    if (!rows)
        return rows.error();
    QHash<qint64, CouncilMember> existing;
    for (const CouncilMember& row : std::as_const(*rows))
        existing.insert(row.id, row);
    QSet<qint64> kept;
    for (const CouncilMember& member : members) {
        if (existing.contains(member.id))
            kept.insert(member.id);
    }
    // A new entry for someone already sitting (a council copied over this year's) keeps that person's row.
    CouncilMembers wanted = members;
    for (CouncilMember& member : wanted) {
        if (existing.contains(member.id))
            continue;
        for (const CouncilMember& row : std::as_const(*rows)) {
            if (row.personId == member.personId && !kept.contains(row.id) && !row.leftOn.isValid()) {
                member.id = row.id;
                kept.insert(row.id);
                break;
            }
        }
    }
    // First those who leave, so that someone who comes back under a new row never sits twice at once.
    for (const CouncilMember& row : std::as_const(*rows)) {
        if (kept.contains(row.id) || (row.leftOn.isValid() && row.leftOn <= day))
            continue;
        const QDate leftOn = row.joinedOn.isValid() && row.joinedOn > day ? row.joinedOn : day;
        if (auto closed = Sql::exec(m_db,
                QStringLiteral("UPDATE council_member SET left_on = ? WHERE id = ?"),
                { isoDate(leftOn), row.id });
            !closed)
            return closed.error();
    }
    CouncilMembers saved;
    int order = 0;
    for (CouncilMember member : std::as_const(wanted)) {
        member.schoolYearId = schoolYearId;
        member.title = VietnameseText::clean(member.title);
        member.sortOrder = order++;
        member.leftOn = QDate();
        if (kept.contains(member.id)) {
            member.joinedOn = existing.value(member.id).joinedOn;
            auto updated = Sql::exec(m_db,
                QStringLiteral("UPDATE council_member SET person_id = ?, role = ?, title = ?, sort_order = ?, "
                               "left_on = NULL WHERE id = ?"),
                { member.personId,
                    CouncilMember::roleKey(member.role),
                    Sql::text(member.title),
                    member.sortOrder,
                    member.id });
            if (!updated)
                return updated.error();
        } else {
            member.joinedOn = joinedOn;
            auto inserted = Sql::exec(m_db,
                QStringLiteral("INSERT INTO council_member (school_year_id, person_id, role, title, sort_order, "
                               "joined_on) VALUES (?,?,?,?,?,?)"),
                { schoolYearId,
                    member.personId,
                    CouncilMember::roleKey(member.role),
                    Sql::text(member.title),
                    member.sortOrder,
                    isoDate(joinedOn) });
            if (!inserted)
                return inserted.error();
            member.id = inserted->lastInsertId().toLongLong();
        }
        saved.append(member);
    }
    return saved;
}

} // namespace thidua
