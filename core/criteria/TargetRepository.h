#pragma once

#include "core/common/Result.h"
#include "core/criteria/Targets.h"
#include "core/school/School.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// The SQL for the movement's targets (movement_target). Writes belong in the caller's Transaction (TargetService).
// The learning models per tổ are counted from the models recorded (MovementStatsQuery::modelCounts).
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

    // The school year with that id (NotFound when there is none).
    Result<SchoolYear> year(qint64 schoolYearId) const;

private:
    QSqlDatabase m_db;
};

} // namespace thidua
