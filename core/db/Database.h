#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <map>
#include <memory>

namespace thidua {

// One school's SQLite file, opened through Qt Sql on one connection (one connection per thread).
// Opening checks that the file is a ThiĐua database of this or an older version, applies the missing
// numbered migrations (each in its own transaction, after a backup copy of the file) and sets the
// connection's PRAGMAs. A file that is refused is left byte-for-byte untouched.
//
// Migrations (core/db/migrations/NNNN_name.sql) may rebuild tables. SQLite can only widen a CHECK, drop a
// constraint or change a column by making a new table, so EVERY migration runs under SQLite's twelve-step
// procedure (https://www.sqlite.org/lang_altertable.html#otheralter), not just the ones that rebuild:
//   PRAGMA foreign_keys = OFF (outside any transaction; SQLite ignores it inside one), BEGIN IMMEDIATE,
//   the script, PRAGMA foreign_key_check (any row: ROLLBACK, with an error naming the table), user_version,
//   COMMIT, PRAGMA foreign_keys = ON (also after a failure).
// Running them all this way is simpler than a per-migration flag and costs nothing: a migration that only adds
// tables passes the check as before, and nobody can forget to mark one that rebuilds. With foreign keys off,
// dropping a parent table neither cascades nor fails, so a rebuild keeps every child row. A script that rebuilds
// table X must, in this order: drop the views and triggers that mention X; CREATE TABLE new_X (…);
// INSERT INTO new_X SELECT … FROM X; DROP TABLE X; ALTER TABLE new_X RENAME TO X; then recreate X's indexes,
// triggers and views. (Never rename X away first: SQLite would rewrite the children's REFERENCES X to the old
// name.) A script never contains BEGIN, COMMIT or PRAGMA foreign_keys. TestDatabase rebuilds `person` under a
// school full of memberships, council members and registered documents to prove that every row survives.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr qint32 ApplicationId = 0x54445541; // "TDUA"
    // How long a write waits for another program's write to finish before giving up (the program's default;
    // the command line waits longer, see Options::busyTimeoutMs).
    static constexpr int BusyTimeoutMs = 5000;

    struct Options
    {
        QString connectionName; // unique per thread; generated when empty
        int targetVersion = -1; // migrate up to this version only (tests); -1 = latest
        // Tests only: more migration scripts (SQL text keyed by version, above latestVersion()) run after the
        // built-in ones, to exercise rebuilds the product does not need.
        std::map<int, QString> extraMigrations;
        // The caller only reads: a file that may not be changed (read-only drive, no write permission) is opened
        // read-only instead of being refused. It is never migrated then.
        bool readOnlyAllowed = false;
        // A zero-byte file becomes a new, empty school only for a use case that creates one (the demo school);
        // anywhere else it is refused as empty, left as it is.
        bool createInEmptyFile = false;
        int busyTimeoutMs = BusyTimeoutMs;
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, Options()); }

    // The schema version this build creates and understands.
    static int latestVersion();
    // Where the program keeps its database when no --db is given.
    static QString defaultPath();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const { return m_version; }
    // True when the file was opened read-only (Options::readOnlyAllowed on a file that may not be changed).
    bool isReadOnly() const { return m_readOnly; }
    // The copy made before the last migration of this open, empty when none was needed.
    QString backupPath() const { return m_backupPath; }

private:
    // What SQLite reads of an existing file before it is opened for writing.
    struct Facts
    {
        int version = 0;
        qint32 applicationId = 0;
        qint64 objects = 0;
    };

    Database(QString path, QString connectionName);
    Result<Facts> readFacts() const;
    Status inspectExisting(const Options& options);
    Status checkWritable(const Options& options, bool exists);
    Status openConnection(const Options& options);
    Status configureConnection(int busyTimeoutMs);
    Status migrate(int targetVersion, const std::map<int, QString>& extraMigrations);
    Status applyMigration(int version, const QString& script);
    Status runMigrationTransaction(int version, const QString& script);
    Status checkForeignKeys();

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    int m_version = 0;
    bool m_readOnly = false;
};

} // namespace thidua
