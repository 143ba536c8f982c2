#include "core/people/RosterColumns.h"

#include <QTest>

using namespace thidua;

Q_DECLARE_METATYPE(thidua::CellRange)
using Field = RosterColumns::Field;

namespace {

Sheet sheetOf(const QList<QStringList>& rows, const QList<CellRange>& merged = {})
{
    Sheet sheet;
    sheet.name = QStringLiteral("Sheet1");
    for (const QStringList& row : rows) {
        QList<Cell> cells;
        for (const QString& text : row) {
            Cell cell;
            if (!text.isEmpty()) {
                cell.type = Cell::Type::Text;
                cell.text = text;
            }
            cells.append(cell);
        }
        sheet.rows.append(cells);
    }
    sheet.merged = merged;
    return sheet;
}

QString keys(const RosterColumns& columns)
{
    QStringList out;
    for (auto it = columns.columns.cbegin(); it != columns.columns.cend(); ++it)
        out << RosterColumns::fieldKey(it.key()) + QLatin1Char('=') + QString::number(it.value());
    out.sort();
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestRosterColumns : public QObject
{
    Q_OBJECT

private slots:
    void fieldForHeader_data();
    void fieldForHeader();
    void detect_data();
    void detect();
    void noHeader();
    void fieldKeysAreDistinct();
};

void TestRosterColumns::fieldForHeader_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field"); // fieldKey, or "" for none

    const QList<std::pair<const char*, const char*>> rows = {
        { "STT", "number" },
        { "TT", "number" },
        { "Số TT", "number" },
        { "Số\nTT", "number" },
        { "Số thứ tự", "number" },
        { "Họ và tên", "full_name" },
        { "HỌ VÀ TÊN", "full_name" },
        { "Ho va ten", "full_name" },
        { "Họ tên", "full_name" },
        { "Họ, tên", "full_name" },
        { "Họ và\ntên", "full_name" },
        { "  Họ   và tên  ", "full_name" },
        { "Họ và tên học sinh", "full_name" },
        { "Họ và tên (ghi chữ in hoa)", "full_name" },
        { "Họ và tên cha", "" },
        { "Họ tên mẹ", "" },
        { "Họ và tên phụ huynh", "" },
        { "Họ", "family_name" },
        { "HỌ", "family_name" },
        { "Họ và tên đệm", "family_middle_name" },
        { "Họ đệm", "family_middle_name" },
        { "Họ lót", "family_middle_name" },
        { "Tên đệm", "middle_name" },
        { "Tên lót", "middle_name" },
        { "Tên", "given_name" },
        { "TÊN", "given_name" },
        { "Ngày sinh", "birth_date" },
        { "Ngày tháng năm sinh", "birth_date" },
        { "Ngày, tháng, năm sinh", "birth_date" },
        { "Ngày sinh (dd/mm/yyyy)", "birth_date" },
        { "Năm sinh", "birth_date" },
        { "Sinh ngày", "birth_date" },
        { "Giới tính", "gender" },
        { "Giới\ntính", "gender" },
        { "Nam/Nữ", "gender" },
        { "Nam, nữ", "gender" },
        { "Nữ", "female_mark" },
        { "NỮ", "female_mark" },
        { "Nữ (x)", "female_mark" },
        { "Chức vụ", "position" },
        { "Chức danh", "position" },
        { "Chức vụ, chức danh", "position" },
        { "Tổ", "group" },
        { "Tổ chuyên môn", "group" },
        { "Tổ CM", "group" },
        { "Bộ phận", "group" },
        { "Tổ trưởng", "" },
        { "Lớp", "class" },
        { "LỚP", "class" },
        { "Mã", "code" },
        { "Mã số", "code" },
        { "Mã định danh", "code" },
        { "Mã HS", "code" },
        { "Mã học sinh", "code" },
        { "Mã CB", "code" },
        { "Mã cán bộ", "code" },
        { "Số hiệu", "code" },
        { "Mã số thuế", "" },
        { "Mã số BHXH", "" },
        { "Mã ngạch", "" },
        { "SĐT", "phone" },
        { "Điện thoại", "phone" },
        { "Số điện thoại", "phone" },
        { "Email", "email" },
        { "E-mail", "email" },
        { "Ghi chú", "note" },
        { "GHI CHÚ", "note" },
        { "DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN NĂM HỌC 2024-2025", "" },
        { "Trường THPT Nguyễn Khuyến", "" },
        { "Quê quán", "" },
        { "", "" },
    };
    for (const auto& [header, field] : rows)
        QTest::newRow(header) << QString::fromUtf8(header) << QString::fromUtf8(field);
    // Decomposed (NFD) input and a no-break space are read the same.
    QTest::newRow("NFD") << QString::fromUtf8("Họ và tên").normalized(QString::NormalizationForm_D)
                         << QStringLiteral("full_name");
    QTest::newRow("nbsp") << QString::fromUtf8("Ngày\u00a0sinh") << QStringLiteral("birth_date");
}

void TestRosterColumns::fieldForHeader()
{
    QFETCH(QString, header);
    QFETCH(QString, field);
    const auto found = RosterColumns::fieldForHeader(header);
    QCOMPARE(found ? RosterColumns::fieldKey(*found) : QString(), field);
}

void TestRosterColumns::detect_data()
{
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<CellRange>>("merged");
    QTest::addColumn<int>("headerRow");
    QTest::addColumn<int>("headerRowCount");
    QTest::addColumn<QString>("columns");

    const auto s = [](const char* text) { return QString::fromUtf8(text).split(QLatin1Char('|')); };

    QTest::newRow("plain") << QList<QStringList> { s("STT|Họ và tên|Ngày sinh|Giới tính"),
        s("1|Nguyễn Văn An|01/02/1980|Nam") }
                           << QList<CellRange>() << 0 << 1
                           << QStringLiteral("birth_date=2 full_name=1 gender=3 number=0");
    QTest::newRow("titles above") << QList<QStringList> { s("SỞ GD&ĐT HÀ NỘI||"),
        s("TRƯỜNG THPT NGUYỄN KHUYẾN||"),
        s(""),
        s("DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN NĂM HỌC 2024-2025||"),
        s("TT|Họ tên|Năm sinh|Chức vụ|Tổ chuyên môn|Ghi chú"),
        s("1|Lê Thị Hoà|1987|Giáo viên|Toán|") }
                                  << QList<CellRange>() << 4 << 1
                                  << QStringLiteral("birth_date=2 full_name=1 group=4 note=5 number=0 position=3");
    QTest::newRow("family + given") << QList<QStringList> { s("STT|Họ|Tên|Ngày sinh|Lớp"),
        s("1|Nguyễn Văn|An|1/2/2008|10A1") }
                                    << QList<CellRange>() << 0 << 1
                                    << QStringLiteral("birth_date=3 class=4 family_name=1 given_name=2 number=0");
    QTest::newRow("three parts") << QList<QStringList> { s("Mã HS|Họ|Tên đệm|Tên|Nữ"), s("HS01|Trần|Thị Minh|Khai|x") }
                                 << QList<CellRange>() << 0 << 1
                                 << QStringLiteral("code=0 family_name=1 female_mark=4 given_name=3 middle_name=2");
    QTest::newRow("họ đệm + tên") << QList<QStringList> { s("TT|Họ và tên đệm|Tên|Mã định danh"),
        s("1|Phạm Thị|Lan|0123") } << QList<CellRange>()
                                  << 0 << 1 << QStringLiteral("code=3 family_middle_name=1 given_name=2 number=0");
    // "Ngày sinh" merged over "Nam | Nữ": a woman's date sits in the Nữ column.
    QTest::newRow("two rows: birth date over Nam|Nữ")
        << QList<QStringList> { s("DANH SÁCH GIÁO VIÊN||||"),
               s("STT|Họ và tên|Ngày sinh||Chức vụ"),
               s("||Nam|Nữ|"),
               s("1|Nguyễn Văn An|01/02/1980||Giáo viên") }
        << QList<CellRange> { { 1, 2, 1, 3 }, { 1, 0, 2, 0 }, { 1, 1, 2, 1 }, { 1, 4, 2, 4 } } << 1 << 2
        << QStringLiteral("birth_date=2 birth_date_female=3 full_name=1 number=0 position=4");
    // The same in a text file, which has no merges.
    QTest::newRow("two rows without merges")
        << QList<QStringList> { s("STT|Họ và tên|Ngày tháng năm sinh||Chức vụ"),
               s("||Nam|Nữ|"),
               s("1|Nguyễn Văn An|01/02/1980||Giáo viên") }
        << QList<CellRange>() << 0 << 2
        << QStringLiteral("birth_date=2 birth_date_female=3 full_name=1 number=0 position=4");
    QTest::newRow("two rows: gender over Nam|Nữ")
        << QList<QStringList> { s("STT|Họ và tên|Giới tính||Năm sinh"), s("||Nam|Nữ|"), s("1|Nguyễn Văn An|x||1980") }
        << QList<CellRange> { { 0, 2, 0, 3 } } << 0 << 2
        << QStringLiteral("birth_date=4 female_mark=3 full_name=1 number=0");
    QTest::newRow("two rows: name over Họ đệm|Tên")
        << QList<QStringList> { s("STT|Họ và tên||Ngày sinh|Lớp"), s("|Họ đệm|Tên||"), s("1|Nguyễn Văn|An|2008|10A1") }
        << QList<CellRange> { { 0, 1, 0, 2 } } << 0 << 2
        << QStringLiteral("birth_date=3 class=4 family_middle_name=1 given_name=2 number=0");
    QTest::newRow("merged name over two data columns")
        << QList<QStringList> { s("STT|Họ và tên||Ngày sinh"), s("1|Nguyễn Văn|An|2008"), s("2|Lê Thị Thu|Hà|2008") }
        << QList<CellRange> { { 0, 1, 0, 2 } } << 0 << 1
        << QStringLiteral("birth_date=3 family_middle_name=1 given_name=2 number=0");
    // A data row whose gender cell says "Nữ" is not a second header row.
    QTest::newRow("data row with Nữ is not a header")
        << QList<QStringList> { s("STT|Họ và tên|Giới tính"), s("1|Lê Thị Hoa|Nữ") } << QList<CellRange>() << 0 << 1
        << QStringLiteral("full_name=1 gender=2 number=0");
    QTest::newRow("column numbers row under header")
        << QList<QStringList> { s("STT|Họ và tên|Ngày sinh"), s("(1)|(2)|(3)"), s("1|Lê Thị Hoa|2000") }
        << QList<CellRange>() << 0 << 1 << QStringLiteral("birth_date=2 full_name=1 number=0");
    QTest::newRow("without diacritics, upper case")
        << QList<QStringList> { s("STT|HO VA TEN|NGAY SINH|GIOI TINH|TO") } << QList<CellRange>() << 0 << 1
        << QStringLiteral("birth_date=2 full_name=1 gender=3 group=4 number=0");
    QTest::newRow("parents' names ignored")
        << QList<QStringList> { s("STT|Họ và tên|Ngày sinh|Họ tên cha|Họ tên mẹ") } << QList<CellRange>() << 0 << 1
        << QStringLiteral("birth_date=2 full_name=1 number=0");
    QTest::newRow("best row wins over a title with one name")
        << QList<QStringList> { s("Họ và tên người lập biểu: Nguyễn Văn B"), s("STT|Họ tên|Lớp|Ngày sinh") }
        << QList<CellRange>() << 1 << 1 << QStringLiteral("birth_date=3 class=2 full_name=1 number=0");
}

void TestRosterColumns::detect()
{
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<CellRange>, merged);
    QFETCH(int, headerRow);
    QFETCH(int, headerRowCount);
    QFETCH(QString, columns);

    const RosterColumns found = RosterColumns::detect(sheetOf(rows, merged));
    QCOMPARE(found.headerRow, headerRow);
    QCOMPARE(found.headerRowCount, headerRowCount);
    QCOMPARE(found.firstDataRow, headerRow + headerRowCount);
    QCOMPARE(keys(found), columns);
    QVERIFY(found.hasName());
}

void TestRosterColumns::noHeader()
{
    // One name column alone, or recognised names without any name, is not a person list.
    for (const QList<QStringList>& rows : QList<QList<QStringList>> {
             { { QStringLiteral("Họ và tên") }, { QStringLiteral("Nguyễn Văn An") } },
             { { QStringLiteral("STT"), QStringLiteral("Ngày sinh"), QStringLiteral("Lớp") } },
             { { QStringLiteral("a"), QStringLiteral("b") }, { QStringLiteral("1"), QStringLiteral("2") } },
             {},
         }) {
        const RosterColumns found = RosterColumns::detect(sheetOf(rows));
        QCOMPARE(found.headerRow, -1);
        QVERIFY(found.columns.isEmpty());
    }
    // The header is looked for in the first 30 rows only.
    QList<QStringList> late(40, QStringList { QStringLiteral("x") });
    late.append({ QStringLiteral("STT"), QStringLiteral("Họ và tên") });
    QCOMPARE(RosterColumns::detect(sheetOf(late)).headerRow, -1);
}

void TestRosterColumns::fieldKeysAreDistinct()
{
    QSet<QString> keys;
    QSet<QString> names;
    for (const Field f : RosterColumns::allFields()) {
        keys.insert(RosterColumns::fieldKey(f));
        names.insert(RosterColumns::fieldName(f));
    }
    QCOMPARE(keys.size(), RosterColumns::allFields().size());
    QCOMPARE(names.size(), RosterColumns::allFields().size());
}

QTEST_GUILESS_MAIN(TestRosterColumns)
#include "TestRosterColumns.moc"
