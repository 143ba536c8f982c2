#include "core/people/PersonOrder.h"

#include "core/text/VietnameseCollator.h"

#include <algorithm>
#include <vector>

namespace thidua {

QByteArray PersonOrder::key(const VietnameseCollator& collator, const Person& person)
{
    return collator.personSortKey(person.givenName, person.middleName, person.familyName, person.birthDate.toIso());
}

void PersonOrder::sort(People& people)
{
    const VietnameseCollator collator;
    std::vector<std::pair<QByteArray, qsizetype>> keys;
    keys.reserve(size_t(people.size()));
    for (qsizetype i = 0; i < people.size(); ++i)
        keys.emplace_back(key(collator, people[i]), i);
    std::stable_sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    People sorted;
    sorted.reserve(people.size());
    for (const auto& entry : keys)
        sorted.append(std::move(people[entry.second]));
    people = std::move(sorted);
}

} // namespace thidua
