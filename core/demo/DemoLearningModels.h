#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>

namespace thidua {

// The demo school's learning models (mô hình học tập) counted per tổ and year: most tổ build one or two a year, and
// one tổ builds none, so that the dashboard shows a tổ short of the target; the models themselves are stored too
// (ActivityService), as many as the count. Runs inside DemoSchool's transaction.
class DemoLearningModels
{
public:
    static Status add(const QSqlDatabase& db);
};

} // namespace thidua
