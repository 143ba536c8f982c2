#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

struct sqlite3;

namespace thidua {

// Runs one statement with bound values. The error carries SQLite's text after a translated lead.
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
    static Error error(const QSqlError& sqlError, const QString& context = QString());
    // The value of a single-row, single-column query, or an invalid QVariant.
    [[nodiscard]] static Result<QVariant> scalar(
        const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});
    // A NULL for an empty text (nullable columns).
    static QVariant nullIfEmpty(const QString& text);
    // Never NULL: an empty text stays an empty text (NOT NULL columns; Qt binds a null QString as NULL).
    static QVariant text(const QString& text);
};

} // namespace thidua
