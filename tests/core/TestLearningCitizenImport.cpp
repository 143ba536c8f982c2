// Importing Công dân học tập results (issue 14, point 4): rows matched as the people import matches (code, else full
// name + date of birth), plan() writing nothing, apply() all or nothing, and hostile or wrong lists (an unknown
// code, one person twice, a student in a staff list, a word that is not a result, a score out of range, no result
// column) refused with the problem named as sheet:row:column and the database unchanged.
#include "core/criteria/LearningCitizenImport.h"
#include "core/criteria/LearningCitizenService.h"
#include "core/db/Database.h"
#include "core/db/Sql.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PeopleService.h"
#include "core/school/SchoolRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace thidua;

using ResultStatus = LearningCitizenResult::Status;

namespace {

Cell text(const QString& s)
{
    Cell c;
    c.type = s.isEmpty() ? Cell::Type::Empty : Cell::Type::Text;
    c.text = s;
    return c;
}

QList<Cell> row(const QStringList& cells)
{
    QList<Cell> out;
    for (const QString& s : cells)
        out << text(s);
    return out;
}

const QStringList Header { QStringLiteral("STT"),
    QStringLiteral("Mã học sinh"),
    QStringLiteral("Họ và tên"),
    QStringLiteral("Ngày sinh"),
    QStringLiteral("Kết quả"),
    QStringLiteral("Điểm"),
    QStringLiteral("Ghi chú") };

// A class's list: a title, the header on row 2, the rows from row 3.
Sheet classSheet(const QList<QStringList>& rows,
    const QString& title = QStringLiteral("DANH SÁCH HỌC SINH LỚP 10A1"),
    const QStringList& header = Header)
{
    Sheet sheet;
    sheet.name = QStringLiteral("10A1");
    sheet.rows << row({ title }) << row(header);
    for (const QStringList& r : rows)
        sheet.rows << row(r);
    return sheet;
}

} // namespace

class TestLearningCitizenImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void matchesAndRecords();
    void reimportChangesNothing();
    void wrongLists_data();
    void wrongLists();
    void skipBadRows();

private:
    qint64 add(PersonKind kind, const QString& name, const QDate& birth, const QString& code);
    QString dump() const;
    LearningCitizenImport::Options options() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_yearId = 0;
    qint64 m_khoi = 0;
    qint64 m_trang = 0;
    qint64 m_tu = 0;
    qint64 m_hoa = 0;
};

void TestLearningCitizenImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("t.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    auto year = SchoolRepository(m_db->connection()).ensureYear(2024);
    QVERIFY(year.ok());
    m_yearId = year->id;
    m_khoi = add(PersonKind::Student, QStringLiteral("Lê Minh Khôi"), QDate(2009, 5, 1), QStringLiteral("HS01"));
    m_trang = add(PersonKind::Student, QStringLiteral("Phạm Thu Trang"), QDate(2009, 8, 12), QString());
    m_tu = add(PersonKind::Student, QStringLiteral("Võ Văn Tú"), QDate(2009, 3, 3), QStringLiteral("HS03"));
    m_hoa = add(PersonKind::Staff, QStringLiteral("Nguyễn Thị Hoà"), QDate(1984, 3, 6), QStringLiteral("GV01"));
    QVERIFY(m_khoi > 0 && m_trang > 0 && m_tu > 0 && m_hoa > 0);
    // Stored before the import: it must survive every refused one.
    QVERIFY(LearningCitizenService(m_db->connection(), QDate(2025, 6, 1))
                .set({ 0, m_hoa, m_yearId, ResultStatus::Passed, 90, QDate(2025, 5, 5), {}, {} })
                .ok());
}

void TestLearningCitizenImport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestLearningCitizenImport::add(PersonKind kind, const QString& name, const QDate& birth, const QString& code)
{
    Person p;
    p.kind = kind;
    p.setFullName(name);
    p.birthDate = PartialDate(birth);
    p.code = code;
    auto id = PeopleService(m_db->connection()).add(p, {});
    return id.ok() ? *id : 0;
}

QString TestLearningCitizenImport::dump() const
{
    auto q = Sql::exec(m_db->connection(),
        QStringLiteral(
            "SELECT ifnull(p.code, '') || p.given_name, r.status, ifnull(r.score, ''), ifnull(r.assessed_on, ''), "
            "r.note FROM cdht_result r JOIN person p ON p.id = r.person_id ORDER BY p.id"));
    QStringList out;
    while (q->next()) {
        QStringList fields;
        for (int i = 0; i < 5; ++i)
            fields << q->value(i).toString();
        out << fields.join(QLatin1Char('|'));
    }
    return out.join(QLatin1Char('\n'));
}

LearningCitizenImport::Options TestLearningCitizenImport::options() const
{
    LearningCitizenImport::Options o;
    o.schoolYearId = m_yearId;
    o.today = QDate(2025, 6, 1);
    return o;
}

void TestLearningCitizenImport::matchesAndRecords()
{
    Workbook workbook;
    workbook.sheets << classSheet({
        { QStringLiteral("1"),
            QStringLiteral("HS01"),
            QStringLiteral("Lê Minh Khôi"),
            QStringLiteral("01/05/2009"),
            QStringLiteral("Đạt"),
            QStringLiteral("85"),
            QString() },
        // No code: by full name and date of birth.
        { QStringLiteral("2"),
            QString(),
            QStringLiteral("Phạm Thu Trang"),
            QStringLiteral("12/08/2009"),
            QStringLiteral("không đạt"),
            QStringLiteral("70"),
            QStringLiteral("Thiếu minh chứng") },
        { QStringLiteral("3"),
            QStringLiteral("hs03"),
            QStringLiteral("Võ Văn Tú"),
            QStringLiteral("03/03/2009"),
            QStringLiteral("chưa đánh giá"),
            QString(),
            QString() },
        { QStringLiteral("Tổng cộng: 3") },
    });
    LearningCitizenImport import(m_db->connection());
    const QString before = dump();
    auto plan = import.plan(workbook, options());
    QVERIFY(plan.ok());
    QCOMPARE(dump(), before); // plan() writes nothing
    QCOMPARE(plan->problems.size(), 0);
    QCOMPARE(plan->rows.size(), 3);
    QCOMPARE(plan->set, 2);
    QCOMPARE(plan->unchanged, 1); // chưa đánh giá, nothing stored: as it is
    QCOMPARE(plan->rows.at(1).person.id, m_trang);
    QCOMPARE(plan->rows.at(1).sourceRow, 4);
    auto done = import.apply(*plan, options());
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
    QCOMPARE(done->line(), QStringLiteral("recorded 2, unchanged 1, skipped 0, errors 0"));
    QCOMPARE(dump(),
        QStringLiteral("HS01Khôi|dat|85||\n"
                       "Trang|khong_dat|70||Thiếu minh chứng\n"
                       "GV01Hoà|dat|90|2025-05-05|"));
}

void TestLearningCitizenImport::reimportChangesNothing()
{
    Workbook workbook;
    workbook.sheets << classSheet({ { QStringLiteral("1"),
        QStringLiteral("HS01"),
        QStringLiteral("Lê Minh Khôi"),
        QStringLiteral("01/05/2009"),
        QStringLiteral("đ"),
        QStringLiteral("85"),
        QString() } });
    LearningCitizenImport import(m_db->connection());
    QVERIFY(import.apply(*import.plan(workbook, options()), options()).ok());
    auto again = import.plan(workbook, options());
    QVERIFY(again.ok());
    QCOMPARE(again->set, 0);
    QCOMPARE(again->unchanged, 1);
}

void TestLearningCitizenImport::wrongLists_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QString>("problem");
    const QStringList khoi { QStringLiteral("1"),
        QStringLiteral("HS01"),
        QStringLiteral("Lê Minh Khôi"),
        QStringLiteral("01/05/2009"),
        QStringLiteral("Đạt") };
    const QString students = QStringLiteral("DANH SÁCH HỌC SINH LỚP 10A1");
    QTest::newRow("unknown code") << students << Header
                                  << QList<QStringList> { khoi,
                                         { QStringLiteral("2"),
                                             QStringLiteral("HS99"),
                                             QStringLiteral("Ngô Văn Lạ"),
                                             QStringLiteral("01/01/2009"),
                                             QStringLiteral("Đạt") } }
                                  << QStringLiteral("10A1:4:2: No one stored has the code HS99.");
    QTest::newRow("unknown name and date of birth")
        << students << Header
        << QList<QStringList> { { QStringLiteral("1"),
               QString(),
               QStringLiteral("Ngô Văn Lạ"),
               QStringLiteral("01/01/2009"),
               QStringLiteral("Đạt") } }
        << QStringLiteral(
               "10A1:3:3: No one named Ngô Văn Lạ born 01/01/2009 is stored (nor does the row give a code).");
    QTest::newRow("one person twice (code, then name and date)")
        << students << Header
        << QList<QStringList> { khoi,
               { QStringLiteral("2"),
                   QString(),
                   QStringLiteral("Lê Minh Khôi"),
                   QStringLiteral("01/05/2009"),
                   QStringLiteral("Không đạt") } }
        << QStringLiteral("10A1:4:3: Lê Minh Khôi is also on row 10A1:3: the same person twice.");
    QTest::newRow("a student in a staff list")
        << QStringLiteral("DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN") << Header << QList<QStringList> { khoi }
        << QStringLiteral("10A1:3:2: The code HS01 already belongs to Lê Minh Khôi, who is not a member of staff.");
    QTest::newRow("not a result")
        << students << Header
        << QList<QStringList> { { QStringLiteral("1"),
               QStringLiteral("HS01"),
               QStringLiteral("Lê Minh Khôi"),
               QStringLiteral("01/05/2009"),
               QStringLiteral("Tốt") } }
        << QStringLiteral("10A1:3:5: “Tốt” is not a result: write đạt, không đạt or chưa đánh giá (or đ, k, c).");
    QTest::newRow("score over 100") << students << Header
                                    << QList<QStringList> { { QStringLiteral("1"),
                                           QStringLiteral("HS01"),
                                           QStringLiteral("Lê Minh Khôi"),
                                           QStringLiteral("01/05/2009"),
                                           QStringLiteral("Đạt"),
                                           QStringLiteral("120") } }
                                    << QStringLiteral("10A1:3:6: “120” is not a score: a whole number from 0 to 100.");
    QTest::newRow("no result column")
        << students << QStringList { QStringLiteral("STT"), QStringLiteral("Mã"), QStringLiteral("Họ và tên") }
        << QList<QStringList> { { QStringLiteral("1"), QStringLiteral("HS01"), QStringLiteral("Lê Minh Khôi") } }
        << QStringLiteral("10A1:2:0: Sheet “10A1” has no column of results (“Kết quả”, “Công dân học tập”).");
}

void TestLearningCitizenImport::wrongLists()
{
    QFETCH(QString, title);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QString, problem);
    Workbook workbook;
    workbook.sheets << classSheet(rows, title, header);
    const QString before = dump();
    LearningCitizenImport import(m_db->connection());
    auto plan = import.plan(workbook, options());
    QVERIFY(plan.ok());
    QStringList problems;
    for (const auto& p : plan->problems)
        problems << p.toString();
    QVERIFY2(problems.contains(problem), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(plan->errors >= 1);
    auto refused = import.apply(*plan, options());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Validation);
    QCOMPARE(dump(), before);
}

void TestLearningCitizenImport::skipBadRows()
{
    Workbook workbook;
    workbook.sheets << classSheet({ { QStringLiteral("1"),
                                        QStringLiteral("HS01"),
                                        QStringLiteral("Lê Minh Khôi"),
                                        QStringLiteral("01/05/2009"),
                                        QStringLiteral("x") },
        { QStringLiteral("2"),
            QStringLiteral("HS03"),
            QStringLiteral("Võ Văn Tú"),
            QStringLiteral("03/03/2009"),
            QStringLiteral("giỏi") } });
    LearningCitizenImport::Options o = options();
    o.skipBadRows = true;
    LearningCitizenImport import(m_db->connection());
    auto plan = import.plan(workbook, o);
    QVERIFY(plan.ok());
    QCOMPARE(plan->errors, 1);
    auto done = import.apply(*plan, o);
    QVERIFY(done.ok());
    QCOMPARE(done->line(), QStringLiteral("recorded 1, unchanged 0, skipped 1, errors 1"));
    QCOMPARE(dump(), QStringLiteral("HS01Khôi|dat|||\nGV01Hoà|dat|90|2025-05-05|"));
}

QTEST_GUILESS_MAIN(TestLearningCitizenImport)
#include "TestLearningCitizenImport.moc"
