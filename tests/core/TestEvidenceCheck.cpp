// The integrity check (issue 15, point 6): every problem kind reported distinctly and naming the file and the code —
// SQLite's integrity_check and foreign_key_check, a link to a record that is gone, a missing object, an altered one
// (a single flipped byte anywhere: first, middle, last and random offsets, the actual sum compared with coreutils'
// sha256sum), an unreadable one, a size mismatch, and orphan files as warnings only. A check writes nothing.
#include "core/evidence/EvidenceCheck.h"
#include "core/evidence/EvidenceService.h"
#include "tests/support/EvidenceFixture.h"
#include "tests/support/RequiredTool.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace thidua;
using namespace thidua::test;
using namespace Qt::StringLiterals;

class TestEvidenceCheck : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cleanCheckWritesNothing();
    void missing();
    void flippedByteIsAlwaysAltered_data();
    void flippedByteIsAlwaysAltered();
    void unreadable();
    void sizeMismatch();
    void orphansAreWarnings();
    void foreignKeys();
    void integrity();
    void progressAndCancel();

private:
    EvidenceCheck check() const { return EvidenceCheck(m_school.db->connection(), store()); }
    EvidenceStore store() const { return EvidenceStore::forDatabase(m_dbPath); }
    CheckReport run() const;
    // Makes an object writable by its owner, for damaging it.
    static void unprotect(const QString& path) { QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
    EvidenceSchool m_school;
    Evidence m_small; // "GV001 certificate", CN-01
    Evidence m_large; // 2.5 MiB scan, CN-02
};

void TestEvidenceCheck::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_dbPath = m_dir->filePath(u"school.sqlite"_s);
    m_school = makeEvidenceSchool(m_dbPath);
    QVERIFY(m_school.personA != 0);
    QVERIFY(writeBytes(m_dir->filePath(u"src/giấy khen.jpg"_s), "GV001 certificate"));
    QVERIFY(writeBytes(m_dir->filePath(u"src/bản scan.pdf"_s), patternBytes(2621440, 77)));
    EvidenceService::AddRequest request;
    request.files = { m_dir->filePath(u"src/giấy khen.jpg"_s), m_dir->filePath(u"src/bản scan.pdf"_s) };
    request.schoolYearId = m_school.yearId;
    request.link = { EvidenceLink::Kind::Person, m_school.personA, QString() };
    auto added = EvidenceService(m_school.db->connection(), store()).add(request);
    QVERIFY(added.ok());
    m_small = added->at(0);
    m_large = added->at(1);
    QCOMPARE(m_small.code, u"CN-01"_s);
}

void TestEvidenceCheck::cleanup()
{
    m_school = {};
    m_dir.reset();
}

CheckReport TestEvidenceCheck::run() const
{
    auto report = check().run();
    if (!report)
        qWarning("check failed: %s", qPrintable(report.error().toString()));
    return report ? *report : CheckReport();
}

void TestEvidenceCheck::cleanCheckWritesNothing()
{
    const auto before = treeSnapshot(m_dir->path());
    const CheckReport report = run();
    QCOMPARE(report.problems.size(), 0);
    QVERIFY(!report.hasErrors());
    QCOMPARE(report.objectsChecked, 2);
    QCOMPARE(report.bytesChecked, qint64(17 + 2621440));
    QStringList changed = treeChanges(before, treeSnapshot(m_dir->path()));
    changed.removeAll(u"school.sqlite-shm"_s); // SQLite's shared memory index of the WAL, touched by any reader
    QCOMPARE(changed, QStringList());
}

void TestEvidenceCheck::missing()
{
    QVERIFY(QFile::remove(store().objectPath(m_small.sha256)));
    const CheckReport report = run();
    QCOMPARE(report.problems.size(), 1);
    const CheckProblem& p = report.problems.constFirst();
    QCOMPARE(p.kind, CheckProblem::Kind::Missing);
    QVERIFY(p.isError());
    QCOMPARE(p.evidenceId, m_small.id);
    QCOMPARE(p.sha256, m_small.sha256);
    QCOMPARE(p.path, store().objectPath(m_small.sha256));
    QVERIFY(p.message().contains(u"CN-01"_s));
    QVERIFY(p.message().contains(u"giấy khen.jpg"_s));
    QVERIFY(report.hasErrors());
}

void TestEvidenceCheck::flippedByteIsAlwaysAltered_data()
{
    QTest::addColumn<qint64>("offset");
    const qint64 size = 2621440;
    QTest::newRow("first byte") << qint64(0);
    QTest::newRow("middle byte") << size / 2;
    QTest::newRow("last byte") << size - 1;
    QTest::newRow("end of the first chunk") << qint64(1048575);
    QTest::newRow("start of the second chunk") << qint64(1048576);
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    for (int i = 0; i < 6; ++i) {
        const qint64 offset = qint64(random.bounded(quint32(size)));
        QTest::addRow("random %lld (seed %u)", offset, seed) << offset;
    }
}

void TestEvidenceCheck::flippedByteIsAlwaysAltered()
{
    THIDUA_REQUIRE_TOOL(hasSha256sum(), "sha256sum (coreutils) is needed");
    QFETCH(qint64, offset);
    const QString object = store().objectPath(m_large.sha256);
    unprotect(object);
    QFile file(object);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    char byte = 0;
    QVERIFY(file.getChar(&byte));
    QVERIFY(file.seek(offset));
    QVERIFY(file.putChar(char(byte ^ 0x01)));
    file.close();

    const CheckReport report = run();
    QCOMPARE(report.problems.size(), 1);
    const CheckProblem& p = report.problems.constFirst();
    QCOMPARE(p.kind, CheckProblem::Kind::Altered);
    QCOMPARE(p.evidenceId, m_large.id);
    QCOMPARE(p.expected, m_large.sha256);
    QCOMPARE(p.actual, sha256sum(object));
    QVERIFY(p.actual != p.expected);
    QVERIFY(p.message().contains(u"CN-02"_s));
    QVERIFY(p.message().contains(u"bản scan.pdf"_s));
    QVERIFY(p.message().contains(p.actual) && p.message().contains(p.expected));
}

void TestEvidenceCheck::unreadable()
{
    // A folder where the file should be cannot be read by anyone, root included.
    const QString object = store().objectPath(m_small.sha256);
    QVERIFY(QFile::remove(object));
    QVERIFY(QDir().mkpath(object));
    CheckReport report = run();
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.constFirst().kind, CheckProblem::Kind::Unreadable);
    QCOMPARE(report.problems.constFirst().evidenceId, m_small.id);
    QVERIFY(report.problems.constFirst().message().contains(u"CN-01"_s));
    // A file without permission to read, for an ordinary user.
    if (::geteuid() != 0) {
        const QString large = store().objectPath(m_large.sha256);
        QVERIFY(QFile::setPermissions(large, QFileDevice::Permissions()));
        report = run();
        QFile::setPermissions(large, QFile::ReadOwner);
        QCOMPARE(report.problems.size(), 2);
        QCOMPARE(report.problems.at(1).kind, CheckProblem::Kind::Unreadable);
        QCOMPARE(report.problems.at(1).evidenceId, m_large.id);
    }
}

void TestEvidenceCheck::sizeMismatch()
{
    const QString object = store().objectPath(m_small.sha256);
    unprotect(object);
    QVERIFY(writeBytes(object, "GV001 certificate!"));
    const CheckReport report = run();
    QCOMPARE(report.problems.size(), 1);
    const CheckProblem& p = report.problems.constFirst();
    QCOMPARE(p.kind, CheckProblem::Kind::SizeMismatch);
    QCOMPARE(p.expected, u"17"_s);
    QCOMPARE(p.actual, u"18"_s);
    QVERIFY(p.message().contains(u"CN-01"_s));
}

void TestEvidenceCheck::orphansAreWarnings()
{
    const QString orphan = u"0000000000000000000000000000000000000000000000000000000000000000"_s;
    QVERIFY(writeBytes(store().objectPath(orphan), "nobody's"));
    QVERIFY(writeBytes(store().root() + u"/tmp/1234.part"_s, "half"));
    QVERIFY(writeBytes(store().root() + u"/objects/zz/notes.txt"_s, "junk"));
    const CheckReport report = run();
    QCOMPARE(report.problems.size(), 3);
    for (const CheckProblem& p : report.problems) {
        QCOMPARE(p.kind, CheckProblem::Kind::Orphan);
        QVERIFY(!p.isError());
    }
    QVERIFY(!report.hasErrors());
    QCOMPARE(report.warningCount(), 3);
    QCOMPARE(report.problems.at(0).path, store().objectPath(orphan));
    QCOMPARE(report.problems.at(1).path, store().root() + u"/objects/zz/notes.txt"_s);
    QCOMPARE(report.problems.at(2).path, store().root() + u"/tmp/1234.part"_s);
}

void TestEvidenceCheck::foreignKeys()
{
    const QSqlDatabase db = m_school.db->connection();
    QVERIFY(Sql::exec(db, u"PRAGMA foreign_keys = OFF"_s).ok());
    QVERIFY(Sql::exec(db, u"UPDATE evidence SET school_year_id = 999 WHERE id = ?"_s, { m_small.id }).ok());
    QVERIFY(Sql::exec(
        db, u"INSERT INTO evidence_link (evidence_id, kind, target_id) VALUES (?, 'collective', 999)"_s, { m_large.id })
                .ok());
    QVERIFY(Sql::exec(db, u"PRAGMA foreign_keys = ON"_s).ok());
    const CheckReport report = run();
    QCOMPARE(report.problems.size(), 2);
    QCOMPARE(report.problems.at(0).kind, CheckProblem::Kind::ForeignKey);
    QCOMPARE(report.problems.at(0).evidenceId, m_small.id);
    QVERIFY(report.problems.at(0).message().contains(u"evidence"_s));
    QCOMPARE(report.problems.at(1).kind, CheckProblem::Kind::ForeignKey);
    QCOMPARE(report.problems.at(1).evidenceId, m_large.id);
    QVERIFY(report.problems.at(1).message().contains(u"CN-02"_s));
}

void TestEvidenceCheck::integrity()
{
    // An index removed from the schema behind SQLite's back leaves its pages unused: integrity_check reports them.
    const QSqlDatabase db = m_school.db->connection();
    QVERIFY(Sql::exec(db, u"PRAGMA writable_schema = ON"_s).ok());
    QVERIFY(Sql::exec(db, u"DELETE FROM sqlite_master WHERE name = 'evidence_object'"_s).ok());
    QVERIFY(Sql::exec(db, u"PRAGMA writable_schema = OFF"_s).ok());
    m_school.db.reset();
    auto reopened = Database::open(m_dbPath);
    QVERIFY2(reopened.ok(), qPrintable(reopened ? QString() : reopened.error().toString()));
    m_school.db = std::move(reopened).value();
    const CheckReport report = run();
    QVERIFY(!report.problems.isEmpty());
    for (const CheckProblem& p : report.problems)
        QCOMPARE(p.kind, CheckProblem::Kind::Integrity);
    QVERIFY(report.hasErrors());
}

void TestEvidenceCheck::progressAndCancel()
{
    const qint64 total = 17 + 2621440;
    qint64 last = 0;
    auto report = check().run([&](qint64 done, qint64 all) {
        if (all != total || done < last)
            return false;
        last = done;
        return true;
    });
    QVERIFY(report.ok());
    QCOMPARE(last, total);
    auto cancelled = check().run([](qint64, qint64) { return false; });
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
}

QTEST_GUILESS_MAIN(TestEvidenceCheck)
#include "TestEvidenceCheck.moc"
