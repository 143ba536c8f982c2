#include "core/db/Sql.h"

#include "core/db/SqliteError.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace thidua {

Error Sql::error(const QSqlError& sqlError, const QString& file)
{
    return SqliteError::toError(sqlError, file);
}

QString Sql::fileName(const QSqlDatabase& db)
{
    if (sqlite3* connection = handle(db)) {
        const char* name = sqlite3_db_filename(connection, "main");
        if (name && *name)
            return QString::fromUtf8(name);
    }
    return db.databaseName();
}

Result<QSqlQuery> Sql::exec(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return error(query.lastError(), fileName(db));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return error(query.lastError(), fileName(db));
    return query;
}

Result<QVariant> Sql::scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    auto query = exec(db, statement, values);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

Status Sql::execScript(const QSqlDatabase& db, const QString& script)
{
    // SQLite's own runner splits the script (comments, quotes, trigger bodies) exactly as SQLite parses it.
    sqlite3* connection = handle(db);
    if (!connection)
        return Error { Error::Code::Database, tr("The database is not open.") };
    char* message = nullptr;
    if (sqlite3_exec(connection, script.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        Error e = SqliteError::toError(sqlite3_extended_errcode(connection), fileName(db), QString::fromUtf8(message));
        sqlite3_free(message);
        return e;
    }
    return {};
}

sqlite3* Sql::handle(const QSqlDatabase& db)
{
    const QVariant value = db.isOpen() && db.driver() ? db.driver()->handle() : QVariant();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(value.constData());
}

QVariant Sql::nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant Sql::text(const QString& text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

} // namespace thidua
