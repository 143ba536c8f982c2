#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace thidua {

// RAII transaction: BEGIN IMMEDIATE, or a SAVEPOINT when a transaction is already open on the connection
// (so use cases nest). Rolls back in the destructor unless commit() succeeded.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when BEGIN failed (e.g. the database is locked); error() says why.
    bool isActive() const { return m_active; }
    const Error& error() const { return m_error; }
    [[nodiscard]] Status commit();
    void rollback();

    // True when the connection is inside a transaction.
    static bool inTransaction(const QSqlDatabase& db);

private:
    QSqlDatabase m_db;
    QString m_savepoint; // empty for a top-level transaction
    Error m_error;
    bool m_active = false;
};

} // namespace thidua
