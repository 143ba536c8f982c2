#pragma once

#include "core/common/Result.h"
#include "core/people/Person.h"
#include "core/school/School.h"

#include <QDate>
#include <QSqlDatabase>

namespace thidua {

// Plain reads of the school's data for screens and the command line, which never touch a repository. Writing goes
// through SchoolService and CouncilService.
class SchoolQuery
{
public:
    explicit SchoolQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<SchoolProfile> profile() const;
    Result<SchoolYears> years() const; // oldest first
    // The year starting in startYear, id 0 when there is none.
    Result<SchoolYear> yearByStart(int startYear) const;
    // The members sitting in the year's council on `day` (by sort order); with an invalid day, those who have
    // not left.
    Result<CouncilMembers> council(qint64 schoolYearId, const QDate& day = QDate()) const;
    // How many people of that kind are still at the school.
    Result<qint64> activePeople(PersonKind kind) const;

private:
    QSqlDatabase m_db;
};

} // namespace thidua
