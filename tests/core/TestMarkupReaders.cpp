// Lists as schools receive them (issue 12, point 5): FileKind tells a file by its bytes, HtmlTableReader reads web
// pages (spans, <th>, <br>, several tables, encodings), SpreadsheetMlReader reads Excel 2003 XML; files that are
// neither are refused with a message saying what they are; hostile markup is refused within the limits.
#include "core/documents/ZipArchive.h"
#include "core/spreadsheet/FileKind.h"
#include "core/spreadsheet/WorkbookReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using namespace Qt::StringLiterals;

using Kind = FileKind::Kind;
Q_DECLARE_METATYPE(FileKind::Kind)
Q_DECLARE_METATYPE(thidua::Error::Code)

namespace {

QList<QStringList> texts(const Sheet& sheet)
{
    QList<QStringList> out;
    for (const QList<Cell>& row : sheet.rows) {
        QStringList cells;
        for (const Cell& cell : row)
            cells.append(cell.text);
        while (!cells.isEmpty() && cells.constLast().isEmpty())
            cells.removeLast();
        out.append(cells);
    }
    return out;
}

QByteArray workbookXml(const QByteArray& body, const QByteArray& styles = QByteArray())
{
    return "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
           "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" "
           "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\">"
        + styles + body + "</Workbook>";
}

// The message of a failed read, for QVERIFY2 (which builds its message even when the check holds).
QString why(const Result<Workbook>& workbook)
{
    return workbook.ok() ? QString() : workbook.error().message;
}

Result<Workbook> readMarkup(const QByteArray& bytes, const WorkbookReader::Options& options = {})
{
    return WorkbookReader::readMarkup(bytes, u"danh-sach.xls"_s, options);
}

} // namespace

class TestMarkupReaders : public QObject
{
    Q_OBJECT

private slots:
    void kinds_data();
    void kinds();
    void refusals_data();
    void refusals();
    void htmlTable();
    void htmlSeveralTables();
    void htmlEncodings_data();
    void htmlEncodings();
    void htmlLimits_data();
    void htmlLimits();
    void spreadsheetMl();
    void spreadsheetMlLegacyFont();
    void spreadsheetMlHostile_data();
    void spreadsheetMlHostile();
};

void TestMarkupReaders::kinds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("zip") << QByteArray("PK\x03\x04rest", 8) << Kind::Zip;
    QTest::newRow("ole2 workbook") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1W\0o\0r\0k\0b\0o\0o\0k\0", 24)
                                   << Kind::Ole2;
    QTest::newRow("ole2 word") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0", 32)
                               << Kind::WordOle2;
    QTest::newRow("html") << QByteArray("<html><body><table>") << Kind::Html;
    QTest::newRow("html, BOM, doctype, spaces")
        << QByteArray("\xEF\xBB\xBF \r\n<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><HTML>") << Kind::Html;
    QTest::newRow("html, UTF-16 LE with BOM") << QByteArray("\xFF\xFE<\0h\0t\0m\0l\0>\0", 14) << Kind::Html;
    QTest::newRow("bare table") << QByteArray("<table><tr><td>1</td></tr></table>") << Kind::Html;
    QTest::newRow("xhtml") << QByteArray("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">")
                           << Kind::Html;
    QTest::newRow("spreadsheetml") << workbookXml("") << Kind::SpreadsheetMl;
    QTest::newRow("other xml") << QByteArray("<?xml version=\"1.0\"?><root/>") << Kind::Xml;
    QTest::newRow("mhtml") << QByteArray("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x")
                           << Kind::WebArchive;
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3") << Kind::Pdf;
    QTest::newRow("rtf") << QByteArray("{\\rtf1\\ansi") << Kind::Rtf;
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n") << Kind::Image;
    QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0") << Kind::Image;
    QTest::newRow("rar") << QByteArray("Rar!\x1A\x07") << Kind::Archive;
    QTest::newRow("empty") << QByteArray() << Kind::Empty;
    QTest::newRow("white space") << QByteArray(" \r\n\t") << Kind::Empty;
    QTest::newRow("csv") << QByteArray("STT,Họ và tên\r\n1,An\r\n") << Kind::Text;
    QTest::newRow("starts with BM, text") << QByteArray("BMI,Họ và tên\r\n") << Kind::Text;
    QTest::newRow("binary") << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08").repeated(20) << Kind::Binary;
}

void TestMarkupReaders::kinds()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Kind, kind);
    QCOMPARE(FileKind::sniff(bytes), kind);
}

void TestMarkupReaders::refusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QTest::newRow("pdf named .xls") << u"ds.xls"_s << QByteArray("%PDF-1.4\n1 0 obj") << u"PDF document"_s;
    QTest::newRow("word 97 named .xls") << u"ds.xls"_s
                                        << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(200, '\0')
            + QByteArray("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0", 24)
                                        << u"Word document"_s;
    QTest::newRow("rtf named .xls") << u"ds.xls"_s << QByteArray("{\\rtf1\\ansi Danh s\\'e1ch}") << u"RTF"_s;
    QTest::newRow("web page without a table")
        << u"ds.xls"_s << QByteArray("<html><body><p>Phiên đăng nhập đã hết hạn</p></body></html>")
        << u"web page (HTML) with no table"_s;
    QTest::newRow("mhtml") << u"ds.xls"_s << QByteArray("MIME-Version: 1.0\r\nContent-Type: multipart/related;")
                           << u"MHTML"_s;
    QTest::newRow("photo") << u"ds.xlsx"_s << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF", 10) << u"picture"_s;
    QTest::newRow("rar") << u"ds.xls"_s << QByteArray("Rar!\x1A\x07\0", 7) << u"compressed archive"_s;
    QTest::newRow("xml") << u"ds.xls"_s << QByteArray("<?xml version=\"1.0\"?><root/>") << u"XML document"_s;
    QTest::newRow("empty .xls") << u"ds.xls"_s << QByteArray() << u"empty"_s;
    const auto zip = [](const QString& part) {
        return ZipArchive::write({ { part, "<x/>" }, { u"[Content_Types].xml"_s, "<Types/>" } }).value();
    };
    QTest::newRow("docx") << u"ds.xlsx"_s << zip(u"word/document.xml"_s) << u"Word document (.docx)"_s;
    QTest::newRow("ods") << u"ds.xls"_s
                         << ZipArchive::write({ { u"mimetype"_s, "application/vnd.oasis.opendocument.spreadsheet" },
                                                  { u"content.xml"_s, "<x/>" } })
                                .value()
                         << u"OpenDocument"_s;
    QTest::newRow("other zip") << u"ds.xlsx"_s << zip(u"photos/1.jpg"_s) << u"ZIP archive"_s;
}

void TestMarkupReaders::refusals()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const Result<Workbook> workbook = WorkbookReader::read(file.fileName());
    QVERIFY(!workbook.ok());
    QCOMPARE(workbook.error().code, Error::Code::Format);
    QCOMPARE(workbook.error().file, file.fileName());
    QVERIFY2(workbook.error().message.contains(says), qPrintable(workbook.error().message));
}

void TestMarkupReaders::htmlTable()
{
    // A title over the whole width, <th> headers, a rowspan and a colspan, <br>, &nbsp;, markup and white space
    // inside cells, rows left unclosed, a script that looks like a table.
    const QByteArray page = "<html><head><meta charset=\"utf-8\"><script>document.write('<table><tr><td>x');"
                            "</script><style>td{}</style></head><body>\n"
                            "<table border=1>\n"
                            "<tr><td colspan=\"3\"><b>DANH SÁCH</b></td></tr>\n"
                            "<tr><th rowspan=2>STT</th><th>Họ và tên</th><th>Tổ</th></tr>\n"
                            "<tr><td colspan=2 align=center>(2)&nbsp;</td>\n"
                            "<tr><td>1</td><td>  <span>Nguyễn</span>\n   Văn&nbsp;An </td><td>Toán<br>Tin</td>\n"
                            "<tr><td>2</td><td>Lê Thị Hoà</td><td>&nbsp;</td>\n"
                            "</table></body></html>";
    const Result<Workbook> workbook = readMarkup(page);
    QVERIFY2(workbook.ok(), qPrintable(why(workbook)));
    QCOMPARE(workbook->sheets.size(), 1);
    const Sheet& sheet = workbook->sheets.constFirst();
    QCOMPARE(sheet.name, u"danh-sach"_s);
    const QList<QStringList> expected {
        { u"DANH SÁCH"_s },
        { u"STT"_s, u"Họ và tên"_s, u"Tổ"_s },
        { QString(), u"(2)"_s },
        { u"1"_s, u"Nguyễn Văn An"_s, u"Toán\nTin"_s },
        { u"2"_s, u"Lê Thị Hoà"_s },
    };
    QCOMPARE(texts(sheet), expected);
    QCOMPARE(sheet.cell(2, 0).type, Cell::Type::Empty);
    QCOMPARE(sheet.merged.size(), 3);
    const auto merged = [&](int i) {
        const CellRange& r = sheet.merged.at(i);
        return QList<int> { r.firstRow, r.firstColumn, r.lastRow, r.lastColumn };
    };
    QCOMPARE(merged(0), (QList<int> { 0, 0, 0, 2 }));
    QCOMPARE(merged(1), (QList<int> { 1, 0, 2, 0 }));
    QCOMPARE(merged(2), (QList<int> { 2, 1, 2, 2 }));
}

void TestMarkupReaders::htmlSeveralTables()
{
    // A layout table with a list nested in it, an empty table, a second list: one sheet per table with text, in the
    // order the tables start; the outer table keeps only its own cells.
    const QByteArray page = "<table><tr><td>Trường THPT A</td><td><table><tr><td>STT</td><td>Họ và tên</td></tr>"
                            "<tr><td>1</td><td>An</td></tr></table></td></tr></table>"
                            "<table><tr><td> </td></tr></table>"
                            "<table><tr><td>Mã</td></tr><tr><td>GV01</td></tr></table>";
    const Result<Workbook> workbook = readMarkup(page);
    QVERIFY2(workbook.ok(), qPrintable(why(workbook)));
    QCOMPARE(workbook->sheets.size(), 3);
    QCOMPARE(workbook->sheets.at(0).name, u"Table 1"_s);
    QCOMPARE(texts(workbook->sheets.at(0)), (QList<QStringList> { { u"Trường THPT A"_s } }));
    QCOMPARE(texts(workbook->sheets.at(1)), (QList<QStringList> { { u"STT"_s, u"Họ và tên"_s }, { u"1"_s, u"An"_s } }));
    QCOMPARE(texts(workbook->sheets.at(2)), (QList<QStringList> { { u"Mã"_s }, { u"GV01"_s } }));
}

void TestMarkupReaders::htmlEncodings_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<LegacyEncoding::Encoding>("encoding");
    using E = LegacyEncoding::Encoding;
    const QByteArray table = "<table><tr><td>%1</td></tr></table>";
    // "Nguyễn Văn Ước" in each encoding, written byte by byte from the code tables.
    QTest::newRow("meta charset utf-8") << QByteArray("<meta charset=\"utf-8\">")
            + QByteArray(table).replace("%1", "Nguyễn Văn Ước")
                                        << E::Utf8;
    QTest::newRow("no declaration, utf-8") << QByteArray(table).replace("%1", "Nguyễn Văn Ước") << E::Utf8;
    QTest::newRow("http-equiv windows-1258")
        << QByteArray("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">")
            + QByteArray(table).replace("%1", "Nguy\xEA\xDEn V\xE3n \xDD\xF5\xEC\x63")
        << E::Cp1258;
    QTest::newRow("declared utf-8 but TCVN3 (a template's declaration)")
        << QByteArray("<meta charset=utf-8>") + QByteArray(table).replace("%1", "Nguy\xD4n V\xA8n \xA6\xED\x63")
        << E::Tcvn3;
    QTest::newRow("utf-16 le, BOM") << QByteArray("\xFF\xFE")
            + QByteArray(reinterpret_cast<const char*>(u"<html><table><tr><td>Nguyễn Văn Ước</td></tr></table>"),
                2 * 53) << E::Utf16;
}

void TestMarkupReaders::htmlEncodings()
{
    QFETCH(QByteArray, page);
    QFETCH(LegacyEncoding::Encoding, encoding);
    const Result<Workbook> workbook = readMarkup(page);
    QVERIFY2(workbook.ok(), qPrintable(why(workbook)));
    QCOMPARE(workbook->sheets.constFirst().cell(0, 0).text, u"Nguyễn Văn Ước"_s);
    QCOMPARE(workbook->sheets.constFirst().encoding, encoding);
}

void TestMarkupReaders::htmlLimits_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QString>("says");
    QTest::newRow("deep nesting") << QByteArray("<table><tr><td>").append(QByteArray("<div>").repeated(5000))
                                  << u"deep"_s;
    QTest::newRow("many elements") << QByteArray("<table><tr><td>").append(QByteArray("<b></b>").repeated(300))
                                   << u"elements"_s;
    QTest::newRow("endless cell") << QByteArray("<table><tr><td>").append(QByteArray(5000, 'a')) << u"characters"_s;
    QTest::newRow("colspan past the columns")
        << QByteArray("<table><tr><td>A</td><td colspan=60>B</td></tr></table>") << u"columns"_s;
    QTest::newRow("rows") << QByteArray("<table>").append(QByteArray("<tr><td>1</td></tr>").repeated(60)) << u"rows"_s;
    QTest::newRow("cells") << QByteArray("<table>").append(QByteArray("<tr><td>1<td>2<td>3<td>4</tr>").repeated(40))
                           << u"cells"_s;
    QTest::newRow("tables") << QByteArray("<table><tr><td>1</td></tr></table>").repeated(5) << u"tables"_s;
}

void TestMarkupReaders::htmlLimits()
{
    QFETCH(QByteArray, page);
    QFETCH(QString, says);
    WorkbookReader::Options options;
    options.limits.maxXmlDepth = 64;
    options.limits.maxXmlElements = 200;
    options.limits.maxCellChars = 1000;
    options.limits.maxColumns = 50;
    options.limits.maxRows = 50;
    options.limits.maxCells = 100;
    options.limits.maxSheets = 4;
    const Result<Workbook> workbook = readMarkup(page, options);
    QVERIFY(!workbook.ok());
    QCOMPARE(workbook.error().code, Error::Code::TooLarge);
    QCOMPARE(workbook.error().file, u"danh-sach.xls"_s);
    QVERIFY2(workbook.error().message.contains(says), qPrintable(workbook.error().message));
}

void TestMarkupReaders::spreadsheetMl()
{
    const QByteArray body =
        "<Worksheet ss:Name=\"Danh sách\"><Table>"
        "<Row><Cell ss:MergeAcross=\"3\"><Data ss:Type=\"String\">DANH SÁCH</Data></Cell></Row>"
        "<Row ss:Index=\"3\"><Cell><Data ss:Type=\"Number\">1</Data></Cell>"
        "<Cell ss:Index=\"3\"><ss:Data ss:Type=\"String\" xmlns=\"http://www.w3.org/TR/REC-html40\"><B>Nguyễn</B> "
        "Văn An</ss:Data><Comment><ss:Data>ghi chú</ss:Data></Comment></Cell>"
        "<Cell><Data ss:Type=\"DateTime\">1980-02-01T00:00:00.000</Data></Cell>"
        "<Cell><Data ss:Type=\"Number\">2.5</Data></Cell><Cell><Data ss:Type=\"Boolean\">1</Data></Cell>"
        "<Cell ss:MergeAcross=\"1\" ss:MergeDown=\"1\"><Data ss:Type=\"String\">  </Data></Cell>"
        "<Cell><Data ss:Type=\"String\">a &amp; b</Data></Cell></Row>"
        "</Table></Worksheet>"
        "<Worksheet ss:Name=\"Trống\"><Table/></Worksheet>";
    const Result<Workbook> workbook = readMarkup(workbookXml(body));
    QVERIFY2(workbook.ok(), qPrintable(why(workbook)));
    QCOMPARE(workbook->sheets.size(), 2);
    const Sheet& sheet = workbook->sheets.constFirst();
    QCOMPARE(sheet.name, u"Danh sách"_s);
    QCOMPARE(workbook->sheets.at(1).rowCount(), 0);
    QCOMPARE(texts(sheet),
        (QList<QStringList> { { u"DANH SÁCH"_s },
            {},
            { u"1"_s,
                QString(),
                u"Nguyễn Văn An"_s,
                u"01/02/1980"_s,
                u"2.5"_s,
                u"TRUE"_s,
                QString(),
                QString(),
                u"a & b"_s } }));
    QCOMPARE(sheet.cell(2, 0).type, Cell::Type::Number);
    QCOMPARE(sheet.cell(2, 3).type, Cell::Type::Number);
    QVERIFY(sheet.cell(2, 3).isDate);
    QCOMPARE(sheet.cell(2, 3).number, 29252.0);
    QCOMPARE(sheet.cell(2, 5).type, Cell::Type::Boolean);
    QCOMPARE(sheet.merged.size(), 2);
    QCOMPARE(sheet.merged.at(0).lastColumn, 3);
    QCOMPARE(sheet.merged.at(1).firstColumn, 6);
    QCOMPARE(sheet.merged.at(1).lastColumn, 7);
}

void TestMarkupReaders::spreadsheetMlLegacyFont()
{
    // A style in the .VnTime font: its cells hold TCVN3 bytes read as Windows-1252 ("NguyÔn V¨n An").
    const QByteArray styles = "<Styles><Style ss:ID=\"vn\"><Font ss:FontName=\".VnTime\"/></Style></Styles>";
    const QByteArray body = "<Worksheet ss:Name=\"A\"><Table><Row><Cell ss:StyleID=\"vn\"><Data ss:Type=\"String\">"
                            "Nguy\xC3\x94n V\xC2\xA8n An</Data></Cell><Cell><Data ss:Type=\"String\">Lê Hà</Data>"
                            "</Cell></Row></Table></Worksheet>";
    const Result<Workbook> workbook = readMarkup(workbookXml(body, styles));
    QVERIFY2(workbook.ok(), qPrintable(why(workbook)));
    QCOMPARE(texts(workbook->sheets.constFirst()), (QList<QStringList> { { u"Nguyễn Văn An"_s, u"Lê Hà"_s } }));
}

void TestMarkupReaders::spreadsheetMlHostile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("billion laughs") << QByteArray(
        "<?xml version=\"1.0\"?><!DOCTYPE Workbook [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
        "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
        "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" "
        "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet><Table><Row><Cell>"
        "<Data ss:Type=\"String\">&c;</Data></Cell></Row></Table></Worksheet></Workbook>")
                                    << Error::Code::Format << u"DTD"_s;
    QTest::newRow("external entity") << QByteArray(
        "<?xml version=\"1.0\"?><!DOCTYPE Workbook SYSTEM \"http://example.com/x.dtd\">"
        "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"/>")
                                     << Error::Code::Format << u"DTD"_s;
    QTest::newRow("cut short") << workbookXml("<Worksheet><Table><Row><Cell>").chopped(11) << Error::Code::Format
                               << u"cut short"_s;
    QTest::newRow("undeclared entity") << workbookXml(
        "<Worksheet><Table><Row><Cell><Data ss:Type=\"String\">&x;</Data></Cell></Row></Table>"
        "</Worksheet>") << Error::Code::Format
                                       << u"damaged"_s;
    QTest::newRow("deep nesting") << workbookXml(QByteArray("<a>").repeated(100) + QByteArray("</a>").repeated(100))
                                  << Error::Code::TooLarge << u"deep"_s;
    QTest::newRow("many cells") << workbookXml("<Worksheet><Table><Row>"
        + QByteArray("<Cell><Data ss:Type=\"Number\">1</Data></Cell>").repeated(30) + "</Row></Table></Worksheet>")
                                << Error::Code::TooLarge << u"columns"_s;
    QTest::newRow("index past the rows") << workbookXml(
        "<Worksheet><Table><Row ss:Index=\"2000000000\"/></Table></Worksheet>")
                                         << Error::Code::TooLarge << u"rows"_s;
    QTest::newRow("no worksheet") << workbookXml("") << Error::Code::Format << u"no worksheet"_s;
}

void TestMarkupReaders::spreadsheetMlHostile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Error::Code, code);
    QFETCH(QString, says);
    WorkbookReader::Options options;
    options.limits.maxXmlDepth = 50;
    options.limits.maxColumns = 20;
    const Result<Workbook> workbook = readMarkup(bytes, options);
    QVERIFY(!workbook.ok());
    QCOMPARE(workbook.error().code, code);
    QCOMPARE(workbook.error().file, u"danh-sach.xls"_s);
    QVERIFY2(workbook.error().message.contains(says), qPrintable(workbook.error().message));
}

QTEST_GUILESS_MAIN(TestMarkupReaders)
#include "TestMarkupReaders.moc"
