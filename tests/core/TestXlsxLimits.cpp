// The .xlsx reader against hostile packages: zip bombs (also with lying headers), entity expansion, XML floods and
// nesting checked while inflating (XmlGuard), cut-short and damaged archives, the largest workbook allowed; every
// refusal an Error with a Vietnamese message, never a crash. (Split from TestWorkbookReader.)
#include "core/common/Translation.h"
#include "core/documents/ZipArchive.h"
#include "core/spreadsheet/WorkbookReader.h"
#include "core/spreadsheet/XlsxStyles.h"
#include "core/spreadsheet/XmlGuard.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(thidua::Error::Code)

class TestXlsxLimits : public QObject
{
    Q_OBJECT

private slots:
    void xlsxHostile_data();
    void xlsxHostile();
    void xlsxXmlLimits_data();
    void xlsxXmlLimits();
    void xmlGuard_data();
    void xmlGuard();
    void zipBombLyingHeader();
    void truncated_data();
    void truncated();
    void vietnameseMessages();
    void vietnamesePackageMessages();
    void largeWorkbook();
    void corrupted();
    void sharedStrings_data();
    void sharedStrings();
};

namespace {

QString sample(const QString& name)
{
    return QStringLiteral(THIDUA_TEST_DATA "/spreadsheet/") + name;
}

// A minimal workbook with one sheet; `parts` replace or add package parts by name.
QByteArray makeXlsx(const QList<ZipArchive::Entry>& parts)
{
    const QByteArray ns = R"(xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
                          R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";
    QList<ZipArchive::Entry> entries = {
        { u"[Content_Types].xml"_s,
            R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
            R"(<Default Extension="xml" ContentType="application/xml"/></Types>)" },
        { u"_rels/.rels"_s,
            R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
            R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/)"
            R"(officeDocument" Target="xl/workbook.xml"/></Relationships>)" },
        { u"xl/workbook.xml"_s,
            "<?xml version=\"1.0\"?><workbook " + ns
                + R"(><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>)" },
        { u"xl/_rels/workbook.xml.rels"_s,
            R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
            R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/)"
            R"(worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" )"
            R"(Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" )"
            R"(Target="sharedStrings.xml"/></Relationships>)" },
        { u"xl/sharedStrings.xml"_s, "<?xml version=\"1.0\"?><sst " + ns + "><si><t>An</t></si></sst>" },
        { u"xl/worksheets/sheet1.xml"_s,
            "<?xml version=\"1.0\"?><worksheet " + ns
                + R"(><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>)" },
    };
    for (const ZipArchive::Entry& part : parts) {
        auto it = std::find_if(
            entries.begin(), entries.end(), [&](const ZipArchive::Entry& e) { return e.first == part.first; });
        if (it != entries.end())
            it->second = part.second;
        else
            entries.append(part);
    }
    Result<QByteArray> zip = ZipArchive::write(entries);
    return zip.ok() ? zip.value() : QByteArray();
}

QByteArray sheetXml(const QByteArray& sheetData)
{
    return R"(<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
           "<sheetData>"
        + sheetData + "</sheetData></worksheet>";
}

} // namespace

void TestXlsxLimits::xlsxHostile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("mentions"); // a word the message must hold

    const auto sheet = [](const QByteArray& data) {
        return makeXlsx({ { u"xl/worksheets/sheet1.xml"_s, sheetXml(data) } });
    };

    QVERIFY(WorkbookReader::readXlsx(makeXlsx({}), u"ok.xlsx"_s, {}).ok());

    // A zip bomb: 50 MB of rows that deflate to ~100 KB; the budget in the test is 4 MB.
    QByteArray rows;
    rows.reserve(50 * 1024 * 1024);
    const QByteArray row = R"(<row><c t="inlineStr"><is><t>Nguyễn Văn An</t></is></c></row>)";
    while (rows.size() < 50 * 1024 * 1024)
        rows += row;
    QTest::newRow("zip bomb") << sheet(rows) << Error::Code::TooLarge << 0 << 0 << u"MB"_s;
    rows.clear();
    rows.squeeze();

    // Entity expansion ("billion laughs"): any DTD is refused before an entity is read.
    QByteArray laughs = R"(<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "hahahahahahahahahaha">)";
    QByteArray previous = "a";
    for (char c = 'b'; c <= 'j'; ++c) {
        laughs += "<!ENTITY " + QByteArray(1, c) + " \"" + QByteArray("&" + previous + ";").repeated(10) + "\">";
        previous = QByteArray(1, c);
    }
    laughs += R"(]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&j;</t></si></sst>)";
    QTest::newRow("billion laughs") << makeXlsx({ { u"xl/sharedStrings.xml"_s, laughs } }) << Error::Code::Format << 0
                                    << 0 << u"DTD"_s;
    QTest::newRow("external entity") << makeXlsx({ { u"xl/worksheets/sheet1.xml"_s,
        R"(<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>)"
        R"(<worksheet><sheetData><row><c t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>)" } })
                                     << Error::Code::Format << 0 << 0 << u"DTD"_s;

    QTest::newRow("huge cell") << sheet(
        R"(<row r="3"><c r="B3" t="inlineStr"><is><t>)" + QByteArray(200'000, 'x') + "</t></is></c></row>")
                               << Error::Code::TooLarge << 3 << 2 << u"32767"_s;
    // Past 1 MB the text is not even held: refused while it streams in.
    QTest::newRow("endless cell") << sheet(
        R"(<row r="3"><c r="B3" t="inlineStr"><is><t>)" + QByteArray(3 * 1024 * 1024, 'x') + "</t></is></c></row>")
                                  << Error::Code::TooLarge << 0 << 0 << u"1024 KB"_s;
    QTest::newRow("huge shared string") << makeXlsx({ { u"xl/sharedStrings.xml"_s,
        R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>)" + QByteArray(40000, 'y')
            + "</t></si></sst>" } }) << Error::Code::TooLarge
                                        << 0 << 0 << u"32767"_s;
    QTest::newRow("million rows") << sheet(R"(<row r="1000000"><c r="A1000000"><v>1</v></c></row>)")
                                  << Error::Code::TooLarge << 1000000 << 0 << u"Sheet1"_s;
    QTest::newRow("last column") << sheet(R"(<row r="2"><c r="XFD2"><v>1</v></c></row>)") << Error::Code::TooLarge << 2
                                 << 16384 << u"Sheet1"_s;
    QTest::newRow("bad reference") << sheet(R"(<row r="2"><c r="2B"><v>1</v></c></row>)") << Error::Code::Format << 2
                                   << 0 << u"2B"_s;
    QTest::newRow("missing shared string")
        << sheet(R"(<row r="4"><c r="C4" t="s"><v>7</v></c></row>)") << Error::Code::Format << 4 << 3 << u"Sheet1"_s;
    QTest::newRow("broken xml") << sheet(R"(<row r="1"><c r="A1"><v>1</v></row>)") << Error::Code::Format << 0 << 0
                                << u"sheet1.xml"_s;
    QByteArray sheets;
    QByteArray sheetRels;
    for (int i = 1; i <= 300; ++i) {
        sheets +=
            "<sheet name=\"S" + QByteArray::number(i) + "\" sheetId=\"" + QByteArray::number(i) + "\" r:id=\"rId1\"/>";
    }
    QTest::newRow("too many sheets") << makeXlsx({ { u"xl/workbook.xml"_s,
        R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
        R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)"
            + sheets + "</sheets></workbook>" } })
                                     << Error::Code::TooLarge << 0 << 0 << u"256"_s;
    Result<QByteArray> docx = ZipArchive::write({ { u"word/document.xml"_s, "<w:document/>" } });
    QTest::newRow("not a workbook: a Word document")
        << docx.value() << Error::Code::Format << 0 << 0 << u"Word document (.docx)"_s;
    QTest::newRow("zip header then garbage")
        << QByteArray("PK\x03\x04") + QByteArray(1000, '\x7f') << Error::Code::Format << 0 << 0 << QString();
    QTest::newRow("no sheets") << makeXlsx({ { u"xl/workbook.xml"_s,
        R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>)" } })
                               << Error::Code::Format << 0 << 0 << QString();
}

void TestXlsxLimits::xlsxHostile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Error::Code, code);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, mentions);
    QVERIFY(!bytes.isEmpty());
    WorkbookReader::Options options;
    options.limits.maxUnpackedBytes = 4 * 1024 * 1024;
    const Result<Workbook> workbook = WorkbookReader::readXlsx(bytes, u"bad.xlsx"_s, options);
    QVERIFY(!workbook.ok());
    qInfo().noquote() << workbook.error().toString();
    QCOMPARE(workbook.error().code, code);
    QCOMPARE(workbook.error().file, u"bad.xlsx"_s);
    QCOMPARE(workbook.error().row, row);
    QCOMPARE(workbook.error().column, column);
    QVERIFY2(workbook.error().message.contains(mentions), qPrintable(workbook.error().message));
}

void TestXlsxLimits::xlsxXmlLimits_data()
{
    // Issue 12: what the unpacked-bytes budget does not see (depth, element count, one endless text), and the
    // shared-strings count. The bytes stay far below the budget.
    QTest::addColumn<QString>("part");
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<qint64>("maxElements"); // 0: the default
    QTest::addColumn<qint64>("maxCells"); // 0: the default
    QTest::addColumn<QString>("mentions"); // empty: read without error

    const QString sheet = u"xl/worksheets/sheet1.xml"_s;
    const QString strings = u"xl/sharedStrings.xml"_s;
    const QByteArray sst = R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)";
    const QByteArray cell = R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)";
    QTest::newRow("100,000 unclosed runs")
        << strings << sst + "<si>" + QByteArray("<r>").repeated(100'000) << qint64(0) << qint64(0) << u"256"_s;
    QTest::newRow("nested tags in a formula")
        << sheet << sheetXml(R"(<row r="1"><c r="A1"><f>)" + QByteArray("<a>").repeated(300)) << qint64(0) << qint64(0)
        << u"256"_s;
    QTest::newRow("250 levels closed again")
        << sheet << sheetXml(QByteArray("<x>").repeated(250) + QByteArray("</x>").repeated(250) + cell) << qint64(0)
        << qint64(0) << QString();
    QTest::newRow("elements") << sheet << sheetXml(QByteArray("<x/>").repeated(2000) + cell) << qint64(1000)
                              << qint64(0) << u"1000"_s;
    QTest::newRow("elements within the limit")
        << sheet << sheetXml(QByteArray("<x/>").repeated(900) + cell) << qint64(1000) << qint64(0) << QString();
    QTest::newRow("comments count") << sheet << sheetXml(QByteArray("<!---->").repeated(2000) + cell) << qint64(1000)
                                    << qint64(0) << u"1000"_s;
    // readElementText joins the pieces around comments: they are one text.
    QTest::newRow("text cut by comments")
        << sheet
        << sheetXml(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>)" + QByteArray("abcdefgh<!---->").repeated(150'000)
               + "</t></is></c></row>")
        << qint64(0) << qint64(0) << u"1024 KB"_s;
    QTest::newRow("endless attribute") << sheet
                                       << sheetXml(R"(<row r="1" x=")" + QByteArray(2 * 1024 * 1024, 'y') + R"("/>)")
                                       << qint64(0) << qint64(0) << u"1024 KB"_s;
    QTest::newRow("endless spaces") << sheet << sheetXml(QByteArray(2 * 1024 * 1024, ' ')) << qint64(0) << qint64(0)
                                    << u"1024 KB"_s;
    QTest::newRow("more texts than cells")
        << strings << sst + QByteArray("<si/>").repeated(11) + "</sst>" << qint64(0) << qint64(10) << u"10"_s;
    QTest::newRow("as many texts as cells")
        << strings << sst + QByteArray("<si/>").repeated(10) + "</sst>" << qint64(0) << qint64(10) << QString();
}

void TestXlsxLimits::xlsxXmlLimits()
{
    QFETCH(QString, part);
    QFETCH(QByteArray, xml);
    QFETCH(qint64, maxElements);
    QFETCH(qint64, maxCells);
    QFETCH(QString, mentions);
    WorkbookReader::Options options;
    if (maxElements > 0)
        options.limits.maxXmlElements = maxElements;
    if (maxCells > 0)
        options.limits.maxCells = maxCells;
    const Result<Workbook> workbook = WorkbookReader::readXlsx(makeXlsx({ { part, xml } }), u"bad.xlsx"_s, options);
    if (mentions.isEmpty()) {
        QVERIFY2(workbook.ok(), qPrintable(workbook.ok() ? QString() : workbook.error().toString()));
        return;
    }
    QVERIFY(!workbook.ok());
    qInfo().noquote() << workbook.error().toString();
    QCOMPARE(workbook.error().code, Error::Code::TooLarge);
    QCOMPARE(workbook.error().file, u"bad.xlsx"_s);
    QVERIFY2(workbook.error().message.contains(mentions), qPrintable(workbook.error().message));
}

void TestXlsxLimits::xmlGuard_data()
{
    // The byte-level scan behind the limits: markup inside quotes, comments, CDATA and instructions is not counted
    // as elements, an empty element does not nest. Depth limit 2, 4 elements, 16 bytes per token.
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("breach");
    const int none = int(XmlGuard::Breach::None);
    const int depth = int(XmlGuard::Breach::Depth);
    const int elements = int(XmlGuard::Breach::Elements);
    const int token = int(XmlGuard::Breach::Token);
    QTest::newRow("two deep") << QByteArray("<a><b></b></a>") << none;
    QTest::newRow("three deep") << QByteArray("<a><b><c>") << depth;
    QTest::newRow("empty elements") << QByteArray("<a><b/><c/></a>") << none;
    QTest::newRow("> and /> in quotes") << QByteArray(R"(<a x="/>"><b y='>'><c>)") << depth;
    QTest::newRow("tags in a comment") << QByteArray("<a><!--<b><c>--></a>") << none;
    QTest::newRow("tags in CDATA") << QByteArray("<a><![CDATA[<b><c>]]></a>") << none;
    QTest::newRow("tags in an instruction") << QByteArray("<?p <b><c>?><a/>") << none;
    QTest::newRow("five elements") << QByteArray("<a><b/><c/><d/><e/></a>") << elements;
    QTest::newRow("long text") << QByteArray("<a>0123456789abcdefg</a>") << token;
    QTest::newRow("text split by a comment") << QByteArray("<a>0123456789<!---->abcdefg</a>") << token;
    QTest::newRow("texts between tags") << QByteArray("<a>0123456789</a><b>abcdefg</b>") << none;
    QTest::newRow("long tag") << QByteArray(R"(<a x="0123456789abcdef"/>)") << token;
}

void TestXlsxLimits::xmlGuard()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, breach);
    XmlGuard::Limits limits;
    limits.maxDepth = 2;
    limits.maxElements = 4;
    limits.maxTokenBytes = 16;
    // All at once and byte by byte: the same answer wherever the reads cut the part.
    XmlGuard whole(limits);
    QCOMPARE(int(whole.feed(xml.constData(), xml.size())), breach);
    XmlGuard bytes(limits);
    for (const char c : std::as_const(xml))
        bytes.feed(&c, 1);
    QCOMPARE(int(bytes.breach()), breach);
}

void TestXlsxLimits::zipBombLyingHeader()
{
    // The central directory and local header claim 100 bytes for a part that inflates to 8 MB: the reader counts
    // what inflating produces, so the budget still holds, or libzip notices the lie; either way an Error.
    QByteArray rows;
    const QByteArray row = R"(<row><c t="inlineStr"><is><t>An</t></is></c></row>)";
    while (rows.size() < 8 * 1024 * 1024)
        rows += row;
    QByteArray zip = makeXlsx({ { u"xl/worksheets/sheet1.xml"_s, sheetXml(rows) } });
    const QByteArray name = "xl/worksheets/sheet1.xml";
    int patched = 0;
    // Local file header: signature PK\3\4, uncompressed size at offset 22; central directory: PK\1\2, at 24.
    for (qsizetype at = zip.indexOf(name); at >= 0; at = zip.indexOf(name, at + 1)) {
        for (const auto& [signature, sizeOffset, nameOffset] :
            { std::tuple { QByteArray("PK\x03\x04"), 22, 30 }, std::tuple { QByteArray("PK\x01\x02"), 24, 46 } }) {
            const qsizetype header = at - nameOffset;
            if (header >= 0 && zip.mid(header, 4) == signature) {
                const char hundred[4] = { 100, 0, 0, 0 };
                zip.replace(header + sizeOffset, 4, hundred, 4);
                ++patched;
            }
        }
    }
    QCOMPARE(patched, 2);
    WorkbookReader::Options options;
    options.limits.maxUnpackedBytes = 1024 * 1024;
    const Result<Workbook> workbook = WorkbookReader::readXlsx(zip, u"bomb.xlsx"_s, options);
    QVERIFY(!workbook.ok());
    qInfo().noquote() << workbook.error().toString();
}

void TestXlsxLimits::truncated_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("fraction");
    for (const QString& file : { u"workbook.xlsx"_s, u"workbook.xls"_s }) {
        for (const double fraction : { 0.0, 0.01, 0.1, 0.5, 0.9, 0.99 })
            QTest::addRow("%s %g", qPrintable(file), fraction) << file << fraction;
    }
}

void TestXlsxLimits::truncated()
{
    QFETCH(QString, file);
    QFETCH(double, fraction);
    QFile source(sample(file));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cut."_s + QFileInfo(file).suffix());
    QFile cut(path);
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(bytes.left(qMax<qsizetype>(8, qsizetype(bytes.size() * fraction))));
    cut.close();
    const Result<Workbook> workbook = WorkbookReader::read(path);
    // A damaged file is refused by name; it never crashes. (An .xls cut near its end may still hold all the
    // sheets FreeXL needs.)
    if (!workbook.ok()) {
        QCOMPARE(workbook.error().file, path);
        QVERIFY(!workbook.error().message.isEmpty());
    } else {
        QVERIFY(file.endsWith(u"xls") && fraction > 0.5);
    }
}

void TestXlsxLimits::vietnameseMessages()
{
    // Users see the errors in Vietnamese.
    QVERIFY(Translation::install(*QCoreApplication::instance(), u"vi"_s));
    Result<Workbook> workbook = WorkbookReader::readText("a,\"b\n", u"x.csv"_s, {});
    QVERIFY(!workbook.ok());
    QCOMPARE(workbook.error().toString(),
        u"x.csv:1:2: Ô trong dấu ngoặc kép bắt đầu ở dòng 1 không được đóng lại: tệp bị cắt cụt hoặc có một dấu "
        u"ngoặc kép thừa."_s);
    workbook = WorkbookReader::readXlsx(
        makeXlsx({ { u"xl/worksheets/sheet1.xml"_s, sheetXml(R"(<row r="4"><c r="C4" t="s"><v>7</v></c></row>)") } }),
        u"x.xlsx"_s,
        {});
    QVERIFY(!workbook.ok());
    QCOMPARE(workbook.error().toString(),
        u"x.xlsx:4:3: Trang tính “Sheet1”: ô tham chiếu tới một văn bản không có trong sổ tính."_s);
    QVERIFY(Translation::install(*QCoreApplication::instance(), u"en"_s));
}

void TestXlsxLimits::vietnamesePackageMessages()
{
    // Issue 12: the zip-bomb and "cut short" texts of XlsxPackage were looked up as QIODevice's and never shown in
    // Vietnamese.
    QVERIFY(Translation::install(*QCoreApplication::instance(), u"vi"_s));
    QByteArray rows;
    const QByteArray row = R"(<row><c t="inlineStr"><is><t>An</t></is></c></row>)";
    while (rows.size() < 2 * 1024 * 1024)
        rows += row;
    WorkbookReader::Options options;
    options.limits.maxUnpackedBytes = 1024 * 1024;
    Result<Workbook> workbook = WorkbookReader::readXlsx(
        makeXlsx({ { u"xl/worksheets/sheet1.xml"_s, sheetXml(rows) } }), u"bom.xlsx"_s, options);
    QVERIFY(!workbook.ok());
    QCOMPARE(workbook.error().toString(),
        u"bom.xlsx: Sổ tính khi giải nén lớn hơn 1 MB, mức tối đa được nhập (có thể là một “bom zip”)."_s);

    // A part whose checksum does not match its bytes (a bad disk, a broken download): libzip's CRC check at the
    // end of the part. Local file header: CRC at offset 14; central directory: at 16.
    QByteArray zip = makeXlsx({});
    const QByteArray name = "xl/worksheets/sheet1.xml";
    int patched = 0;
    for (qsizetype at = zip.indexOf(name); at >= 0; at = zip.indexOf(name, at + 1)) {
        for (const auto& [signature, crcOffset, nameOffset] :
            { std::tuple { QByteArray("PK\x03\x04"), 14, 30 }, std::tuple { QByteArray("PK\x01\x02"), 16, 46 } }) {
            const qsizetype header = at - nameOffset;
            if (header >= 0 && zip.mid(header, 4) == signature) {
                zip[header + crcOffset] = char(zip.at(header + crcOffset) ^ 0x55);
                ++patched;
            }
        }
    }
    QCOMPARE(patched, 2);
    workbook = WorkbookReader::readXlsx(zip, u"hỏng.xlsx"_s, {});
    QVERIFY(!workbook.ok());
    QVERIFY2(workbook.error().toString().startsWith(
                 u"hỏng.xlsx: Sổ tính bị hỏng hoặc bị cắt cụt (phần xl/worksheets/sheet1.xml: "_s),
        qPrintable(workbook.error().toString()));
    QVERIFY(Translation::install(*QCoreApplication::instance(), u"en"_s));
}

void TestXlsxLimits::largeWorkbook()
{
    // 3,000 people in shared strings, dates and numbers, as a school's list: read whole, in order (the time is
    // printed for information; tests/bench measures the whole import).
    QByteArray strings;
    QByteArray rows = R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>)";
    strings += "<si><t>STT</t></si><si><t>Họ và tên</t></si>";
    for (int i = 0; i < 3000; ++i) {
        const QByteArray r = QByteArray::number(i + 2);
        strings += "<si><t>Nguyễn Thị Thu Hoà " + QByteArray::number(i) + "</t></si>";
        rows += "<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + QByteArray::number(i + 1) + "</v></c><c r=\"B" + r
            + "\" t=\"s\"><v>" + QByteArray::number(i + 2) + "</v></c><c r=\"C" + r + "\"><v>"
            + QByteArray::number(30000 + i) + "</v></c><c r=\"D" + r
            + "\" t=\"inlineStr\"><is><t>Tổ Toán - Tin</t></is></c></row>";
    }
    const QByteArray xlsx = makeXlsx(
        { { u"xl/sharedStrings.xml"_s,
              R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)" + strings + "</sst>" },
            { u"xl/worksheets/sheet1.xml"_s, sheetXml(rows) } });
    QElapsedTimer timer;
    timer.start();
    const Result<Workbook> workbook = WorkbookReader::readXlsx(xlsx, u"big.xlsx"_s, {});
    const qint64 ms = timer.elapsed();
    QVERIFY(workbook.ok());
    const Sheet& sheet = workbook->sheets.constFirst();
    QCOMPARE(sheet.rowCount(), 3001);
    QCOMPARE(sheet.cell(3000, 1).text, u"Nguyễn Thị Thu Hoà 2999"_s);
    QCOMPARE(sheet.cell(3000, 2).number, 32999.0);
    QCOMPARE(sheet.cell(3000, 3).text, u"Tổ Toán - Tin"_s);
    qInfo("3,000-row .xlsx (%lld KB) read in %lld ms", qint64(xlsx.size() / 1024), ms);
}

void TestXlsxLimits::corrupted()
{
    // Bytes damaged inside the archive (a bad disk, a broken download): libzip's CRC check, inflating or the XML
    // parser stops the read with an Error; never a crash, never mojibake in place of the names.
    QFile source(sample(u"workbook.xlsx"_s));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray original = source.readAll();
    int refused = 0;
    for (int percent = 5; percent < 100; percent += 5) {
        QByteArray bytes = original;
        const qsizetype at = bytes.size() * percent / 100;
        for (qsizetype i = at; i < at + 16 && i < bytes.size(); ++i)
            bytes[i] = char(bytes.at(i) ^ 0x5A);
        const Result<Workbook> workbook = WorkbookReader::readXlsx(bytes, u"damaged.xlsx"_s, {});
        if (!workbook.ok()) {
            QVERIFY(!workbook.error().message.isEmpty());
            ++refused;
        }
    }
    QVERIFY(refused >= 15);
}

void TestXlsxLimits::sharedStrings_data()
{
    // The shared strings part is read by its own SAX parser: what Excel shows of each <si>, or the refusal.
    QTest::addColumn<QByteArray>("items"); // the <si> elements of the part
    QTest::addColumn<QString>("text"); // what cell A1 (shared string 0) shows; empty when refused
    QTest::addColumn<QString>("mentions"); // a word the refusal's message must hold

    QTest::newRow("plain") << QByteArray("<si><t>Nguyễn Văn An</t></si>") << u"Nguyễn Văn An"_s << QString();
    QTest::newRow("runs joined, phonetic guide left out")
        << QByteArray(R"(<si><r><rPr><b/></rPr><t>Tổ </t></r><r><t xml:space="preserve">Ngữ văn</t></r>)"
                      R"(<rPh sb="0" eb="1"><t>x</t></rPh></si>)")
        << u"Tổ Ngữ văn"_s << QString();
    QTest::newRow("escape and entities") << QByteArray("<si><t>A &amp; B_x000D_\nC&#x1EA1;</t></si>") << u"A & B\nCạ"_s
                                         << QString();
    QTest::newRow("CDATA") << QByteArray("<si><t><![CDATA[<Lớp 10A1>]]></t></si>") << u"<Lớp 10A1>"_s << QString();
    QTest::newRow("run in .VnTime converted")
        << QByteArray(R"(<si><r><rPr><rFont val=".VnTime"/></rPr><t>NguyÔn V¨n An</t></r></si>)") << u"Nguyễn Văn An"_s
        << QString();
    QTest::newRow("second string") << QByteArray("<si><t>x</t></si><si/><si><t>y</t></si>") << u"x"_s << QString();
    QTest::newRow("unclosed item") << QByteArray("<si><t>An</t>") << QString() << u"sharedStrings.xml"_s;
    QTest::newRow("mismatched tags") << QByteArray("<si><t>An</si></t>") << QString() << u"sharedStrings.xml"_s;
    QTest::newRow("text over the cell limit")
        << (QByteArray("<si><t>") + QByteArray(40'000, 'a') + "</t></si>") << QString() << u"32767"_s;
    QTest::newRow("runs together over the cell limit") << (QByteArray("<si>") + QByteArray("<r><t>")
        + QByteArray(20'000, 'a') + "</t></r><r><t>" + QByteArray(20'000, 'b') + "</t></r></si>")
                                                       << QString() << u"32767"_s;
}

void TestXlsxLimits::sharedStrings()
{
    QFETCH(QByteArray, items);
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const QByteArray part =
        R"(<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)" + items
        + "</sst>";
    const Result<Workbook> workbook =
        WorkbookReader::readXlsx(makeXlsx({ { u"xl/sharedStrings.xml"_s, part } }), u"tên.xlsx"_s, {});
    if (text.isEmpty()) {
        QVERIFY(!workbook.ok());
        QVERIFY2(workbook.error().message.contains(mentions), qPrintable(workbook.error().message));
        QCOMPARE(workbook.error().file, u"tên.xlsx"_s);
        return;
    }
    QVERIFY2(workbook.ok(), qPrintable(workbook.ok() ? QString() : workbook.error().message));
    QCOMPARE(workbook->sheets.constFirst().cell(0, 0).text, text);
}

QTEST_GUILESS_MAIN(TestXlsxLimits)
#include "TestXlsxLimits.moc"
