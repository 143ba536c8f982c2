#include "core/school/SchoolQuery.h"

#include "core/people/PersonRepository.h"
#include "core/school/SchoolRepository.h"

namespace thidua {

Result<SchoolProfile> SchoolQuery::profile() const
{
    return SchoolRepository(m_db).profile();
}

Result<SchoolYears> SchoolQuery::years() const
{
    return SchoolRepository(m_db).years();
}

Result<SchoolYear> SchoolQuery::yearByStart(int startYear) const
{
    return SchoolRepository(m_db).yearByStart(startYear);
}

Result<CouncilMembers> SchoolQuery::council(qint64 schoolYearId, const QDate& day) const
{
    return SchoolRepository(m_db).council(schoolYearId, day);
}

Result<qint64> SchoolQuery::activePeople(PersonKind kind) const
{
    return PersonRepository(m_db).count({ kind, true });
}

} // namespace thidua
