#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace thidua {

// The one place where SQLite's result codes become what the user reads: what happened to which file and what to
// do, in the user's language. SQLite's own English text ("database is locked") never reaches the message; it is
// logged in the category thidua.sqlite (debug, off by default) for a bug report. Every path that reports a database
// error goes through here (Sql::error, Sql::execScript, Database::open).
class SqliteError
{
    Q_DECLARE_TR_FUNCTIONS(SqliteError)

public:
    // `code` is SQLite's result code, extended or primary (QSqlError::nativeErrorCode() of the QSQLITE driver);
    // `file` the database file. `detail` is SQLite's text, kept out of the message.
    static Error toError(int code, const QString& file, const QString& detail = QString());
    static Error toError(const QSqlError& sqlError, const QString& file);
    // The SQLite result code of a Qt Sql error, 0 when it carries none.
    static int code(const QSqlError& sqlError);
};

} // namespace thidua
