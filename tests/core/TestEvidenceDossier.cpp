// The danh mục minh chứng and the dossier (issue 15, point 5): files added through EvidenceService to items of the
// school's Đơn vị học tập assessment, a person, and another year; the dossier's tree against hand-written paths,
// its SHA256SUMS checked by coreutils' `sha256sum -c` in the folder and in the unzipped .zip (Python's zipfile), the
// index PDF through tests/tools/check_nd30.py, the .xlsx read back by openpyxl. A target that holds something is
// never overwritten, and a failure (an altered object, a cancel) leaves nothing beside it.
#include "core/documents/DocumentService.h"
#include "core/documents/PdfRenderer.h"
#include "core/evidence/EvidenceDossier.h"
#include "core/evidence/EvidenceIndex.h"
#include "core/evidence/EvidenceService.h"
#include "core/school/SchoolService.h"
#include "tests/support/EvidenceFixture.h"
#include "tests/support/RequiredTool.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using namespace thidua::test;

namespace {

const QString Tc1 = QStringLiteral("H1.TC1 Tiêu chí 1 Về điều kiện xây dựng Đơn vị");
const QString Tc2 = QStringLiteral("H1.TC2 Tiêu chí 2 Về kết quả học tập của Thành");
const QString Tc2b = QStringLiteral("H2.TC2 Tiêu chí 2 Về kết quả học tập của Thành");
const QString Tc3 = QStringLiteral("H1.TC3 Tiêu chí 3 Tác dụng của việc xây dựng");
const QString Tc3b = QStringLiteral("H2.TC3 Tiêu chí 3 Tác dụng của việc xây dựng");

// Runs a program; its exit code, and its output in `output`.
int run(const QString& program, const QStringList& arguments, const QString& folder, QString* output)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return -1;
    *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TestEvidenceDossier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void folderAndFileNames_data();
    void folderAndFileNames();
    void folderLayoutAndManifest();
    void zipManifest();
    void indexPdfPassesNd30();
    void indexXlsx();
    void indexWithoutSet();
    void neverOverwrites_data();
    void neverOverwrites();
    void failureLeavesNothing();

private:
    Result<EvidenceDossier::Summary> writeDossier(const QString& target, const EvidenceStore::Progress& progress = {});
    qint64 add(const QString& name,
        const QByteArray& bytes,
        const EvidenceLink& link,
        const QString& code,
        const QString& description = QString(),
        const OfficialPaper& paper = {},
        qint64 yearId = 0);
    QStringList besideTargets() const;

    QTemporaryDir m_dir;
    EvidenceSchool m_school;
    std::unique_ptr<EvidenceStore> m_store;
    CriteriaSet m_set;
    QString m_python;
};

void TestEvidenceDossier::initTestCase()
{
    QVERIFY(m_dir.isValid());
    THIDUA_REQUIRE_TOOL(hasSha256sum(), "sha256sum (coreutils) is not installed");
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"), { QStringLiteral("/usr/bin") });
    THIDUA_REQUIRE_TOOL(!m_python.isEmpty(), "python3 is not installed");
    QDir(m_dir.path()).mkpath(QStringLiteral("school"));
    QDir(m_dir.path()).mkpath(QStringLiteral("out"));
    m_school = makeEvidenceSchool(m_dir.filePath(QStringLiteral("school/school.sqlite")));
    QVERIFY(m_school.assessment != 0);
    const QSqlDatabase db = m_school.db->connection();
    SchoolProfile profile;
    profile.fullName = QStringLiteral("Trường THPT Nguyễn Khuyến");
    profile.governingBody = QStringLiteral("Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh");
    profile.abbreviation = QStringLiteral("NK");
    profile.placeName = QStringLiteral("Gò Vấp");
    SchoolLeader head;
    head.fullName = QStringLiteral("Phạm Văn Hùng");
    head.title = QStringLiteral("Hiệu trưởng");
    profile.leaders << head;
    QVERIFY(SchoolService(db).saveProfile(profile));
    m_store = std::make_unique<EvidenceStore>(
        EvidenceStore::forDatabase(m_dir.filePath(QStringLiteral("school/school.sqlite"))));
    auto set = CriteriaQuery(db).latest(QStringLiteral("don-vi-hoc-tap-cap-huyen"));
    QVERIFY(set && set->id != 0);
    m_set = *set;

    const auto item = [this](const QString& code) {
        return EvidenceLink { EvidenceLink::Kind::AssessmentItem, m_school.assessment, code };
    };
    QVERIFY(add(QStringLiteral("kế hoạch.pdf"),
                patternBytes(3000, 1),
                item(QStringLiteral("H1.TC1.CT1")),
                QStringLiteral("TC1.CT1-01"),
                QStringLiteral("Kế hoạch xây dựng Đơn vị học tập"),
                { QStringLiteral("15/KH-NK"), QDate(2024, 9, 25), QStringLiteral("Trường THPT Nguyễn Khuyến") })
        != 0);
    // A hostile name: path parts and a right-to-left override; only its cleaned extension reaches the dossier.
    QVERIFY(add(QStringLiteral("../../x\u202Egnp.exe.JPG"),
                patternBytes(5000, 2),
                item(QStringLiteral("H1.TC3.CT1")),
                QStringLiteral("TC3.CT1-01"),
                QStringLiteral("Bảng kết quả"))
        != 0);
    // One file backing items of two tiêu chí: in both folders.
    const qint64 shared = add(QStringLiteral("ảnh.PNG"),
        patternBytes(7000, 3),
        item(QStringLiteral("H1.TC1.CT5")),
        QStringLiteral("TC1.CT5-01"),
        QStringLiteral("Ảnh Tuần lễ học tập suốt đời"));
    QVERIFY(shared != 0);
    EvidenceService service(db, *m_store);
    QVERIFY(service.link(shared, item(QStringLiteral("H1.TC3.CT2"))));
    QVERIFY(service.link(shared, EvidenceLink { EvidenceLink::Kind::Collective, m_school.collective, QString() }));
    // A person's file and another year's: not in the dossier.
    QVERIFY(add(QStringLiteral("chứng nhận.pdf"),
                patternBytes(1000, 4),
                EvidenceLink { EvidenceLink::Kind::Person, m_school.personA, QString() },
                QStringLiteral("CN-01"),
                QStringLiteral("Chứng nhận bồi dưỡng"))
        != 0);
    QVERIFY(add(QStringLiteral("năm sau.pdf"),
                patternBytes(900, 5),
                EvidenceLink { EvidenceLink::Kind::Person, m_school.personB, QString() },
                QStringLiteral("TC1.CT2-01"),
                QString(),
                {},
                m_school.otherYearId)
        != 0);
}

qint64 TestEvidenceDossier::add(const QString& name,
    const QByteArray& bytes,
    const EvidenceLink& link,
    const QString& code,
    const QString& description,
    const OfficialPaper& paper,
    qint64 yearId)
{
    const QString source = m_dir.filePath(QStringLiteral("sources/%1.bin").arg(code));
    if (!writeBytes(source, bytes))
        return 0;
    EvidenceService::AddRequest request;
    request.files = { source };
    request.originalNames = { name };
    request.schoolYearId = yearId == 0 ? m_school.yearId : yearId;
    request.link = link;
    request.code = code;
    request.description = description;
    request.paper = paper;
    request.by = QStringLiteral("test");
    request.at = QDateTime(QDate(2024, 10, 1), QTime(9, 0));
    auto added = EvidenceService(m_school.db->connection(), *m_store).add(request);
    if (!added) {
        qWarning("%s", qPrintable(added.error().toString()));
        return 0;
    }
    return added->isEmpty() ? 0 : added->constFirst().id;
}

Result<EvidenceDossier::Summary> TestEvidenceDossier::writeDossier(
    const QString& target, const EvidenceStore::Progress& progress)
{
    EvidenceDossier::Request request;
    request.target = target;
    request.schoolYearId = m_school.yearId;
    request.schoolYear = QStringLiteral("2024 - 2025");
    request.set = m_set;
    request.today = QDate(2025, 5, 20);
    return EvidenceDossier(m_school.db->connection(), *m_store).write(request, progress);
}

QStringList TestEvidenceDossier::besideTargets() const
{
    return QDir(m_dir.filePath(QStringLiteral("out")))
        .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

void TestEvidenceDossier::folderAndFileNames_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("file");
    QTest::newRow("item cut at a word") << QStringLiteral(
        "H1.TC1") << QStringLiteral("Tiêu chí 1: Về điều kiện xây dựng “Đơn vị học tập” (mức độ 1)")
                                        << QStringLiteral("Kế hoạch.PDF") << Tc1 << QStringLiteral("H1.TC1.pdf");
    QTest::newRow("short text") << QStringLiteral("TC2") << QStringLiteral("Học tập") << QStringLiteral("a.tar.gz")
                                << QStringLiteral("TC2 Học tập") << QStringLiteral("TC2.gz");
    QTest::newRow("path and separators in the code")
        << QStringLiteral("../TC/3") << QStringLiteral("A/B\\C: <D>") << QStringLiteral("C:\\x\\..\\ảnh.jpeg")
        << QStringLiteral("TC_3 A B C D") << QStringLiteral("TC_3.jpeg");
    QTest::newRow("no extension, bidi") << QStringLiteral("CN-01") << QStringLiteral("Cá nhân")
                                        << QStringLiteral("\u202Efdp.exe") << QStringLiteral("CN-01 Cá nhân")
                                        << QStringLiteral("CN-01.exe");
    QTest::newRow("reserved name") << QStringLiteral("CON") << QString() << QStringLiteral("x")
                                   << QStringLiteral("_CON") << QStringLiteral("_CON");
}

void TestEvidenceDossier::folderAndFileNames()
{
    QFETCH(QString, code);
    QFETCH(QString, text);
    QFETCH(QString, original);
    QFETCH(QString, folder);
    QFETCH(QString, file);
    CriteriaItem item;
    item.code = code;
    item.text = text;
    QCOMPARE(EvidenceDossier::folderName(item), folder);
    Evidence evidence;
    evidence.code = code;
    evidence.originalName = original;
    QCOMPARE(EvidenceDossier::fileName(evidence), file);
}

void TestEvidenceDossier::folderLayoutAndManifest()
{
    const QString target = m_dir.filePath(QStringLiteral("out/hồ sơ"));
    auto written = writeDossier(target);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QCOMPARE(written->files, 4);
    QCOMPARE(written->chapters, 5);
    QCOMPARE(written->bytes, qint64(3000 + 5000 + 7000 + 7000));
    const QStringList expected = { Tc1 + QStringLiteral("/TC1.CT1-01.pdf"),
        Tc1 + QStringLiteral("/TC1.CT5-01.png"),
        Tc3 + QStringLiteral("/TC1.CT5-01.png"),
        Tc3 + QStringLiteral("/TC3.CT1-01.jpg"),
        QStringLiteral("Danh mục minh chứng.pdf"),
        QStringLiteral("SHA256SUMS") };
    QStringList sorted = expected;
    sorted.sort();
    QCOMPARE(filesUnder(target), sorted);
    for (const QString& folder : { Tc2, Tc2b, Tc3b })
        QVERIFY2(QDir(target).exists(folder), qPrintable(folder)); // a tiêu chí without evidence: an empty folder
    QCOMPARE(readBytes(QDir(target).filePath(Tc3 + QStringLiteral("/TC1.CT5-01.png"))), patternBytes(7000, 3));
    QCOMPARE(readBytes(QDir(target).filePath(Tc1 + QStringLiteral("/TC1.CT1-01.pdf"))), patternBytes(3000, 1));
    QCOMPARE(besideTargets(), QStringList { QStringLiteral("hồ sơ") }); // no temporary folder left

    QString output;
    QCOMPARE(
        run(QStringLiteral("sha256sum"), { QStringLiteral("-c"), QStringLiteral("SHA256SUMS") }, target, &output), 0);
    QCOMPARE(output.count(QStringLiteral(": OK")), 5);
    // The manifest names every file but itself, each line "<64 hex>  <path>".
    const QStringList lines = QString::fromUtf8(readBytes(QDir(target).filePath(QStringLiteral("SHA256SUMS"))))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.constFirst().mid(66), QStringLiteral("Danh mục minh chứng.pdf"));
    QCOMPARE(lines.at(1),
        sha256sum(QDir(target).filePath(Tc1 + QStringLiteral("/TC1.CT1-01.pdf"))) + QStringLiteral("  ") + Tc1
            + QStringLiteral("/TC1.CT1-01.pdf"));

    // A changed byte is caught by the receiving side.
    QFile altered(QDir(target).filePath(Tc3 + QStringLiteral("/TC3.CT1-01.jpg")));
    QVERIFY(altered.open(QIODevice::ReadWrite));
    QVERIFY(altered.seek(100));
    QVERIFY(altered.write("\x00", 1) == 1);
    altered.close();
    QVERIFY(
        run(QStringLiteral("sha256sum"), { QStringLiteral("-c"), QStringLiteral("SHA256SUMS") }, target, &output) != 0);
    QVERIFY(output.contains(Tc3 + QStringLiteral("/TC3.CT1-01.jpg: FAILED")));
}

void TestEvidenceDossier::zipManifest()
{
    const QString target = m_dir.filePath(QStringLiteral("out/hồ sơ.zip"));
    auto written = writeDossier(target);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QVERIFY(besideTargets().contains(QStringLiteral("hồ sơ.zip")));
    for (const QString& name : besideTargets())
        QVERIFY2(!name.startsWith(QLatin1Char('.')), qPrintable(name));
    const QString unzipped = m_dir.filePath(QStringLiteral("unzipped"));
    QString output;
    const QString script = QStringLiteral("import sys, zipfile\n"
                                          "z = zipfile.ZipFile(sys.argv[1])\n"
                                          "print(z.testzip())\n"
                                          "print('\\n'.join(sorted(i.filename for i in z.infolist())))\n"
                                          "z.extractall(sys.argv[2])\n");
    QCOMPARE(run(m_python, { QStringLiteral("-c"), script, target, unzipped }, m_dir.path(), &output), 0);
    const QStringList names = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(names.value(0), QStringLiteral("None")); // every CRC right
    for (const QString& name : { Tc1 + QStringLiteral("/TC1.CT1-01.pdf"),
             Tc1 + QStringLiteral("/TC1.CT5-01.png"),
             Tc3 + QStringLiteral("/TC1.CT5-01.png"),
             Tc3 + QStringLiteral("/TC3.CT1-01.jpg"),
             Tc2b + QLatin1Char('/'),
             QStringLiteral("Danh mục minh chứng.pdf"),
             QStringLiteral("SHA256SUMS") })
        QVERIFY2(names.contains(name), qPrintable(name + QStringLiteral(" in ") + output));
    QCOMPARE(
        run(QStringLiteral("sha256sum"), { QStringLiteral("-c"), QStringLiteral("SHA256SUMS") }, unzipped, &output), 0);
    QCOMPARE(output.count(QStringLiteral(": OK")), 5);
}

void TestEvidenceDossier::indexPdfPassesNd30()
{
    const QString target = m_dir.filePath(QStringLiteral("out/nd30"));
    auto written = writeDossier(target);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    const QString pdf = QDir(target).filePath(QStringLiteral("Danh mục minh chứng.pdf"));
    THIDUA_REQUIRE_TOOL(
        !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "poppler-utils are not installed");
    QString verdict;
    QCOMPARE(run(m_python, { QStringLiteral(THIDUA_ND30_CHECKER), pdf }, m_dir.path(), &verdict), 0);
    QVERIFY2(verdict.trimmed().endsWith(QStringLiteral("ND30 rules hold")), qPrintable(verdict));
    QString text;
    QCOMPARE(
        run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") }, m_dir.path(), &text),
        0);
    for (const QString& expected : { QStringLiteral("DANH MỤC MINH CHỨNG"),
             QStringLiteral("Năm học 2024 - 2025"),
             QStringLiteral("TC1.CT1-01"),
             QStringLiteral("Số 15/KH-NK,"),
             QStringLiteral("25/9/2024"),
             QStringLiteral("Phạm Văn Hùng"),
             QStringLiteral("Gò Vấp, ngày 20 tháng 5 năm 2025") })
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n") + text));
    QVERIFY(!text.contains(QStringLiteral("CN-01"))); // a person's file backs no tiêu chí
    QVERIFY(!text.contains(QStringLiteral("TC1.CT2-01"))); // another year
}

void TestEvidenceDossier::indexXlsx()
{
    auto data = EvidenceIndex::load(m_school.db->connection(), m_school.yearId, QStringLiteral("2024 - 2025"), &m_set);
    QVERIFY2(data, qPrintable(data ? QString() : data.error().toString()));
    const QString path = m_dir.filePath(QStringLiteral("danh muc.xlsx"));
    QVERIFY(EvidenceIndex::saveXlsx(*data, path));
    const QString script =
        QStringLiteral("import sys, openpyxl\n"
                       "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
                       "for row in ws.iter_rows(values_only=True):\n"
                       "    print('|'.join('' if v is None else (v.strftime('%d/%m/%Y') if hasattr(v, 'strftime') "
                       "else str(v)) for v in row))\n"
                       "print(any(c.data_type == 'f' for r in ws.iter_rows() for c in r))\n");
    QString output;
    QCOMPARE(run(m_python, { QStringLiteral("-c"), script, path }, m_dir.path(), &output), 0);
    const QString tc1 =
        QStringLiteral("H1.TC1. Tiêu chí 1: Về điều kiện xây dựng “Đơn vị học tập” (mức độ 1 và mức độ 2)");
    const QString tc3 = QStringLiteral("H1.TC3. Tiêu chí 3: Tác dụng của việc xây dựng “Đơn vị học tập” (mức độ 1)");
    const QStringList expected = {
        QStringLiteral("STT|Tiêu chí|Mã minh chứng|Tên, nội dung minh chứng|Số văn bản|Ngày ban hành|Cơ quan ban "
                       "hành|Minh chứng cho"),
        QStringLiteral("1|%1|TC1.CT1-01|Kế hoạch xây dựng Đơn vị học tập|15/KH-NK|25/09/2024|Trường THPT Nguyễn "
                       "Khuyến|H1.TC1.CT1")
            .arg(tc1),
        QStringLiteral("2|%1|TC1.CT5-01|Ảnh Tuần lễ học tập suốt đời||||H1.TC1.CT5; H1.TC3.CT2; Tổ Toán").arg(tc1),
        QStringLiteral("3|%1|TC1.CT5-01|Ảnh Tuần lễ học tập suốt đời||||H1.TC1.CT5; H1.TC3.CT2; Tổ Toán").arg(tc3),
        QStringLiteral("4|%1|TC3.CT1-01|Bảng kết quả||||H1.TC3.CT1").arg(tc3),
        QStringLiteral("False"),
    };
    QCOMPARE(output.trimmed().split(QLatin1Char('\n')), expected);
}

void TestEvidenceDossier::indexWithoutSet()
{
    auto data = EvidenceIndex::load(m_school.db->connection(), m_school.yearId, QStringLiteral("2024 - 2025"), nullptr);
    QVERIFY(data);
    QCOMPARE(data->groups.size(), 2);
    QCOMPARE(data->groups.at(0).heading, QStringLiteral("Minh chứng cho tiêu chí đánh giá"));
    QCOMPARE(data->groups.at(1).heading, QStringLiteral("Minh chứng của cá nhân"));
    QStringList codes;
    for (const auto& row : data->groups.at(0).rows)
        codes << row.code;
    QCOMPARE(codes,
        (QStringList { QStringLiteral("TC1.CT1-01"), QStringLiteral("TC1.CT5-01"), QStringLiteral("TC3.CT1-01") }));
    QCOMPARE(data->groups.at(1).rows.constFirst().backs, QStringLiteral("Nguyễn Thị Hoa"));
}

void TestEvidenceDossier::neverOverwrites_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("folder");
    QTest::newRow("non-empty folder") << QStringLiteral("full") << true;
    QTest::newRow("file named like the folder") << QStringLiteral("plain") << false;
    QTest::newRow("existing .zip") << QStringLiteral("old.zip") << false;
}

void TestEvidenceDossier::neverOverwrites()
{
    QFETCH(QString, name);
    QFETCH(bool, folder);
    const QString target = m_dir.filePath(QStringLiteral("out/") + name);
    QVERIFY(writeBytes(folder ? target + QStringLiteral("/keep.txt") : target, QByteArray("giữ nguyên")));
    const auto before = treeSnapshot(m_dir.filePath(QStringLiteral("out")));
    auto written = writeDossier(target);
    QVERIFY(!written);
    QCOMPARE(written.error().code, Error::Code::Duplicate);
    QVERIFY(treeChanges(before, treeSnapshot(m_dir.filePath(QStringLiteral("out")))).isEmpty());
}

void TestEvidenceDossier::failureLeavesNothing()
{
    // An empty folder is taken.
    const QString empty = m_dir.filePath(QStringLiteral("out/empty"));
    QVERIFY(QDir().mkpath(empty));
    auto intoEmpty = writeDossier(empty);
    QVERIFY2(intoEmpty, qPrintable(intoEmpty ? QString() : intoEmpty.error().toString()));
    QVERIFY(QFileInfo::exists(QDir(empty).filePath(QStringLiteral("SHA256SUMS"))));

    // Cancelled half-way, as a folder and as a .zip.
    const auto before = treeSnapshot(m_dir.filePath(QStringLiteral("out")));
    for (const QString& name : { QStringLiteral("cancelled"), QStringLiteral("cancelled.zip") }) {
        int calls = 0;
        auto cancelled = writeDossier(
            m_dir.filePath(QStringLiteral("out/") + name), [&calls](qint64, qint64) { return ++calls < 3; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
    }
    // A stored object altered behind the program's back: the dossier refuses to hand it over.
    const QString object = m_store->objectPath(sha256sum(m_dir.filePath(QStringLiteral("sources/TC3.CT1-01.bin"))));
    const QByteArray original = readBytes(object);
    QVERIFY(!original.isEmpty());
    QFile::setPermissions(object, QFile::ReadOwner | QFile::WriteOwner);
    QByteArray flipped = original;
    flipped[42] = char(flipped[42] ^ 0x01);
    QVERIFY(writeBytes(object, flipped));
    for (const QString& name : { QStringLiteral("altered"), QStringLiteral("altered.zip") }) {
        auto refused = writeDossier(m_dir.filePath(QStringLiteral("out/") + name));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Damaged);
        QVERIFY2(refused.error().message.contains(QStringLiteral("TC3.CT1-01")), qPrintable(refused.error().message));
    }
    QVERIFY(writeBytes(object, original));
    QVERIFY(treeChanges(before, treeSnapshot(m_dir.filePath(QStringLiteral("out")))).isEmpty());
}

QTEST_MAIN(TestEvidenceDossier)
#include "TestEvidenceDossier.moc"
