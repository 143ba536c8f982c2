#include "core/db/Database.h"

#include "core/common/FileProblem.h"
#include "core/db/Sql.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QtEndian>

#include <algorithm>
#include <map>
#include <sqlite3.h>

namespace thidua {

namespace {

constexpr char SqliteMagic[] = "SQLite format 3";

// Migration scripts compiled into the library, keyed by their number ("0002_x.sql" -> 2).
std::map<int, QString> migrationFiles()
{
    std::map<int, QString> files;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QDir dir(QStringLiteral(":/thidua/migrations"));
    const QStringList entries = dir.entryList(QDir::Files, QDir::Name);
    for (const QString& name : entries) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            files.emplace(match.captured(1).toInt(), dir.filePath(name));
    }
    return files;
}

// A URI that opens the file read-only; without a write-ahead log beside it, also immutable: SQLite then takes no
// lock and creates no -wal or -shm file (a read-only drive could not take them; a refused file must stay alone).
QString readOnlyUri(const QString& path)
{
    QString uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?mode=ro");
    if (!QFileInfo::exists(path + QStringLiteral("-wal")))
        uri += QStringLiteral("&immutable=1");
    return uri;
}

// The error of a step of open(), naming the file as the user gave it.
Error withFile(Error error, const QString& path)
{
    error.file = path;
    return error;
}

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("thidua-%1-%2")
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16)
        .arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

int Database::latestVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

QString Database::defaultPath()
{
    // ~/.local/share/ThiDua/thidua.sqlite on Linux, whatever the application's organisation name.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() : dir).filePath(QStringLiteral("ThiDua/thidua.sqlite"));
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    if (path.isEmpty())
        return Error { Error::Code::Usage, tr("No database file was given.") };
    const QString connectionName = options.connectionName.isEmpty() ? newConnectionName() : options.connectionName;
    std::unique_ptr<Database> database(new Database(QFileInfo(path).absoluteFilePath(), connectionName));

    const QFileInfo info(database->m_path);
    const bool exists = info.exists();
    if (exists) {
        if (info.isDir())
            return FileProblem::unreadable(path);
        if (!info.isFile())
            return Error { Error::Code::Io, tr("“%1” is not a file.").arg(path), path };
        if (auto inspected = database->inspectExisting(options); !inspected)
            return withFile(inspected.error(), path);
    } else if (FileProblem::hasUndecodableName(path)) {
        return FileProblem::undecodableName(path);
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Error { Error::Code::Io, tr("Cannot create the folder “%1”.").arg(info.absolutePath()), path };
    }
    if (auto writable = database->checkWritable(options, exists); !writable)
        return withFile(writable.error(), path);
    if (auto opened = database->openConnection(options); !opened)
        return withFile(opened.error(), path);
    int target = options.targetVersion;
    if (target < 0)
        target = options.extraMigrations.empty() ? latestVersion()
                                                 : std::max(latestVersion(), options.extraMigrations.rbegin()->first);
    if (auto migrated = database->migrate(target, options.extraMigrations); !migrated)
        return withFile(migrated.error(), path);
    return database;
}

// A file (or, for a new file, its folder) that may not be changed opens read-only when the caller only reads;
// otherwise it is refused before SQLite is asked to write anything.
Status Database::checkWritable(const Options& options, bool exists)
{
    const QFileInfo info(m_path);
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    if (!exists && !folderWritable) {
        return Error { Error::Code::ReadOnly,
            tr("A new data file cannot be created here: the folder is on a read-only drive or you may not write "
               "in it. Choose another folder."),
            m_path };
    }
    // SQLite keeps its write-ahead log and its index beside the file: the folder must take them too.
    if (!exists || (info.isWritable() && folderWritable))
        return {};
    if (options.readOnlyAllowed) {
        m_readOnly = true;
        return {};
    }
    return Error { Error::Code::ReadOnly,
        tr("The data file is on a read-only drive or you may not change it (or its folder), and this action "
           "changes it. It was left unchanged. Copy the file to a folder you can write to, then use the copy."),
        m_path };
}

Status Database::openConnection(const Options& options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (m_readOnly) {
        db.setDatabaseName(readOnlyUri(m_path));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1")
                                 .arg(options.busyTimeoutMs));
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    }
    if (!db.open())
        return Sql::error(db.lastError(), m_path);
    return configureConnection(options.busyTimeoutMs);
}

// Refuses, without writing a single byte (nor letting SQLite create its -wal and -shm files beside it), anything
// that is not a ThiĐua database this version can read.
Status Database::inspectExisting(const Options& options)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return FileProblem::unreadable(m_path);
    const QByteArray header = file.read(100);
    file.close();
    if (header.isEmpty()) {
        if (options.createInEmptyFile)
            return {}; // an empty file becomes a new school
        return Error { Error::Code::EmptyFile,
            tr("The file is empty (0 bytes): it holds no school's data. It was left unchanged. Choose the school's "
               "data file, or delete the empty file to start a new school there."),
            m_path };
    }
    const Error notOurs {
        Error::Code::NotThiDuaFile, tr("This file is not a ThiĐua database. It was left unchanged."), m_path
    };
    if (header.size() < 100 || !header.startsWith(QByteArray(SqliteMagic)))
        return notOurs;
    const qint32 applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    if (applicationId != 0 && applicationId != ApplicationId)
        return notOurs;

    auto facts = readFacts();
    if (!facts) {
        // A file with ThiĐua's mark that SQLite cannot read is ours, damaged or held: say so, not "not ours".
        if (applicationId != ApplicationId && facts.error().code != Error::Code::Busy)
            return notOurs;
        if (facts.error().code != Error::Code::Damaged)
            return facts.error();
        return Error { Error::Code::Damaged,
            tr("This ThiĐua data file is damaged (cut short or overwritten) and cannot be opened. It was left "
               "unchanged. Restore the school's data from a backup copy."),
            m_path };
    }
    if (facts->applicationId != ApplicationId && (facts->applicationId != 0 || facts->objects > 0))
        return notOurs;
    if (facts->version > latestVersion()) {
        return Error { Error::Code::NewerVersion,
            tr("This file was written by a newer version of ThiĐua (data version %1; this program reads up "
               "to %2). Please update the program. The file was left unchanged.")
                .arg(facts->version)
                .arg(latestVersion()),
            m_path };
    }
    return {};
}

// Asks SQLite itself (the header may be stale while a write-ahead log is pending), read-only; without a pending
// log the file is opened as immutable, so SQLite creates nothing beside it.
Result<Database::Facts> Database::readFacts() const
{
    const QString name = m_connectionName + QStringLiteral("-inspect");
    Result<Facts> facts = Error {};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(readOnlyUri(m_path));
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!db.open()) {
            facts = Sql::error(db.lastError(), m_path);
        } else {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version),"
                                          " (SELECT application_id FROM pragma_application_id),"
                                          " (SELECT count(*) FROM sqlite_master)"))
                && query.next()) {
                facts = Facts { query.value(0).toInt(), query.value(1).toInt(), query.value(2).toLongLong() };
            } else {
                facts = Sql::error(query.lastError(), m_path);
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return facts;
}

Status Database::configureConnection(int busyTimeoutMs)
{
    const QSqlDatabase db = connection();
    // Extended result codes (SQLITE_READONLY_DIRECTORY, SQLITE_IOERR_…) reach SqliteError.
    if (sqlite3* handle = Sql::handle(db))
        sqlite3_extended_result_codes(handle, 1);
    const QStringList pragmas { QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
        QStringLiteral("PRAGMA synchronous = FULL") };
    for (const QString& pragma : pragmas) {
        if (auto done = Sql::exec(db, pragma); !done)
            return done.error();
    }
    if (m_readOnly)
        return {};
    auto mode = Sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return mode.error();
    if (mode->toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0) {
        return Error { Error::Code::Database,
            tr("The database “%1” cannot use write-ahead logging (journal mode is “%2”).")
                .arg(m_path, mode->toString()),
            m_path };
    }
    return {};
}

Status Database::migrate(int targetVersion, const std::map<int, QString>& extraMigrations)
{
    const QSqlDatabase db = connection();
    auto current = Sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!current)
        return current.error();
    m_version = current->toInt();
    if (m_version >= targetVersion)
        return {};
    if (m_readOnly) {
        return Error { Error::Code::ReadOnly,
            tr("This data file was written by an older version of ThiĐua and must be upgraded, which cannot be done "
               "while it is read-only. It was left unchanged. Copy it to a folder you can write to, then use the "
               "copy."),
            m_path };
    }

    if (m_version > 0) {
        m_backupPath = QStringLiteral("%1.v%2-%3.bak")
                           .arg(m_path)
                           .arg(m_version)
                           .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        QFile::remove(m_backupPath);
        if (auto copied = Sql::exec(db, QStringLiteral("VACUUM INTO ?"), { m_backupPath }); !copied) {
            Error e = copied.error();
            e.message = tr("Cannot make a backup copy before upgrading the database: %1").arg(e.message);
            return e;
        }
    }

    std::map<int, QString> scripts;
    for (const auto& [version, fileName] : migrationFiles()) {
        if (version <= m_version || version > targetVersion)
            continue;
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly))
            return Error { Error::Code::Io, tr("Missing migration %1.").arg(fileName) };
        scripts.emplace(version, QString::fromUtf8(file.readAll()));
    }
    for (const auto& [version, script] : extraMigrations) {
        if (version > m_version && version <= targetVersion)
            scripts.emplace(version, script);
    }
    for (const auto& [version, script] : scripts) {
        if (auto applied = applyMigration(version, script); !applied) {
            Error e = applied.error();
            e.message = tr("Upgrading the database to version %1 failed: %2").arg(version).arg(e.message);
            return e;
        }
        m_version = version;
    }
    return {};
}

// Steps 1 and 12 of SQLite's procedure: foreign keys off around the transaction, back on whatever happened.
Status Database::applyMigration(int version, const QString& script)
{
    const QSqlDatabase db = connection();
    if (auto off = Sql::exec(db, QStringLiteral("PRAGMA foreign_keys = OFF")); !off)
        return off.error();
    const Status applied = runMigrationTransaction(version, script);
    const auto on = Sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!applied)
        return applied;
    if (!on)
        return on.error();
    return {};
}

Status Database::runMigrationTransaction(int version, const QString& script)
{
    const QSqlDatabase db = connection();
    if (auto begun = Sql::exec(db, QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return begun.error();
    Status applied = Sql::execScript(db, script);
    if (applied)
        applied = checkForeignKeys();
    if (applied && !Sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version)))
        applied = Error { Error::Code::Database, tr("Cannot record the data version.") };
    if (applied) {
        if (auto committed = Sql::exec(db, QStringLiteral("COMMIT")); !committed)
            applied = committed.error();
    }
    if (!applied)
        (void)Sql::exec(db, QStringLiteral("ROLLBACK"));
    return applied;
}

// Step 10: a rebuild must not leave a row pointing nowhere (SQLite did not check while foreign keys were off).
Status Database::checkForeignKeys()
{
    // Rows: table, rowid, parent table, foreign key index.
    auto query = Sql::exec(connection(), QStringLiteral("PRAGMA foreign_key_check"));
    if (!query)
        return query.error();
    QString table;
    QString parent;
    int rows = 0;
    while (query->next()) {
        if (rows == 0) {
            table = query->value(0).toString();
            parent = query->value(2).toString();
        }
        if (query->value(0).toString() == table && query->value(2).toString() == parent)
            ++rows;
    }
    if (rows == 0)
        return {};
    return Error { Error::Code::Database,
        tr("%n row(s) of the table “%1” would point to rows missing from the table “%2”. Nothing was changed.",
            nullptr,
            rows)
            .arg(table, parent) };
}

} // namespace thidua
