#include "core/db/Sql.h"

#include <QSqlError>

#include <sqlite3.h>

namespace thidua {

Error Sql::error(const QSqlError& sqlError, const QString& context)
{
    Error e;
    e.code = Error::Code::Database;
    const QString detail = sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
    e.message = context.isEmpty() ? tr("Database error: %1").arg(detail) : tr("%1: %2").arg(context, detail);
    return e;
}

Result<QSqlQuery> Sql::exec(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return error(query.lastError());
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return error(query.lastError());
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
    QByteArray pending;
    const QByteArrayList lines = script.toUtf8().split('\n');
    for (const QByteArray& line : lines) {
        pending += line;
        pending += '\n';
        if (!sqlite3_complete(pending.constData()))
            continue;
        const QString statement = QString::fromUtf8(pending).trimmed();
        pending.clear();
        QSqlQuery query(db);
        if (!query.exec(statement))
            return error(query.lastError());
    }
    if (!QString::fromUtf8(pending).trimmed().isEmpty() && !pending.trimmed().startsWith("--")) {
        Error e;
        e.code = Error::Code::Database;
        e.message = tr("Incomplete SQL statement at the end of the script");
        return e;
    }
    return {};
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
