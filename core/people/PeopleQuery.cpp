#include "core/people/PeopleQuery.h"

#include "core/people/CollectiveRepository.h"
#include "core/people/PersonRepository.h"
#include "core/school/SchoolRepository.h"
#include "core/text/VietnameseText.h"

namespace thidua {

namespace {

PersonRepository::Filter repositoryFilter(const PeopleQuery::Filter& filter)
{
    PersonRepository::Filter f;
    f.kind = filter.kind;
    f.activeOnly = filter.activeOnly;
    return f;
}

} // namespace

Result<People> PeopleQuery::people(const Filter& filter) const
{
    return PersonRepository(m_db).list(repositoryFilter(filter));
}

Result<Person> PeopleQuery::person(qint64 id) const
{
    return PersonRepository(m_db).get(id);
}

Result<Person> PeopleQuery::personByCode(const QString& code) const
{
    const PersonRepository people(m_db);
    auto found = people.findByCode(VietnameseText::clean(code));
    if (found && found->id == 0)
        found = people.findByCode(VietnameseText::clean(code).toUpper());
    if (found && found->id == 0)
        return Error { Error::Code::NotFound, PersonRepository::tr("No one stored has the code %1.").arg(code) };
    return found;
}

Result<qint64> PeopleQuery::count(const Filter& filter) const
{
    return PersonRepository(m_db).count(repositoryFilter(filter));
}

Result<Collectives> PeopleQuery::collectives(qint64 schoolYearId) const
{
    return CollectiveRepository(m_db).list(schoolYearId);
}

Result<Memberships> PeopleQuery::memberships(qint64 schoolYearId) const
{
    return CollectiveRepository(m_db).memberships(schoolYearId);
}

Result<Memberships> PeopleQuery::membershipsOfPerson(qint64 personId) const
{
    return CollectiveRepository(m_db).membershipsOfPerson(personId);
}

Result<SchoolYear> PeopleQuery::schoolYear(int startYear) const
{
    return SchoolRepository(m_db).yearByStart(startYear);
}

QList<PersonValidator::Problem> PeopleQuery::check(const Person& person, const QDate& today) const
{
    const PersonRepository repository(m_db);
    return PersonValidator::validate(person, today, &repository);
}

} // namespace thidua
