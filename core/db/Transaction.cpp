#include "core/db/Transaction.h"

#include "core/db/Sql.h"

#include <sqlite3.h>

namespace thidua {

bool Transaction::inTransaction(const QSqlDatabase& db)
{
    sqlite3* handle = Sql::handle(db);
    return handle && sqlite3_get_autocommit(handle) == 0;
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (inTransaction(m_db))
        m_savepoint = QStringLiteral("sp_%1").arg(reinterpret_cast<quintptr>(this), 0, 16);
    auto begun = Sql::exec(m_db,
        m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT %1").arg(m_savepoint));
    m_active = begun.ok();
    if (!begun)
        m_error = begun.error();
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error.message.isEmpty() ? Error { Error::Code::Database,
            tr("The change was not saved: its database transaction had already ended.") }
                                         : m_error;
    auto done = Sql::exec(m_db,
        m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT %1").arg(m_savepoint));
    if (!done) {
        rollback();
        return done.error();
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_savepoint.isEmpty()) {
        (void)Sql::exec(m_db, QStringLiteral("ROLLBACK"));
    } else {
        (void)Sql::exec(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT %1").arg(m_savepoint));
        (void)Sql::exec(m_db, QStringLiteral("RELEASE SAVEPOINT %1").arg(m_savepoint));
    }
}

} // namespace thidua
