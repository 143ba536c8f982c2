#include "core/criteria/TargetQuery.h"

#include "core/criteria/TargetRepository.h"

namespace thidua {

Result<Targets> TargetQuery::targets(qint64 schoolYearId) const
{
    return TargetRepository(m_db).targets(schoolYearId);
}

} // namespace thidua
