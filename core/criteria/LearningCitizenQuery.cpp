#include "core/criteria/LearningCitizenQuery.h"

#include "core/criteria/LearningCitizenRepository.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PeopleService.h"
#include "core/people/PersonOrder.h"
#include "core/people/PersonRepository.h"
#include "core/text/VietnameseCollator.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace thidua {

Result<LearningCitizenResult> LearningCitizenQuery::result(qint64 personId, qint64 schoolYearId) const
{
    return LearningCitizenRepository(m_db).get(personId, schoolYearId);
}

Result<LearningCitizenResults> LearningCitizenQuery::results(qint64 schoolYearId) const
{
    return LearningCitizenRepository(m_db).forYear(schoolYearId);
}

Result<LearningCitizenQuery::Entries> LearningCitizenQuery::members(qint64 collectiveId, qint64 schoolYearId) const
{
    auto memberships = CollectiveRepository(m_db).memberships(schoolYearId, collectiveId);
    if (!memberships)
        return memberships.error();
    const PersonRepository people(m_db);
    const LearningCitizenRepository results(m_db);
    const VietnameseCollator collator;
    std::vector<std::pair<QByteArray, Entry>> keyed;
    keyed.reserve(size_t(memberships->size()));
    QSet<qint64> seen;
    for (const Membership& m : std::as_const(*memberships)) {
        if (seen.contains(m.personId))
            continue;
        seen.insert(m.personId);
        auto person = people.get(m.personId);
        if (!person)
            return person.error();
        auto result = results.get(m.personId, schoolYearId);
        if (!result)
            return result.error();
        keyed.emplace_back(PersonOrder::key(collator, *person), Entry { *person, *result });
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    Entries entries;
    entries.reserve(qsizetype(keyed.size()));
    for (auto& [key, entry] : keyed)
        entries.append(std::move(entry));
    return entries;
}

Result<Collectives> LearningCitizenQuery::units(qint64 schoolYearId) const
{
    auto all = CollectiveRepository(m_db).list(schoolYearId);
    if (!all)
        return all.error();
    Collectives classes;
    Collectives groups;
    for (const Collective& c : std::as_const(*all)) {
        if (!c.active)
            continue;
        if (c.kind == CollectiveKind::Class && c.schoolYearId == schoolYearId)
            classes.append(c);
        else if (PeopleService::isUnitKind(c.kind, PersonKind::Staff))
            groups.append(c);
    }
    return classes + groups;
}

} // namespace thidua
