#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>

#include <functional>

namespace thidua {

// Runs `write` in one Transaction, committed when it worked: the shape of most use cases of a service.
[[nodiscard]] Status runInTransaction(const QSqlDatabase& db, const std::function<Status()>& write);

} // namespace thidua
