// .xls files are read in a child process (XlsChild, thidua-xls-reader) behind a pre-check of what FreeXL would
// misread (XlsPrecheck): a helper that crashes, hangs, or writes anything but the framing (XlsFrame.h) yields the
// "damaged" message naming the file, never a crash or a hang of the program; the FreeXL crash of
// tests/fuzz/freexl-crashes is refused; the pre-check accepts real workbooks and refuses damaged ones.
#include "core/common/Translation.h"
#include "core/spreadsheet/WorkbookReader.h"
#include "core/spreadsheet/XlsPrecheck.h"
#include "core/spreadsheet/XlsReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace thidua;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(thidua::xls::Verdict)

namespace {

const QString kSamples = QStringLiteral(THIDUA_TEST_DATA);
const QString kCrash = QStringLiteral(THIDUA_FUZZ_CORPUS "/FuzzXlsReader/stack-underflow-iconv.xls");

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QStringList> texts(const Workbook& workbook)
{
    QList<QStringList> out;
    for (const Sheet& sheet : workbook.sheets) {
        out.append({ sheet.name });
        for (const QList<Cell>& row : sheet.rows) {
            QStringList cells;
            for (const Cell& cell : row)
                cells.append(cell.text);
            out.append(cells);
        }
    }
    return out;
}

// Points THIDUA_XLS_READER (and the stub's mode, the time allowed) elsewhere for one test.
class HelperOverride
{
public:
    HelperOverride(const QByteArray& helper, const QByteArray& mode = QByteArray(), int timeoutMs = 0)
        : m_saved(qgetenv("THIDUA_XLS_READER"))
    {
        qputenv("THIDUA_XLS_READER", helper);
        qputenv("THIDUA_XLS_STUB", mode);
        if (timeoutMs > 0)
            qputenv("THIDUA_XLS_READER_TIMEOUT_MS", QByteArray::number(timeoutMs));
    }
    ~HelperOverride()
    {
        qputenv("THIDUA_XLS_READER", m_saved);
        qunsetenv("THIDUA_XLS_STUB");
        qunsetenv("THIDUA_XLS_READER_TIMEOUT_MS");
    }

private:
    QByteArray m_saved;
};

} // namespace

class TestXlsChild : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void childReadsAsThisProcessDoes();
    void freexlCrashIsRefused();
    void misbehavingHelper_data();
    void misbehavingHelper();
    void hangingHelperIsKilled();
    void missingHelper();
    void precheck_data();
    void precheck();
};

void TestXlsChild::initTestCase()
{
    QVERIFY(Translation::install(*QCoreApplication::instance(), Translation::defaultLanguage()));
    QVERIFY2(!qgetenv("THIDUA_XLS_READER").isEmpty(), "run through ctest: THIDUA_XLS_READER names the helper");
}

void TestXlsChild::childReadsAsThisProcessDoes()
{
    for (const QString& name : { u"spreadsheet/workbook.xls"_s, u"import/staff_title_merged.xls"_s }) {
        const QString path = kSamples + u'/' + name;
        const Result<Workbook> child = WorkbookReader::read(path);
        const Result<Workbook> here = WorkbookReader::readXls(path, WorkbookReader::Options());
        QVERIFY2(child.ok(), qPrintable(child.ok() ? QString() : child.error().toString()));
        QVERIFY(here.ok());
        QVERIFY(child->sheets.size() >= 1);
        QCOMPARE(texts(*child), texts(*here));
    }
}

// FreeXL 1.0.6 reads this file's directory entry name past its buffer (a 28 KB read from a 4 KB stack block): the
// pre-check refuses it in this process and in the helper; FreeXL alone in the child (the stub) crashes under
// AddressSanitizer, or fails, and either way the program gets a message naming the file.
void TestXlsChild::freexlCrashIsRefused()
{
    const Result<Workbook> inProcess = WorkbookReader::readXls(kCrash, WorkbookReader::Options());
    QVERIFY(!inProcess.ok());
    QCOMPARE(inProcess.error().message, XlsReader::damaged(kCrash).message);
    const Result<Workbook> child = WorkbookReader::read(kCrash);
    QVERIFY(!child.ok());
    QCOMPARE(child.error().message, XlsReader::damaged(kCrash).message);
    QCOMPARE(child.error().file, kCrash);
    QVERIFY(child.error().toString().startsWith(kCrash));

    HelperOverride stub(THIDUA_XLS_STUB, "freexl");
    const Result<Workbook> unchecked = WorkbookReader::read(kCrash);
    QVERIFY(!unchecked.ok());
    QCOMPARE(unchecked.error().file, kCrash);
    QVERIFY(!unchecked.error().message.isEmpty());
}

void TestXlsChild::misbehavingHelper_data()
{
    QTest::addColumn<QByteArray>("mode");
    QTest::newRow("crash (SIGSEGV)") << "segv"_ba;
    QTest::newRow("abort") << "abort"_ba;
    QTest::newRow("garbage") << "garbage"_ba;
    QTest::newRow("no end record") << "no-end"_ba;
    QTest::newRow("exit code 1") << "exit-1"_ba;
    QTest::newRow("bytes after the end") << "after-end"_ba;
    QTest::newRow("wrong cell count") << "wrong-count"_ba;
    QTest::newRow("cell outside its sheet") << "outside"_ba;
    QTest::newRow("cells out of order") << "out-of-order"_ba;
    QTest::newRow("sheet over the row limit") << "huge-sheet"_ba;
    QTest::newRow("text over the cell limit") << "huge-text"_ba;
}

void TestXlsChild::misbehavingHelper()
{
    QFETCH(QByteArray, mode);
    const QString path = kSamples + u"/spreadsheet/workbook.xls"_s;
    {
        HelperOverride good(THIDUA_XLS_STUB, "good");
        const Result<Workbook> workbook = WorkbookReader::read(path);
        QVERIFY(workbook.ok());
        QCOMPARE(
            texts(*workbook), (QList<QStringList> { { u"Lớp 10A1"_s }, { u"Họ và tên"_s }, { u"Nguyễn Văn An"_s } }));
    }
    HelperOverride stub(THIDUA_XLS_STUB, mode);
    const Result<Workbook> workbook = WorkbookReader::read(path);
    QVERIFY(!workbook.ok());
    QCOMPARE(workbook.error().message, XlsReader::damaged(path).message);
    QCOMPARE(workbook.error().file, path);
}

void TestXlsChild::hangingHelperIsKilled()
{
    const QString path = kSamples + u"/spreadsheet/workbook.xls"_s;
    QElapsedTimer timer;
    timer.start();
    {
        HelperOverride stub(THIDUA_XLS_STUB, "hang", 1'500);
        const Result<Workbook> workbook = WorkbookReader::read(path);
        QVERIFY(!workbook.ok());
        QCOMPARE(workbook.error().message, XlsReader::damaged(path).message);
    }
    QVERIFY2(timer.elapsed() < 15'000, qPrintable(QString::number(timer.elapsed())));

    // Endless output is stopped at the unpacked-bytes budget.
    HelperOverride endless(THIDUA_XLS_STUB, "endless");
    WorkbookReader::Options options;
    options.limits.maxUnpackedBytes = 4 * 1024 * 1024;
    const Result<Workbook> workbook = XlsReader::read(path, options);
    QVERIFY(!workbook.ok());
    QCOMPARE(workbook.error().message, WorkbookReader::outOfMemory(path).message);
}

void TestXlsChild::missingHelper()
{
    const QString path = kSamples + u"/spreadsheet/workbook.xls"_s;
    HelperOverride missing("/nonexistent/thidua-xls-reader");
    const Result<Workbook> workbook = WorkbookReader::read(path);
    QVERIFY(!workbook.ok());
    QCOMPARE(workbook.error().code, Error::Code::Io);
    QCOMPARE(workbook.error().file, path);
    QVERIFY(workbook.error().message.contains(u"thidua-xls-reader"_s));
}

void TestXlsChild::precheck_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<quint64>("maxCells");
    QTest::addColumn<xls::Verdict>("verdict");
    const QByteArray workbook = bytesOf(kSamples + u"/spreadsheet/workbook.xls"_s);
    QVERIFY(!workbook.isEmpty());
    QTest::newRow("workbook.xls (LibreOffice)") << workbook << quint64(1'000'000) << xls::Verdict::Ok;
    QTest::newRow("staff_title_merged.xls")
        << bytesOf(kSamples + u"/import/staff_title_merged.xls"_s) << quint64(1'000'000) << xls::Verdict::Ok;
    QTest::newRow("the FreeXL crash") << bytesOf(kCrash) << quint64(1'000'000) << xls::Verdict::Damaged;
    QTest::newRow("cut short") << workbook.left(workbook.size() / 2) << quint64(1'000'000) << xls::Verdict::Damaged;
    QTest::newRow("only the header") << workbook.left(512) << quint64(1'000'000) << xls::Verdict::Damaged;
    // The directory starts at sector 19 (byte 20 × 512) with "Root Entry"; its name size, at byte 64, is 22.
    const qsizetype root = 20 * 512;
    QCOMPARE(workbook.mid(root, 20), QByteArray("R\0o\0o\0t\0 \0E\0n\0t\0r\0y\0", 20));
    QCOMPARE(quint8(workbook.at(root + 64)), quint8(22));
    QByteArray longName = workbook;
    longName[root + 64] = '\x00';
    longName[root + 65] = '\x70';
    QTest::newRow("directory name of 28 KB") << longName << quint64(1'000'000) << xls::Verdict::Damaged;
    QTest::newRow("more cells than allowed") << workbook << quint64(10) << xls::Verdict::TooManyCells;
    QTest::newRow("not a compound file") << QByteArray(4096, 'x') << quint64(1'000'000) << xls::Verdict::Damaged;
}

void TestXlsChild::precheck()
{
    QFETCH(QByteArray, bytes);
    QFETCH(quint64, maxCells);
    QFETCH(xls::Verdict, verdict);
    const xls::Precheck result = xls::precheck(
        reinterpret_cast<const unsigned char*>(bytes.constData()), std::size_t(bytes.size()), { maxCells, 256 });
    QVERIFY2(result.verdict == verdict, result.detail);
}

QTEST_GUILESS_MAIN(TestXlsChild)
#include "TestXlsChild.moc"
