#include "core/school/CouncilComposition.h"

#include <QSet>

namespace thidua {

namespace {
int countRole(const CouncilMembers& members, CouncilMember::Role role)
{
    return int(
        std::count_if(members.cbegin(), members.cend(), [role](const CouncilMember& m) { return m.role == role; }));
}
} // namespace

QList<CouncilComposition::Problem> CouncilComposition::problems(const CouncilMembers& members)
{
    if (members.isEmpty())
        return { Problem::Empty };
    QList<Problem> found;
    const int chairs = countRole(members, CouncilMember::Role::Chair);
    if (chairs == 0)
        found << Problem::NoChair;
    if (chairs > 1)
        found << Problem::SeveralChairs;
    if (countRole(members, CouncilMember::Role::Secretary) == 0)
        found << Problem::NoSecretary;
    QSet<qint64> people;
    for (const CouncilMember& m : members) {
        if (people.contains(m.personId)) {
            found << Problem::PersonTwice;
            break;
        }
        people.insert(m.personId);
    }
    return found;
}

QString CouncilComposition::text(Problem problem, const CouncilMembers& members)
{
    switch (problem) {
    case Problem::Empty:
        return tr("No council for this school year yet: add its members or copy the council of the year before.");
    case Problem::NoChair:
        return tr("The council has no chair.");
    case Problem::SeveralChairs:
        return tr("The council has %1 chairs; it should have one.").arg(countRole(members, CouncilMember::Role::Chair));
    case Problem::NoSecretary:
        return tr("The council has no secretary to keep the minutes.");
    case Problem::PersonTwice:
        return tr("The same person holds two seats in the council.");
    }
    return {};
}

} // namespace thidua
