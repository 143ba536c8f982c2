#include "core/criteria/TargetQuery.h"

#include "core/criteria/TargetRepository.h"

namespace thidua {

Result<Targets> TargetQuery::targets(qint64 schoolYearId) const
{
    return TargetRepository(m_db).targets(schoolYearId);
}

Result<LearningModelCounts> TargetQuery::modelCounts(qint64 schoolYearId) const
{
    return TargetRepository(m_db).modelCounts(schoolYearId);
}

} // namespace thidua
