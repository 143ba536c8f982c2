#pragma once

#include "core/common/Result.h"
#include "core/criteria/LearningCitizenResult.h"
#include "core/people/Collective.h"
#include "core/people/Person.h"

#include <QSqlDatabase>

namespace thidua {

// Plain reads of Công dân học tập results for the bulk grid, the dashboard and the command line. Never writes.
class LearningCitizenQuery
{
public:
    explicit LearningCitizenQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // A person with their result of the year (a NotAssessed one with id 0 when none is stored).
    struct Entry
    {
        Person person;
        LearningCitizenResult result;
    };
    using Entries = QList<Entry>;

    // A person's result of a year (a NotAssessed one with id 0 when none is stored).
    Result<LearningCitizenResult> result(qint64 personId, qint64 schoolYearId) const;
    // Every stored result of a school year.
    Result<LearningCitizenResults> results(qint64 schoolYearId) const;
    // The members of a collective (a class, a tổ) in that year with their results, in Vietnamese name order
    // (PersonOrder).
    Result<Entries> members(qint64 collectiveId, qint64 schoolYearId) const;
    // The collectives whose members' results are entered together in that year: its classes, then the tổ
    // (subject and office groups, offices…), in storage order (the grid sorts them).
    Result<Collectives> units(qint64 schoolYearId) const;

private:
    QSqlDatabase m_db;
};

} // namespace thidua
