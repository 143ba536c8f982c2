#pragma once

#include "core/common/Result.h"
#include "core/criteria/Targets.h"

#include <QSqlDatabase>

namespace thidua {

// Plain reads of the movement's targets for the pages and the command line. Writes go through TargetService. The
// learning models per tổ are counted by MovementStatsQuery::modelCounts.
class TargetQuery
{
public:
    explicit TargetQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // The year's targets; the defaults when none were saved.
    Result<Targets> targets(qint64 schoolYearId) const;

private:
    QSqlDatabase m_db;
};

} // namespace thidua
