#pragma once

#include "core/common/Result.h"
#include "core/criteria/Targets.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// The use case of the movement's targets: set a year's targets, in one transaction, after checking them; what is
// wrong comes back in Vietnamese and a refused change leaves the database as it was. The GUI's undo command and
// thidua-cli both come through here. (The learning models per tổ are not entered here: they are counted from the
// models recorded through ActivityService.)
class TargetService
{
    Q_DECLARE_TR_FUNCTIONS(TargetService)

public:
    explicit TargetService(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Status setTargets(const Targets& targets);

private:
    Status check(const Targets& targets) const;

    QSqlDatabase m_db;
};

} // namespace thidua
