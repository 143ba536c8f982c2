#include "core/demo/DemoLearningModels.h"

#include "core/criteria/TargetRepository.h"
#include "core/people/CollectiveRepository.h"
#include "core/school/SchoolRepository.h"

namespace thidua {

Status DemoLearningModels::add(const QSqlDatabase& db)
{
    auto years = SchoolRepository(db).years();
    if (!years)
        return years.error();
    auto collectives = CollectiveRepository(db).list();
    if (!collectives)
        return collectives.error();
    QList<qint64> groups;
    for (const Collective& c : std::as_const(*collectives)) {
        if (c.kind == CollectiveKind::SubjectGroup || c.kind == CollectiveKind::OfficeGroup)
            groups.append(c.id);
    }
    TargetRepository targets(db);
    for (const SchoolYear& year : std::as_const(*years)) {
        for (qsizetype g = 0; g < groups.size(); ++g) {
            // The second tổ never gets to it; the others build one model, every third one two.
            const int count = g == 1 ? 0 : 1 + int((g + year.startYear) % 3 == 0);
            if (auto set = targets.setModelCount(year.id, { groups[g], count }); !set)
                return set;
        }
    }
    return {};
}

} // namespace thidua
