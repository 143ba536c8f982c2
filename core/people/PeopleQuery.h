#pragma once

#include "core/common/Result.h"
#include "core/people/Collective.h"
#include "core/people/Person.h"
#include "core/people/PersonValidator.h"
#include "core/school/School.h"

#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace thidua {

// Plain reads of people, collectives and memberships for the pages and the command line, where a service would
// only pass them through. Never writes; writes go through PeopleService and ImportService.
class PeopleQuery
{
public:
    explicit PeopleQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    struct Filter
    {
        std::optional<PersonKind> kind;
        bool activeOnly = false;
    };

    // In storage order; callers sort with PersonOrder.
    Result<People> people(const Filter& filter) const;
    Result<People> people() const { return people(Filter()); }
    // NotFound when there is no such person.
    Result<Person> person(qint64 id) const;
    // The person with this code (as stored, any case); NotFound when there is none.
    Result<Person> personByCode(const QString& code) const;
    Result<qint64> count(const Filter& filter) const;
    // All collectives, or those that exist in a school year (lasting ones and that year's classes).
    Result<Collectives> collectives(qint64 schoolYearId = 0) const;
    // The memberships of one school year, all collectives.
    Result<Memberships> memberships(qint64 schoolYearId) const;
    // A person's memberships of every year.
    Result<Memberships> membershipsOfPerson(qint64 personId) const;
    // The school year that starts in `startYear` (2024 for 2024-2025); id 0 when the school has none.
    Result<SchoolYear> schoolYear(int startYear) const;
    // What is wrong with a person before saving them (PersonValidator), the code checked against those stored.
    QList<PersonValidator::Problem> check(const Person& person, const QDate& today) const;

private:
    QSqlDatabase m_db;
};

} // namespace thidua
