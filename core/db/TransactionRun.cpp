#include "core/db/TransactionRun.h"

#include "core/db/Transaction.h"

namespace thidua {

Status runInTransaction(const QSqlDatabase& db, const std::function<Status()>& write)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto written = write(); !written)
        return written;
    return transaction.commit();
}

} // namespace thidua
