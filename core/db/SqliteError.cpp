#include "core/db/SqliteError.h"

#include <QLoggingCategory>
#include <QSqlError>

#include <sqlite3.h>

namespace thidua {

namespace {
// SQLite's English text, for a bug report: QT_LOGGING_RULES="thidua.sqlite.debug=true". Off by default, so that
// it never mixes with the messages of thidua-cli.
Q_LOGGING_CATEGORY(sqliteLog, "thidua.sqlite", QtInfoMsg)
} // namespace

int SqliteError::code(const QSqlError& sqlError)
{
    bool ok = false;
    const int value = sqlError.nativeErrorCode().toInt(&ok);
    return ok ? value : 0;
}

Error SqliteError::toError(const QSqlError& sqlError, const QString& file)
{
    const QString detail = sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
    return toError(code(sqlError), file, detail);
}

Error SqliteError::toError(int code, const QString& file, const QString& detail)
{
    if (!detail.isEmpty())
        qCDebug(sqliteLog, "SQLite error %d on %s: %s", code, qPrintable(file), qPrintable(detail));
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return { Error::Code::Busy,
            tr("The data file is being used by another program, which is writing to it. Nothing was changed. Wait "
               "until the other program (or another copy of ThiĐua) has finished, or close it, then try again."),
            file };
    case SQLITE_FULL:
        return { Error::Code::DiskFull,
            tr("The disk holding the data file is full. Nothing was changed. Free some space on the disk, then try "
               "again."),
            file };
    case SQLITE_READONLY:
        return { Error::Code::ReadOnly,
            tr("The data file is on a read-only drive or you may not change it. Nothing was changed. Copy the file "
               "to a folder you can write to, or ask for permission to change it."),
            file };
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return { Error::Code::Damaged,
            tr("The data file is damaged (cut short or overwritten). Do not keep working in it: restore the school's "
               "data from a backup copy."),
            file };
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return { Error::Code::Io,
            tr("The data file cannot be opened: check that its folder exists and that you may read and change it."),
            file };
    case SQLITE_IOERR:
        return { Error::Code::Io,
            tr("The disk could not read or write the data file (a disk error, or the drive was removed). Nothing "
               "was changed. Check the drive, then try again."),
            file };
    case SQLITE_NOMEM:
        return { Error::Code::Database,
            tr("There was not enough memory to work on the data file. Close other programs, then try again."),
            file };
    case SQLITE_CONSTRAINT:
        return { Error::Code::Database,
            tr("The change contradicts the data already recorded (SQLite code %1). Nothing was changed.").arg(code),
            file };
    default:
        return { Error::Code::Database,
            tr("The program could not work on the data file (SQLite code %1). Nothing was changed. Please report "
               "this problem.")
                .arg(code),
            file };
    }
}

} // namespace thidua
