#include "core/school/SchoolRepository.h"

#include "core/db/Sql.h"
#include "core/db/Transaction.h"
#include "core/text/VietnameseText.h"

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
        QStringLiteral("INSERT INTO school_year (start_year, start_date, end_date) VALUES (?,?,?)"),
        { year.startYear, year.startDate.toString(Qt::ISODate), year.endDate.toString(Qt::ISODate) });
    if (!query)
        return query.error();
    year.id = query->lastInsertId().toLongLong();
    return year.id;
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

Result<CouncilMembers> SchoolRepository::council(qint64 schoolYearId) const
{
    auto query = Sql::exec(m_db,
        QStringLiteral("SELECT id, school_year_id, person_id, role, title, sort_order "
                       "FROM council_member WHERE school_year_id = ? ORDER BY sort_order, id"),
        { schoolYearId });
    if (!query)
        return query.error();
    CouncilMembers members;
    while (query->next()) {
        members.append(CouncilMember { query->value(0).toLongLong(),
            query->value(1).toLongLong(),
            query->value(2).toLongLong(),
            CouncilMember::roleFromKey(query->value(3).toString()),
            query->value(4).toString(),
            query->value(5).toInt() });
    }
    return members;
}

Status SchoolRepository::setCouncil(qint64 schoolYearId, const CouncilMembers& members)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto cleared =
            Sql::exec(m_db, QStringLiteral("DELETE FROM council_member WHERE school_year_id = ?"), { schoolYearId });
        !cleared)
        return cleared.error();
    int order = 0;
    for (const CouncilMember& member : members) {
        auto inserted = Sql::exec(m_db,
            QStringLiteral("INSERT INTO council_member (school_year_id, person_id, role, title, "
                           "sort_order) VALUES (?,?,?,?,?)"),
            { schoolYearId,
                member.personId,
                CouncilMember::roleKey(member.role),
                Sql::text(VietnameseText::clean(member.title)),
                order++ });
        if (!inserted)
            return inserted.error();
    }
    return transaction.commit();
}

} // namespace thidua
