// Importing the award history (issue 16) from a real .xlsx written here and from a .csv: rows matched to people by
// code, else by full name (and date of birth when given), to collectives by name; forms matched to the catalogue by
// name, key or initials, others kept as written; plan() writing nothing, apply() all or nothing, and bad rows (an
// unknown person, a date that is not one, two people of the same name, no form) named as sheet:row:column with the
// database unchanged.
#include "core/awards/AwardHistoryImport.h"
#include "core/db/Database.h"
#include "core/db/Sql.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PersonRepository.h"
#include "core/school/SchoolRepository.h"
#include "core/spreadsheet/WorkbookReader.h"
#include "core/spreadsheet/XlsxWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace thidua;
using namespace Qt::StringLiterals;

namespace {

const QStringList Header { u"STT"_s,
    u"Họ và tên"_s,
    u"Mã"_s,
    u"Ngày sinh"_s,
    u"Tập thể"_s,
    u"Năm học"_s,
    u"Hình thức / Danh hiệu"_s,
    u"Số quyết định"_s,
    u"Ngày quyết định"_s,
    u"Cơ quan ban hành"_s };

// One row of the sheet: text cells, except a QDate (a date cell) in the decision date's column.
struct SheetRow
{
    SheetRow(QStringList cells, QDate decided = QDate())
        : cells(std::move(cells))
        , decided(decided)
    {}
    QStringList cells;
    QDate decided;
};

} // namespace

class TestAwardHistoryImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void badRowsNamed();
    void skipBadRows();
    void reimportChangesNothing();
    void csvWithoutDiacritics();
    void noList();

private:
    qint64 addPerson(const QString& name, const QDate& birth, const QString& code);
    QString writeXlsx(const QList<SheetRow>& rows) const;
    Workbook read(const QString& path) const;
    QString dump() const;
    AwardHistoryImport::Options options() const { return { false, QDate(2025, 6, 1) }; }
    QList<SheetRow> goodAndBad() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_hoa = 0;
    qint64 m_binh1980 = 0;
    qint64 m_binh1990 = 0;
    qint64 m_toan = 0;
};

void TestAwardHistoryImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"school.sqlite"_s));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    QVERIFY(SchoolRepository(m_db->connection()).ensureYear(2023).ok());
    m_hoa = addPerson(u"Nguyễn Thị Hoà"_s, QDate(1984, 3, 6), u"GV01"_s);
    m_binh1980 = addPerson(u"Trần Văn Bình"_s, QDate(1980, 3, 12), QString());
    m_binh1990 = addPerson(u"Trần Văn Bình"_s, QDate(1990, 9, 2), QString());
    Collective toan { 0, CollectiveKind::SubjectGroup, u"Tổ Toán - Tin"_s, 0, 0, 0, true };
    auto id = CollectiveRepository(m_db->connection()).insert(toan);
    QVERIFY(id.ok());
    m_toan = *id;
    QVERIFY(m_hoa > 0 && m_binh1980 > 0 && m_binh1990 > 0);
}

void TestAwardHistoryImport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestAwardHistoryImport::addPerson(const QString& name, const QDate& birth, const QString& code)
{
    Person p;
    p.setFullName(name);
    p.birthDate = PartialDate(birth);
    p.code = code;
    auto id = PersonRepository(m_db->connection()).insert(p);
    return id.ok() ? *id : 0;
}

QString TestAwardHistoryImport::writeXlsx(const QList<SheetRow>& rows) const
{
    XlsxWriter writer;
    writer.addSheet(u"Khen thưởng"_s);
    writer.writeText(0, 0, u"DANH SÁCH KHEN THƯỞNG CÁC NĂM"_s, true);
    for (int c = 0; c < Header.size(); ++c)
        writer.writeText(1, c, Header.at(c), true);
    for (int r = 0; r < rows.size(); ++r) {
        const SheetRow& row = rows.at(r);
        for (int c = 0; c < row.cells.size(); ++c) {
            if (!row.cells.at(c).isEmpty())
                writer.writeText(r + 2, c, row.cells.at(c));
        }
        if (row.decided.isValid())
            writer.writeDate(r + 2, 8, row.decided);
    }
    const QString path = m_dir->filePath(u"khen-thuong.xlsx"_s);
    const Status saved = writer.save(path);
    return saved.ok() ? path : QString();
}

Workbook TestAwardHistoryImport::read(const QString& path) const
{
    auto workbook = WorkbookReader::read(path);
    return workbook.ok() ? *workbook : Workbook();
}

QString TestAwardHistoryImport::dump() const
{
    auto q = Sql::exec(m_db->connection(),
        u"SELECT ifnull(a.person_id, ''), ifnull(a.collective_id, ''), ifnull(y.start_year, ''), "
        "ifnull(a.form_key, ''), a.form_name, a.decision_number, ifnull(a.decision_date, ''), a.issuer "
        "FROM award a LEFT JOIN school_year y ON y.id = a.school_year_id ORDER BY a.id"_s);
    QStringList out;
    while (q->next()) {
        QStringList fields;
        for (int i = 0; i < 8; ++i)
            fields << q->value(i).toString();
        out << fields.join(u'|');
    }
    auto years = Sql::exec(m_db->connection(), u"SELECT start_year FROM school_year ORDER BY start_year"_s);
    QStringList starts;
    while (years->next())
        starts << years->value(0).toString();
    out << u"years: "_s + starts.join(u',');
    return out.join(u'\n');
}

// Sheet rows 3 to 9 (1-based): three good rows, then four bad ones.
QList<SheetRow> TestAwardHistoryImport::goodAndBad() const
{
    const QString hieuTruong = u"Hiệu trưởng Trường THPT Demo"_s;
    return {
        // Row 3: by code, the form by its name, the date a date cell.
        { { u"1"_s,
              u"Nguyễn Thị Hoà"_s,
              u"gv01"_s,
              {},
              {},
              u"2023-2024"_s,
              u"Lao động tiên tiến"_s,
              u"45/QĐ-THPT"_s,
              {},
              hieuTruong },
            QDate(2024, 5, 25) },
        // Row 4: by name and date of birth (two Trần Văn Bình are stored), the form by its initials, the date as text.
        { { u"2"_s,
            u"Trần Văn Bình"_s,
            {},
            u"12/03/1980"_s,
            {},
            u"2023 - 2024"_s,
            u"LĐTT"_s,
            u"45/QĐ-THPT"_s,
            u"25/05/2024"_s,
            hieuTruong } },
        // Row 5: a collective, in a school year not stored yet.
        { { u"3"_s,
            {},
            {},
            {},
            u"Tổ Toán - Tin"_s,
            u"2022-2023"_s,
            u"Tập thể lao động tiên tiến"_s,
            u"30/QĐ-THPT"_s,
            u"20/05/2023"_s,
            hieuTruong } },
        // Row 6: nobody of that name.
        { { u"4"_s,
            u"Lê Văn Ma"_s,
            {},
            {},
            {},
            u"2023-2024"_s,
            u"Giấy khen của Hiệu trưởng"_s,
            u"46/QĐ-THPT"_s,
            u"25/05/2024"_s,
            hieuTruong } },
        // Row 7: a day that never was.
        { { u"5"_s,
            u"Nguyễn Thị Hoà"_s,
            u"GV01"_s,
            {},
            {},
            u"2023-2024"_s,
            u"Bằng khen của Bộ trưởng"_s,
            u"1234/QĐ-BGDĐT"_s,
            u"31/02/2024"_s,
            u"Bộ Giáo dục và Đào tạo"_s } },
        // Row 8: two people of that name, no date of birth.
        { { u"6"_s,
            u"Trần Văn Bình"_s,
            {},
            {},
            {},
            u"2023-2024"_s,
            u"Giấy khen của Hiệu trưởng"_s,
            u"46/QĐ-THPT"_s,
            u"25/05/2024"_s,
            hieuTruong } },
        // Row 9: no form, and a school year that is not one.
        { { u"7"_s, {}, u"GV01"_s, {}, {}, u"2024"_s, {}, u"47/QĐ-THPT"_s, u"25/05/2024"_s, hieuTruong } },
    };
}

void TestAwardHistoryImport::badRowsNamed()
{
    const QString path = writeXlsx(goodAndBad());
    QVERIFY(!path.isEmpty());
    const Workbook workbook = read(path);
    QCOMPARE(workbook.sheets.size(), 1);
    const QString before = dump();
    AwardHistoryImport import(m_db->connection());
    auto plan = import.plan(workbook, options());
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
    QCOMPARE(dump(), before); // plan() writes nothing
    QStringList problems;
    for (const AwardHistoryImport::Problem& p : std::as_const(plan->problems))
        problems << p.toString();
    QCOMPARE(problems,
        QStringList({
            u"Khen thưởng:6:2: No one named Lê Văn Ma is stored."_s,
            u"Khen thưởng:7:7: “Bằng khen của Bộ trưởng” is not in the catalogue of award forms; kept as written."_s,
            u"Khen thưởng:7:9: “31/02/2024” is not a date of decision (day/month/year)."_s,
            u"Khen thưởng:8:2: Several people named Trần Văn Bình are stored: give the code or the date of birth."_s,
            u"Khen thưởng:9:6: “2024” is not a school year: write it as 2024-2025."_s,
            u"Khen thưởng:9:7: What was awarded is missing (the column “Hình thức / Danh hiệu”)."_s,
        }));
    QCOMPARE(plan->errors, 5);
    QCOMPARE(plan->added, 3);
    QCOMPARE(plan->skipped, 4);
    QCOMPARE(plan->newYears, QList<int>({ 2022 }));
    QCOMPARE(plan->rows.size(), 7);
    QCOMPARE(plan->rows.at(0).record.subjectId, m_hoa);
    QCOMPARE(plan->rows.at(1).record.subjectId, m_binh1980);
    QCOMPARE(plan->rows.at(1).record.formKey, u"lao_dong_tien_tien"_s);
    QCOMPARE(plan->rows.at(2).record.subject, AwardForm::Subject::Collective);
    QCOMPARE(plan->rows.at(2).record.subjectId, m_toan);

    auto applied = import.apply(*plan, options());
    QVERIFY(!applied.ok());
    QVERIFY2(applied.error().message.contains(u"5"_s), qPrintable(applied.error().message));
    QCOMPARE(dump(), before);
}

void TestAwardHistoryImport::skipBadRows()
{
    const Workbook workbook = read(writeXlsx(goodAndBad()));
    AwardHistoryImport import(m_db->connection());
    auto plan = import.plan(workbook, options());
    QVERIFY(plan.ok());
    AwardHistoryImport::Options skip = options();
    skip.skipBadRows = true;
    auto applied = import.apply(*plan, skip);
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
    QCOMPARE(applied->line(), u"added 3, unchanged 0, skipped 4, errors 5"_s);
    const QString hoa = QString::number(m_hoa);
    const QString binh = QString::number(m_binh1980);
    const QString toan = QString::number(m_toan);
    QCOMPARE(dump(),
        QStringList(
            {
                hoa + u"||2023|lao_dong_tien_tien|Lao động tiên tiến|45/QĐ-THPT|2024-05-25|Hiệu trưởng Trường THPT Demo"_s,
                binh
                    + u"||2023|lao_dong_tien_tien|Lao động tiên tiến|45/QĐ-THPT|2024-05-25|Hiệu trưởng Trường THPT Demo"_s,
                u"|"_s + toan
                    + u"|2022|tap_the_lao_dong_tien_tien|Tập thể lao động tiên tiến|30/QĐ-THPT|2023-05-20|Hiệu trưởng "
                      "Trường THPT Demo"_s,
                u"years: 2022,2023"_s,
            })
            .join(u'\n'));
}

void TestAwardHistoryImport::reimportChangesNothing()
{
    const Workbook workbook = read(writeXlsx(goodAndBad().mid(0, 3)));
    AwardHistoryImport import(m_db->connection());
    auto first = import.plan(workbook, options());
    QVERIFY(first.ok());
    QCOMPARE(first->errors, 0);
    QVERIFY(import.apply(*first, options()).ok());
    const QString after = dump();
    auto second = import.plan(workbook, options());
    QVERIFY(second.ok());
    QCOMPARE(second->added, 0);
    QCOMPARE(second->unchanged, 3);
    QVERIFY(second->newYears.isEmpty());
    auto applied = import.apply(*second, options());
    QVERIFY(applied.ok());
    QCOMPARE(applied->line(), u"added 0, unchanged 3, skipped 0, errors 0"_s);
    QCOMPARE(dump(), after);
}

void TestAwardHistoryImport::csvWithoutDiacritics()
{
    // Headers typed without diacritics, the same award twice in the file, a decision in the future.
    const QString path = m_dir->filePath(u"lich-su.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Ma so,Ho ten,Nam hoc,Danh hieu thi dua,So QD,Ngay QD,Cap khen\n"
               "GV01,,2023-2024,chien si thi dua co so,12/QD-SGDDT,01/06/2024,So GDDT\n"
               "GV01,,2023-2024,Chiến sĩ thi đua cơ sở,12/QD-SGDDT,01/06/2024,So GDDT\n"
               "GV01,,2024-2025,CSTĐCS,9/QD-SGDDT,02/06/2025,So GDDT\n");
    file.close();
    AwardHistoryImport import(m_db->connection());
    auto plan = import.plan(read(path), options());
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
    QStringList problems;
    for (const AwardHistoryImport::Problem& p : std::as_const(plan->problems))
        problems << p.toString();
    QCOMPARE(problems,
        QStringList({
            u"lich-su:3:0: The same award of Nguyễn Thị Hoà as row 2."_s,
            u"lich-su:4:6: The decision date 02/06/2025 is after today."_s,
        }));
    QCOMPARE(plan->rows.at(0).record.formKey, u"chien_si_thi_dua_co_so"_s);
    QCOMPARE(plan->rows.at(0).record.formName, u"Chiến sĩ thi đua cơ sở"_s);
    QCOMPARE(plan->rows.at(0).record.issuer, u"So GDDT"_s);
    QCOMPARE(plan->added, 1);
}

void TestAwardHistoryImport::noList()
{
    Workbook workbook;
    Sheet sheet;
    sheet.name = u"Sheet1"_s;
    Cell cell;
    cell.type = Cell::Type::Text;
    cell.text = u"Họ và tên"_s;
    sheet.rows << QList<Cell> { cell };
    workbook.sheets << sheet;
    auto plan = AwardHistoryImport(m_db->connection()).plan(workbook, options());
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, Error::Code::Format);
}

QTEST_GUILESS_MAIN(TestAwardHistoryImport)
#include "TestAwardHistoryImport.moc"
