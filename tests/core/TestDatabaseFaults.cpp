// Faults of the school's file, provoked for real: another writer holding the file, a full disk (SQLite's
// max_page_count), a read-only connection (SQLITE_READONLY, since the tests run as root and file permissions do not
// stop root), a damaged page, a file cut short, a newer file in WAL mode, an empty file. Each error must name the
// file, carry none of SQLite's English and, under the default language, be Vietnamese; a refused file is left
// exactly as it was found, with no -wal or -shm beside it.
#include "core/common/Translation.h"
#include "core/db/Database.h"
#include "core/db/Sql.h"
#include "core/db/Transaction.h"
#include "core/demo/DemoSchool.h"
#include "tests/support/CliRun.h"
#include "tests/support/FaultMessage.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using thidua::test::fileHash;

namespace {

// One of this branch's texts: while it is untranslated, the Vietnamese check waits for the merge.
bool translated()
{
    return thidua::test::messagesTranslated("SqliteError",
        "The data file is being used by another program, which is writing to it. Nothing was changed. Wait until "
        "the other program (or another copy of ThiĐua) has finished, or close it, then try again.");
}

void checkMessage(const Error& error, const QString& path)
{
    const QString shown = error.toString();
    QCOMPARE(error.file, path);
    QVERIFY2(thidua::test::foreignEnglish(shown).isEmpty(), qPrintable(shown));
    if (translated())
        QVERIFY2(thidua::test::looksVietnamese(shown, path), qPrintable(shown));
}

// A plain connection beside the program's, as another program would hold one.
class OtherConnection
{
public:
    OtherConnection(const QString& path, const QString& options = QString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_open = db.open();
    }
    ~OtherConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name(), false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name());
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(name(), false); }

private:
    static QString name() { return QStringLiteral("other"); }
    bool m_open = false;
};

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

class TestDatabaseFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anotherWriterHoldsTheFile();
    void diskFull();
    void readOnlyConnection();
    void damagedPage();
    void refusedFileLeftAsFound_data();
    void refusedFileLeftAsFound();
    void emptyFileForANewSchool();

private:
    QString schoolFile(const QString& name);
    QTemporaryDir m_dir;
};

void TestDatabaseFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Translation::install(*QCoreApplication::instance(), Translation::defaultLanguage()));
    if (!translated())
        qWarning("The Vietnamese texts of this branch are not in thidua_vi.ts yet: only the file and SQLite's "
                 "English are checked.");
}

// A small school, closed again (no -wal left).
QString TestDatabaseFaults::schoolFile(const QString& name)
{
    const QString path = m_dir.filePath(name);
    auto db = Database::open(path);
    if (!db)
        return {};
    if (!DemoSchool::build((*db)->connection(), DemoSchool::Size { 12, 60, 3, 3, 1, 2025, 7 }))
        return {};
    return path;
}

void TestDatabaseFaults::anotherWriterHoldsTheFile()
{
    const QString path = schoolFile(QStringLiteral("locked.sqlite"));
    QVERIFY(!path.isEmpty());
    Database::Options options;
    options.busyTimeoutMs = 200;
    auto db = Database::open(path, options);
    QVERIFY(db.ok());
    OtherConnection other(path);
    QVERIFY(other.isOpen());
    QVERIFY(Sql::exec(other.db(), QStringLiteral("BEGIN IMMEDIATE")).ok());

    Transaction transaction((*db)->connection());
    QVERIFY(!transaction.isActive());
    QCOMPARE(int(transaction.error().code), int(Error::Code::Busy));
    checkMessage(transaction.error(), path);
    QVERIFY(Sql::exec(other.db(), QStringLiteral("ROLLBACK")).ok());
}

void TestDatabaseFaults::diskFull()
{
    const QString path = schoolFile(QStringLiteral("full.sqlite"));
    QVERIFY(!path.isEmpty());
    auto db = Database::open(path);
    QVERIFY(db.ok());
    const QSqlDatabase connection = (*db)->connection();
    // SQLite's own limit on the file's size: the next page it needs is refused as by a full disk.
    const int pages = Sql::scalar(connection, QStringLiteral("PRAGMA page_count"))->toInt();
    QVERIFY(pages > 0);
    QVERIFY(Sql::exec(connection, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).ok());
    auto written = Sql::exec(connection,
        QStringLiteral("UPDATE person SET note = hex(randomblob(20000)) WHERE id IN (SELECT id FROM person LIMIT 20)"));
    QVERIFY(!written.ok());
    QCOMPARE(int(written.error().code), int(Error::Code::DiskFull));
    checkMessage(written.error(), path);
}

void TestDatabaseFaults::readOnlyConnection()
{
    const QString path = schoolFile(QStringLiteral("readonly.sqlite"));
    QVERIFY(!path.isEmpty());
    // A file on a read-only drive gives SQLITE_READONLY on the first write; root cannot be kept from writing by
    // permissions, so the connection itself is read-only here (thidua-cli as an unprivileged user in TestCliFaults).
    OtherConnection other(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVERIFY(other.isOpen());
    auto written = Sql::exec(other.db(), QStringLiteral("UPDATE person SET note = 'x'"));
    QVERIFY(!written.ok());
    QCOMPARE(int(written.error().code), int(Error::Code::ReadOnly));
    checkMessage(written.error(), path);
}

void TestDatabaseFaults::damagedPage()
{
    const QString path = schoolFile(QStringLiteral("damaged.sqlite"));
    QVERIFY(!path.isEmpty());
    int root = 0;
    int pageSize = 0;
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        root = Sql::scalar((*db)->connection(),
            QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'person'"))
                   ->toInt();
        pageSize = Sql::scalar((*db)->connection(), QStringLiteral("PRAGMA page_size"))->toInt();
    }
    QVERIFY(root > 1 && pageSize > 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(qint64(root - 1) * pageSize));
    file.write(QByteArray(pageSize, '\xEE'));
    file.close();

    auto db = Database::open(path);
    QVERIFY(db.ok()); // the damage is not on the pages read at opening
    auto count = Sql::scalar((*db)->connection(), QStringLiteral("SELECT count(note) FROM person NOT INDEXED"));
    QVERIFY(!count.ok());
    QCOMPARE(int(count.error().code), int(Error::Code::Damaged));
    checkMessage(count.error(), path);
}

void TestDatabaseFaults::refusedFileLeftAsFound_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expectedCode");
    QTest::newRow("empty file") << "empty" << int(Error::Code::EmptyFile);
    QTest::newRow("ThiĐua file cut short") << "cut" << int(Error::Code::Damaged);
    QTest::newRow("newer ThiĐua file in WAL mode") << "newer" << int(Error::Code::NewerVersion);
}

void TestDatabaseFaults::refusedFileLeftAsFound()
{
    QFETCH(QString, kind);
    QFETCH(int, expectedCode);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("school.sqlite"));
    if (kind == QStringLiteral("empty")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else {
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(DemoSchool::build((*db)->connection(), DemoSchool::Size { 12, 60, 3, 3, 1, 2025, 7 }));
            if (kind == QStringLiteral("newer")) {
                QVERIFY(Sql::exec((*db)->connection(),
                    QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 1)));
            }
        }
        if (kind == QStringLiteral("cut")) {
            QFile file(path);
            QVERIFY(file.resize(file.size() / 2));
        }
    }
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = filesIn(dir.path());
    QCOMPARE(filesBefore, QStringList { QStringLiteral("school.sqlite") });

    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(int(db.error().code), expectedCode);
    checkMessage(db.error(), path);
    QCOMPARE(fileHash(path), before);
    QCOMPARE(filesIn(dir.path()), filesBefore);
}

void TestDatabaseFaults::emptyFileForANewSchool()
{
    const QString path = m_dir.filePath(QStringLiteral("new-school.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    Database::Options options;
    options.createInEmptyFile = true;
    auto db = Database::open(path, options);
    QVERIFY(db.ok());
    QCOMPARE((*db)->schemaVersion(), Database::latestVersion());
}

QTEST_GUILESS_MAIN(TestDatabaseFaults)
#include "TestDatabaseFaults.moc"
