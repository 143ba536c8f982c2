// ActivityImport and ActivityColumns (issue 17): headers recognised by their Vietnamese names (with or without
// diacritics); each wrong cell reported as "sheet:row:column: message", the whole file refused and nothing written;
// the school year taken from the column or from the start date (a new one added); Excel serial dates; an activity
// already stored left unchanged; a sheet with no list left out with a warning.
#include "core/activities/ActivityColumns.h"
#include "core/activities/ActivityImport.h"
#include "core/activities/ActivityService.h"
#include "core/activities/InitiativeImport.h"
#include "core/activities/LearningModelImport.h"
#include "core/db/Database.h"
#include "core/db/Sql.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PersonRepository.h"
#include "core/school/SchoolRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace thidua;
using namespace Qt::StringLiterals;

class TestActivityImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void headers_data();
    void headers();
    void problems_data();
    void problems();
    void applyAllOrNothing();
    void learningModels();
    void initiatives();

private:
    static Cell text(const QString& t) { return t.isEmpty() ? Cell() : Cell { Cell::Type::Text, t, 0, false }; }
    static Sheet sheet(const QList<QStringList>& rows);
    Result<ActivityImport::Plan> plan(const Workbook& workbook) const
    {
        return ActivityImport(m_db->connection()).plan(workbook);
    }
    qint64 count(const QString& table) const
    {
        return Sql::scalar(m_db->connection(), u"SELECT count(*) FROM %1"_s.arg(table))->toLongLong();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

const QStringList Header { u"STT"_s,
    u"Loại hoạt động"_s,
    u"Năm học"_s,
    u"Tên hoạt động"_s,
    u"Từ ngày"_s,
    u"Đến ngày"_s,
    u"Đơn vị tổ chức"_s,
    u"Người tham gia"_s,
    u"Tập thể tham gia"_s,
    u"Số người tham gia"_s,
    u"Ghi chú"_s };

void TestActivityImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"school.sqlite"_s));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    const QSqlDatabase c = m_db->connection();
    QVERIFY(SchoolRepository(c).ensureYear(2024).ok());
    for (const auto& [name, code] : { std::pair { u"Nguyễn Thị Hoà"_s, u"GV01"_s },
             std::pair { u"Trần Văn Bình"_s, u"GV02"_s },
             std::pair { u"Trần Văn Bình"_s, u"GV03"_s } }) {
        Person p;
        p.setFullName(name);
        p.code = code;
        QVERIFY(PersonRepository(c).insert(p).ok());
    }
    for (const QString& name : { u"Tổ Toán - Tin"_s, u"Tổ Ngữ văn"_s }) {
        Collective group { 0, CollectiveKind::SubjectGroup, name, 0, 0, 0, true };
        QVERIFY(CollectiveRepository(c).insert(group).ok());
    }
}

void TestActivityImport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Sheet TestActivityImport::sheet(const QList<QStringList>& rows)
{
    Sheet s;
    s.name = u"HĐ"_s;
    for (const QStringList& row : rows) {
        QList<Cell> cells;
        for (const QString& t : row)
            cells << text(t);
        s.rows << cells;
    }
    return s;
}

void TestActivityImport::headers_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("field"); // -1: none
    using F = ActivityColumns::Field;
    QTest::newRow("stt") << u"STT"_s << int(F::SequenceNumber);
    QTest::newRow("kind") << u"Loại hoạt động"_s << int(F::Kind);
    QTest::newRow("kind, no diacritics") << u"LOAI HOAT DONG"_s << int(F::Kind);
    QTest::newRow("form") << u"Hình thức"_s << int(F::Kind);
    QTest::newRow("year") << u"Năm học"_s << int(F::SchoolYear);
    QTest::newRow("title") << u"Tên hoạt động"_s << int(F::Title);
    QTest::newRow("content") << u"Nội dung"_s << int(F::Title);
    QTest::newRow("from") << u"Từ ngày"_s << int(F::StartDate);
    QTest::newRow("time") << u"Thời gian"_s << int(F::StartDate);
    QTest::newRow("day held") << u"Ngày tổ chức"_s << int(F::StartDate);
    QTest::newRow("to") << u"Đến ngày"_s << int(F::EndDate);
    QTest::newRow("end") << u"Ngày kết thúc"_s << int(F::EndDate);
    QTest::newRow("organiser") << u"Đơn vị tổ chức"_s << int(F::Organizer);
    QTest::newRow("people") << u"Người tham gia"_s << int(F::People);
    QTest::newRow("count") << u"Số người tham gia"_s << int(F::Count);
    QTest::newRow("count, quantity") << u"Số lượng"_s << int(F::Count);
    QTest::newRow("collectives") << u"Tập thể tham gia"_s << int(F::Collectives);
    QTest::newRow("line break") << u"Thành phần\ntham gia"_s << int(F::Collectives);
    QTest::newRow("note") << u"Ghi chú"_s << int(F::Description);
    QTest::newRow("full name is none") << u"Họ và tên"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestActivityImport::headers()
{
    QFETCH(QString, header);
    QFETCH(int, field);
    const auto found = ActivityColumns::fieldForHeader(header);
    QCOMPARE(found ? int(*found) : -1, field);
}

void TestActivityImport::problems_data()
{
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const QString& kind,
                         const QString& year,
                         const QString& title,
                         const QString& from,
                         const QString& to,
                         const QString& organizer,
                         const QString& people,
                         const QString& collectives,
                         const QString& count) {
        return QStringList { u"1"_s, kind, year, title, from, to, organizer, people, collectives, count, {} };
    };
    QTest::newRow("good") << row(u"Tập huấn"_s, u"2024-2025"_s, u"A"_s, u"01/10/2024"_s, {}, {}, u"GV01"_s, {}, {})
                          << QStringList {};
    QTest::newRow("unknown kind") << row(u"Dã ngoại"_s, {}, u"A"_s, u"01/10/2024"_s, {}, {}, {}, {}, {})
                                  << QStringList { u"HĐ:2:2: “Dã ngoại” is not a kind of activity: write one of Tuyên "
                                                   "truyền, Tập huấn, Hội thi, Tuần lễ hưởng ứng học tập suốt đời, "
                                                   "Ngày Sách và Văn hóa đọc Việt Nam, Chuyên đề, Khác."_s };
    QTest::newRow("bad year") << row({}, u"2024"_s, u"A"_s, u"01/10/2024"_s, {}, {}, {}, {}, {})
                              << QStringList { u"HĐ:2:3: “2024” is not a school year: write it as 2024-2025."_s };
    QTest::newRow("no title") << row({}, {}, {}, u"01/10/2024"_s, {}, {}, {}, {}, {})
                              << QStringList { u"HĐ:2:4: The activity has no title (the column “Tên hoạt động”)."_s };
    QTest::newRow("no start") << row({}, {}, u"A"_s, {}, {}, {}, {}, {}, {})
                              << QStringList { u"HĐ:2:5: The date the activity began is missing."_s };
    QTest::newRow("not a date") << row({}, {}, u"A"_s, u"31/02/2025"_s, {}, {}, {}, {}, {})
                                << QStringList { u"HĐ:2:5: “31/02/2025” is not a date (day/month/year)."_s };
    QTest::newRow("ends before") << row({}, {}, u"A"_s, u"02/10/2024"_s, u"01/10/2024"_s, {}, {}, {}, {})
                                 << QStringList {
                                        u"HĐ:2:6: The activity ends (01/10/2024) before it begins (02/10/2024)."_s
                                    };
    QTest::newRow("unknown organiser") << row({}, {}, u"A"_s, u"01/10/2024"_s, {}, u"Tổ Hoá"_s, {}, {}, {})
                                       << QStringList { u"HĐ:2:7: No collective named Tổ Hoá is stored."_s };
    QTest::newRow("people") << row(
        {}, {}, u"A"_s, u"01/10/2024"_s, {}, {}, u"GV09\nNguyễn Thị Hoà, Trần Văn Bình"_s, {}, {})
                            << QStringList { u"HĐ:2:8: No one named or coded GV09 is stored."_s,
                                   u"HĐ:2:8: Several people are named Trần Văn Bình: give their codes."_s };
    QTest::newRow("collectives") << row({}, {}, u"A"_s, u"01/10/2024"_s, {}, {}, {}, u"tổ ngữ văn; Tổ Sử"_s, {})
                                 << QStringList { u"HĐ:2:9: No collective named Tổ Sử is stored."_s };
    QTest::newRow("count not a number") << row({}, {}, u"A"_s, u"01/10/2024"_s, {}, {}, {}, {}, u"nhiều"_s)
                                        << QStringList { u"HĐ:2:10: “nhiều” is not a number of participants."_s };
    QTest::newRow("count and people")
        << row({}, {}, u"A"_s, u"01/10/2024"_s, {}, {}, u"GV01"_s, {}, u"30"_s)
        << QStringList { u"HĐ:2:10: Give the participants either as people or as a number, not both."_s };
}

void TestActivityImport::problems()
{
    QFETCH(QStringList, row);
    QFETCH(QStringList, expected);
    Workbook workbook;
    workbook.sheets << sheet({ Header, row });
    auto planned = plan(workbook);
    QVERIFY(planned.ok());
    QStringList problems;
    for (const ActivityImport::Problem& p : std::as_const(planned->problems))
        problems << p.toString();
    QCOMPARE(problems, expected);
    QCOMPARE(planned->errors, int(expected.size()));
    QCOMPARE(planned->rows.size(), 1);
    QCOMPARE(planned->rows.constFirst().action,
        expected.isEmpty() ? ActivityImport::Row::Action::Add : ActivityImport::Row::Action::Skip);
    auto applied = ActivityImport(m_db->connection()).apply(*planned, {});
    QCOMPARE(applied.ok(), expected.isEmpty());
    QCOMPARE(count(u"activity"_s), expected.isEmpty() ? 1 : 0);
}

void TestActivityImport::applyAllOrNothing()
{
    Workbook workbook;
    Sheet notes = sheet({ { u"Ghi chú của văn phòng"_s } });
    notes.name = u"Ghi chú"_s;
    // A title above the header; the week's dates as Excel serial days (45566 = 01/10/2024); the contest without a
    // year, held in 2026-2027 (not stored yet); a duplicate of the week.
    Sheet list = sheet({ { u"DANH SÁCH HOẠT ĐỘNG"_s },
        Header,
        { u"1"_s, u"Tuần lễ"_s, {}, u"Tuần lễ học tập suốt đời"_s, {}, {}, u"Tổ Ngữ văn"_s, {}, {}, u"850"_s, {} },
        { u"2"_s,
            u"Hội thi"_s,
            {},
            u"Hội thi Rung chuông vàng"_s,
            u"20/11/2026"_s,
            {},
            {},
            {},
            u"Tổ Toán - Tin; Tổ Ngữ văn"_s,
            {},
            u"Khối 10"_s },
        { u"3"_s, u"Tuần lễ"_s, {}, u"Tuần lễ học tập suốt đời"_s, {}, {}, {}, {}, {}, {}, {} } });
    for (const int r : { 2, 4 }) {
        list.rows[r][4] = Cell { Cell::Type::Number, QString(), 45566, true };
        list.rows[r][5] = Cell { Cell::Type::Number, QString(), 45572, true };
    }
    workbook.sheets << notes << list;
    auto planned = plan(workbook);
    QVERIFY(planned.ok());
    QStringList problems;
    for (const ActivityImport::Problem& p : std::as_const(planned->problems))
        problems << p.toString();
    QCOMPARE(problems,
        (QStringList { u"Ghi chú:0:0: Sheet “Ghi chú” is left out: it has no list of activities."_s,
            u"HĐ:5:0: The same activity as row 3 (title and start date)."_s }));
    QCOMPARE(planned->errors, 1);
    QCOMPARE(planned->newYears, QList<int> { 2026 });
    auto refused = ActivityImport(m_db->connection()).apply(*planned, {});
    QVERIFY(!refused.ok());
    QCOMPARE(count(u"activity"_s), 0);
    QCOMPARE(count(u"school_year"_s), 1);

    auto skipped = ActivityImport(m_db->connection()).apply(*planned, { true });
    QVERIFY(skipped.ok());
    QCOMPARE(skipped->line(), u"added 2, unchanged 0, skipped 1, errors 1"_s);
    auto stored = ActivityService(m_db->connection()).activities(0);
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 2);
    const Activity week = stored->at(0);
    QCOMPARE(week.kind, Activity::Kind::LifelongLearningWeek);
    QCOMPARE(week.startDate, QDate(2024, 10, 1));
    QCOMPARE(week.endDate, QDate(2024, 10, 7));
    QCOMPARE(week.participantCount, 850);
    QCOMPARE(week.organizerId, qint64(2));
    const Activity contest = stored->at(1);
    QCOMPARE(contest.kind, Activity::Kind::Contest);
    QCOMPARE(contest.collectiveIds, (QList<qint64> { 1, 2 }));
    QCOMPARE(contest.description, u"Khối 10"_s);
    QCOMPARE(SchoolRepository(m_db->connection()).yearByStart(2026).value().id, contest.schoolYearId);

    // The same file again: the week (twice) and the contest are stored already.
    auto again = plan(workbook);
    QCOMPARE(again->unchanged, 3);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->errors, 0);
}

// Learning models from a list: “Tổ Toán - Tin” finds the tổ stored as such, “tổ ngữ văn” too; the year from the
// column or the default; an unknown tổ, a missing name and a repeated model reported where they are; nothing written
// until the file is right; the same list again changes nothing.
void TestActivityImport::learningModels()
{
    Workbook workbook;
    workbook.sheets << sheet({ { u"STT"_s, u"Tổ"_s, u"Năm học"_s, u"Tên mô hình"_s, u"Kết quả"_s },
        { u"1"_s, u"Tổ Toán - Tin"_s, {}, u"CLB Toán học"_s, u"Tốt"_s },
        { u"2"_s, u"tổ ngữ văn"_s, u"2025-2026"_s, u"Tủ sách lớp học"_s, {} },
        { u"3"_s, u"Tổ Hoá"_s, {}, u"CLB Hoá học"_s, {} },
        { u"4"_s, u"Tổ Ngữ văn"_s, {}, {}, {} },
        { u"5"_s, u"Tổ Toán - Tin"_s, u"2024-2025"_s, u"CLB Toán học"_s, {} } });
    LearningModelImport import(m_db->connection());
    auto planned = import.plan(workbook, 2024);
    QVERIFY(planned.ok());
    QStringList problems;
    for (const ActivityImport::Problem& p : std::as_const(planned->problems))
        problems << p.toString();
    QCOMPARE(problems,
        (QStringList { u"HĐ:4:2: No collective named Tổ Hoá is stored."_s,
            u"HĐ:5:4: The learning model has no name (the column “Tên mô hình”)."_s,
            u"HĐ:6:0: The same learning model as row 2."_s }));
    QVERIFY(!import.apply(*planned, {}).ok());
    QCOMPARE(count(u"learning_model"_s), 0);
    auto applied = import.apply(*planned, { true });
    QVERIFY(applied.ok());
    QCOMPARE(applied->line(), u"added 2, unchanged 0, skipped 3, errors 3"_s);
    auto stored = ActivityService(m_db->connection()).models(0);
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->at(0).name, u"CLB Toán học"_s);
    QCOMPARE(stored->at(0).collectiveId, qint64(1));
    QCOMPARE(stored->at(0).result, u"Tốt"_s);
    QCOMPARE(stored->at(1).collectiveId, qint64(2));
    QCOMPARE(SchoolRepository(m_db->connection()).yearByStart(2025)->id, stored->at(1).schoolYearId);
    QCOMPARE(import.plan(workbook, 2024)->unchanged, 3); // rows 2, 3 (stored now) and 6 (the same as row 2)
    QCOMPARE(LearningModelImport::collectiveKey(u"Tổ chuyên môn Toán"_s), u"toan"_s);
    QCOMPARE(LearningModelImport::collectiveKey(u"Toán"_s), u"toan"_s);
}

// Initiatives from a list: authors by code or by name (two people share "Trần Văn Bình": a problem), the level in
// words, the decision's date as text or as an Excel serial day, a date without its number refused; nothing written
// until the file is right.
void TestActivityImport::initiatives()
{
    Workbook workbook;
    Sheet list = sheet({ { u"STT"_s,
                             u"Tên sáng kiến"_s,
                             u"Tác giả"_s,
                             u"Năm học"_s,
                             u"Cấp công nhận"_s,
                             u"Số quyết định"_s,
                             u"Ngày quyết định"_s,
                             u"Cơ quan ban hành"_s },
        { u"1"_s,
            u"GeoGebra trong dạy hình học"_s,
            u"GV01; GV03"_s,
            u"2024-2025"_s,
            u"Cấp huyện"_s,
            u"125/QĐ-PGDĐT"_s,
            u"20/05/2025"_s,
            u"Phòng GDĐT"_s },
        { u"2"_s, u"Thư viện số"_s, u"Nguyễn Thị Hoà"_s, {}, u"tỉnh"_s, u"88/QĐ-SGDĐT"_s, {}, u"Sở GDĐT"_s },
        { u"3"_s, u"Sổ tay tự học"_s, u"Trần Văn Bình"_s, {}, {}, {}, {}, {} },
        { u"4"_s, u"Hồ sơ điện tử"_s, u"GV02"_s, {}, u"xã"_s, {}, u"01/06/2025"_s, {} } });
    list.rows[2][6] = Cell { Cell::Type::Number, QString(), 45827, true }; // 19/06/2025
    workbook.sheets << list;
    InitiativeImport import(m_db->connection());
    auto planned = import.plan(workbook, 2024);
    QVERIFY(planned.ok());
    QStringList problems;
    for (const ActivityImport::Problem& p : std::as_const(planned->problems))
        problems << p.toString();
    QCOMPARE(problems,
        (QStringList { u"HĐ:4:3: Several people are named Trần Văn Bình: give their codes."_s,
            u"HĐ:5:5: “xã” is not a level: write cơ sở, huyện, tỉnh or toàn quốc."_s,
            u"HĐ:5:6: The decision of 01/06/2025 needs its number."_s }));
    QVERIFY(!import.apply(*planned, {}).ok());
    QCOMPARE(count(u"initiative"_s), 0);
    auto applied = import.apply(*planned, { true });
    QVERIFY(applied.ok());
    QCOMPARE(applied->line(), u"added 2, unchanged 0, skipped 2, errors 3"_s);
    auto stored = ActivityService(m_db->connection()).initiatives(0);
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 2);
    const Initiative first = stored->at(0);
    QCOMPARE(first.title, u"GeoGebra trong dạy hình học"_s);
    QCOMPARE(first.authorIds, (QList<qint64> { 1, 3 }));
    QCOMPARE(first.level, Initiative::Level::District);
    QCOMPARE(first.decisionDate, QDate(2025, 5, 20));
    QCOMPARE(first.decisionIssuer, u"Phòng GDĐT"_s);
    const Initiative second = stored->at(1);
    QCOMPARE(second.level, Initiative::Level::Province);
    QCOMPARE(second.decisionDate, QDate(2025, 6, 19));
    QCOMPARE(second.authorIds, QList<qint64> { 1 });
    QCOMPARE(import.plan(workbook, 2024)->unchanged, 2);
}

QTEST_GUILESS_MAIN(TestActivityImport)
#include "TestActivityImport.moc"
