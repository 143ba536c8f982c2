#pragma once

#include "core/common/Result.h"
#include "core/criteria/Targets.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// The use cases of the movement's targets: set a year's targets and enter the learning models counted per tổ. Each
// runs as one transaction, checks its input first and returns what is wrong, in Vietnamese; a refused change leaves
// the database as it was. The GUI's undo command and thidua-cli both come through here.
class TargetService
{
    Q_DECLARE_TR_FUNCTIONS(TargetService)

public:
    explicit TargetService(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Status setTargets(const Targets& targets);
    // One tổ's count of learning models in the year.
    Status setModelCount(qint64 schoolYearId, const LearningModelCount& count);
    // The targets and all the counts of the year at once (the target dialog; its undo).
    Status save(const Targets& targets, const LearningModelCounts& counts);

private:
    Status check(const Targets& targets) const;
    Status check(qint64 schoolYearId, const LearningModelCount& count) const;

    QSqlDatabase m_db;
};

} // namespace thidua
