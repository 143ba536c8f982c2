#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

struct sqlite3;

namespace thidua {

// Runs one statement with bound values. A failure becomes SqliteError's message, naming the database file.
class Sql
{
    Q_DECLARE_TR_FUNCTIONS(Sql)

public:
    [[nodiscard]] static Result<QSqlQuery> exec(
        const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});
    // Runs a script of several statements.
    [[nodiscard]] static Status execScript(const QSqlDatabase& db, const QString& script);
    // The connection's sqlite3 handle, null when it is not an open SQLite connection.
    static sqlite3* handle(const QSqlDatabase& db);
    // SqliteError's message for a failed statement or open; `file` is the database file (Sql::fileName).
    static Error error(const QSqlError& sqlError, const QString& file = QString());
    // The file of an open SQLite connection (its database name when not open).
    static QString fileName(const QSqlDatabase& db);
    // The value of a single-row, single-column query, or an invalid QVariant.
    [[nodiscard]] static Result<QVariant> scalar(
        const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});
    // A NULL for an empty text (nullable columns).
    static QVariant nullIfEmpty(const QString& text);
    // Never NULL: an empty text stays an empty text (NOT NULL columns; Qt binds a null QString as NULL).
    static QVariant text(const QString& text);
};

} // namespace thidua
