// Storage: migrations on a fresh file, upgrade from the previous version with a backup, refusal of foreign or
// newer files (left byte-for-byte untouched), the PRAGMAs on every connection, transactions and savepoints, table
// rebuilds (SQLite's twelve steps) that keep every row and link, and a rebuild that would break a link rolled back.
#include "core/db/Database.h"
#include "core/db/Sql.h"
#include "core/db/Transaction.h"
#include "core/demo/DemoSchool.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
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

// Every row of every table of the school, as text, table by table (in rowid order), to compare before and after.
QMap<QString, QStringList> contents(Database& db)
{
    QMap<QString, QStringList> tables;
    QSqlQuery names(db.connection());
    names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    while (names.next()) {
        const QString table = names.value(0).toString();
        QSqlQuery rows(db.connection());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
        QStringList lines;
        while (rows.next()) {
            QStringList fields;
            for (int i = 0; i < rows.record().count(); ++i)
                fields << (rows.value(i).isNull() ? QStringLiteral("NULL") : rows.value(i).toString());
            lines << fields.join(QLatin1Char('|'));
        }
        tables.insert(table, lines);
    }
    return tables;
}

// A school with people, groups, classes, memberships of two years, a council, leaders, restrictions and two
// registered documents: everything that points at `person`.
void fillSchool(Database& db)
{
    QVERIFY(DemoSchool::build(db.connection(), DemoSchool::Size { 12, 60, 3, 3, 2, 2025, 7 }));
    QVERIFY(Sql::exec(db.connection(),
        QStringLiteral("INSERT INTO person_restriction (person_id, kind, start_date) "
                       "SELECT id, 'discipline', '2025-10-01' FROM person WHERE kind = 'staff' LIMIT 2")));
    QVERIFY(Sql::exec(db.connection(),
        QStringLiteral("INSERT INTO document_register (issuer, year, number, symbol, kind, document_date, "
                       "document_key) VALUES ('school', 2025, 1, '1/KH-NT', 'ke_hoach', '2025-09-10', 'k1'), "
                       "('council', 2025, 1, '1/TTr-HĐTĐKT', 'to_trinh', '2025-11-02', 'k2')")));
}

// Test migration: person.kind widened to a third kind, by rebuilding the table (SQLite cannot alter a CHECK).
const char PersonRebuild[] = R"(
CREATE TABLE new_person (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('staff', 'student', 'contractor')),
    family_name  TEXT NOT NULL DEFAULT '',
    middle_name  TEXT NOT NULL DEFAULT '',
    given_name   TEXT NOT NULL CHECK (given_name <> ''),
    gender       TEXT CHECK (gender IN ('male', 'female')),
    birth_date   TEXT,
    code         TEXT UNIQUE,
    position     TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    active_from  TEXT,
    active_to    TEXT,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CHECK (code IS NULL OR code <> ''),
    CHECK (active_to IS NULL OR active_from IS NULL OR active_to >= active_from)
);
INSERT INTO new_person SELECT * FROM person;
DROP TABLE person;
ALTER TABLE new_person RENAME TO person;
CREATE INDEX person_kind ON person(kind);
)";

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
    void emptyFileRefusedUnlessCreating();
    void transactionRollsBackUnlessCommitted();
    void nestedTransactionUsesSavepoint();
    void scriptSplitting();
    void rebuildKeepsEveryRowAndLink();
    void councilUpgradeKeepsMembers();
    void rebuildLeavingDanglingRowIsRolledBack();

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
             "person_restriction",
             "evidence",
             "evidence_link",
             "award_form",
             "base_salary",
             "award",
             "nomination",
             "meeting",
             "meeting_attendance",
             "ballot_round",
             "ballot_votes",
             "activity",
             "activity_person",
             "activity_collective",
             "learning_model",
             "initiative",
             "initiative_author",
             "calendar_entry",
             "report_text" }) {
        QCOMPARE(scalar(**db,
                     QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='%1'")
                         .arg(QLatin1String(table)))
                     .toInt(),
            1);
    }
    // Dropped by version 13: the learning models per tổ are counted from learning_model, never typed.
    QCOMPARE(
        scalar(**db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'learning_model_count'")).toInt(),
        0);
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

void TestDatabase::emptyFileRefusedUnlessCreating()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    auto refused = Database::open(path);
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().code), int(Error::Code::EmptyFile));
    QCOMPARE(QFileInfo(path).size(), 0);

    Database::Options options;
    options.createInEmptyFile = true; // the demo school, a new school
    auto db = Database::open(path, options);
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

void TestDatabase::rebuildKeepsEveryRowAndLink()
{
    const QString path = m_dir.filePath(QStringLiteral("rebuild.sqlite"));
    QMap<QString, QStringList> before;
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        fillSchool(**db);
        before = contents(**db);
    }
    QVERIFY(before.value(QStringLiteral("membership")).size() > 60);
    QVERIFY(before.value(QStringLiteral("council_member")).size() >= 5);
    QCOMPARE(before.value(QStringLiteral("document_register")).size(), 2);
    QCOMPARE(before.value(QStringLiteral("person_restriction")).size(), 2);

    Database::Options options;
    options.extraMigrations.emplace(Database::latestVersion() + 1, QString::fromUtf8(PersonRebuild));
    auto db = Database::open(path, options);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
    QCOMPARE((*db)->schemaVersion(), Database::latestVersion() + 1);
    QVERIFY(!(*db)->backupPath().isEmpty());
    // Every row of every table, the rebuilt one and all that point at it, is still there, unchanged.
    const QMap<QString, QStringList> after = contents(**db);
    QCOMPARE(after.keys(), before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(after.value(it.key()), it.value());
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    // The links still hold and are enforced again; the new kind is accepted.
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QVERIFY(!Sql::exec((*db)->connection(),
        QStringLiteral("DELETE FROM person WHERE id IN (SELECT person_id FROM "
                       "council_member)")));
    QVERIFY(Sql::exec(
        (*db)->connection(), QStringLiteral("INSERT INTO person (kind, given_name) VALUES ('contractor', 'Bình')")));
}

void TestDatabase::councilUpgradeKeepsMembers()
{
    // Version 4 rebuilds council_member (end dates, roles in a lookup table): members keep their ids.
    const QString path = m_dir.filePath(QStringLiteral("council-v3.sqlite"));
    QStringList before;
    {
        Database::Options options;
        options.targetVersion = 3;
        auto db = Database::open(path, options);
        QVERIFY(db.ok());
        const QSqlDatabase c = (*db)->connection();
        QVERIFY(Sql::exec(c,
            QStringLiteral("INSERT INTO school_year (id, start_year, start_date, end_date) "
                           "VALUES (7, 2024, '2024-09-05', '2025-05-31')")));
        QVERIFY(Sql::exec(c,
            QStringLiteral("INSERT INTO person (id, kind, given_name) VALUES (11, 'staff', 'An'), "
                           "(12, 'staff', 'Bình'), (13, 'staff', 'Chi')")));
        QVERIFY(Sql::exec(c,
            QStringLiteral("INSERT INTO council_member (id, school_year_id, person_id, role, title, sort_order) "
                           "VALUES (21, 7, 11, 'chair', 'Hiệu trưởng', 0), (22, 7, 12, 'secretary', '', 1), "
                           "(23, 7, 13, 'member', 'Tổ trưởng', 2)")));
    }
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
    QCOMPARE(scalar(**db,
                 QStringLiteral("SELECT group_concat(id || ':' || person_id || ':' || role || ':' || title || ':' || "
                                "sort_order || ':' || ifnull(joined_on, '-') || ':' || ifnull(left_on, '-'), ' ') "
                                "FROM (SELECT * FROM council_member ORDER BY id)"))
                 .toString(),
        QStringLiteral("21:11:chair:Hiệu trưởng:0:-:- 22:12:secretary::1:-:- 23:13:member:Tổ trưởng:2:-:-"));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
    // The role list is a lookup table now, and still enforced; the person link too.
    QVERIFY(!Sql::exec((*db)->connection(),
        QStringLiteral("INSERT INTO council_member (school_year_id, person_id, role) VALUES (7, 11, 'king')")));
    QVERIFY(!Sql::exec((*db)->connection(), QStringLiteral("DELETE FROM person WHERE id = 12")));
}

void TestDatabase::rebuildLeavingDanglingRowIsRolledBack()
{
    const QString path = m_dir.filePath(QStringLiteral("dangling.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        fillSchool(**db);
    }
    const QByteArray hash = fileHash(path);
    // A rebuild of person that forgets the people of one class: their memberships would point nowhere.
    QString script = QString::fromUtf8(PersonRebuild);
    script.replace(QStringLiteral("INSERT INTO new_person SELECT * FROM person;"),
        QStringLiteral("INSERT INTO new_person SELECT * FROM person WHERE id NOT IN (SELECT person_id FROM membership "
                       "WHERE collective_id = (SELECT min(id) FROM collective WHERE kind = 'class'));"));
    Database::Options options;
    options.extraMigrations.emplace(Database::latestVersion() + 1, script);
    auto db = Database::open(path, options);
    QVERIFY(!db.ok());
    QCOMPARE(int(db.error().code), int(Error::Code::Database));
    // The first table found pointing nowhere is named (their memberships, or their Công dân học tập results).
    QVERIFY2(db.error().message.contains(QStringLiteral("would point to rows missing from the table “person”")),
        qPrintable(db.error().message));
    QCOMPARE(db.error().file, path);
    QCOMPARE(fileHash(path), hash); // rolled back: not a byte changed

    auto reopened = Database::open(path);
    QVERIFY(reopened.ok());
    QCOMPARE((*reopened)->schemaVersion(), Database::latestVersion());
    QCOMPARE(scalar(**reopened, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
    QCOMPARE(scalar(**reopened, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
