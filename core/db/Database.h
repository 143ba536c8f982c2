#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace thidua {

// One school's SQLite file, opened through Qt Sql on one connection (one connection per thread).
// Opening checks that the file is a ThiĐua database of this or an older version, applies the missing
// numbered migrations (each in its own transaction, after a backup copy of the file) and sets the
// connection's PRAGMAs. A file that is refused is left byte-for-byte untouched.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr qint32 ApplicationId = 0x54445541; // "TDUA"
    static constexpr int BusyTimeoutMs = 5000;

    struct Options
    {
        QString connectionName; // unique per thread; generated when empty
        int targetVersion = -1; // migrate up to this version only (tests); -1 = latest
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
    // The copy made before the last migration of this open, empty when none was needed.
    QString backupPath() const { return m_backupPath; }

private:
    Database(QString path, QString connectionName);
    Status inspectExisting();
    Status configureConnection();
    Status migrate(int targetVersion);

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    int m_version = 0;
};

} // namespace thidua
