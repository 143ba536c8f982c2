// WorkbookReader: CSV/TXT in every encoding schools used (UTF-8 ± BOM, UTF-16, Windows-1258, TCVN3, VNI, NFD),
// separators and quoting; .xlsx and .xls sample files; hostile text refused with an Error (hostile .xlsx:
// TestXlsxLimits).
#include "core/documents/ZipArchive.h"
#include "core/spreadsheet/WorkbookReader.h"
#include "core/spreadsheet/XlsxReader.h"
#include "core/spreadsheet/XlsxStyles.h"
#include "core/text/LegacyEncoding.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using namespace Qt::StringLiterals;

using Encoding = LegacyEncoding::Encoding;
Q_DECLARE_METATYPE(LegacyEncoding::Encoding)
Q_DECLARE_METATYPE(thidua::Error::Code)

class TestWorkbookReader : public QObject
{
    Q_OBJECT

private slots:
    void textEncodings_data();
    void textEncodings();
    void textOverride();
    void mixedCells();
    void separators_data();
    void separators();
    void textHostile_data();
    void textHostile();
    void dispatch();
    void sampleText_data();
    void sampleText();
    void sampleWorkbook_data();
    void sampleWorkbook();
    void xlsxTypes_data();
    void xlsxTypes();
    void xlsxDate1904();
    void dateFormats_data();
    void dateFormats();
    void xlsxEscapes_data();
    void xlsxEscapes();
    void xlsxEscapesRead();
};

namespace {

// The table every sample holds: a title row, a header, three people, a blank row and a totals row.
QList<QStringList> sampleTable()
{
    return {
        { u"DANH SÁCH CÁN BỘ, GIÁO VIÊN NĂM HỌC 2024-2025"_s },
        { u"STT"_s, u"Họ và tên"_s, u"Ngày sinh"_s, u"Tổ chuyên môn"_s },
        { u"1"_s, u"Nguyễn Văn An"_s, u"01/02/1980"_s, u"Toán - Tin"_s },
        { u"2"_s, u"Lê Thị Hoà"_s, u"15/10/1985"_s, u"Ngữ văn"_s },
        { u"3"_s, u"Trần Đức Ưng"_s, u"1990"_s, u"Tiếng Anh"_s },
        {},
        { u"Tổng cộng: 3 người"_s },
    };
}

QString toCsv(const QList<QStringList>& table, QChar separator = u',')
{
    QString out;
    for (const QStringList& row : table) {
        QStringList fields;
        for (const QString& field : row) {
            if (field.contains(separator) || field.contains(u'"') || field.contains(u'\n'))
                fields.append(u'"' + QString(field).replace(u"\""_s, u"\"\""_s) + u'"');
            else
                fields.append(field);
        }
        out += fields.join(separator) + u"\r\n"_s;
    }
    return out;
}

QList<QStringList> texts(const Sheet& sheet)
{
    QList<QStringList> out;
    for (const QList<Cell>& row : sheet.rows) {
        QStringList texts;
        for (const Cell& cell : row)
            texts.append(cell.text);
        out.append(texts);
    }
    return out;
}

} // namespace

void TestWorkbookReader::textEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Encoding>("encoding");

    const QString csv = toCsv(sampleTable());
    QTest::newRow("utf8") << csv.toUtf8() << Encoding::Utf8;
    QTest::newRow("utf8 bom") << "\xEF\xBB\xBF" + csv.toUtf8() << Encoding::Utf8;
    QTest::newRow("utf8 nfd") << csv.normalized(QString::NormalizationForm_D).toUtf8() << Encoding::Utf8;
    QTest::newRow("utf16le bom") << LegacyEncoding::encode(csv, Encoding::Utf16) << Encoding::Utf16;
    {
        QStringEncoder be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
        QTest::newRow("utf16be bom") << QByteArray(be.encode(csv)) << Encoding::Utf16;
    }
    QTest::newRow("cp1258") << LegacyEncoding::encode(csv, Encoding::Cp1258) << Encoding::Cp1258;
    QTest::newRow("tcvn3") << LegacyEncoding::encode(csv, Encoding::Tcvn3) << Encoding::Tcvn3;
    QTest::newRow("vni") << LegacyEncoding::encode(csv, Encoding::Vni) << Encoding::Vni;
    // A sheet typed in .VnTime / VNI-Times and saved by Excel as "CSV UTF-8": the cells hold the Windows-1252
    // reading of the legacy bytes, and are converted back.
    QTest::newRow("utf8 holding tcvn3")
        << LegacyEncoding::fromCp1252(LegacyEncoding::encode(csv, Encoding::Tcvn3)).toUtf8() << Encoding::Tcvn3;
    QTest::newRow("utf8 holding vni") << LegacyEncoding::fromCp1252(LegacyEncoding::encode(csv, Encoding::Vni)).toUtf8()
                                      << Encoding::Vni;
}

void TestWorkbookReader::mixedCells()
{
    // Unicode names with one legacy cell among them: the legacy cell is converted, Unicode cells that happen to be
    // Windows-1252 only ("Lê Hà", "José") are left alone.
    const QString legacy = LegacyEncoding::fromCp1252(LegacyEncoding::encode(u"Nguyễn Thị Thu"_s, Encoding::Tcvn3));
    const QString text = u"Họ và tên\nLê Hà\nJosé Martí\nTrần Văn Đức\nPhạm Thị Lụa\n"_s + legacy + u"\n"_s;
    const Result<Workbook> workbook = WorkbookReader::readText(text.toUtf8(), u"mixed.csv"_s, {});
    QVERIFY(workbook.ok());
    QCOMPARE(texts(workbook->sheets.constFirst()),
        (QList<QStringList> { { u"Họ và tên"_s },
            { u"Lê Hà"_s },
            { u"José Martí"_s },
            { u"Trần Văn Đức"_s },
            { u"Phạm Thị Lụa"_s },
            { u"Nguyễn Thị Thu"_s } }));
}

void TestWorkbookReader::textEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Encoding, encoding);
    const Result<Workbook> workbook = WorkbookReader::readText(bytes, u"ds.csv"_s, {});
    QVERIFY2(workbook.ok(), qPrintable(workbook.ok() ? QString() : workbook.error().toString()));
    QCOMPARE(workbook->sheets.size(), 1);
    const Sheet& sheet = workbook->sheets.constFirst();
    QCOMPARE(sheet.name, u"ds"_s);
    QCOMPARE(sheet.encoding, encoding);
    QVERIFY(sheet.encodingConfidence > 0.5);
    QCOMPARE(texts(sheet), sampleTable());
    QCOMPARE(sheet.cell(1, 1).type, Cell::Type::Text);
    QVERIFY(sheet.cell(5, 0).isEmpty());
    QCOMPARE(sheet.cell(99, 99).type, Cell::Type::Empty);
    QCOMPARE(sheet.columnCount(), 4);
}

void TestWorkbookReader::textOverride()
{
    // Bytes that are TCVN3, read as VNI on the user's word: decoded as asked, no error.
    const QByteArray bytes = LegacyEncoding::encode(toCsv(sampleTable()), Encoding::Tcvn3);
    WorkbookReader::Options options;
    options.encoding = Encoding::Tcvn3;
    Result<Workbook> workbook = WorkbookReader::readText(bytes, u"a.csv"_s, options);
    QVERIFY(workbook.ok());
    QCOMPARE(texts(workbook->sheets.constFirst()), sampleTable());
    options.encoding = Encoding::Cp1258;
    workbook = WorkbookReader::readText(bytes, u"a.csv"_s, options);
    QVERIFY(workbook.ok());
    QCOMPARE(workbook->sheets.constFirst().encoding, Encoding::Cp1258);
    QVERIFY(texts(workbook->sheets.constFirst()) != sampleTable());
}

void TestWorkbookReader::separators_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("expected");

    QTest::newRow("comma") << toCsv(sampleTable(), u',') << sampleTable();
    QTest::newRow("semicolon") << toCsv(sampleTable(), u';') << sampleTable();
    QTest::newRow("tab") << toCsv(sampleTable(), u'\t') << sampleTable();
    // Commas inside names do not fool the detection of a semicolon file.
    QTest::newRow("semicolon with commas") << u"Họ và tên;Tổ\nAn, Bình;Toán\nChâu;Văn, Sử\nDung;Hoá\n"_s
                                           << QList<QStringList> { { u"Họ và tên"_s, u"Tổ"_s },
                                                  { u"An, Bình"_s, u"Toán"_s },
                                                  { u"Châu"_s, u"Văn, Sử"_s },
                                                  { u"Dung"_s, u"Hoá"_s } };
    QTest::newRow("excel sep line") << u"sep=;\r\nA;B,C\r\n1;2\r\n"_s
                                    << QList<QStringList> { { u"A"_s, u"B,C"_s }, { u"1"_s, u"2"_s } };
    // Line breaks inside quotes stay in the cell (as LF); doubled quotes are quotes.
    QTest::newRow("quoted newline") << u"Họ tên,Ghi chú\r\n\"Nguyễn\r\nVăn An\",\"Nói \"\"xin chào\"\"\"\r\nB,\n"_s
                                    << QList<QStringList> { { u"Họ tên"_s, u"Ghi chú"_s },
                                           { u"Nguyễn\nVăn An"_s, u"Nói \"xin chào\""_s },
                                           { u"B"_s } };
    QTest::newRow("no final newline, lf only")
        << u"a,b\nc,d"_s << QList<QStringList> { { u"a"_s, u"b"_s }, { u"c"_s, u"d"_s } };
    QTest::newRow("single column") << u"An\nBình\n\n\n"_s << QList<QStringList> { { u"An"_s }, { u"Bình"_s } };
    QTest::newRow("blank cells and spaces")
        << u" An ,, \u00A0Bình\u00A0 \n"_s << QList<QStringList> { { u"An"_s, QString(), u"Bình"_s } };
}

void TestWorkbookReader::separators()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, expected);
    const Result<Workbook> workbook = WorkbookReader::readText(text.toUtf8(), u"x.csv"_s, {});
    QVERIFY2(workbook.ok(), qPrintable(workbook.ok() ? QString() : workbook.error().toString()));
    QCOMPARE(texts(workbook->sheets.constFirst()), expected);
}

void TestWorkbookReader::textHostile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("maxRows");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");

    QByteArray garbage;
    quint32 seed = 12345;
    for (int i = 0; i < 4096; ++i) {
        seed = seed * 1103515245u + 12345u;
        garbage.append(char(seed >> 16));
    }
    QTest::newRow("binary garbage") << garbage << 100 << Error::Code::Format << 0 << 0;
    static const char png[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
    QTest::newRow("png") << QByteArray(png, sizeof png - 1) << 100 << Error::Code::Format << 0 << 0;
    QByteArray rows;
    for (int i = 0; i < 1001; ++i)
        rows += QByteArray::number(i) + ",Nguyễn Văn An\n";
    QTest::newRow("too many rows") << rows << 1000 << Error::Code::TooLarge << 1001 << 0;
    QTest::newRow("a million rows") << QByteArray("1,An\n").repeated(1'000'000) << WorkbookReader::Limits().maxRows
                                    << Error::Code::TooLarge << WorkbookReader::Limits().maxRows + 1 << 0;
    // 501 cells a row: the 1,000,001st cell is the 5th of row 1,997 (501 × 1,996 = 999,996).
    QTest::newRow("too many cells") << (QByteArray(500, ',') + "x\n").repeated(5000) << 100'000 << Error::Code::TooLarge
                                    << 1997 << 5;
    QTest::newRow("too many columns") << QByteArray(5000, ',') + "x\n" << 100 << Error::Code::TooLarge << 1 << 1001;
    QTest::newRow("huge cell") << "a,b\nc," + QByteArray(10 * 1024 * 1024, 'x') << 100 << Error::Code::TooLarge << 2
                               << 2;
    QTest::newRow("huge quoted cell") << "a,\"" + QByteArray(40000, 'x') + "\"\n"
                                      << 100 << Error::Code::TooLarge << 1 << 2;
    QTest::newRow("unclosed quote") << QByteArray("a,b\nc,\"d\ne,f\n") << 100 << Error::Code::Format << 2 << 2;
}

void TestWorkbookReader::textHostile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, maxRows);
    QFETCH(Error::Code, code);
    QFETCH(int, row);
    QFETCH(int, column);
    WorkbookReader::Options options;
    options.limits.maxRows = maxRows;
    const Result<Workbook> workbook = WorkbookReader::readText(bytes, u"bad.csv"_s, options);
    QVERIFY(!workbook.ok());
    QCOMPARE(workbook.error().code, code);
    QCOMPARE(workbook.error().file, u"bad.csv"_s);
    QCOMPARE(workbook.error().row, row);
    QCOMPARE(workbook.error().column, column);
    QVERIFY(!workbook.error().message.isEmpty());
    qInfo().noquote() << workbook.error().toString();
}

void TestWorkbookReader::dispatch()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write(u"list.txt"_s, toCsv(sampleTable(), u'\t').toUtf8());
    Result<Workbook> workbook = WorkbookReader::read(dir.filePath(u"list.txt"_s));
    QVERIFY(workbook.ok());
    QCOMPARE(texts(workbook->sheets.constFirst()), sampleTable());
    QCOMPARE(workbook->fileName, dir.filePath(u"list.txt"_s));

    // An .xlsx that is not a zip (cut short at the start, or renamed): refused by name.
    write(u"broken.xlsx"_s, "<html>not a workbook</html>");
    workbook = WorkbookReader::read(dir.filePath(u"broken.xlsx"_s));
    QVERIFY(!workbook.ok());
    QCOMPARE(workbook.error().code, Error::Code::Format);

    // An .xlsx with a password (an OLE2 file with an EncryptedPackage stream).
    write(u"secret.xlsx"_s,
        QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(500, '\0')
            + QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32) + QByteArray(500, '\0'));
    workbook = WorkbookReader::read(dir.filePath(u"secret.xlsx"_s));
    QVERIFY(!workbook.ok());
    QVERIFY2(workbook.error().message.contains(u"password"_s), qPrintable(workbook.error().message));
    // OLE2 garbage: FreeXL refuses it.
    write(u"garbage.xls"_s, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(4096, '\x55'));
    workbook = WorkbookReader::read(dir.filePath(u"garbage.xls"_s));
    QVERIFY(!workbook.ok());
    QCOMPARE(workbook.error().code, Error::Code::Format);

    workbook = WorkbookReader::read(dir.filePath(u"missing.csv"_s));
    QVERIFY(!workbook.ok());
    QCOMPARE(workbook.error().code, Error::Code::Io);

    // Above maxFileBytes: refused before reading.
    write(u"big.csv"_s, QByteArray(2 * 1024 * 1024, 'a'));
    WorkbookReader::Options options;
    options.limits.maxFileBytes = 1024 * 1024;
    workbook = WorkbookReader::read(dir.filePath(u"big.csv"_s), options);
    QVERIFY(!workbook.ok());
    QCOMPARE(workbook.error().code, Error::Code::TooLarge);
    workbook = WorkbookReader::readText(QByteArray(2 * 1024 * 1024, 'a'), u"big.csv"_s, options);
    QVERIFY(!workbook.ok());
    QCOMPARE(workbook.error().code, Error::Code::TooLarge);
}

QString sample(const QString& name)
{
    return QStringLiteral(THIDUA_TEST_DATA "/spreadsheet/") + name;
}

// What the people sheets of workbook.xlsx/.xls hold, row by row, as text.
QList<QStringList> workbookPeople()
{
    return {
        { u"DANH SÁCH CÁN BỘ, GIÁO VIÊN NĂM HỌC 2024-2025"_s },
        {},
        { u"STT"_s, u"Họ và tên"_s, u"Ngày sinh"_s, u"Giới tính"_s, u"Tổ chuyên môn"_s },
        { u"1"_s, u"Nguyễn Văn An"_s, u"01/02/1980"_s, u"Nam"_s, u"Toán - Tin"_s },
        { u"2"_s, u"Lê Thị Hoà"_s, u"15/10/1985"_s, u"Nữ"_s, u"Ngữ văn"_s },
        { u"3"_s, u"Trần Đức Ưng"_s, u"1990"_s, u"Nam"_s, u"Tiếng Anh"_s },
        {},
        { u"Tổng cộng: 3 người"_s },
    };
}

void TestWorkbookReader::sampleText_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QList<QStringList>>("expected");

    QList<QStringList> quoted = sampleTable();
    // A line break inside a quoted cell stays (as LF); the name's own cleaning makes it a space.
    quoted[3] = QStringList { u"2"_s, u"Lê Thị\nHoà"_s, u"15/10/1985"_s, u"Ngữ văn \"Tổ 2\""_s };
    QTest::newRow("utf8") << u"people.utf8.csv"_s << Encoding::Utf8 << sampleTable();
    QTest::newRow("utf8 bom") << u"people.utf8bom.csv"_s << Encoding::Utf8 << sampleTable();
    QTest::newRow("nfd") << u"people.nfd.csv"_s << Encoding::Utf8 << sampleTable();
    QTest::newRow("utf16le") << u"people.utf16le.csv"_s << Encoding::Utf16 << sampleTable();
    QTest::newRow("utf16be") << u"people.utf16be.txt"_s << Encoding::Utf16 << sampleTable();
    QTest::newRow("cp1258") << u"people.cp1258.csv"_s << Encoding::Cp1258 << sampleTable();
    QTest::newRow("tcvn3") << u"people.tcvn3.csv"_s << Encoding::Tcvn3 << sampleTable();
    QTest::newRow("vni") << u"people.vni.csv"_s << Encoding::Vni << sampleTable();
    QTest::newRow("semicolon") << u"people.semicolon.csv"_s << Encoding::Utf8 << sampleTable();
    QTest::newRow("tab") << u"people.tab.txt"_s << Encoding::Utf8 << sampleTable();
    QTest::newRow("quoted") << u"people.quoted.csv"_s << Encoding::Utf8 << quoted;
}

void TestWorkbookReader::sampleText()
{
    QFETCH(QString, file);
    QFETCH(Encoding, encoding);
    QFETCH(QList<QStringList>, expected);
    const Result<Workbook> workbook = WorkbookReader::read(sample(file));
    QVERIFY2(workbook.ok(), qPrintable(workbook.ok() ? QString() : workbook.error().toString()));
    QCOMPARE(workbook->sheets.size(), 1);
    QCOMPARE(workbook->sheets.constFirst().encoding, encoding);
    QCOMPARE(texts(workbook->sheets.constFirst()), expected);
}

void TestWorkbookReader::sampleWorkbook_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("sheet");
    QTest::addColumn<QString>("name");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<bool>("merged");

    // workbook.lo.xlsx: the .xls saved back as .xlsx by LibreOffice, another writer of the format.
    for (const QString& file : { u"workbook.xlsx"_s, u"workbook.xls"_s, u"workbook.lo.xlsx"_s }) {
        const QByteArray f = file.toUtf8();
        // FreeXL does not report merged cells.
        const bool merged = file.endsWith(u"x");
        QTest::addRow("%s unicode", f.constData()) << file << 0 << u"CBGV 2024-2025"_s << Encoding::Utf8 << merged;
        QTest::addRow("%s tcvn3 font", f.constData()) << file << 2 << u"TCVN3"_s << Encoding::Tcvn3 << merged;
        QTest::addRow("%s vni font", f.constData()) << file << 3 << u"VNI"_s << Encoding::Vni << merged;
        QTest::addRow("%s tcvn3 detected", f.constData()) << file << 4 << u"Arial"_s << Encoding::Tcvn3 << merged;
    }
}

void TestWorkbookReader::sampleWorkbook()
{
    QFETCH(QString, file);
    QFETCH(int, sheet);
    QFETCH(QString, name);
    QFETCH(Encoding, encoding);
    QFETCH(bool, merged);
    const Result<Workbook> workbook = WorkbookReader::read(sample(file));
    QVERIFY2(workbook.ok(), qPrintable(workbook.ok() ? QString() : workbook.error().toString()));
    QCOMPARE(workbook->sheets.size(), 5);
    const Sheet& s = workbook->sheets.at(sheet);
    QCOMPARE(s.name, name);
    QCOMPARE(s.encoding, encoding);
    QCOMPARE(texts(s), workbookPeople());
    // Numbers are numbers, dates are marked as dates (serial days, 1900 system).
    QCOMPARE(s.cell(3, 0).type, Cell::Type::Number);
    QCOMPARE(s.cell(3, 0).number, 1.0);
    QVERIFY(!s.cell(3, 0).isDate);
    QCOMPARE(s.cell(3, 2).type, Cell::Type::Number);
    QVERIFY(s.cell(3, 2).isDate);
    QCOMPARE(s.cell(3, 2).number, 29252.0);
    QVERIFY(s.cell(4, 2).isDate);
    QCOMPARE(s.cell(4, 2).number, 31335.0);
    QCOMPARE(s.cell(5, 2).type, Cell::Type::Number);
    QVERIFY(!s.cell(5, 2).isDate);
    QCOMPARE(s.cell(4, 1).text, u"Lê Thị Hoà"_s); // NFC, whatever the file held
    if (merged) {
        QVERIFY(!s.merged.isEmpty());
        const CellRange title = s.merged.constFirst();
        QCOMPARE(title.firstRow, 0);
        QCOMPARE(title.firstColumn, 0);
        QCOMPARE(title.lastRow, 0);
        QCOMPARE(title.lastColumn, 4);
    }
}

void TestWorkbookReader::xlsxTypes_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("xlsx") << u"workbook.xlsx"_s;
    QTest::newRow("xls") << u"workbook.xls"_s;
}

void TestWorkbookReader::xlsxTypes()
{
    QFETCH(QString, file);
    {
        const Result<Workbook> workbook = WorkbookReader::read(sample(file));
        QVERIFY(workbook.ok());
        const Sheet& s = workbook->sheets.at(1);
        QCOMPARE(s.name, u"Học sinh"_s);
        QCOMPARE(texts(s).constFirst(),
            (QStringList { u"Mã học sinh"_s,
                u"Họ"_s,
                u"Tên"_s,
                u"Nữ"_s,
                u"Lớp"_s,
                u"Đoàn viên"_s,
                u"Ghi chú"_s,
                u"Số ngày nghỉ"_s }));
        QCOMPARE(s.cell(1, 1).text, u"Phạm Thị"_s);
        QCOMPARE(s.cell(1, 3).text, u"x"_s);
        QCOMPARE(s.cell(2, 3).type, Cell::Type::Empty);
        if (file.endsWith(u"x")) { // FreeXL skips boolean cells too
            QCOMPARE(s.cell(1, 5).type, Cell::Type::Boolean);
            QCOMPARE(s.cell(1, 5).number, 1.0);
            QCOMPARE(s.cell(2, 5).type, Cell::Type::Boolean);
            QCOMPARE(s.cell(2, 5).number, 0.0);
        }
        // A formula's result (FreeXL reads no formula cells of .xls files).
        QCOMPARE(s.cell(1, 6).text, file.endsWith(u"x") ? u"Lớp 10A1"_s : QString());
        QCOMPARE(s.cell(1, 7).type, Cell::Type::Number); // "0 \"ngày\"": not a date
        QVERIFY(!s.cell(1, 7).isDate);
        QCOMPARE(s.cell(1, 7).number, 3.0);
        QCOMPARE(s.cell(2, 7).number, 1234567.0);
        QVERIFY(!s.cell(2, 7).isDate);
    }
}

void TestWorkbookReader::xlsxDate1904()
{
    const Result<Workbook> workbook = WorkbookReader::read(sample(u"date1904.xlsx"_s));
    QVERIFY(workbook.ok());
    const Cell& cell = workbook->sheets.constFirst().cell(1, 0);
    QVERIFY(cell.isDate);
    QCOMPARE(cell.number, 29252.0); // 01/02/1980 in the 1900 system
    QCOMPARE(cell.text, u"01/02/1980"_s);
}

void TestWorkbookReader::dateFormats_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("date");
    QTest::newRow("general") << 0 << QString() << false;
    QTest::newRow("builtin 14") << 14 << QString() << true;
    QTest::newRow("builtin 22") << 22 << QString() << true;
    QTest::newRow("builtin 45") << 45 << QString() << true;
    QTest::newRow("builtin 3") << 3 << QString() << false;
    QTest::newRow("dd/mm/yyyy") << 164 << u"dd/mm/yyyy"_s << true;
    QTest::newRow("locale block") << 165 << u"[$-42A]d mmmm yyyy;@"_s << true;
    QTest::newRow("vietnamese words") << 166 << u"\"Ngày \"dd\" tháng \"mm\" năm \"yyyy"_s << true;
    QTest::newRow("quoted d only") << 167 << u"0 \"ngày\""_s << false;
    QTest::newRow("escaped") << 168 << u"0\\d"_s << false;
    QTest::newRow("colour") << 169 << u"[Red]#,##0.00"_s << false;
    QTest::newRow("elapsed") << 170 << u"[h]:mm"_s << true;
    QTest::newRow("text") << 171 << u"@"_s << false;
    QTest::newRow("money") << 172 << u"#,##0 \"đ\";[Red]-#,##0 \"đ\""_s << false;
}

void TestWorkbookReader::dateFormats()
{
    QFETCH(int, id);
    QFETCH(QString, code);
    QFETCH(bool, date);
    QCOMPARE(XlsxStyles::isDateFormat(id, code), date);
}

void TestWorkbookReader::xlsxEscapes_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << u"Nguyễn Văn An"_s << u"Nguyễn Văn An"_s;
    QTest::newRow("carriage return") << u"Dòng 1_x000D_\nDòng 2"_s << u"Dòng 1\r\nDòng 2"_s;
    QTest::newRow("tab, lower-case hex") << u"A_x0009_B_x000a_"_s << u"A\tB\n"_s;
    QTest::newRow("a letter") << u"_x0110_ỗ"_s << u"Đỗ"_s;
    QTest::newRow("escaped underscore keeps a literal escape") << u"_x005F_x000D_"_s << u"_x000D_"_s;
    QTest::newRow("not an escape") << u"_x00G0_ _x12_ x000D_ _X000D_"_s << u"_x00G0_ _x12_ x000D_ _X000D_"_s;
    QTest::newRow("at the end, cut short") << u"A_x000D"_s << u"A_x000D"_s;
}

void TestWorkbookReader::xlsxEscapes()
{
    QFETCH(QString, stored);
    QFETCH(QString, text);
    QCOMPARE(XlsxReader::unescape(stored), text);
}

void TestWorkbookReader::xlsxEscapesRead()
{
    // Shared, inline and formula strings as Excel writes a note typed with Alt+Enter in a file from another program.
    const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    const QByteArray type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    const QByteArray rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    const Result<QByteArray> zip = ZipArchive::write({
        { u"_rels/.rels"_s,
            rels + "<Relationship Id=\"r1\" Type=\"" + type
                + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>" },
        { u"xl/workbook.xml"_s,
            "<workbook " + ns + "><sheets><sheet name=\"A\" sheetId=\"1\" r:id=\"r1\"/></sheets></workbook>" },
        { u"xl/_rels/workbook.xml.rels"_s,
            rels + "<Relationship Id=\"r1\" Type=\"" + type
                + "worksheet\" Target=\"sheet1.xml\"/><Relationship Id=\"r2\" Type=\"" + type
                + "sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>" },
        { u"xl/sharedStrings.xml"_s, "<sst " + ns + "><si><t>Chuyển trường_x000D_\nngày 01/09</t></si></sst>" },
        { u"xl/sheet1.xml"_s,
            "<worksheet " + ns
                + "><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>"
                  "L\xC3\xAA_x000D_\nH\xC3\xA0</t></is></c><c r=\"C1\" t=\"str\"><f>A1</f><v>_x005F_x000D_</v></c>"
                  "</row></sheetData></worksheet>" },
    });
    QVERIFY(zip.ok());
    const Result<Workbook> workbook = WorkbookReader::readXlsx(*zip, u"notes.xlsx"_s, WorkbookReader::Options());
    QVERIFY2(workbook.ok(), qPrintable(workbook.ok() ? QString() : workbook.error().message));
    const Sheet& sheet = workbook->sheets.constFirst();
    // Notes keep their line breaks (VietnameseText::cleanLines turns CR LF into LF).
    QCOMPARE(sheet.cell(0, 0).text, u"Chuyển trường\nngày 01/09"_s);
    QCOMPARE(sheet.cell(0, 1).text, u"Lê\nHà"_s);
    QCOMPARE(sheet.cell(0, 2).text, u"_x000D_"_s);
}

QTEST_GUILESS_MAIN(TestWorkbookReader)
#include "TestWorkbookReader.moc"
