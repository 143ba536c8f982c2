#include "core/activities/LearningModelRule.h"

#include <QHash>

namespace thidua {

bool LearningModelRule::isExpected(const Collective& collective)
{
    return collective.active
        && (collective.kind == CollectiveKind::SubjectGroup || collective.kind == CollectiveKind::OfficeGroup);
}

Collectives LearningModelRule::withoutModel(
    const Collectives& collectives, const LearningModels& models, qint64 schoolYearId)
{
    const QHash<qint64, int> counts = countByCollective(models, schoolYearId);
    Collectives out;
    for (const Collective& c : collectives) {
        if (!isExpected(c) || (c.schoolYearId != 0 && c.schoolYearId != schoolYearId))
            continue;
        if (counts.value(c.id) == 0)
            out.append(c);
    }
    return out;
}

QHash<qint64, int> LearningModelRule::countByCollective(const LearningModels& models, qint64 schoolYearId)
{
    QHash<qint64, int> counts;
    for (const LearningModel& m : models) {
        if (m.schoolYearId == schoolYearId)
            ++counts[m.collectiveId];
    }
    return counts;
}

} // namespace thidua
