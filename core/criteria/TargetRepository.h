#pragma once

#include "core/common/Result.h"
#include "core/criteria/Targets.h"
#include "core/people/Collective.h"
#include "core/school/School.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace thidua {

// The SQL for the movement's targets (movement_target) and the learning models counted per tổ
// (learning_model_count). Writes belong in the caller's Transaction (TargetService).
class TargetRepository
{
    Q_DECLARE_TR_FUNCTIONS(TargetRepository)

public:
    explicit TargetRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // The year's targets; the defaults when none were saved for it.
    Result<Targets> targets(qint64 schoolYearId) const;
    Status saveTargets(const Targets& targets);
    // The counts entered for the year, by collective id.
    Result<LearningModelCounts> modelCounts(qint64 schoolYearId) const;
    Status setModelCount(qint64 schoolYearId, const LearningModelCount& count);
    // Makes the year's counts exactly `counts` (the undo of an edit puts the earlier ones back).
    Status replaceModelCounts(qint64 schoolYearId, const LearningModelCounts& counts);

    // The school year with that id (NotFound when there is none).
    Result<SchoolYear> year(qint64 schoolYearId) const;
    // The kind of a collective, nullopt when there is none.
    Result<std::optional<CollectiveKind>> collectiveKind(qint64 collectiveId) const;

private:
    QSqlDatabase m_db;
};

} // namespace thidua
