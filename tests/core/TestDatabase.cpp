// Storage: migrations on a fresh file, upgrade from the previous version with a backup, refusal of foreign or
// newer files (left byte-for-byte untouched), the PRAGMAs on every connection, transactions and savepoints.
#include "core/db/Database.h"
#include "core/db/Sql.h"
#include "core/db/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(Database& db, const QString& sql)
{
    auto value = Sql::scalar(db.connection(), sql);
    return value ? *value : QVariant();
}

// Writes a plain SQLite file with the given header fields, through a separate connection.
void makeSqliteFile(const QString& path, qint32 applicationId, int userVersion, bool withTable)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("maker"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        if (withTable)
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("maker"));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabase();
    void reopenKeepsData();
    void pragmasOnEveryConnection();
    void upgradeFromPreviousVersion();
    void refusesForeignOrNewerFiles_data();
    void refusesForeignOrNewerFiles();
    void emptyFileBecomesDatabase();
    void transactionRollsBackUnlessCommitted();
    void nestedTransactionUsesSavepoint();
    void scriptSplitting();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::freshDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("fresh/school.sqlite"));
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
    QVERIFY(Database::latestVersion() >= 2);
    QCOMPARE((*db)->schemaVersion(), Database::latestVersion());
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA user_version")).toInt(), Database::latestVersion());
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA application_id")).toInt(), Database::ApplicationId);
    for (const char* table : { "school",
             "school_year",
             "person",
             "collective",
             "membership",
             "council_member",
             "school_leader",
             "person_restriction" }) {
        QCOMPARE(scalar(**db,
                     QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='%1'")
                         .arg(QLatin1String(table)))
                     .toInt(),
            1);
    }
    QVERIFY((*db)->backupPath().isEmpty()); // nothing to back up on a new file
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM school")).toInt(), 1);
}

void TestDatabase::reopenKeepsData()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(Sql::exec(
            (*db)->connection(), QStringLiteral("UPDATE school SET full_name = ?"), { QStringLiteral("Trường A") }));
    }
    auto db = Database::open(path);
    QVERIFY(db.ok());
    QCOMPARE(scalar(**db, QStringLiteral("SELECT full_name FROM school")).toString(), QStringLiteral("Trường A"));
    QVERIFY((*db)->backupPath().isEmpty()); // same version: no migration, no backup
}

void TestDatabase::pragmasOnEveryConnection()
{
    const QString path = m_dir.filePath(QStringLiteral("pragmas.sqlite"));
    auto first = Database::open(path);
    auto second = Database::open(path);
    QVERIFY(first.ok() && second.ok());
    QVERIFY((*first)->connection().connectionName() != (*second)->connection().connectionName());
    for (Database* db : { first->get(), second->get() }) {
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA busy_timeout")).toInt(), Database::BusyTimeoutMs);
    }
    // Foreign keys are really enforced.
    QVERIFY(!Sql::exec((*first)->connection(),
        QStringLiteral("INSERT INTO membership (person_id, collective_id, school_year_id) VALUES (99,99,99)"))
                 .ok());
}

void TestDatabase::upgradeFromPreviousVersion()
{
    const QString path = m_dir.filePath(QStringLiteral("upgrade.sqlite"));
    const int previous = Database::latestVersion() - 1;
    {
        Database::Options options;
        options.targetVersion = previous;
        auto old = Database::open(path, options);
        QVERIFY(old.ok());
        QCOMPARE((*old)->schemaVersion(), previous);
        QVERIFY(Sql::exec((*old)->connection(),
            QStringLiteral("INSERT INTO person (kind, family_name, middle_name, given_name, code) "
                           "VALUES ('staff', 'Nguyễn', 'Thị', 'Hoà', 'CB1')")));
    }
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
    QCOMPARE((*db)->schemaVersion(), Database::latestVersion());
    QCOMPARE(scalar(**db, QStringLiteral("SELECT given_name FROM person WHERE code = 'CB1'")).toString(),
        QStringLiteral("Hoà"));

    // The copy taken before the migration is a complete database at the previous version.
    const QString backup = (*db)->backupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY(QFile::exists(backup));
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
        copy.setDatabaseName(backup);
        copy.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(copy.open());
        QSqlQuery q(copy);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), previous);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM person")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        copy.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup"));
}

void TestDatabase::refusesForeignOrNewerFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expectedCode");
    QTest::newRow("text file") << "text" << int(Error::Code::NotThiDuaFile);
    QTest::newRow("binary garbage") << "garbage" << int(Error::Code::NotThiDuaFile);
    QTest::newRow("truncated SQLite header") << "truncated" << int(Error::Code::NotThiDuaFile);
    QTest::newRow("SQLite file of another program") << "foreign-tables" << int(Error::Code::NotThiDuaFile);
    QTest::newRow("SQLite file with another application id") << "foreign-id" << int(Error::Code::NotThiDuaFile);
    QTest::newRow("ThiĐua file from a newer version") << "newer" << int(Error::Code::NewerVersion);
}

void TestDatabase::refusesForeignOrNewerFiles()
{
    QFETCH(QString, kind);
    QFETCH(int, expectedCode);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.sqlite"));
    if (kind == QStringLiteral("text") || kind == QStringLiteral("garbage") || kind == QStringLiteral("truncated")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (kind == QStringLiteral("text"))
            file.write("Danh sách cán bộ, giáo viên\nNguyễn Văn An\n");
        else if (kind == QStringLiteral("garbage"))
            file.write(QByteArray(4096, '\xA5'));
        else
            file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(20, '\0'));
    } else if (kind == QStringLiteral("foreign-tables")) {
        makeSqliteFile(path, 0, 0, true);
    } else if (kind == QStringLiteral("foreign-id")) {
        makeSqliteFile(path, 0x12345678, 1, false);
    } else {
        makeSqliteFile(path, Database::ApplicationId, Database::latestVersion() + 1, true);
    }
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    QVERIFY(!before.isEmpty());

    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(int(db.error().code), expectedCode);
    QVERIFY(!db.error().message.isEmpty());
    QCOMPARE(db.error().file, path);
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
}

void TestDatabase::emptyFileBecomesDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    auto db = Database::open(path);
    QVERIFY(db.ok());
    QCOMPARE((*db)->schemaVersion(), Database::latestVersion());
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("tx.sqlite")));
    QVERIFY(db.ok());
    const QSqlDatabase c = (*db)->connection();
    {
        Transaction t(c);
        QVERIFY(t.isActive());
        QVERIFY(Transaction::inTransaction(c));
        QVERIFY(Sql::exec(c,
            QStringLiteral("INSERT INTO school_year (start_year, start_date, end_date) "
                           "VALUES (2024, '2024-09-05', '2025-05-31')")));
    } // no commit
    QVERIFY(!Transaction::inTransaction(c));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM school_year")).toInt(), 0);
    {
        Transaction t(c);
        QVERIFY(Sql::exec(c,
            QStringLiteral("INSERT INTO school_year (start_year, start_date, end_date) "
                           "VALUES (2024, '2024-09-05', '2025-05-31')")));
        QVERIFY(t.commit());
    }
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM school_year")).toInt(), 1);
}

void TestDatabase::nestedTransactionUsesSavepoint()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("nested.sqlite")));
    QVERIFY(db.ok());
    const QSqlDatabase c = (*db)->connection();
    {
        Transaction outer(c);
        QVERIFY(Sql::exec(c,
            QStringLiteral("INSERT INTO school_year (start_year, start_date, end_date) "
                           "VALUES (2023, '2023-09-05', '2024-05-31')")));
        {
            Transaction inner(c);
            QVERIFY(inner.isActive());
            QVERIFY(Sql::exec(c,
                QStringLiteral("INSERT INTO school_year (start_year, start_date, end_date) "
                               "VALUES (2024, '2024-09-05', '2025-05-31')")));
        } // inner rolled back only
        QVERIFY(Transaction::inTransaction(c));
        QVERIFY(outer.commit());
    }
    QCOMPARE(scalar(**db, QStringLiteral("SELECT group_concat(start_year) FROM school_year")).toString(),
        QStringLiteral("2023"));
}

void TestDatabase::scriptSplitting()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("script.sqlite")));
    QVERIFY(db.ok());
    const QString script = QStringLiteral("CREATE TABLE t (x TEXT); -- comment; with a semicolon\n"
                                          "INSERT INTO t VALUES ('a;b');\n"
                                          "CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n"
                                          "  INSERT INTO t SELECT 'x' WHERE NEW.x = 'c';\n"
                                          "END;\n"
                                          "INSERT INTO t VALUES ('c');\n");
    QVERIFY(Sql::execScript((*db)->connection(), script));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT group_concat(x, '|') FROM t")).toString(), QStringLiteral("a;b|c|x"));
    QVERIFY(!Sql::execScript((*db)->connection(), QStringLiteral("INSERT INTO nowhere VALUES (1);")));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
