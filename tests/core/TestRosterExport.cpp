// Exporting people lists: headers, Vietnamese order, groups of a year, CSV bytes, the .xlsx as the reader sees it,
// and the XlsxWriter underneath (sheet names, merged cells, dates, fonts).
#include "core/db/Database.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PersonRepository.h"
#include "core/people/RosterExport.h"
#include "core/school/SchoolRepository.h"
#include "core/spreadsheet/WorkbookReader.h"
#include "core/spreadsheet/XlsxWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using namespace Qt::StringLiterals;

class TestRosterExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void headerAndVietnameseOrder();
    void kindFilter();
    void groupsOfYear();
    void csvBytes();
    void xlsxAsTheReaderSeesIt();
    void staffListByUnit();
    void refusesOtherSuffixes();
    void unwritablePath();
    void xlsxWriterSheetNames();
    void xlsxWriterMergedCellsAndFonts();

private:
    Person add(const QString& name, PersonKind kind, const PartialDate& birth, const QString& code = QString());

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestRosterExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"t.sqlite"_s));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

void TestRosterExport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Person TestRosterExport::add(const QString& name, PersonKind kind, const PartialDate& birth, const QString& code)
{
    Person p;
    p.setFullName(name);
    p.kind = kind;
    p.birthDate = birth;
    p.code = code;
    p.gender = name.contains(u"Thị"_s) ? Gender::Female : Gender::Male;
    const auto id = PersonRepository(m_db->connection()).insert(p);
    if (!id)
        qWarning("%s", qPrintable(id.error().toString()));
    return p;
}

void TestRosterExport::headerAndVietnameseOrder()
{
    add(u"Trần Văn Bình"_s, PersonKind::Staff, PartialDate(QDate(1980, 1, 2)), u"GV2"_s);
    add(u"Nguyễn Thị Ánh"_s, PersonKind::Staff, PartialDate::yearOnly(1985));
    add(u"Lê Văn An"_s, PersonKind::Staff, PartialDate(QDate(1990, 3, 4)));
    add(u"Đỗ Văn Đông"_s, PersonKind::Staff, PartialDate());
    add(u"Phạm Văn Dũng"_s, PersonKind::Staff, PartialDate());
    add(u"Lê Văn An"_s, PersonKind::Staff, PartialDate(QDate(1970, 3, 4)));

    auto table = RosterExport(m_db->connection()).table({});
    QVERIFY(table.ok());
    QCOMPARE(table->header,
        QStringList({ u"STT"_s,
            u"Mã"_s,
            u"Họ"_s,
            u"Tên đệm"_s,
            u"Tên"_s,
            u"Họ và tên"_s,
            u"Ngày sinh"_s,
            u"Giới tính"_s,
            u"Chức vụ"_s,
            u"Tổ/Lớp"_s,
            u"Điện thoại"_s,
            u"Email"_s,
            u"Ghi chú"_s }));
    // Tên first (An < Ánh < Bình < Dũng < Đông: Đ after D), then the older An first by date of birth.
    QStringList names;
    QStringList births;
    for (const QStringList& row : table->rows) {
        names << row.at(5);
        births << row.at(6);
    }
    QCOMPARE(names,
        QStringList({ u"Lê Văn An"_s,
            u"Lê Văn An"_s,
            u"Nguyễn Thị Ánh"_s,
            u"Trần Văn Bình"_s,
            u"Phạm Văn Dũng"_s,
            u"Đỗ Văn Đông"_s }));
    QCOMPARE(births.mid(0, 4), QStringList({ u"04/03/1970"_s, u"04/03/1990"_s, u"1985"_s, u"02/01/1980"_s }));
    QCOMPARE(table->rows.at(0).at(0), u"1"_s);
    QCOMPARE(table->rows.at(5).at(0), u"6"_s);
    QCOMPARE(
        table->rows.at(3).mid(1, 5), QStringList({ u"GV2"_s, u"Trần"_s, u"Văn"_s, u"Bình"_s, u"Trần Văn Bình"_s }));
    QCOMPARE(table->rows.at(2).at(7), u"Nữ"_s);
    QCOMPARE(table->rows.size(), table->people.size());
}

void TestRosterExport::kindFilter()
{
    add(u"Trần Văn Bình"_s, PersonKind::Staff, PartialDate());
    add(u"Lê Thị Cúc"_s, PersonKind::Student, PartialDate(QDate(2009, 1, 1)));
    RosterExport::Options options;
    options.kind = PersonKind::Student;
    auto table = RosterExport(m_db->connection()).table(options);
    QVERIFY(table.ok());
    QCOMPARE(table->rows.size(), 1);
    QCOMPARE(table->rows.at(0).at(5), u"Lê Thị Cúc"_s);
    QCOMPARE(table->header.at(9), u"Lớp"_s);
    options.kind = PersonKind::Staff;
    QCOMPARE(RosterExport(m_db->connection()).table(options)->header.at(9), u"Tổ"_s);
}

void TestRosterExport::groupsOfYear()
{
    auto year = SchoolRepository(m_db->connection()).ensureYear(2024);
    auto other = SchoolRepository(m_db->connection()).ensureYear(2023);
    QVERIFY(year.ok() && other.ok());
    CollectiveRepository collectives(m_db->connection());
    auto classOf = [&](const QString& name, qint64 yearId) {
        Collective c;
        c.kind = CollectiveKind::Class;
        c.name = name;
        c.schoolYearId = yearId;
        return *collectives.insert(c);
    };
    const qint64 a1 = classOf(u"10A1"_s, year->id);
    const qint64 a2 = classOf(u"10A2"_s, year->id);
    const qint64 old = classOf(u"9A"_s, other->id);
    const Person an = add(u"Vũ Văn An"_s, PersonKind::Student, PartialDate());
    const Person binh = add(u"Lê Văn Bình"_s, PersonKind::Student, PartialDate());
    const Person cuc = add(u"Hà Thị Cúc"_s, PersonKind::Student, PartialDate());
    for (const auto& [person, collective, y] : { std::tuple { an.id, a2, year->id },
             std::tuple { binh.id, a1, year->id },
             std::tuple { an.id, old, other->id } }) {
        Membership m;
        m.personId = person;
        m.collectiveId = collective;
        m.schoolYearId = y;
        QVERIFY(collectives.addMember(m).ok());
    }

    RosterExport::Options options;
    options.kind = PersonKind::Student;
    options.schoolYearId = year->id;
    auto table = RosterExport(m_db->connection()).table(options);
    QVERIFY(table.ok());
    // By class first (no class last, as a school lists them), then Vietnamese order; another year's class is not
    // shown.
    QStringList rows;
    for (const QStringList& row : table->rows)
        rows << row.at(5) + u'|' + row.at(9);
    QCOMPARE(rows, QStringList({ u"Lê Văn Bình|10A1"_s, u"Vũ Văn An|10A2"_s, u"Hà Thị Cúc|"_s }));
    Q_UNUSED(cuc);
}

void TestRosterExport::csvBytes()
{
    RosterExport::Table table;
    table.header = { u"STT"_s, u"Họ và tên"_s, u"Chức vụ"_s };
    table.rows = { { u"1"_s, u"Lê Thị Hoà"_s, u"Nhân viên, thư viện \"A\""_s }, { u"2"_s, u"Đỗ An"_s, QString() } };
    const QByteArray expected =
        "\xEF\xBB\xBF"
        "STT,H\xE1\xBB\x8D v\xC3\xA0 t\xC3\xAAn,Ch\xE1\xBB\xA9"
        "c v\xE1\xBB\xA5\r\n"
        "1,L\xC3\xAA Th\xE1\xBB\x8B Ho\xC3\xA0,\"Nh\xC3\xA2n vi\xC3\xAAn, th\xC6\xB0 vi\xE1\xBB\x87n "
        "\"\"A\"\"\"\r\n"
        "2,\xC4\x90\xE1\xBB\x97 An,\r\n";
    QCOMPARE(RosterExport::toCsv(table), expected);

    // write() puts exactly these bytes in the file.
    add(u"Lê Thị Hoà"_s, PersonKind::Staff, PartialDate(QDate(1979, 12, 31)), u"GV1"_s);
    const QString path = m_dir->filePath(u"people.csv"_s);
    auto written = RosterExport(m_db->connection()).write(path, {});
    QVERIFY(written.ok());
    QCOMPARE(*written, 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), RosterExport::toCsv(*RosterExport(m_db->connection()).table({})));
}

void TestRosterExport::xlsxAsTheReaderSeesIt()
{
    add(u"Lê Thị Hoà"_s, PersonKind::Staff, PartialDate(QDate(1979, 12, 31)), u"GV1"_s);
    add(u"Trần Văn Bình"_s, PersonKind::Staff, PartialDate::yearOnly(1980));
    auto year = SchoolRepository(m_db->connection()).ensureYear(2024);
    RosterExport::Options options;
    options.kind = PersonKind::Staff;
    options.schoolYearId = year->id;
    const QString path = m_dir->filePath(u"people.xlsx"_s);
    auto written = RosterExport(m_db->connection()).write(path, options);
    if (!written.ok())
        QFAIL(qPrintable(written.error().toString()));
    QCOMPARE(*written, 2);

    auto book = WorkbookReader::read(path);
    if (!book.ok())
        QFAIL(qPrintable(book.error().toString()));
    QCOMPARE(book->sheets.size(), 1);
    const Sheet& sheet = book->sheets.constFirst();
    QCOMPARE(sheet.name, u"Cán bộ"_s);
    // A school without a name yet: the title and the school year above the header, each across the columns of the
    // list (merged), not wrapped into the narrow STT column.
    QCOMPARE(sheet.cell(0, 0).text, u"DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN"_s);
    QCOMPARE(sheet.cell(1, 0).text, u"NĂM HỌC 2024-2025"_s);
    QCOMPARE(sheet.merged.size(), 2);
    QCOMPARE(sheet.merged.constFirst().firstRow, 0);
    QCOMPARE(sheet.merged.constFirst().lastRow, 0);
    QCOMPARE(sheet.merged.constFirst().lastColumn, 12);
    const int h = 3; // the header row
    QCOMPARE(sheet.cell(h, 0).text, u"STT"_s);
    QCOMPARE(sheet.cell(h, 9).text, u"Tổ"_s);
    QCOMPARE(sheet.cell(h + 1, 0).type, Cell::Type::Number);
    QCOMPARE(sheet.cell(h + 1, 0).number, 1.0);
    // Vietnamese order: Bình before Hoà. A full date is an Excel date, a year alone a number.
    QCOMPARE(sheet.cell(h + 1, 5).text, u"Trần Văn Bình"_s);
    QCOMPARE(sheet.cell(h + 1, 6).type, Cell::Type::Number);
    QVERIFY(!sheet.cell(h + 1, 6).isDate);
    QCOMPARE(sheet.cell(h + 1, 6).number, 1980.0);
    QCOMPARE(sheet.cell(h + 2, 5).text, u"Lê Thị Hoà"_s);
    QCOMPARE(sheet.cell(h + 2, 1).text, u"GV1"_s);
    QCOMPARE(sheet.cell(h + 2, 6).type, Cell::Type::Number);
    QVERIFY(sheet.cell(h + 2, 6).isDate);
    QCOMPARE(sheet.cell(h + 2, 6).number, 29220.0); // 31/12/1979
    // The bordered blanks of the table are empty cells.
    QVERIFY(sheet.cell(h + 2, 12).isEmpty());
    QCOMPARE(sheet.rowCount(), h + 3);
}

void TestRosterExport::staffListByUnit()
{
    // The Hiệu trưởng is a member of Tổ Toán and her name comes last in Vietnamese order; the school profile names
    // her, a Phó hiệu trưởng is known by the position alone.
    Person head = add(u"Vũ Thị Yến"_s, PersonKind::Staff, PartialDate(QDate(1975, 1, 1)));
    head.position = u"Hiệu trưởng"_s;
    QVERIFY(PersonRepository(m_db->connection()).update(head).ok());
    Person deputy = add(u"Trần Văn Vinh"_s, PersonKind::Staff, PartialDate(QDate(1976, 1, 1)));
    deputy.position = u"Phó Hiệu trưởng"_s;
    QVERIFY(PersonRepository(m_db->connection()).update(deputy).ok());
    const Person an = add(u"Lê Văn An"_s, PersonKind::Staff, PartialDate(QDate(1980, 1, 1)));
    const Person binh = add(u"Nguyễn Văn Bình"_s, PersonKind::Staff, PartialDate(QDate(1981, 1, 1)));
    const Person chau = add(u"Phạm Thị Châu"_s, PersonKind::Staff, PartialDate(QDate(1982, 1, 1)));
    const Person nobody = add(u"Đỗ Văn A"_s, PersonKind::Staff, PartialDate(QDate(1983, 1, 1)));
    Q_UNUSED(nobody);
    SchoolRepository school(m_db->connection());
    auto year = school.ensureYear(2024);
    QVERIFY(year.ok());
    auto profile = school.profile();
    QVERIFY(profile.ok());
    profile->leaders = { SchoolLeader { 0, SchoolLeader::Role::Head, head.fullName(), u"Hiệu trưởng"_s, head.id } };
    QVERIFY(school.saveProfile(*profile).ok());
    CollectiveRepository collectives(m_db->connection());
    const auto group = [&](const QString& name, CollectiveKind kind) {
        Collective c;
        c.kind = kind;
        c.name = name;
        return *collectives.insert(c);
    };
    const qint64 math = group(u"Tổ Toán"_s, CollectiveKind::SubjectGroup);
    const qint64 office = group(u"Tổ Văn phòng"_s, CollectiveKind::OfficeGroup);
    for (const auto& [person, collective] : { std::pair { head.id, math },
             std::pair { binh.id, math },
             std::pair { an.id, office },
             std::pair { chau.id, math },
             std::pair { deputy.id, office } }) {
        Membership m { 0, person, collective, year->id };
        QVERIFY(collectives.addMember(m).ok());
    }

    RosterExport::Options options;
    options.kind = PersonKind::Staff;
    options.schoolYearId = year->id;
    auto table = RosterExport(m_db->connection()).table(options);
    QVERIFY(table.ok());
    QStringList order;
    for (const QStringList& row : table->rows)
        order.append(row.at(5) + u" | "_s + row.at(9));
    // Ban giám hiệu (Hiệu trưởng, then Phó), then each tổ by name, each by name; nobody of no tổ last.
    const QStringList expected { u"Vũ Thị Yến | Tổ Toán"_s,
        u"Trần Văn Vinh | Tổ Văn phòng"_s,
        u"Nguyễn Văn Bình | Tổ Toán"_s,
        u"Phạm Thị Châu | Tổ Toán"_s,
        u"Lê Văn An | Tổ Văn phòng"_s,
        u"Đỗ Văn A | "_s };
    QCOMPARE(order, expected);
}

void TestRosterExport::refusesOtherSuffixes()
{
    auto written = RosterExport(m_db->connection()).write(m_dir->filePath(u"people.ods"_s), {});
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, Error::Code::Usage);
    QVERIFY(!QFile::exists(m_dir->filePath(u"people.ods"_s)));
}

void TestRosterExport::unwritablePath()
{
    add(u"Lê Thị Hoà"_s, PersonKind::Staff, PartialDate());
    for (const QString& name : { u"people.xlsx"_s, u"people.csv"_s }) {
        const QString path = m_dir->filePath(u"no/such/dir/"_s + name);
        auto written = RosterExport(m_db->connection()).write(path, {});
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message.contains(path), qPrintable(written.error().message));
    }
}

void TestRosterExport::xlsxWriterSheetNames()
{
    XlsxWriter x;
    x.addSheet(u"Tổ: Toán/Tin [2024]?"_s);
    x.writeText(0, 0, u"a"_s);
    x.addSheet(u"tổ- toán-tin -2024--"_s); // the same name once cleaned (but for case and spaces)
    x.addSheet(u"Một tên rất dài hơn ba mươi mốt ký tự của Excel"_s);
    x.addSheet(u"Một tên rất dài hơn ba mươi mốt ký tự của Excel"_s);
    x.addSheet(QString());
    const QString path = m_dir->filePath(u"names.xlsx"_s);
    QVERIFY(x.save(path).ok());
    auto book = WorkbookReader::read(path);
    if (!book.ok())
        QFAIL(qPrintable(book.error().toString()));
    QStringList names;
    for (const Sheet& s : book->sheets)
        names << s.name;
    QCOMPARE(names.size(), 5);
    QCOMPARE(names.at(0), u"Tổ- Toán-Tin -2024--"_s);
    QCOMPARE(names.at(2), u"Một tên rất dài hơn ba mươi mốt"_s);
    QCOMPARE(names.at(3), u"Một tên rất dài hơn ba mươi (2)"_s);
    QCOMPARE(names.at(4), u"Sheet"_s);
    for (const QString& n : names)
        QVERIFY(n.size() <= 31);
    QCOMPARE(book->sheets.at(0).cell(0, 0).text, u"a"_s);
}

void TestRosterExport::xlsxWriterMergedCellsAndFonts()
{
    XlsxWriter x;
    x.addSheet(u"DS"_s);
    x.mergeCells(0, 0, 0, 4, u"DANH SÁCH"_s, true);
    x.mergeCells(2, 3, 2, 4, u"Ngày sinh"_s, true);
    x.writeText(3, 3, u"Nam"_s, true);
    x.writeDate(4, 3, QDate(2024, 2, 29));
    x.writeNumber(4, 0, 1);
    x.setTextFont(u".VnTime"_s);
    x.writeText(4, 1, u"Lª ThÞ Hoa"_s); // "Lê Thị Hoa" typed in .VnTime
    x.setTextFont(QString());
    const QString path = m_dir->filePath(u"merged.xlsx"_s);
    QVERIFY(x.save(path).ok());

    auto book = WorkbookReader::read(path);
    if (!book.ok())
        QFAIL(qPrintable(book.error().toString()));
    const Sheet& sheet = book->sheets.constFirst();
    QCOMPARE(sheet.merged.size(), 2);
    QCOMPARE(sheet.merged.at(0).firstColumn, 0);
    QCOMPARE(sheet.merged.at(0).lastColumn, 4);
    QCOMPARE(sheet.merged.at(1).firstRow, 2);
    QCOMPARE(sheet.merged.at(1).firstColumn, 3);
    QCOMPARE(sheet.cell(0, 0).text, u"DANH SÁCH"_s);
    QCOMPARE(sheet.cell(2, 3).text, u"Ngày sinh"_s);
    QVERIFY(sheet.cell(4, 3).isDate);
    QCOMPARE(sheet.cell(4, 3).number, 45351.0); // 29/02/2024
    // The reader repairs a cell in the .VnTime font.
    QCOMPARE(sheet.cell(4, 1).text, u"Lê Thị Hoa"_s);

    // A writer that is spent, or never given anything, still saves a valid file.
    XlsxWriter empty;
    QVERIFY(empty.save(m_dir->filePath(u"empty.xlsx"_s)).ok());
    QVERIFY(WorkbookReader::read(m_dir->filePath(u"empty.xlsx"_s)).ok());
}

QTEST_GUILESS_MAIN(TestRosterExport)
#include "TestRosterExport.moc"
