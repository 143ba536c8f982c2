#include "core/criteria/MovementRoster.h"

#include <algorithm>

namespace thidua {

bool MovementRoster::counts(const QDate& activeFrom, const QDate& activeTo, const QDate& referenceDate)
{
    if (!referenceDate.isValid())
        return true;
    return (!activeFrom.isValid() || activeFrom <= referenceDate) && (!activeTo.isValid() || referenceDate <= activeTo);
}

MovementRoster::Standing MovementRoster::standingFromKey(const QString& key)
{
    if (key == QLatin1String("dat"))
        return Standing::Recognised;
    if (key == QLatin1String("khong_dat"))
        return Standing::NotRecognised;
    return Standing::Unassessed;
}

QString MovementRoster::standingKey(Standing standing)
{
    switch (standing) {
    case Standing::Recognised:
        return QStringLiteral("dat");
    case Standing::NotRecognised:
        return QStringLiteral("khong_dat");
    case Standing::Unassessed:
        break;
    }
    return QStringLiteral("chua");
}

MovementRoster::MovementRoster(qint64 schoolYearId,
    const QDate& referenceDate,
    QList<Member> people,
    QList<Unit> units,
    const QList<QList<qint64>>& unitMembers)
    : m_schoolYearId(schoolYearId)
    , m_referenceDate(referenceDate)
    , m_people(std::move(people))
    , m_units(std::move(units))
{
    std::stable_sort(
        m_people.begin(), m_people.end(), [](const Member& a, const Member& b) { return a.sortKey < b.sortKey; });
    m_index.reserve(m_people.size());
    for (int i = 0; i < m_people.size(); ++i) {
        Member& m = m_people[i];
        m.counted = counts(m.activeFrom, m.activeTo, m_referenceDate);
        m_index.insert(m.personId, i);
    }
    for (int u = 0; u < m_units.size(); ++u) {
        m_unitIndex.insert(m_units[u].collectiveId, u);
        QList<int>& members = m_units[u].members;
        members.clear();
        for (qint64 personId : unitMembers.value(u)) {
            if (const int i = indexOf(personId); i >= 0) {
                members.append(i);
                m_people[i].collectiveIds.append(m_units[u].collectiveId);
            }
        }
        std::sort(members.begin(), members.end());
        members.erase(std::unique(members.begin(), members.end()), members.end());
    }
}

QList<qint64> MovementRoster::unitsOnly(QList<qint64> collectiveIds) const
{
    collectiveIds.removeIf([this](qint64 id) { return !m_unitIndex.contains(id); });
    std::sort(collectiveIds.begin(), collectiveIds.end());
    collectiveIds.erase(std::unique(collectiveIds.begin(), collectiveIds.end()), collectiveIds.end());
    return collectiveIds;
}

bool MovementRoster::sameUnits(const Member& member) const
{
    const int i = indexOf(member.personId);
    return i >= 0 && unitsOnly(m_people[i].collectiveIds) == unitsOnly(member.collectiveIds);
}

bool MovementRoster::setStanding(qint64 personId, Standing standing)
{
    const int i = indexOf(personId);
    if (i < 0 || m_people[i].standing == standing)
        return false;
    m_people[i].standing = standing;
    return true;
}

bool MovementRoster::updatePerson(const Member& member)
{
    const int i = indexOf(member.personId);
    if (i < 0)
        return false;
    Member& m = m_people[i];
    const bool counted = counts(member.activeFrom, member.activeTo, m_referenceDate);
    if (m.kind == member.kind && m.fullName == member.fullName && m.code == member.code
        && m.activeFrom == member.activeFrom && m.activeTo == member.activeTo && m.standing == member.standing)
        return false;
    const QByteArray sortKey = m.sortKey;
    const QList<qint64> units = m.collectiveIds;
    m = member;
    m.sortKey = sortKey;
    m.collectiveIds = units;
    m.counted = counted;
    return true;
}

} // namespace thidua
