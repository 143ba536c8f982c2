#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>

namespace thidua {

// The demo school's learning models (mô hình học tập) of each tổ and year, stored through ActivityService (the
// dashboard counts them): most tổ build one or two a year, and one tổ builds none, so that the dashboard shows a tổ
// short of the target. Runs inside DemoSchool's transaction.
class DemoLearningModels
{
public:
    static Status add(const QSqlDatabase& db);
};

} // namespace thidua
