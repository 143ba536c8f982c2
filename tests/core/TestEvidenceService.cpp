// The use cases of evidence files (issue 15, points 1–3): codes proposed from the item and unique within a year,
// metadata kept (NFC name, type from the content, paper, who and when); duplicates share one object; a crash between
// storing the file and committing the row leaves only an orphan, which the next start cleans; hostile names never
// reach a path (the whole temporary tree is compared before and after); links shared by two records, the last unlink
// to the trash, restore, purge after 30 days; the size limit from the setting; cancel leaves no file and no row.
#include "core/activities/ActivityService.h"
#include "core/evidence/EvidenceCheck.h"
#include "core/evidence/EvidenceQuery.h"
#include "core/evidence/EvidenceService.h"
#include "tests/support/EvidenceFixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using namespace thidua::test;
using namespace Qt::StringLiterals;

class TestEvidenceService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addProposesCodesAndKeepsMetadata();
    void mediaTypeFromTheContent();
    void givenCodes();
    void duplicatesShareOneObject();
    void crashBetweenObjectAndRow();
    void hostileNamesStayInTheStore();
    void linksSharedByTwoRecords();
    void purgeKeepsAnObjectStillUsed();
    void deletedRecordTakesItsLinks();
    void wrongLinksAreRefused();
    void activityTakesFilesOfItsYear();
    void sizeLimitFromTheSetting();
    void cancelLeavesNoFileAndNoRow();
    void updateChangesMetadataOnly();
    void exportCopy();
    void expandFolders();

private:
    EvidenceService service() const { return EvidenceService(m_school.db->connection(), store()); }
    EvidenceStore store() const { return EvidenceStore::forDatabase(m_dbPath); }
    EvidenceLink item(const QString& code) const
    {
        return { EvidenceLink::Kind::AssessmentItem, m_school.assessment, code };
    }
    EvidenceLink person(qint64 id) const { return { EvidenceLink::Kind::Person, id, QString() }; }
    QString file(const QString& name, const QByteArray& bytes);
    Result<EvidenceList> add(const QStringList& files, const EvidenceLink& link, const QString& code = QString());
    qint64 rows() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
    EvidenceSchool m_school;
    const QDateTime m_at { QDate(2025, 3, 6), QTime(8, 15), Qt::UTC };
};

void TestEvidenceService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_dbPath = m_dir->filePath(u"school.sqlite"_s);
    m_school = makeEvidenceSchool(m_dbPath);
    QVERIFY(m_school.assessment != 0 && m_school.cdht != 0);
}

void TestEvidenceService::cleanup()
{
    m_school = {};
    m_dir.reset();
}

QString TestEvidenceService::file(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(u"src/"_s + name);
    return writeBytes(path, bytes) ? path : QString();
}

Result<EvidenceList> TestEvidenceService::add(const QStringList& files, const EvidenceLink& link, const QString& code)
{
    EvidenceService::AddRequest request;
    request.files = files;
    request.schoolYearId = m_school.yearId;
    request.link = link;
    request.code = code;
    request.by = u"Thư ký"_s;
    request.at = m_at;
    return service().add(request);
}

qint64 TestEvidenceService::rows() const
{
    return Sql::scalar(m_school.db->connection(), u"SELECT count(*) FROM evidence"_s)->toLongLong();
}

void TestEvidenceService::addProposesCodesAndKeepsMetadata()
{
    EvidenceService::AddRequest request;
    request.files = { file(u"Kế hoạch.pdf"_s, "%PDF-1.4\n1"), file(u"ảnh.png"_s, "\x89PNG\r\n\x1a\n0000") };
    request.link = item(u"H1.TC2.CT1"_s); // the year comes from the assessment
    request.description = u"  Kế hoạch năm học  "_s;
    request.paper = { u"12/KH-THCS"_s, QDate(2024, 9, 5), u"Trường THCS A"_s };
    request.by = u"Thư ký"_s;
    request.at = m_at;
    auto added = service().add(request);
    QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().toString()));
    QCOMPARE(added->size(), 2);
    auto listed = EvidenceQuery(m_school.db->connection()).list({});
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 2);
    const Evidence& first = listed->at(0);
    QCOMPARE(first.code, u"H1.TC2.CT1-01"_s);
    QCOMPARE(listed->at(1).code, u"H1.TC2.CT1-02"_s);
    QCOMPARE(first.schoolYearId, m_school.yearId);
    QCOMPARE(first.originalName, u"Kế hoạch.pdf"_s);
    QCOMPARE(first.displayName(), u"Kế hoạch.pdf"_s);
    QCOMPARE(first.size, qint64(10));
    QCOMPARE(first.mediaType, u"application/pdf"_s);
    QCOMPARE(listed->at(1).mediaType, u"image/png"_s);
    QCOMPARE(first.description, u"Kế hoạch năm học"_s);
    QCOMPARE(first.paper.number, u"12/KH-THCS"_s);
    QCOMPARE(first.paper.date, QDate(2024, 9, 5));
    QCOMPARE(first.paper.issuer, u"Trường THCS A"_s);
    QCOMPARE(first.addedAt, m_at);
    QCOMPARE(first.addedBy, u"Thư ký"_s);
    QVERIFY(!first.trashedAt.isValid());
    QCOMPARE(first.links, QList<EvidenceLink> { item(u"H1.TC2.CT1"_s) });
    QCOMPARE(readBytes(store().objectPath(first.sha256)), QByteArray("%PDF-1.4\n1"));
    // The next file of the item continues the numbering; another item starts its own.
    auto third = add({ file(u"c.pdf"_s, "%PDF-1.4\n3") }, item(u"H1.TC2.CT1"_s));
    auto other = add({ file(u"d.pdf"_s, "%PDF-1.4\n4") }, item(u"H1.TC3.CT2"_s));
    QVERIFY(third.ok() && other.ok());
    QCOMPARE(third->constFirst().code, u"H1.TC2.CT1-03"_s);
    QCOMPARE(other->constFirst().code, u"H1.TC3.CT2-01"_s);
    auto counts = EvidenceQuery(m_school.db->connection()).countsByItem(m_school.assessment);
    QVERIFY(counts.ok());
    QCOMPARE(counts->value(u"H1.TC2.CT1"_s), 3);
    QCOMPARE(counts->value(u"H1.TC3.CT2"_s), 1);
    QCOMPARE(counts->size(), 2);
}

void TestEvidenceService::mediaTypeFromTheContent()
{
    // A program named .pdf stays a program; a .docx (a zip) and a .csv (plain text) get their own type.
    auto added = add({ file(u"hoadon.pdf"_s, "MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"_ba),
                         file(u"danh sách.csv"_s, "ma,ho ten\nGV001,Hoa\n"),
                         file(u"mystery"_s, patternBytes(64, 5)) },
        person(m_school.personA));
    QVERIFY(added.ok());
    QVERIFY2(added->at(0).mediaType != u"application/pdf"_s, qPrintable(added->at(0).mediaType));
    QCOMPARE(added->at(1).mediaType, u"text/csv"_s);
    QCOMPARE(added->at(2).mediaType, u"application/octet-stream"_s);
}

void TestEvidenceService::givenCodes()
{
    auto one = add({ file(u"a.pdf"_s, "a") }, person(m_school.personA), u"QD-15"_s);
    QVERIFY(one.ok());
    QCOMPARE(one->constFirst().code, u"QD-15"_s);
    // With several files the code is their prefix.
    auto two = add({ file(u"b.pdf"_s, "b"), file(u"c.pdf"_s, "c") }, person(m_school.personA), u"KT"_s);
    QVERIFY(two.ok());
    QCOMPARE(two->at(0).code, u"KT-01"_s);
    QCOMPARE(two->at(1).code, u"KT-02"_s);
    // A code taken in the year is refused, and the new file goes with it.
    const QStringList before = filesUnder(store().root());
    auto taken = add({ file(u"d.pdf"_s, "d") }, person(m_school.personA), u"QD-15"_s);
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().code, Error::Code::Duplicate);
    QVERIFY(taken.error().message.contains(u"QD-15"_s));
    QCOMPARE(filesUnder(store().root()), before);
    QCOMPARE(rows(), qint64(3));
    // The same code in another year is fine.
    EvidenceService::AddRequest request;
    request.files = { file(u"e.pdf"_s, "e") };
    request.schoolYearId = m_school.otherYearId;
    request.link = person(m_school.personA);
    request.code = u"QD-15"_s;
    QVERIFY(service().add(request).ok());
    auto bad = add({ file(u"f.pdf"_s, "f") }, person(m_school.personA), u"../x"_s);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, Error::Code::Validation);
}

void TestEvidenceService::duplicatesShareOneObject()
{
    const QByteArray bytes = patternBytes(100000, 11);
    auto first = add({ file(u"giấy khen.jpg"_s, bytes) }, person(m_school.personA));
    auto second = add({ file(u"copy/giấy khen (2).jpg"_s, bytes) }, person(m_school.personB));
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first->constFirst().sha256, second->constFirst().sha256);
    QVERIFY(first->constFirst().id != second->constFirst().id);
    QCOMPARE(first->constFirst().code, u"CN-01"_s);
    QCOMPARE(second->constFirst().code, u"CN-02"_s);
    QCOMPARE(filesUnder(store().root()),
        QStringList { u"objects/"_s + first->constFirst().sha256.left(2) + u'/' + first->constFirst().sha256 });
}

void TestEvidenceService::crashBetweenObjectAndRow()
{
    // The "crash": every file is durably in the store, then the program stops before the rows are written.
    EvidenceService crashing = service();
    crashing.beforeRowsWritten = [] { return false; };
    EvidenceService::AddRequest request;
    request.files = { file(u"a.pdf"_s, "first"), file(u"b.pdf"_s, "second") };
    request.schoolYearId = m_school.yearId;
    request.link = person(m_school.personA);
    QVERIFY(!crashing.add(request).ok());
    QCOMPARE(store().objects().size(), 2);
    QCOMPARE(rows(), qint64(0));

    // The next start: the database is opened again; nothing points at a missing file, the objects are orphans.
    m_school.db.reset();
    auto reopened = Database::open(m_dbPath);
    QVERIFY(reopened.ok());
    m_school.db = std::move(reopened).value();
    auto report = EvidenceCheck(m_school.db->connection(), store()).run();
    QVERIFY(report.ok());
    QVERIFY(!report->hasErrors());
    QCOMPARE(report->warningCount(), 2);
    for (const CheckProblem& problem : std::as_const(report->problems))
        QCOMPARE(problem.kind, CheckProblem::Kind::Orphan);
    // Objects written in the last hour may belong to an add still running elsewhere: kept.
    auto young = service().cleanOrphans();
    QVERIFY(young.ok());
    QCOMPARE(*young, 0);
    QCOMPARE(store().objects().size(), 2);
    auto cleaned =
        service().cleanOrphans(QDateTime::currentDateTimeUtc().addSecs(EvidenceService::OrphanGraceSeconds + 5));
    QVERIFY(cleaned.ok());
    QCOMPARE(*cleaned, 2);
    QCOMPARE(filesUnder(store().root()), QStringList());
    auto clean = EvidenceCheck(m_school.db->connection(), store()).run();
    QVERIFY(clean.ok());
    QCOMPARE(clean->problems.size(), 0);

    // Adding the same file again after the crash works and is complete.
    auto added = add({ file(u"a.pdf"_s, "first") }, person(m_school.personA));
    QVERIFY(added.ok());
    QVERIFY(QFileInfo::exists(store().objectPath(added->constFirst().sha256)));
}

void TestEvidenceService::hostileNamesStayInTheStore()
{
    // Names a Linux file may have, and names a drop or an archive may give (slashes, drive letters, 300 bytes).
    const QString e100 = QString(100, QChar(0x1EC5));
    const QStringList onDisk = { u"..\\..\\x.pdf"_s,
        u"CON"_s,
        u"hoadon\u202Efdp.exe"_s,
        u"Bie\u0302n ba\u0309n.pdf"_s,
        u"bao\u0001cao.pdf"_s,
        u"\u200E..pdf"_s,
        QString(240, u'a') + u".pdf"_s };
    const QStringList given = { u"../../x"_s, u"C:\\x"_s, u"/etc/passwd"_s, e100 + u".pdf"_s };
    QStringList files;
    for (int i = 0; i < onDisk.size(); ++i)
        files << file(u"hostile/"_s + onDisk.at(i), QByteArray::number(i));
    QStringList givenFiles;
    for (int i = 0; i < given.size(); ++i)
        givenFiles << file(u"given/"_s + QString::number(i), "given " + QByteArray::number(i));
    QVERIFY(!files.contains(QString()) && !givenFiles.contains(QString()));

    const auto before = treeSnapshot(m_dir->path());
    QVERIFY(add(files, person(m_school.personA)).ok());
    EvidenceService::AddRequest request;
    request.files = givenFiles;
    request.originalNames = given;
    request.schoolYearId = m_school.yearId;
    request.link = person(m_school.personB);
    QVERIFY(service().add(request).ok());
    // Only the store and the database (with its journal) changed.
    for (const QString& changed : treeChanges(before, treeSnapshot(m_dir->path()))) {
        QVERIFY2(
            changed.startsWith(u"school.minhchung"_s) || changed.startsWith(u"school.sqlite"_s), qPrintable(changed));
    }
    QCOMPARE(filesUnder(store().root()).size(), onDisk.size() + given.size());
    for (const QString& stored : filesUnder(store().root()))
        QVERIFY(EvidenceStore::isSha256(stored.section(u'/', 2)));

    auto listed = EvidenceQuery(m_school.db->connection()).list({});
    QVERIFY(listed.ok());
    QStringList shown;
    for (const Evidence& e : std::as_const(*listed))
        shown << e.displayName();
    const QStringList expected = { u"x.pdf"_s,
        u"_CON"_s,
        u"hoadonfdp.exe"_s,
        u"Bi\u00EAn b\u1EA3n.pdf"_s,
        u"baocao.pdf"_s,
        u"pdf"_s,
        QString(116, u'a') + u".pdf"_s,
        u"x"_s,
        u"x"_s,
        u"passwd"_s,
        QString(65, QChar(0x1EC5)) + u".pdf"_s };
    QCOMPARE(shown, expected);
    // The original name is kept as given (in NFC) for the record.
    QCOMPARE(listed->at(3).originalName, u"Bi\u00EAn b\u1EA3n.pdf"_s);
    QCOMPARE(listed->at(7).originalName, u"../../x"_s);
}

void TestEvidenceService::linksSharedByTwoRecords()
{
    auto added = add({ file(u"biên bản.pdf"_s, "minutes") }, person(m_school.personA));
    QVERIFY(added.ok());
    const Evidence e = added->constFirst();
    const EvidenceLink collective { EvidenceLink::Kind::Collective, m_school.collective, QString() };
    QVERIFY(service().link(e.id, collective).ok());
    QVERIFY(service().link(e.id, collective).ok()); // twice: still one link
    auto both = EvidenceQuery(m_school.db->connection()).get(e.id);
    QVERIFY(both.ok());
    QCOMPARE(both->links, (QList<EvidenceLink> { collective, person(m_school.personA) }));
    QCOMPARE(*service().isLastLink(e.id, person(m_school.personA)), false);

    // Unlinking one record: the file stays for the other.
    QVERIFY(service().unlink(e.id, person(m_school.personA), m_at).ok());
    auto kept = EvidenceQuery(m_school.db->connection()).get(e.id);
    QVERIFY(kept.ok());
    QVERIFY(!kept->isTrashed());
    QCOMPARE(kept->links, QList<EvidenceLink> { collective });
    QVERIFY(QFileInfo::exists(store().objectPath(e.sha256)));
    EvidenceFilter byPerson;
    byPerson.kind = EvidenceLink::Kind::Person;
    byPerson.targetId = m_school.personA;
    QCOMPARE(EvidenceQuery(m_school.db->connection()).list(byPerson)->size(), 0);
    QVERIFY(!service().unlink(e.id, person(m_school.personA), m_at).ok()); // not linked any more

    // The last link: to the trash, still restorable to where it was.
    QCOMPARE(*service().isLastLink(e.id, collective), true);
    // Times from now: the purge leaves objects written within an hour of its "now" to a concurrent add.
    QDateTime trashedAt = QDateTime::currentDateTimeUtc();
    trashedAt.setTime(QTime(trashedAt.time().hour(), trashedAt.time().minute(), trashedAt.time().second()));
    QVERIFY(service().unlink(e.id, collective, trashedAt).ok());
    auto trashed = EvidenceQuery(m_school.db->connection()).get(e.id);
    QCOMPARE(trashed->trashedAt, trashedAt);
    QCOMPARE(EvidenceQuery(m_school.db->connection()).list({})->size(), 0);
    EvidenceFilter trash;
    trash.trashed = true;
    QCOMPARE(EvidenceQuery(m_school.db->connection()).list(trash)->size(), 1);
    QVERIFY(service().restore(e.id).ok());
    QCOMPARE(EvidenceQuery(m_school.db->connection()).get(e.id)->links, QList<EvidenceLink> { collective });
    QCOMPARE(EvidenceQuery(m_school.db->connection()).list({})->size(), 1);

    // Trashed again; the purge keeps it for 30 days, then deletes the row and the file.
    QVERIFY(service().unlink(e.id, collective, trashedAt).ok());
    auto early = service().purgeTrash(trashedAt.addDays(29));
    QVERIFY(early.ok());
    QCOMPARE(*early, 0);
    QVERIFY(QFileInfo::exists(store().objectPath(e.sha256)));
    auto purged = service().purgeTrash(trashedAt.addDays(31));
    QVERIFY(purged.ok());
    QCOMPARE(*purged, 1);
    QCOMPARE(rows(), qint64(0));
    QCOMPARE(Sql::scalar(m_school.db->connection(), u"SELECT count(*) FROM evidence_link"_s)->toInt(), 0);
    QCOMPARE(filesUnder(store().root()), QStringList());
}

void TestEvidenceService::purgeKeepsAnObjectStillUsed()
{
    const QByteArray bytes = "the same scan";
    auto first = add({ file(u"a.jpg"_s, bytes) }, person(m_school.personA));
    auto second = add({ file(u"b.jpg"_s, bytes) }, person(m_school.personB));
    QVERIFY(first.ok() && second.ok());
    QVERIFY(service().unlink(first->constFirst().id, person(m_school.personA), m_at).ok());
    auto purged = service().purgeTrash(m_at.addDays(31));
    QVERIFY(purged.ok());
    QCOMPARE(*purged, 1);
    QCOMPARE(rows(), qint64(1));
    QCOMPARE(readBytes(store().objectPath(second->constFirst().sha256)), bytes);
}

void TestEvidenceService::deletedRecordTakesItsLinks()
{
    auto shared = add({ file(u"a.pdf"_s, "a") }, person(m_school.personB));
    auto alone = add({ file(u"b.pdf"_s, "b") }, person(m_school.personB));
    QVERIFY(shared.ok() && alone.ok());
    QVERIFY(service().link(shared->constFirst().id, { EvidenceLink::Kind::Collective, m_school.collective, {} }).ok());
    QVERIFY(Sql::exec(m_school.db->connection(), u"DELETE FROM person WHERE id = ?"_s, { m_school.personB }).ok());
    auto a = EvidenceQuery(m_school.db->connection()).get(shared->constFirst().id);
    auto b = EvidenceQuery(m_school.db->connection()).get(alone->constFirst().id);
    QCOMPARE(a->links.size(), 1);
    QVERIFY(!a->isTrashed());
    QCOMPARE(b->links.size(), 0);
    QVERIFY(b->isTrashed());
    auto report = EvidenceCheck(m_school.db->connection(), store()).run();
    QVERIFY(report.ok());
    QCOMPARE(report->problems.size(), 0);
}

void TestEvidenceService::wrongLinksAreRefused()
{
    const QString path = file(u"a.pdf"_s, "a");
    struct Case
    {
        EvidenceLink link;
        Error::Code code;
    };
    const QList<Case> cases = {
        { person(999), Error::Code::NotFound },
        { { EvidenceLink::Kind::Collective, 999, {} }, Error::Code::NotFound },
        { { EvidenceLink::Kind::AssessmentItem, m_school.assessment, u"H9.TC9"_s }, Error::Code::Validation },
        { { EvidenceLink::Kind::AssessmentItem, m_school.assessment, {} }, Error::Code::Validation },
        { { EvidenceLink::Kind::AssessmentItem, 999, u"H1.TC1"_s }, Error::Code::NotFound },
        { { EvidenceLink::Kind::LearningResult, 999, {} }, Error::Code::NotFound },
        { { EvidenceLink::Kind::Activity, 999, {} }, Error::Code::NotFound },
        { { EvidenceLink::Kind::Meeting, 999, {} }, Error::Code::NotFound },
        { { EvidenceLink::Kind::Nomination, 999, {} }, Error::Code::NotFound },
        { { EvidenceLink::Kind::Person, m_school.personA, u"H1.TC1"_s }, Error::Code::Validation },
    };
    for (const Case& c : cases) {
        auto refused = add({ path }, c.link);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, c.code);
    }
    // An assessment of 2024-2025 does not take files of 2025-2026.
    EvidenceService::AddRequest request;
    request.files = { path };
    request.schoolYearId = m_school.otherYearId;
    request.link = item(u"H1.TC1.CT1"_s);
    auto otherYear = service().add(request);
    QVERIFY(!otherYear.ok());
    // A person has no year: one must be chosen.
    request.schoolYearId = 0;
    request.link = person(m_school.personA);
    QVERIFY(!service().add(request).ok());
    QCOMPARE(rows(), qint64(0));
    QCOMPARE(filesUnder(store().root()), QStringList());
}

// An activity (issue 17) takes files of its own school year only, and removing it takes its links: the file goes to
// the trash.
void TestEvidenceService::activityTakesFilesOfItsYear()
{
    Activity activity;
    activity.schoolYearId = m_school.yearId;
    activity.kind = Activity::Kind::ReadingDay;
    activity.title = u"Ngày hội đọc sách"_s;
    activity.startDate = QDate(2025, 4, 21);
    auto activityId = ActivityService(m_school.db->connection()).addActivity(activity);
    QVERIFY(activityId.ok());
    const EvidenceLink link { EvidenceLink::Kind::Activity, *activityId, {} };
    auto added = add({ file(u"ảnh.jpg"_s, "photo") }, link);
    QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().message));
    QCOMPARE(EvidenceQuery(m_school.db->connection()).get(added->constFirst().id)->links, QList<EvidenceLink> { link });
    QCOMPARE(added->constFirst().code.left(2), u"HD"_s);

    EvidenceService::AddRequest request;
    request.files = { file(u"b.pdf"_s, "b") };
    request.schoolYearId = m_school.otherYearId;
    request.link = link;
    QVERIFY(!service().add(request).ok());

    QVERIFY(ActivityService(m_school.db->connection()).removeActivity(*activityId).ok());
    auto after = EvidenceQuery(m_school.db->connection()).get(added->constFirst().id);
    QCOMPARE(after->links.size(), 0);
    QVERIFY(after->isTrashed());
}

void TestEvidenceService::sizeLimitFromTheSetting()
{
    auto limit = service().sizeLimit();
    QVERIFY(limit.ok());
    QCOMPARE(*limit, qint64(2) * 1024 * 1024 * 1024);
    QVERIFY(service().setSizeLimit(10).ok());
    QCOMPARE(*service().sizeLimit(), qint64(10));
    // One file too large stops the whole add before anything is copied.
    auto refused =
        add({ file(u"small.txt"_s, "0123456789"), file(u"large.txt"_s, "0123456789A") }, person(m_school.personA));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::TooLarge);
    QVERIFY(refused.error().message.contains(u"large.txt"_s));
    QVERIFY(!QFileInfo::exists(store().root()));
    QCOMPARE(rows(), qint64(0));
    QVERIFY(add({ file(u"small.txt"_s, "0123456789") }, person(m_school.personA)).ok());
    QVERIFY(!service().setSizeLimit(0).ok());
}

void TestEvidenceService::cancelLeavesNoFileAndNoRow()
{
    QVERIFY(add({ file(u"kept.pdf"_s, "kept") }, person(m_school.personA)).ok());
    const QStringList before = filesUnder(store().root());
    EvidenceService::AddRequest request;
    request.files = { file(u"one.bin"_s, patternBytes(1500000, 1)),
        file(u"two.bin"_s, patternBytes(2500000, 2)),
        file(u"kept-again.pdf"_s, "kept") };
    request.schoolYearId = m_school.yearId;
    request.link = person(m_school.personA);
    QList<QPair<qint64, qint64>> seen;
    auto cancelled = service().add(request, [&](qint64 done, qint64 total) {
        seen.append({ done, total });
        return done < 2000000; // cancelled inside the second file
    });
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
    QCOMPARE(seen.constLast(), (QPair<qint64, qint64>(1500000 + 1048576, 4000004)));
    QCOMPARE(filesUnder(store().root()), before);
    QCOMPARE(rows(), qint64(1));
}

void TestEvidenceService::updateChangesMetadataOnly()
{
    auto added = add({ file(u"a.pdf"_s, "a"), file(u"b.pdf"_s, "b") }, person(m_school.personA));
    QVERIFY(added.ok());
    Evidence e = added->constFirst();
    e.code = u"QD-01"_s;
    e.description = u"Quyết định"_s;
    e.paper = { u"15/QĐ-UBND"_s, QDate(2025, 1, 10), u"UBND huyện"_s };
    e.sha256 = QString(64, u'0'); // not changed by update
    e.size = 1;
    auto updated = service().update(e);
    QVERIFY(updated.ok());
    QCOMPARE(updated->code, u"QD-01"_s);
    QCOMPARE(updated->paper.issuer, u"UBND huyện"_s);
    QCOMPARE(updated->sha256, added->constFirst().sha256);
    QCOMPARE(updated->size, qint64(1));
    Evidence clash = added->at(1);
    clash.code = u"QD-01"_s;
    auto refused = service().update(clash);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Duplicate);
    QCOMPARE(EvidenceQuery(m_school.db->connection()).get(clash.id)->code, added->at(1).code);
}

void TestEvidenceService::exportCopy()
{
    auto added = add({ file(u"a.pdf"_s, "exported") }, person(m_school.personA));
    QVERIFY(added.ok());
    const QString target = m_dir->filePath(u"ra.pdf"_s);
    QVERIFY(service().exportCopy(added->constFirst().id, target).ok());
    QCOMPARE(readBytes(target), QByteArray("exported"));
    QCOMPARE(service().exportCopy(9999, target).error().code, Error::Code::NotFound);
}

void TestEvidenceService::expandFolders()
{
    file(u"tree/b.pdf"_s, "b");
    file(u"tree/a/z.png"_s, "z");
    file(u"tree/a/.hidden"_s, "h");
    const QString single = file(u"single.pdf"_s, "s");
    const QString root = m_dir->filePath(u"src/tree"_s);
    QCOMPARE(EvidenceService::expandFolders({ single, root }),
        (QStringList { single, root + u"/a/.hidden"_s, root + u"/a/z.png"_s, root + u"/b.pdf"_s }));
}

QTEST_GUILESS_MAIN(TestEvidenceService)
#include "TestEvidenceService.moc"
