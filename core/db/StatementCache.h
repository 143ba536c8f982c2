#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <map>
#include <memory>

namespace thidua {

// Statements prepared once and run again with new values, for a repository that writes one row at a time in a long
// transaction (an import): SQLite parses each statement once instead of once per row. Belongs to one connection and
// one thread, like the repository that holds it; must not outlive the connection.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db)
        : m_db(std::move(db))
    {}
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // Runs `statement` (prepared the first time) with `values` bound in order. The query stays owned by the cache
    // and is valid until the same statement runs again; a caller that reads rows calls finish() when done, so that
    // no statement stays open at COMMIT.
    [[nodiscard]] Result<QSqlQuery*> exec(const QString& statement, const QVariantList& values = {});

private:
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

} // namespace thidua
