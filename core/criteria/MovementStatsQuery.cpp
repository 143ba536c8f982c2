#include "core/criteria/MovementStatsQuery.h"

#include "core/criteria/TargetRepository.h"
#include "core/db/Sql.h"
#include "core/people/PersonOrder.h"
#include "core/text/VietnameseCollator.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace thidua {

namespace {

// The people with a membership in the year (bound twice), with their result of that year.
const QString Columns = QStringLiteral(
    "SELECT p.id, p.kind, p.family_name, p.middle_name, p.given_name, p.birth_date, p.code, p.active_from, "
    "p.active_to, r.status FROM person p LEFT JOIN cdht_result r ON r.person_id = p.id AND r.school_year_id = ? ");
const QString PeopleSql =
    Columns + QStringLiteral("WHERE p.id IN (SELECT person_id FROM membership WHERE school_year_id = ?)");

// Without a collator the sort key is left empty (a refreshed person keeps their place; opening ICU's Vietnamese
// collator costs more than the rest of a refresh).
MovementRoster::Member memberFromRow(const QSqlQuery& q, const VietnameseCollator* collator)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.kind = Person::kindFromKey(q.value(1).toString());
    p.familyName = q.value(2).toString();
    p.middleName = q.value(3).toString();
    p.givenName = q.value(4).toString();
    p.birthDate = PartialDate::fromIso(q.value(5).toString());
    MovementRoster::Member m;
    m.personId = p.id;
    m.kind = p.kind;
    m.fullName = p.fullName();
    m.code = q.value(6).toString();
    m.activeFrom = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    m.activeTo = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    m.standing = MovementRoster::standingFromKey(q.value(9).toString());
    if (collator)
        m.sortKey = PersonOrder::key(*collator, p);
    return m;
}

// Tổ chuyên môn by name, then the tổ văn phòng, then the classes by grade and name ("10A2" before "10A10").
void sortUnits(QList<MovementRoster::Unit>& units)
{
    const VietnameseCollator collator;
    std::stable_sort(units.begin(), units.end(), [&collator](const auto& a, const auto& b) {
        auto rank = [](CollectiveKind k) {
            return k == CollectiveKind::SubjectGroup ? 0 : k == CollectiveKind::OfficeGroup ? 1 : 2;
        };
        if (rank(a.kind) != rank(b.kind))
            return rank(a.kind) < rank(b.kind);
        if (a.grade != b.grade)
            return a.grade < b.grade;
        if (!a.isGroup() && a.name.size() != b.name.size())
            return a.name.size() < b.name.size();
        return collator.compare(a.name, b.name) < 0;
    });
}

} // namespace

Result<MovementStatsQuery::Data> MovementStatsQuery::load(qint64 schoolYearId) const
{
    TargetRepository targets(m_db);
    Data data;
    auto year = targets.year(schoolYearId);
    if (!year)
        return year.error();
    data.year = *year;
    auto saved = targets.targets(schoolYearId);
    if (!saved)
        return saved.error();
    data.targets = *saved;
    auto counts = modelCounts(schoolYearId);
    if (!counts)
        return counts.error();
    data.counts = *counts;
    auto roster = this->roster(schoolYearId, data.targets.referenceDateIn(data.year));
    if (!roster)
        return roster.error();
    data.roster = std::move(roster).value();
    return data;
}

Result<LearningModelCounts> MovementStatsQuery::modelCounts(qint64 schoolYearId) const
{
    auto query = Sql::exec(m_db,
        QStringLiteral("SELECT collective_id, count(*) FROM learning_model WHERE school_year_id = ? "
                       "GROUP BY collective_id ORDER BY collective_id"),
        { schoolYearId });
    if (!query)
        return query.error();
    LearningModelCounts counts;
    while (query->next())
        counts.append({ query->value(0).toLongLong(), query->value(1).toInt() });
    return counts;
}

Result<MovementRoster> MovementStatsQuery::roster(qint64 schoolYearId, const QDate& referenceDate) const
{
    const VietnameseCollator collator;
    auto people = Sql::exec(m_db, PeopleSql, { schoolYearId, schoolYearId });
    if (!people)
        return people.error();
    QList<MovementRoster::Member> members;
    while (people->next())
        members.append(memberFromRow(*people, &collator));

    // The tổ that last across years (active ones, and any other that has members this year) and the year's classes.
    auto units = Sql::exec(m_db,
        QStringLiteral("SELECT id, kind, name, grade FROM collective WHERE (kind IN ('subject_group', 'office_group') "
                       "AND (active = 1 OR id IN (SELECT collective_id FROM membership WHERE school_year_id = ?))) "
                       "OR (kind = 'class' AND school_year_id = ?)"),
        { schoolYearId, schoolYearId });
    if (!units)
        return units.error();
    QList<MovementRoster::Unit> list;
    while (units->next()) {
        MovementRoster::Unit unit;
        unit.collectiveId = units->value(0).toLongLong();
        unit.kind = Collective::kindFromKey(units->value(1).toString());
        unit.name = units->value(2).toString();
        unit.grade = units->value(3).toInt();
        list.append(unit);
    }
    sortUnits(list);
    QHash<qint64, int> unitIndex;
    for (int u = 0; u < list.size(); ++u)
        unitIndex.insert(list[u].collectiveId, u);

    auto memberships = Sql::exec(m_db,
        QStringLiteral("SELECT collective_id, person_id FROM membership WHERE school_year_id = ?"),
        { schoolYearId });
    if (!memberships)
        return memberships.error();
    QList<QList<qint64>> unitMembers(list.size());
    while (memberships->next()) {
        if (const int u = unitIndex.value(memberships->value(0).toLongLong(), -1); u >= 0)
            unitMembers[u].append(memberships->value(1).toLongLong());
    }
    return MovementRoster(schoolYearId, referenceDate, std::move(members), std::move(list), unitMembers);
}

Result<QList<MovementRoster::Member>> MovementStatsQuery::members(
    qint64 schoolYearId, const QList<qint64>& personIds) const
{
    QList<MovementRoster::Member> members;
    for (qint64 id : personIds) {
        // Two lookups by index: the person with their result, then their collectives of the year (none: not in it).
        auto units = Sql::exec(m_db,
            QStringLiteral("SELECT collective_id FROM membership WHERE person_id = ? AND school_year_id = ?"),
            { id, schoolYearId });
        if (!units)
            return units.error();
        QList<qint64> collectiveIds;
        while (units->next())
            collectiveIds.append(units->value(0).toLongLong());
        if (collectiveIds.isEmpty())
            continue;
        auto query = Sql::exec(m_db, Columns + QStringLiteral("WHERE p.id = ?"), { schoolYearId, id });
        if (!query)
            return query.error();
        if (!query->next())
            continue;
        MovementRoster::Member member = memberFromRow(*query, nullptr);
        member.collectiveIds = collectiveIds;
        members.append(member);
    }
    return members;
}

} // namespace thidua
