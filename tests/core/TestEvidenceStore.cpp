// The evidence store (issue 15, point 1): each file kept once under its SHA-256 (objects/ab/<sha>), the sums checked
// against known values and coreutils' sha256sum; duplicates share one object; a file above the limit refused before
// anything is written; a cancelled copy leaves no file; a damaged object is replaced by a good copy of the same
// content; copyOut refuses to hand over an altered object; nothing is written outside the store.
#include "core/evidence/EvidenceStore.h"
#include "core/evidence/Sha256.h"
#include "tests/support/EvidenceFixture.h"
#include "tests/support/RequiredTool.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace thidua;
using namespace thidua::test;
using namespace Qt::StringLiterals;

namespace {
// SHA-256 of "abc" (FIPS 180-2, appendix B.1).
const QString AbcSha = u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s;
// SHA-256 of the empty message.
const QString EmptySha = u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
constexpr qint64 Unlimited = qint64(1) << 40;
} // namespace

class TestEvidenceStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sha256AgreesWithQt_data();
    void sha256AgreesWithQt();
    void fastBackendInCi();
    void storesUnderItsHash();
    void emptyFile();
    void forDatabase();
    void duplicatesShareOneObject();
    void largeFileStreamsWithProgress();
    void sizeLimitRefusedBeforeCopying();
    void cancelLeavesNoFile();
    void damagedObjectIsReplaced();
    void copyOut();
    void copyOutRefusesAnAlteredObject();
    void objectsAndStrays();
    void folderIsRefused();

private:
    QString source(const QString& name, const QByteArray& bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EvidenceStore> m_store;
};

void TestEvidenceStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EvidenceStore>(m_dir->filePath(u"school.minhchung"_s));
}

void TestEvidenceStore::cleanup()
{
    // Objects are read-only; the temporary folder removes them all the same (its folders are writable).
    m_store.reset();
    m_dir.reset();
}

QString TestEvidenceStore::source(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(u"src/"_s + name);
    if (!writeBytes(path, bytes))
        return QString();
    return path;
}

void TestEvidenceStore::sha256AgreesWithQt_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("piece");
    for (const qint64 size : { 0, 1, 55, 56, 63, 64, 65, 1048575, 1048576, 1048577, 3000001 })
        for (const int piece : { 1, 7, 64, 1048576 }) {
            if (piece == 1 && size > 70000)
                continue;
            QTest::addRow("%lld bytes by %d", size, piece) << qint64(size) << piece;
        }
}

// Whichever backend this build uses (libcrypto or QCryptographicHash), fed in pieces of any size, gives Qt's sum.
void TestEvidenceStore::sha256AgreesWithQt()
{
    QFETCH(qint64, size);
    QFETCH(int, piece);
    const QByteArray bytes = patternBytes(size, quint32(size));
    Sha256 hash;
    for (qint64 at = 0; at < size; at += piece)
        hash.addData(bytes.constData() + at, std::min<qint64>(piece, size - at));
    QCOMPARE(
        hash.hexResult(), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QVERIFY(!Sha256::backend().isEmpty());
    Sha256 whole;
    whole.addData(QByteArrayView(bytes));
    QCOMPARE(whole.result(), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
}

// CI installs libssl-dev (.ci/packages): the store must hash with libcrypto there, not the slow fallback.
void TestEvidenceStore::fastBackendInCi()
{
    THIDUA_REQUIRE_TOOL(
        Sha256::backend() == u"libcrypto"_s, "this build hashes with QCryptographicHash (no libssl-dev)");
}

void TestEvidenceStore::storesUnderItsHash()
{
    const QString path = source(u"abc.txt"_s, "abc");
    const auto before = treeSnapshot(m_dir->path());
    auto stored = m_store->put(path, Unlimited);
    QVERIFY2(stored.ok(), qPrintable(stored ? QString() : stored.error().toString()));
    QCOMPARE(stored->sha256, AbcSha);
    QCOMPARE(stored->size, qint64(3));
    QVERIFY(!stored->alreadyPresent);
    const QString object = m_dir->filePath(u"school.minhchung/objects/ba/"_s + AbcSha);
    QCOMPARE(m_store->objectPath(AbcSha), object);
    QCOMPARE(readBytes(object), QByteArray("abc"));
    // Read-only, and nothing left in tmp.
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(object).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0444);
    QCOMPARE(filesUnder(m_store->root()), QStringList { u"objects/ba/"_s + AbcSha });
    // Only the store changed.
    for (const QString& changed : treeChanges(before, treeSnapshot(m_dir->path())))
        QVERIFY2(changed.startsWith(u"school.minhchung"_s), qPrintable(changed));
    QVERIFY(m_store->contains(AbcSha));
    QCOMPARE(m_store->lastWritten(AbcSha).isValid(), true);
}

void TestEvidenceStore::emptyFile()
{
    auto stored = m_store->put(source(u"empty"_s, QByteArray()), Unlimited);
    QVERIFY(stored.ok());
    QCOMPARE(stored->sha256, EmptySha);
    QCOMPARE(stored->size, qint64(0));
    QVERIFY(QFileInfo::exists(m_store->objectPath(EmptySha)));
}

void TestEvidenceStore::forDatabase()
{
    QCOMPARE(EvidenceStore::forDatabase(u"/data/truong/school.sqlite"_s).root(), u"/data/truong/school.minhchung"_s);
    QCOMPARE(EvidenceStore::forDatabase(u"/data/truong/Trường A.2024.db"_s).root(),
        u"/data/truong/Trường A.2024.minhchung"_s);
}

void TestEvidenceStore::duplicatesShareOneObject()
{
    const QByteArray bytes = patternBytes(70000, 7);
    auto first = m_store->put(source(u"một.jpg"_s, bytes), Unlimited);
    auto second = m_store->put(source(u"hai (bản sao).jpg"_s, bytes), Unlimited);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first->sha256, second->sha256);
    QVERIFY(!first->alreadyPresent);
    QVERIFY(second->alreadyPresent);
    QCOMPARE(filesUnder(m_store->root()).size(), 1);
    QCOMPARE(m_store->objects(), QStringList { first->sha256 });
}

void TestEvidenceStore::largeFileStreamsWithProgress()
{
    THIDUA_REQUIRE_TOOL(hasSha256sum(), "sha256sum (coreutils) is needed");
    // Three chunks and a bit: the sum must not depend on where the chunks end.
    const qint64 size = 3 * 1024 * 1024 + 12345;
    const QString path = source(u"video.mp4"_s, patternBytes(size, 42));
    QList<qint64> seen;
    auto stored = m_store->put(path, Unlimited, [&](qint64 done, qint64 total) {
        seen << done;
        return total == size;
    });
    QVERIFY(stored.ok());
    QCOMPARE(stored->sha256, sha256sum(path));
    QCOMPARE(stored->size, size);
    QCOMPARE(seen, (QList<qint64> { 1048576, 2097152, 3145728, size }));
    auto hashed = EvidenceStore::hashFile(path);
    QVERIFY(hashed.ok());
    QCOMPARE(*hashed, stored->sha256);
}

void TestEvidenceStore::sizeLimitRefusedBeforeCopying()
{
    const QString path = source(u"big.bin"_s, patternBytes(1001, 1));
    bool called = false;
    auto refused = m_store->put(path, 1000, [&](qint64, qint64) { return called = true; });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::TooLarge);
    QVERIFY(refused.error().message.contains(u"big.bin"_s));
    QVERIFY(!called);
    QVERIFY(!QFileInfo::exists(m_store->root())); // not even a folder
    auto atLimit = m_store->put(source(u"exact.bin"_s, patternBytes(1000, 1)), 1000);
    QVERIFY(atLimit.ok());
}

void TestEvidenceStore::cancelLeavesNoFile()
{
    const QString path = source(u"big.bin"_s, patternBytes(3 * 1024 * 1024, 3));
    int calls = 0;
    auto cancelled = m_store->put(path, Unlimited, [&](qint64, qint64) { return ++calls < 2; });
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
    QCOMPARE(calls, 2);
    QCOMPARE(filesUnder(m_store->root()), QStringList());
    QCOMPARE(readBytes(path).size(), 3 * 1024 * 1024); // the user's file is untouched
}

void TestEvidenceStore::damagedObjectIsReplaced()
{
    const QString path = source(u"abc.txt"_s, "abc");
    QVERIFY(m_store->put(path, Unlimited).ok());
    const QString object = m_store->objectPath(AbcSha);
    QFile::setPermissions(object, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(writeBytes(object, "abd")); // same size, other content
    auto again = m_store->put(path, Unlimited);
    QVERIFY(again.ok());
    QVERIFY(!again->alreadyPresent);
    QCOMPARE(readBytes(object), QByteArray("abc"));
}

void TestEvidenceStore::copyOut()
{
    const QByteArray bytes = patternBytes(2 * 1024 * 1024 + 5, 9);
    auto stored = m_store->put(source(u"scan.pdf"_s, bytes), Unlimited);
    QVERIFY(stored.ok());
    const QString target = m_dir->filePath(u"out/bản sao.pdf"_s);
    QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
    QVERIFY(m_store->copyOut(stored->sha256, target).ok());
    QCOMPARE(readBytes(target), bytes);
    QCOMPARE(QDir(m_dir->filePath(u"out"_s)).entryList(QDir::Files | QDir::Hidden), QStringList { u"bản sao.pdf"_s });
    auto missing = m_store->copyOut(EmptySha, m_dir->filePath(u"out/x"_s));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::NotFound);
}

void TestEvidenceStore::copyOutRefusesAnAlteredObject()
{
    auto stored = m_store->put(source(u"abc.txt"_s, "abc"), Unlimited);
    QVERIFY(stored.ok());
    const QString object = m_store->objectPath(AbcSha);
    QFile::setPermissions(object, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(writeBytes(object, "xbc"));
    QVERIFY(QDir().mkpath(m_dir->filePath(u"out"_s)));
    auto refused = m_store->copyOut(AbcSha, m_dir->filePath(u"out/abc.txt"_s));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Damaged);
    QCOMPARE(filesUnder(m_dir->filePath(u"out"_s)), QStringList()); // no partial copy either
}

void TestEvidenceStore::objectsAndStrays()
{
    QVERIFY(m_store->put(source(u"abc.txt"_s, "abc"), Unlimited).ok());
    QVERIFY(writeBytes(m_store->root() + u"/objects/zz/junk"_s, "x"));
    QVERIFY(writeBytes(m_store->root() + u"/objects/ab/"_s + AbcSha, "misplaced")); // right name, wrong folder
    QVERIFY(writeBytes(m_store->root() + u"/tmp/0123.part"_s, "half"));
    QCOMPARE(m_store->objects(), QStringList { AbcSha });
    QCOMPARE(
        m_store->strayFiles(), (QStringList { u"objects/ab/"_s + AbcSha, u"objects/zz/junk"_s, u"tmp/0123.part"_s }));
    // Temporaries younger than the time given stay (another program may be writing them).
    auto none = m_store->removeTemporaries(QDateTime::currentDateTimeUtc().addSecs(-3600));
    QVERIFY(none.ok());
    QCOMPARE(*none, 0);
    auto removed = m_store->removeTemporaries(QDateTime::currentDateTimeUtc().addSecs(5));
    QVERIFY(removed.ok());
    QCOMPARE(*removed, 1);
    QVERIFY(!QFileInfo::exists(m_store->root() + u"/tmp/0123.part"_s));
    QVERIFY(m_store->remove(AbcSha).ok());
    QCOMPARE(m_store->objects(), QStringList());
    QVERIFY(m_store->remove(AbcSha).ok()); // already gone: not an error
    QVERIFY(!m_store->remove(u"../../x"_s).ok());
}

void TestEvidenceStore::folderIsRefused()
{
    QVERIFY(QDir().mkpath(m_dir->filePath(u"src/folder"_s)));
    auto refused = m_store->put(m_dir->filePath(u"src/folder"_s), Unlimited);
    QVERIFY(!refused.ok());
    auto missing = m_store->put(m_dir->filePath(u"src/none"_s), Unlimited);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().toString().contains(u"none"_s));
}

QTEST_GUILESS_MAIN(TestEvidenceStore)
#include "TestEvidenceStore.moc"
