// Importing person lists: reading rows, dates, genders, matching, duplicates, apply in one transaction.
#include "core/db/Database.h"
#include "core/db/Sql.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PersonRepository.h"
#include "core/people/RosterImport.h"
#include "core/school/SchoolRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using Field = RosterColumns::Field;
using Action = RosterImport::Row::Action;

Q_DECLARE_METATYPE(thidua::Cell)

namespace {

Cell text(const QString& s)
{
    Cell c;
    if (!s.isEmpty()) {
        c.type = Cell::Type::Text;
        c.text = s;
    }
    return c;
}

Cell number(double n, bool isDate = false)
{
    Cell c;
    c.type = Cell::Type::Number;
    c.number = n;
    c.isDate = isDate;
    return c;
}

// Rows written as "a|b|c"; a cell "#123" is the number 123.
Sheet sheetOf(const QStringList& rows, const QString& name = QStringLiteral("DS"))
{
    Sheet sheet;
    sheet.name = name;
    for (const QString& row : rows) {
        QList<Cell> cells;
        for (const QString& s : row.split(QLatin1Char('|')))
            cells.append(s.startsWith(QLatin1Char('#')) ? number(s.mid(1).toDouble()) : text(s));
        sheet.rows.append(cells);
    }
    return sheet;
}

QString problems(const RosterImport::Plan& plan)
{
    QStringList out;
    for (const auto& p : plan.problems)
        out << p.toString();
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestRosterImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dateFromCell_data();
    void dateFromCell();
    void excelSerialDays();
    void gradeOfClass_data();
    void gradeOfClass();
    void readsRealisticSheet();
    void nameInParts();
    void genderLayouts();
    void problemsNameRowAndColumn();
    void errorsStopApply();
    void skipBadRows();
    void reimportUpdatesInsteadOfDuplicating();
    void matchByCodeAndByNameDate();
    void tonePlacementMatches();
    void likelyDuplicateAndFileDuplicates();
    void membershipsAndCollectives();
    void rollbackOnFailure();
    void implausibleAgesWarn();

private:
    RosterImport::Options options(PersonKind kind = PersonKind::Staff, qint64 year = 0) const;
    RosterImport::Plan planOf(const Sheet& sheet, const RosterImport::Options& options);
    int count(const QString& table);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestRosterImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("t.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

void TestRosterImport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

RosterImport::Options TestRosterImport::options(PersonKind kind, qint64 year) const
{
    RosterImport::Options o;
    o.kind = kind;
    o.schoolYearId = year;
    o.today = QDate(2024, 9, 5);
    return o;
}

RosterImport::Plan TestRosterImport::planOf(const Sheet& sheet, const RosterImport::Options& options)
{
    RosterImport import(m_db->connection());
    auto plan = import.plan(sheet, RosterColumns::detect(sheet), options);
    if (!plan.ok())
        qWarning() << plan.error().toString();
    return plan.ok() ? *plan : RosterImport::Plan();
}

int TestRosterImport::count(const QString& table)
{
    auto q = Sql::exec(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return q && q->next() ? q->value(0).toInt() : -1;
}

void TestRosterImport::dateFromCell_data()
{
    QTest::addColumn<Cell>("cell");
    QTest::addColumn<QString>("iso"); // "" for empty, "!" for invalid

    QTest::newRow("serial") << number(32142, true) << QStringLiteral("1987-12-31");
    QTest::newRow("serial without date format") << number(29000) << QStringLiteral("1979-05-25");
    QTest::newRow("serial 1 = 1900-01-01") << number(1, true) << QStringLiteral("1900-01-01");
    QTest::newRow("serial 59 = 1900-02-28") << number(59, true) << QStringLiteral("1900-02-28");
    QTest::newRow("serial 60 is Excel's 29/02/1900") << number(60, true) << QStringLiteral("!");
    QTest::newRow("serial 61 = 1900-03-01") << number(61, true) << QStringLiteral("1900-03-01");
    QTest::newRow("serial with time") << number(45000.75, true) << QStringLiteral("2023-03-15");
    QTest::newRow("year number") << number(1987) << QStringLiteral("1987");
    QTest::newRow("dd/mm/yyyy") << text(QStringLiteral("05/04/1987")) << QStringLiteral("1987-04-05");
    QTest::newRow("d/m/yy") << text(QStringLiteral("5/4/87")) << QStringLiteral("1987-04-05");
    QTest::newRow("d/m/yy 2000s") << text(QStringLiteral("1/9/08")) << QStringLiteral("2008-09-01");
    QTest::newRow("dd-mm-yyyy") << text(QStringLiteral("05-04-1987")) << QStringLiteral("1987-04-05");
    QTest::newRow("dd.mm.yyyy") << text(QStringLiteral("05.04.1987")) << QStringLiteral("1987-04-05");
    QTest::newRow("spaces") << text(QStringLiteral(" 05 / 04 / 1987 ")) << QStringLiteral("1987-04-05");
    QTest::newRow("iso") << text(QStringLiteral("1987-04-05")) << QStringLiteral("1987-04-05");
    QTest::newRow("year text") << text(QStringLiteral("1987")) << QStringLiteral("1987");
    QTest::newRow("quoted year") << text(QStringLiteral("'1987")) << QStringLiteral("1987");
    QTest::newRow("serial as text") << text(QStringLiteral("32142")) << QStringLiteral("1987-12-31");
    QTest::newRow("31/02") << text(QStringLiteral("31/02/1987")) << QStringLiteral("!");
    QTest::newRow("words") << text(QStringLiteral("không rõ")) << QStringLiteral("!");
    QTest::newRow("negative") << number(-5) << QStringLiteral("!");
    QTest::newRow("huge") << number(1e300) << QStringLiteral("!");
    QTest::newRow("empty") << Cell() << QString();
}

void TestRosterImport::dateFromCell()
{
    QFETCH(Cell, cell);
    QFETCH(QString, iso);
    bool ok = false;
    const PartialDate date = RosterImport::dateFromCell(cell, &ok);
    if (iso == QStringLiteral("!")) {
        QVERIFY(!ok);
        QVERIFY(!date.isValid());
    } else {
        QVERIFY(ok);
        QCOMPARE(date.toIso(), iso);
    }
}

void TestRosterImport::excelSerialDays()
{
    // Excel's serial days, as Excel shows them: 1 is 01/01/1900, 59 the 28th of February, 60 the 29/02/1900 that
    // never was, 61 the 1st of March.
    const QList<std::pair<double, QDate>> days { { 1, QDate(1900, 1, 1) },
        { 59, QDate(1900, 2, 28) },
        { 61, QDate(1900, 3, 1) },
        { 32142, QDate(1987, 12, 31) },
        { 45351.75, QDate(2024, 2, 29) } };
    for (const auto& [serial, day] : days) {
        bool ok = false;
        QCOMPARE(RosterImport::dateFromCell(number(serial, true), &ok).date(), day);
        QVERIFY(ok);
    }
    bool ok = true;
    QVERIFY(!RosterImport::dateFromCell(number(60, true), &ok).isValid());
    QVERIFY(!ok);
}

void TestRosterImport::gradeOfClass_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("grade");
    QTest::newRow("10A1") << QStringLiteral("10A1") << 10;
    QTest::newRow("12 Toán") << QStringLiteral("12 Toán") << 12;
    QTest::newRow("6/2") << QStringLiteral("Lớp 6/2") << 6;
    QTest::newRow("9A") << QStringLiteral("9A") << 9;
    QTest::newRow("A1") << QStringLiteral("A1") << 1;
    QTest::newRow("none") << QStringLiteral("Chuyên Anh") << 0;
}

void TestRosterImport::gradeOfClass()
{
    QFETCH(QString, name);
    QFETCH(int, grade);
    QCOMPARE(RosterImport::gradeOfClass(name), grade);
}

void TestRosterImport::readsRealisticSheet()
{
    Sheet sheet = sheetOf({
        QStringLiteral("TRƯỜNG THPT NGUYỄN KHUYẾN|||||"),
        QStringLiteral("DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN NĂM HỌC 2024-2025|||||"),
        QStringLiteral("|||||"),
        QStringLiteral("STT|Họ và tên|Ngày sinh|Giới tính|Chức vụ|Tổ chuyên môn|Mã CB"),
        QStringLiteral("(1)|(2)|(3)|(4)|(5)|(6)|(7)"),
        QStringLiteral("1|  Nguyễn   Văn An |05/04/1987|Nam|Giáo viên|Toán|#1001"),
        QStringLiteral("2|Lê Thị Hoà|#1979|nữ|Tổ trưởng|Văn|"),
        QStringLiteral("|||||"),
        QStringLiteral("3||||||"),
        QStringLiteral("Tổ Văn phòng|||||"),
        QStringLiteral("4|Tôn Nữ Thị Ninh|1/9/70|Nữ|Kế toán|Văn phòng|CB-3"),
        QStringLiteral("STT|Họ và tên|Ngày sinh|Giới tính|Chức vụ|Tổ chuyên môn|Mã CB"),
        QStringLiteral("|Tổng cộng: 3 người|||||"),
        QStringLiteral("||||Hà Nội, ngày 5 tháng 9 năm 2024|"),
        QStringLiteral("||||HIỆU TRƯỞNG|"),
    });
    // A date typed as an Excel serial with a date format.
    sheet.rows[5][2] = number(32142, true);
    // NFD input comes out NFC.
    sheet.rows[6][1] = text(QString::fromUtf8("Lê Thị Hoà").normalized(QString::NormalizationForm_D));

    const RosterImport::Plan plan = planOf(sheet, options());
    QCOMPARE(problems(plan), QString());
    QCOMPARE(plan.rows.size(), 3);
    QCOMPARE(plan.added, 3);

    const Person& an = plan.rows.at(0).person;
    QCOMPARE(plan.rows.at(0).sourceRow, 6);
    QCOMPARE(an.familyName, QStringLiteral("Nguyễn"));
    QCOMPARE(an.middleName, QStringLiteral("Văn"));
    QCOMPARE(an.givenName, QStringLiteral("An"));
    QCOMPARE(an.birthDate.toIso(), QStringLiteral("1987-12-31"));
    QCOMPARE(an.gender, Gender::Male);
    QCOMPARE(an.position, QStringLiteral("Giáo viên"));
    QCOMPARE(an.code, QStringLiteral("1001"));
    QCOMPARE(plan.rows.at(0).collectiveName, QStringLiteral("Toán"));

    const Person& hoa = plan.rows.at(1).person;
    QCOMPARE(hoa.fullName(), QStringLiteral("Lê Thị Hoà"));
    QVERIFY(hoa.fullName() == hoa.fullName().normalized(QString::NormalizationForm_C));
    QCOMPARE(hoa.birthDate.toIso(), QStringLiteral("1979"));
    QCOMPARE(hoa.gender, Gender::Female);

    const Person& ninh = plan.rows.at(2).person;
    QCOMPARE(ninh.familyName, QStringLiteral("Tôn Nữ"));
    QCOMPARE(ninh.birthDate.toIso(), QStringLiteral("1970-09-01"));
    QCOMPARE(plan.rows.at(2).sourceRow, 11);
}

void TestRosterImport::nameInParts()
{
    const Sheet three = sheetOf({ QStringLiteral("Họ|Tên đệm|Tên|Năm sinh"),
        QStringLiteral("Công Tôn Nữ|Thị|Hà|1980"),
        QStringLiteral("Trần||Long|1981") });
    RosterImport::Plan plan = planOf(three, options());
    QCOMPARE(plan.rows.size(), 2);
    QCOMPARE(plan.rows.at(0).person.familyName, QStringLiteral("Công Tôn Nữ"));
    QCOMPARE(plan.rows.at(0).person.middleName, QStringLiteral("Thị"));
    QCOMPARE(plan.rows.at(0).person.givenName, QStringLiteral("Hà"));
    QCOMPARE(plan.rows.at(1).person.fullName(), QStringLiteral("Trần Long"));

    // "Công" and "Tòng" are names, not the "Cộng" / "Tổng" of a totals row; "Cộng: 2" is.
    plan = planOf(sheetOf({ QStringLiteral("Họ|Tên đệm|Tên|Năm sinh"),
                      QStringLiteral("Trương|Công|Ước|1986"),
                      QStringLiteral("Lò|Văn|Tòng|1987"),
                      QStringLiteral("Cong|Van|Tong|1988"),
                      QStringLiteral("Cộng: 3|||"),
                      QStringLiteral("Lê|Văn|Sau|1989") }),
        options());
    QCOMPARE(plan.rows.size(), 3);
    QCOMPARE(plan.rows.at(0).person.fullName(), QStringLiteral("Trương Công Ước"));
    QCOMPARE(plan.rows.at(1).person.givenName, QStringLiteral("Tòng"));

    // "Hồ" folds like the header word "Họ": still a name.
    plan = planOf(sheetOf({ QStringLiteral("Họ|Tên đệm|Tên|Năm sinh|Giới tính"),
                      QStringLiteral("Hồ|Ngọc Yến|Nhi|2009|Nữ"),
                      QStringLiteral("Họ|Tên đệm|Tên|Năm sinh|Giới tính"),
                      QStringLiteral("Hồ|Thị|Lan|2008|Nữ") }),
        options(PersonKind::Student));
    QCOMPARE(plan.rows.size(), 2);
    QCOMPARE(plan.rows.at(0).person.fullName(), QStringLiteral("Hồ Ngọc Yến Nhi"));

    // "Họ" holding the middle name too, and "Họ và tên đệm".
    for (const QString& header : { QStringLiteral("Họ"), QStringLiteral("Họ và tên đệm") }) {
        plan =
            planOf(sheetOf({ header + QStringLiteral("|Tên|Năm sinh"), QStringLiteral("Nguyễn Thị Minh|Khai|1980") }),
                options());
        QCOMPARE(plan.rows.size(), 1);
        QCOMPARE(plan.rows.at(0).person.familyName, QStringLiteral("Nguyễn"));
        QCOMPARE(plan.rows.at(0).person.middleName, QStringLiteral("Thị Minh"));
        QCOMPARE(plan.rows.at(0).person.givenName, QStringLiteral("Khai"));
    }
}

void TestRosterImport::genderLayouts()
{
    // A "Nữ" column marked x: marked is female, empty is male.
    RosterImport::Plan plan = planOf(sheetOf({ QStringLiteral("STT|Họ và tên|Nữ|Năm sinh"),
                                         QStringLiteral("1|Lê Thị Lan|x|1980"),
                                         QStringLiteral("2|Lê Văn Nam||1980") }),
        options());
    QCOMPARE(plan.rows.size(), 2);
    QCOMPARE(plan.rows.at(0).person.gender, Gender::Female);
    QCOMPARE(plan.rows.at(1).person.gender, Gender::Male);

    // "Ngày sinh" over "Nam | Nữ": the column of the date gives the gender.
    plan = planOf(sheetOf({ QStringLiteral("STT|Họ và tên|Ngày sinh||Chức vụ"),
                      QStringLiteral("||Nam|Nữ|"),
                      QStringLiteral("1|Nguyễn Văn An|01/02/1980||Giáo viên"),
                      QStringLiteral("2|Lê Thị Lan||03/04/1985|Giáo viên") }),
        options());
    QCOMPARE(problems(plan), QString());
    QCOMPARE(plan.rows.size(), 2);
    QCOMPARE(plan.rows.at(0).person.gender, Gender::Male);
    QCOMPARE(plan.rows.at(0).person.birthDate.toIso(), QStringLiteral("1980-02-01"));
    QCOMPARE(plan.rows.at(1).person.gender, Gender::Female);
    QCOMPARE(plan.rows.at(1).person.birthDate.toIso(), QStringLiteral("1985-04-03"));

    // Something that is not a gender is a warning, not an error.
    plan = planOf(sheetOf({ QStringLiteral("Họ và tên|Giới tính"), QStringLiteral("Lê Lan|?") }), options());
    QCOMPARE(plan.errors, 0);
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems.at(0).severity, RosterImport::Problem::Severity::Warning);
    QCOMPARE(plan.rows.at(0).person.gender, Gender::Unknown);
}

void TestRosterImport::problemsNameRowAndColumn()
{
    const RosterImport::Plan plan = planOf(sheetOf({ QStringLiteral("Danh sách|||"),
                                                       QStringLiteral("STT|Họ và tên|Ngày sinh|Email"),
                                                       QStringLiteral("1|Nguyễn Văn An|32/13/1980|an@x.vn"),
                                                       QStringLiteral("2|Lê Văn 2|1980|"),
                                                       QStringLiteral("3||1981|"),
                                                       QStringLiteral("4|Trần An|2023|khong-email"),
                                                       QStringLiteral("5|Đỗ Bình|1980|") },
                                               QStringLiteral("Cán bộ")),
        options());
    QCOMPARE(plan.errors, 5);
    QCOMPARE(plan.skipped, 4);
    QCOMPARE(plan.added, 1);
    QCOMPARE(plan.problems.size(), 5);
    QCOMPARE(plan.problems.at(0).toString().left(13), QStringLiteral("Cán bộ:3:3: “"));
    QVERIFY(plan.problems.at(0).message.contains(QStringLiteral("32/13/1980")));
    QCOMPARE(plan.problems.at(1).row, 4);
    QCOMPARE(plan.problems.at(1).column, 2);
    QCOMPARE(plan.problems.at(2).row, 5);
    QCOMPARE(plan.problems.at(2).column, 2);
    QCOMPARE(plan.problems.at(3).row, 6);
    QCOMPARE(plan.problems.at(3).column, 3); // born 2023: too recent for staff
    QCOMPARE(plan.problems.at(4).row, 6);
    QCOMPARE(plan.problems.at(4).column, 4);
    QCOMPARE(plan.rows.at(4).action, Action::Add);

    // No header at all.
    RosterImport import(m_db->connection());
    const Sheet none = sheetOf({ QStringLiteral("a|b"), QStringLiteral("c|d") });
    auto result = import.plan(none, RosterColumns::detect(none), options());
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(QStringLiteral("DS")));
}

void TestRosterImport::errorsStopApply()
{
    const Sheet sheet = sheetOf({ QStringLiteral("Họ và tên|Năm sinh"),
        QStringLiteral("Nguyễn Văn An|1980"),
        QStringLiteral("Lê Văn Bình|abc") });
    RosterImport import(m_db->connection());
    const auto plan = planOf(sheet, options());
    QCOMPARE(plan.errors, 1);
    auto result = import.apply(plan, options());
    QVERIFY(!result.ok());
    QCOMPARE(count(QStringLiteral("person")), 0);
}

void TestRosterImport::skipBadRows()
{
    const Sheet sheet = sheetOf({ QStringLiteral("Họ và tên|Năm sinh"),
        QStringLiteral("Nguyễn Văn An|1980"),
        QStringLiteral("Lê Văn Bình|abc"),
        QStringLiteral("Trần Thị Cúc|1990") });
    RosterImport::Options o = options();
    o.skipBadRows = true;
    RosterImport import(m_db->connection());
    auto result = import.apply(planOf(sheet, o), o);
    QVERIFY(result.ok());
    QCOMPARE(result->line(), QStringLiteral("added 2, updated 0, skipped 1, errors 1"));
    QCOMPARE(count(QStringLiteral("person")), 2);
}

void TestRosterImport::reimportUpdatesInsteadOfDuplicating()
{
    const Sheet sheet = sheetOf({ QStringLiteral("Mã|Họ và tên|Ngày sinh|Chức vụ"),
        QStringLiteral("A1|Nguyễn Văn An|05/04/1987|Giáo viên"),
        QStringLiteral("|Lê Thị Hoa|1979|Giáo viên") });
    RosterImport import(m_db->connection());
    auto first = import.apply(planOf(sheet, options()), options());
    QVERIFY(first.ok());
    QCOMPARE(first->line(), QStringLiteral("added 2, updated 0, skipped 0, errors 0"));

    auto second = import.apply(planOf(sheet, options()), options());
    QVERIFY(second.ok());
    QCOMPARE(second->line(), QStringLiteral("added 0, updated 0, skipped 2, errors 0"));
    QCOMPARE(second->unchanged, 2);
    QCOMPARE(count(QStringLiteral("person")), 2);

    // A changed position updates the same person.
    Sheet changed = sheet;
    changed.rows[2][3] = text(QStringLiteral("Tổ trưởng"));
    const auto plan = planOf(changed, options());
    QCOMPARE(plan.rows.at(1).action, Action::Update);
    QCOMPARE(plan.rows.at(0).action, Action::Unchanged);
    auto third = import.apply(plan, options());
    QVERIFY(third.ok());
    QCOMPARE(third->line(), QStringLiteral("added 0, updated 1, skipped 1, errors 0"));
    auto people = PersonRepository(m_db->connection()).list();
    QCOMPARE(people->size(), 2);
    QCOMPARE(people->at(1).position, QStringLiteral("Tổ trưởng"));
}

void TestRosterImport::matchByCodeAndByNameDate()
{
    PersonRepository repo(m_db->connection());
    Person a;
    a.setFullName(QStringLiteral("Nguyễn Văn An"));
    a.code = QStringLiteral("HS01");
    a.kind = PersonKind::Student;
    a.birthDate = PartialDate(QDate(2008, 1, 2));
    a.note = QStringLiteral("giữ nguyên");
    QVERIFY(repo.insert(a).ok());
    Person b;
    b.setFullName(QStringLiteral("Lê Thị Bích"));
    b.kind = PersonKind::Student;
    b.birthDate = PartialDate(QDate(2008, 3, 4));
    QVERIFY(repo.insert(b).ok());

    // By code even with another name (a corrected spelling); by name + date otherwise; code in lower case.
    const auto plan = planOf(sheetOf({ QStringLiteral("Mã HS|Họ và tên|Ngày sinh"),
                                 QStringLiteral("hs01|Nguyễn Văn Ân|02/01/2008"),
                                 QStringLiteral("HS02|Lê Thị Bích|04/03/2008"),
                                 QStringLiteral("|Lê Thị Bích|05/03/2008") }),
        options(PersonKind::Student));
    QCOMPARE(plan.rows.size(), 3);
    QCOMPARE(plan.rows.at(0).action, Action::Update);
    QCOMPARE(plan.rows.at(0).person.id, a.id);
    QCOMPARE(plan.rows.at(0).person.givenName, QStringLiteral("Ân"));
    QCOMPARE(plan.rows.at(0).person.note, QStringLiteral("giữ nguyên")); // no column: kept
    QCOMPARE(plan.rows.at(1).action, Action::Update); // gains its code
    QCOMPARE(plan.rows.at(1).person.id, b.id);
    QCOMPARE(plan.rows.at(1).person.code, QStringLiteral("HS02"));
    QCOMPARE(plan.rows.at(2).action, Action::Add); // another date of birth: someone else

    // A staff code used for a student is an error.
    const auto wrongKind = planOf(
        sheetOf({ QStringLiteral("Mã|Họ và tên"), QStringLiteral("HS01|Phạm Văn Cường") }), options(PersonKind::Staff));
    QCOMPARE(wrongKind.errors, 1);
}

void TestRosterImport::tonePlacementMatches()
{
    PersonRepository repo(m_db->connection());
    Person p;
    p.setFullName(QStringLiteral("Lê Thị Hoà"));
    p.birthDate = PartialDate::yearOnly(1979);
    QVERIFY(repo.insert(p).ok());
    const auto plan =
        planOf(sheetOf({ QStringLiteral("Họ và tên|Năm sinh"), QStringLiteral("LÊ THỊ HÒA|1979") }), options());
    QCOMPARE(plan.rows.size(), 1);
    QCOMPARE(plan.rows.at(0).person.id, p.id);
    QCOMPARE(plan.rows.at(0).action, Action::Update); // the spelling in the file is taken
}

void TestRosterImport::likelyDuplicateAndFileDuplicates()
{
    PersonRepository repo(m_db->connection());
    Person p;
    p.setFullName(QStringLiteral("Nguyễn Văn Hùng"));
    p.birthDate = PartialDate(QDate(1980, 5, 6));
    QVERIFY(repo.insert(p).ok());

    const auto plan = planOf(sheetOf({ QStringLiteral("Mã|Họ và tên|Ngày sinh"),
                                 QStringLiteral("|Nguyen Van Hung|07/05/1980"),
                                 QStringLiteral("X1|Trần An|1990"),
                                 QStringLiteral("X1|Trần Bình|1991"),
                                 QStringLiteral("|Đỗ Chi|1992"),
                                 QStringLiteral("|Đỗ Chi|1992") }),
        options());
    QCOMPARE(plan.rows.size(), 5);
    QCOMPARE(plan.rows.at(0).action, Action::Add);
    QCOMPARE(plan.rows.at(0).likelyDuplicateOf, p.id);
    QCOMPARE(plan.problems.at(0).severity, RosterImport::Problem::Severity::Warning);
    QCOMPARE(plan.rows.at(2).action, Action::Skip); // the code twice
    QCOMPARE(plan.rows.at(4).action, Action::Add); // same name and date: a warning only
    QCOMPARE(plan.errors, 1);
    QCOMPARE(plan.problems.size(), 3);
    QCOMPARE(plan.problems.at(1).row, 4);
    QCOMPARE(plan.problems.at(2).row, 6);
    QCOMPARE(plan.problems.at(2).severity, RosterImport::Problem::Severity::Warning);
}

void TestRosterImport::membershipsAndCollectives()
{
    SchoolRepository school(m_db->connection());
    auto year = school.ensureYear(2024);
    QVERIFY(year.ok());
    const Sheet students = sheetOf({ QStringLiteral("STT|Họ và tên|Ngày sinh|Lớp"),
        QStringLiteral("1|Nguyễn Văn An|01/02/2008|10A1"),
        QStringLiteral("2|Lê Thị Bích|03/04/2008|10a1"),
        QStringLiteral("3|Trần Văn Cường|05/06/2007|11B2") });
    const auto o = options(PersonKind::Student, year->id);
    auto plan = planOf(students, o);
    QCOMPARE(plan.newCollectives, QStringList({ QStringLiteral("10A1"), QStringLiteral("11B2") }));
    RosterImport import(m_db->connection());
    QVERIFY(import.apply(plan, o).ok());

    CollectiveRepository collectives(m_db->connection());
    auto list = collectives.list(year->id);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).kind, CollectiveKind::Class);
    QCOMPARE(list->at(0).grade, 10);
    QCOMPARE(list->at(0).schoolYearId, year->id);
    QCOMPARE(list->at(1).grade, 11);
    QCOMPARE(collectives.memberships(year->id)->size(), 3);

    // Again: nothing new. Then a student moves class: the old membership is replaced.
    plan = planOf(students, o);
    QVERIFY(plan.newCollectives.isEmpty());
    QCOMPARE(plan.unchanged, 3);
    QVERIFY(import.apply(plan, o).ok());
    QCOMPARE(collectives.memberships(year->id)->size(), 3);
    Sheet moved = students;
    moved.rows[3][3] = text(QStringLiteral("10A1"));
    plan = planOf(moved, o);
    QCOMPARE(plan.updated, 1);
    QVERIFY(import.apply(plan, o).ok());
    auto members = collectives.memberships(year->id);
    QCOMPARE(members->size(), 3);
    for (const Membership& m : *members)
        QCOMPARE(m.collectiveId, list->at(0).id);

    // Staff go into a lasting tổ.
    const auto staff = options(PersonKind::Staff, year->id);
    QVERIFY(
        import
            .apply(planOf(sheetOf({ QStringLiteral("Họ và tên|Tổ"), QStringLiteral("Phạm Thu|Toán - Tin") }), staff),
                staff)
            .ok());
    auto group = collectives.find(CollectiveKind::SubjectGroup, QStringLiteral("Toán - Tin"), 0);
    QVERIFY(group.ok());
    QVERIFY(group->id > 0);
    QCOMPARE(group->schoolYearId, 0);
    QCOMPARE(collectives.memberships(year->id, group->id)->size(), 1);
}

void TestRosterImport::rollbackOnFailure()
{
    // A row that fails in the database (a code taken between plan and apply) undoes the rows before it.
    const Sheet sheet = sheetOf(
        { QStringLiteral("Mã|Họ và tên"), QStringLiteral("A1|Nguyễn Văn An"), QStringLiteral("B2|Lê Văn Bình") });
    const auto plan = planOf(sheet, options());
    QCOMPARE(plan.added, 2);
    Person other;
    other.setFullName(QStringLiteral("Người Khác"));
    other.code = QStringLiteral("B2");
    QVERIFY(PersonRepository(m_db->connection()).insert(other).ok());

    RosterImport import(m_db->connection());
    auto result = import.apply(plan, options());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().row, 3);
    QCOMPARE(count(QStringLiteral("person")), 1);
}

void TestRosterImport::implausibleAgesWarn()
{
    // A student born in 2024 put into 10A3 (issue 13), one of 13 in 12A1: warnings at the date, the rows imported.
    auto year = SchoolRepository(m_db->connection()).ensureYear(2025);
    QVERIFY(year.ok());
    auto o = options(PersonKind::Student, year->id);
    o.today = QDate(2026, 11, 20);
    const Sheet students = sheetOf({ QStringLiteral("STT|Họ và tên|Ngày sinh|Lớp"),
        QStringLiteral("1|Nguyễn Văn An|29/02/2024|10A3"),
        QStringLiteral("2|Lê Thị Bích|2010|10A3"),
        QStringLiteral("3|Trần Văn Cường|12/05/2012|12A1"),
        QStringLiteral("4|Đỗ Thị Dung|2007|12A1") });
    auto plan = planOf(students, o);
    QCOMPARE(plan.errors, 0);
    QCOMPARE(plan.added, 4);
    QCOMPARE(plan.problems.size(), 2);
    for (const auto& p : std::as_const(plan.problems)) {
        QCOMPARE(p.severity, RosterImport::Problem::Severity::Warning);
        QCOMPARE(p.column, 3);
    }
    QCOMPARE(plan.problems.at(0).row, 2);
    QVERIFY2(plan.problems.at(0).message.contains(QStringLiteral("10A3")), qPrintable(problems(plan)));
    QVERIFY2(plan.problems.at(0).message.contains(QStringLiteral("2025-2026")), qPrintable(problems(plan)));
    QCOMPARE(plan.problems.at(1).row, 4);
    RosterImport import(m_db->connection());
    QVERIFY(import.apply(plan, o).ok());
    QCOMPARE(count(QStringLiteral("person")), 4);

    // Without a school year, the one under way on `today` (2024-2025 on 05/9/2024): staff of 17 and of 75 warned,
    // the one already refused as too young not warned again.
    plan = planOf(sheetOf({ QStringLiteral("Họ và tên|Năm sinh"),
                      QStringLiteral("Phạm Thu|2007"),
                      QStringLiteral("Vũ Hải|1949"),
                      QStringLiteral("Ngô Lan|1985"),
                      QStringLiteral("Hồ Nam|2020") }),
        options());
    QCOMPARE(plan.errors, 1);
    QCOMPARE(plan.problems.size(), 3);
    QCOMPARE(plan.problems.at(0).row, 2);
    QCOMPARE(plan.problems.at(0).severity, RosterImport::Problem::Severity::Warning);
    QVERIFY2(plan.problems.at(0).message.contains(QStringLiteral("2024-2025")), qPrintable(problems(plan)));
    QCOMPARE(plan.problems.at(1).row, 3);
    QCOMPARE(plan.problems.at(1).severity, RosterImport::Problem::Severity::Warning);
    QCOMPARE(plan.problems.at(2).row, 5);
    QCOMPARE(plan.problems.at(2).severity, RosterImport::Problem::Severity::Error);
    // Nor is a class judged then (nobody is put into it): only a student's wide range.
    plan = planOf(sheetOf({ QStringLiteral("Họ và tên|Năm sinh|Lớp"),
                      QStringLiteral("Phạm Thu|2016|10A3"),
                      QStringLiteral("Vũ Hải|1990|10A3") }),
        options(PersonKind::Student));
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems.at(0).row, 3);
}

QTEST_GUILESS_MAIN(TestRosterImport)
#include "TestRosterImport.moc"
