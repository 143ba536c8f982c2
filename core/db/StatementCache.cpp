#include "core/db/StatementCache.h"

#include "core/db/Sql.h"

#include <QSqlError>

namespace thidua {

Result<QSqlQuery*> StatementCache::exec(const QString& statement, const QVariantList& values)
{
    auto found = m_queries.find(statement);
    if (found == m_queries.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(statement))
            return Sql::error(query->lastError());
        found = m_queries.emplace(statement, std::move(query)).first;
    }
    QSqlQuery* query = found->second.get();
    query->finish();
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec()) {
        const Error error = Sql::error(query->lastError());
        query->finish();
        return error;
    }
    return query;
}

} // namespace thidua
