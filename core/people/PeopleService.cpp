#include "core/people/PeopleService.h"

#include "core/criteria/LearningCitizenRepository.h"
#include "core/db/Transaction.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PersonRepository.h"

namespace thidua {

bool PeopleService::isUnitKind(CollectiveKind kind, PersonKind personKind)
{
    switch (kind) {
    case CollectiveKind::SubjectGroup:
    case CollectiveKind::OfficeGroup:
    case CollectiveKind::Office:
    case CollectiveKind::Faculty:
    case CollectiveKind::Centre:
        return personKind == PersonKind::Staff;
    case CollectiveKind::Class:
        return personKind == PersonKind::Student;
    case CollectiveKind::School:
    case CollectiveKind::Grade:
    case CollectiveKind::YouthUnion:
    case CollectiveKind::TradeUnion:
    case CollectiveKind::Other:
        break;
    }
    return false;
}

Result<PeopleService::Placement> PeopleService::placement(qint64 personId, qint64 schoolYearId) const
{
    auto person = PersonRepository(m_db).get(personId);
    if (!person)
        return person.error();
    CollectiveRepository collectives(m_db);
    auto memberships = collectives.membershipsOfPerson(personId);
    if (!memberships)
        return memberships.error();
    for (const Membership& m : *memberships) {
        if (m.schoolYearId != schoolYearId)
            continue;
        auto collective = collectives.get(m.collectiveId);
        if (!collective)
            return collective.error();
        if (isUnitKind(collective->kind, person->kind))
            return Placement { schoolYearId, m.collectiveId, m.role };
    }
    return Placement { schoolYearId, 0, Membership::Role::Member };
}

Status PeopleService::place(qint64 personId, const Placement& placement)
{
    auto person = PersonRepository(m_db).get(personId);
    if (!person)
        return person.error();
    CollectiveRepository collectives(m_db);
    if (placement.collectiveId > 0) {
        auto target = collectives.get(placement.collectiveId);
        if (!target)
            return target.error();
        if (!isUnitKind(target->kind, person->kind)
            || (target->schoolYearId != 0 && target->schoolYearId != placement.schoolYearId)) {
            return Error { Error::Code::Validation,
                tr("%1 cannot be placed in “%2”.").arg(person->fullName(), target->name) };
        }
    }
    auto memberships = collectives.membershipsOfPerson(personId);
    if (!memberships)
        return memberships.error();
    for (const Membership& m : *memberships) {
        if (m.schoolYearId != placement.schoolYearId || m.collectiveId == placement.collectiveId)
            continue;
        auto collective = collectives.get(m.collectiveId);
        if (!collective)
            return collective.error();
        if (!isUnitKind(collective->kind, person->kind))
            continue;
        if (auto removed = collectives.removeMember(m.id); !removed)
            return removed;
    }
    if (placement.collectiveId > 0) {
        Membership m { 0, personId, placement.collectiveId, placement.schoolYearId, placement.role };
        if (auto added = collectives.addMember(m); !added)
            return added.error();
    }
    return {};
}

Result<qint64> PeopleService::add(Person& person, const Placement& placement)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto id = PersonRepository(m_db).insert(person);
    if (!id)
        return id.error();
    if (placement.collectiveId > 0) {
        if (auto placed = place(*id, placement); !placed)
            return placed.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return *id;
}

Status PeopleService::update(Person& person, const Placement& placement)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto updated = PersonRepository(m_db).update(person); !updated)
        return updated;
    if (placement.schoolYearId > 0) {
        if (auto placed = place(person.id, placement); !placed)
            return placed;
    }
    return transaction.commit();
}

Result<PeopleService::Snapshot> PeopleService::snapshot(const Person& person) const
{
    auto memberships = CollectiveRepository(m_db).membershipsOfPerson(person.id);
    if (!memberships)
        return memberships.error();
    auto results = LearningCitizenRepository(m_db).forPerson(person.id);
    if (!results)
        return results.error();
    return Snapshot { person, *memberships, *results };
}

Result<PeopleService::Snapshot> PeopleService::remove(qint64 personId)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    PersonRepository people(m_db);
    auto person = people.get(personId);
    if (!person)
        return person.error();
    return removeInside(transaction, *person);
}

Result<PeopleService::Snapshot> PeopleService::removeInside(Transaction& transaction, const Person& person)
{
    auto snapshot = this->snapshot(person);
    if (!snapshot)
        return snapshot.error();
    if (auto removed = PersonRepository(m_db).remove(person.id); !removed)
        return removed.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return snapshot;
}

Result<PeopleService::Snapshot> PeopleService::removePerson(qint64 personId)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    PersonRepository people(m_db);
    auto person = people.get(personId);
    if (!person)
        return person.error();
    auto refs = people.references(personId);
    if (!refs)
        return refs.error();
    QStringList uses;
    if (refs->councilSeats > 0)
        uses << tr("a seat on the emulation council");
    if (refs->leaderEntries > 0)
        uses << tr("the school's leaders");
    if (refs->restrictions > 0)
        uses << tr("restriction records");
    if (refs->membershipYears > 1)
        uses << tr("memberships in %n school year(s)", nullptr, refs->membershipYears);
    else if (refs->memberships > 1)
        uses << tr("%n memberships", nullptr, refs->memberships);
    if (refs->rolesHeld > 0)
        uses << tr("a head or deputy role");
    if (refs->learningCitizenResults > 0)
        uses << tr("Công dân học tập results");
    if (!uses.isEmpty())
        return Error(Error::Code::Validation,
            tr("%1 cannot be deleted: the records keep %2 of theirs. Mark them as having left instead.")
                .arg(person->fullName(), uses.join(QStringLiteral(", "))));
    return removeInside(transaction, *person);
}

Status PeopleService::restore(Snapshot snapshot)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto inserted = PersonRepository(m_db).insertWithId(snapshot.person); !inserted)
        return inserted;
    CollectiveRepository collectives(m_db);
    for (Membership m : std::as_const(snapshot.memberships)) {
        m.id = 0;
        if (auto added = collectives.addMember(m); !added)
            return added.error();
    }
    LearningCitizenRepository results(m_db);
    for (LearningCitizenResult r : std::as_const(snapshot.learningCitizen)) {
        r.id = 0;
        if (auto saved = results.save(r); !saved)
            return saved;
    }
    return transaction.commit();
}

Status PeopleService::setLeftOn(qint64 personId, const QDate& day)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    PersonRepository people(m_db);
    if (auto person = people.get(personId); !person) // a person who is gone is an error, not a quiet no-op
        return person.error();
    if (auto done = day.isValid() ? people.deactivate(personId, day) : people.reactivate(personId); !done)
        return done;
    return transaction.commit();
}

} // namespace thidua
