// The one import of people lists (ImportService): the rules about likely duplicates (decide, a data table over a
// hand-made plan, no database), every sheet and a new school year written in one transaction, nothing written by
// plan(), by a cancelled apply() or by a list with errors, and errors that keep their sheet, row and column.
#include "core/db/Database.h"
#include "core/db/Sql.h"
#include "core/people/ImportService.h"
#include "core/people/PersonRepository.h"
#include "core/school/SchoolRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using Action = RosterImport::Row::Action;
using Choice = ImportService::DuplicateChoice;
using Severity = RosterImport::Problem::Severity;

Q_DECLARE_METATYPE(thidua::ImportService::Choices)

namespace {

Sheet sheetOf(const QString& name, const QStringList& rows)
{
    Sheet sheet;
    sheet.name = name;
    for (const QString& row : rows) {
        QList<Cell> cells;
        for (const QString& s : row.split(QLatin1Char('|'))) {
            Cell c;
            if (!s.isEmpty()) {
                c.type = Cell::Type::Text;
                c.text = s;
            }
            cells.append(c);
        }
        sheet.rows.append(cells);
    }
    return sheet;
}

Person stored(qint64 id, const QString& name, const QString& code)
{
    Person p;
    p.id = id;
    p.setFullName(name);
    p.code = code;
    p.birthDate = PartialDate(QDate(1987, 4, 5));
    p.phone = QStringLiteral("0912345678");
    return p;
}

RosterImport::Row row(int sourceRow, Action action, qint64 personId = 0, qint64 duplicateOf = 0)
{
    RosterImport::Row r;
    r.sourceRow = sourceRow;
    r.action = action;
    r.person.setFullName(QStringLiteral("Nguyễn Văn An"));
    r.person.birthDate = PartialDate(QDate(1987, 4, 6));
    r.person.id = personId;
    r.likelyDuplicateOf = duplicateOf;
    if (duplicateOf == 10)
        r.likelyDuplicate = stored(10, QStringLiteral("Nguyễn Văn An"), QStringLiteral("GV1"));
    if (duplicateOf == 20)
        r.likelyDuplicate = stored(20, QStringLiteral("Nguyễn Văn An"), QStringLiteral("GV2"));
    // 30: a stored person the plan does not carry
    return r;
}

// Sheet rows 2–6: row 3 is stored person 20 (matched by code); rows 2 and 5 may be person 10, row 4 person 20, row 6
// person 30 (not carried by the plan).
RosterImport::Plan handMadePlan()
{
    RosterImport::Plan plan;
    plan.sheet = QStringLiteral("DS");
    plan.rows = { row(2, Action::Add, 0, 10),
        row(3, Action::Update, 20),
        row(4, Action::Add, 0, 20),
        row(5, Action::Add, 0, 10),
        row(6, Action::Add, 0, 30) };
    return plan;
}

QString actions(const RosterImport::Plan& plan)
{
    QStringList out;
    for (const RosterImport::Row& r : plan.rows) {
        const char* names[] = { "add", "update", "unchanged", "skip" };
        out << QStringLiteral("%1:%2").arg(r.sourceRow).arg(QLatin1String(names[int(r.action)]));
    }
    return out.join(QLatin1Char(' '));
}

QString problemRows(const RosterImport::Plan& plan)
{
    QStringList out;
    for (const RosterImport::Problem& p : plan.problems)
        out << (p.severity == Severity::Error ? QStringLiteral("E") : QStringLiteral("W")) + QString::number(p.row);
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestImportService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void decide_data();
    void decide();
    void decidedUpdateKeepsWhatTheFileLacks();
    void planWritesNothingAndApplyCreatesTheYear();
    void everySheetInOneTransaction();
    void errorsStopApplyUnlessSkipped();
    void cancelledApplyWritesNothing();

private:
    int count(const QString& table);
    ImportService::Request request(const QList<Sheet>& sheets, int startYear = 0) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestImportService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("t.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

void TestImportService::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

int TestImportService::count(const QString& table)
{
    auto q = Sql::exec(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return q && q->next() ? q->value(0).toInt() : -1;
}

ImportService::Request TestImportService::request(const QList<Sheet>& sheets, int startYear) const
{
    ImportService::Request r;
    for (const Sheet& sheet : sheets)
        r.sheets.append({ sheet, RosterColumns::detect(sheet), PersonKind::Staff, QString() });
    r.schoolYearStart = startYear;
    r.today = QDate(2025, 11, 20);
    return r;
}

void TestImportService::decide_data()
{
    QTest::addColumn<ImportService::Choices>("choices");
    QTest::addColumn<QString>("expectedActions");
    QTest::addColumn<QString>("expectedProblems");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("updated");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<int>("errors");

    QTest::newRow("no choice: added as new") << ImportService::Choices() << "2:add 3:update 4:add 5:add 6:add"
                                             << "" << 4 << 1 << 0 << 0;
    QTest::newRow("skip") << ImportService::Choices { { 2, Choice::Skip } } << "2:skip 3:update 4:add 5:add 6:add"
                          << "" << 3 << 1 << 1 << 0;
    QTest::newRow("update the stored one")
        << ImportService::Choices { { 2, Choice::UpdateExisting } } << "2:update 3:update 4:add 5:add 6:add"
        << "" << 3 << 2 << 0 << 0;
    QTest::newRow("two rows update one person: the second is told")
        << ImportService::Choices { { 2, Choice::UpdateExisting }, { 5, Choice::UpdateExisting } }
        << "2:update 3:update 4:add 5:add 6:add"
        << "W5" << 3 << 2 << 0 << 0;
    QTest::newRow("a person a row already is: told")
        << ImportService::Choices { { 4, Choice::UpdateExisting } } << "2:add 3:update 4:add 5:add 6:add"
        << "W4" << 4 << 1 << 0 << 0;
    QTest::newRow("a person the plan lacks: an error, never an add")
        << ImportService::Choices { { 6, Choice::UpdateExisting } } << "2:add 3:update 4:add 5:add 6:skip"
        << "E6" << 3 << 1 << 1 << 1;
    QTest::newRow("a choice on a row that is no duplicate is ignored")
        << ImportService::Choices { { 3, Choice::Skip } } << "2:add 3:update 4:add 5:add 6:add"
        << "" << 4 << 1 << 0 << 0;
}

void TestImportService::decide()
{
    QFETCH(ImportService::Choices, choices);
    QFETCH(QString, expectedActions);
    QFETCH(QString, expectedProblems);
    QFETCH(int, added);
    QFETCH(int, updated);
    QFETCH(int, skipped);
    QFETCH(int, errors);
    const RosterImport::Plan decided = ImportService::decide(handMadePlan(), choices);
    QCOMPARE(actions(decided), expectedActions);
    QCOMPARE(problemRows(decided), expectedProblems);
    QCOMPARE(decided.added, added);
    QCOMPARE(decided.updated, updated);
    QCOMPARE(decided.skipped, skipped);
    QCOMPARE(decided.errors, errors);
}

void TestImportService::decidedUpdateKeepsWhatTheFileLacks()
{
    const RosterImport::Plan decided =
        ImportService::decide(handMadePlan(), ImportService::Choices { { 2, Choice::UpdateExisting } });
    const Person& p = decided.rows.at(0).person;
    QCOMPARE(p.id, qint64(10));
    QCOMPARE(p.code, QStringLiteral("GV1")); // the file has no code
    QCOMPARE(p.phone, QStringLiteral("0912345678"));
    QCOMPARE(p.birthDate.toDisplay(), QStringLiteral("06/04/1987")); // the file's date
}

void TestImportService::planWritesNothingAndApplyCreatesTheYear()
{
    const Sheet sheet = sheetOf(QStringLiteral("Tổ Toán"),
        { QStringLiteral("Họ và tên|Ngày sinh|Tổ chuyên môn"),
            QStringLiteral("Nguyễn Văn An|05/04/1987|Toán"),
            QStringLiteral("Lê Thị Hoa|12/11/1990|Toán") });
    ImportService service(m_db->connection());
    const int years = count(QStringLiteral("school_year"));
    auto plan = service.plan(request({ sheet }, 2030));
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
    QVERIFY(plan->newSchoolYear);
    QCOMPARE(plan->sheets.size(), 1);
    QCOMPARE(plan->sheets.at(0).plan.added, 2);
    QCOMPARE(plan->sheets.at(0).plan.newCollectives, QStringList { QStringLiteral("Toán") });
    QCOMPARE(count(QStringLiteral("school_year")), years);
    QCOMPARE(count(QStringLiteral("person")), 0);
    QCOMPARE(count(QStringLiteral("collective")), 0);

    auto done = service.apply(*plan);
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().toString()));
    QCOMPARE(done->added, 2);
    auto year = SchoolRepository(m_db->connection()).yearByStart(2030);
    QVERIFY(year.ok() && year->id > 0);
    QCOMPARE(count(QStringLiteral("person")), 2);
    QCOMPARE(count(QStringLiteral("membership")), 2);

    // Planned again: the same people, already in their tổ of that year.
    auto again = service.plan(request({ sheet }, 2030));
    QVERIFY(again.ok());
    QVERIFY(!again->newSchoolYear);
    QCOMPARE(again->sheets.at(0).plan.unchanged, 2);
}

void TestImportService::everySheetInOneTransaction()
{
    const Sheet first = sheetOf(QStringLiteral("Tổ Toán"),
        { QStringLiteral("Mã số|Họ và tên"), QStringLiteral("GV1|Nguyễn Văn An"), QStringLiteral("GV2|Lê Thị Hoa") });
    const Sheet second = sheetOf(QStringLiteral("Tổ Văn"),
        { QStringLiteral("Mã số|Họ và tên"), QStringLiteral("GV3|Trần Văn Bình"), QStringLiteral("GV4|Phạm Thị Cúc") });
    ImportService service(m_db->connection());
    auto plan = service.plan(request({ first, second }));
    QVERIFY(plan.ok());
    QCOMPARE(plan->rows(), 4);
    // Between plan and apply the code of the second sheet's row 3 is taken: that row fails, and with it the lot.
    Person other;
    other.setFullName(QStringLiteral("Người Khác"));
    other.code = QStringLiteral("GV4");
    QVERIFY(PersonRepository(m_db->connection()).insert(other).ok());
    auto done = service.apply(*plan);
    QVERIFY(!done.ok());
    QCOMPARE(done.error().file, QStringLiteral("Tổ Văn"));
    QCOMPARE(done.error().row, 3);
    QCOMPARE(count(QStringLiteral("person")), 1);
}

void TestImportService::errorsStopApplyUnlessSkipped()
{
    const Sheet sheet = sheetOf(QStringLiteral("DS"),
        { QStringLiteral("Họ và tên|Ngày sinh"),
            QStringLiteral("Nguyễn Văn An|05/04/1987"),
            QStringLiteral("Lê Thị Hoa|31/02/1990") });
    ImportService service(m_db->connection());
    auto plan = service.plan(request({ sheet }));
    QVERIFY(plan.ok());
    QCOMPARE(plan->errors(), 1);
    const RosterImport::Problem& problem = plan->sheets.at(0).plan.problems.at(0);
    QCOMPARE(problem.toString().section(u':', 0, 2), QStringLiteral("DS:3:2"));
    auto refused = service.apply(*plan);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Validation);
    QCOMPARE(refused.error().file, QStringLiteral("DS"));
    QCOMPARE(count(QStringLiteral("person")), 0);

    plan->skipBadRows = true;
    auto done = service.apply(*plan);
    QVERIFY(done.ok());
    QCOMPARE(done->added, 1);
    QCOMPARE(done->errors, 1);
    QCOMPARE(count(QStringLiteral("person")), 1);
}

void TestImportService::cancelledApplyWritesNothing()
{
    QStringList rows { QStringLiteral("Họ và tên|Ngày sinh|Tổ chuyên môn") };
    const QStringList family {
        QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"), QStringLiteral("Phạm")
    };
    const QStringList middle { QStringLiteral("Văn"),
        QStringLiteral("Thị"),
        QStringLiteral("Đức"),
        QStringLiteral("Minh"),
        QStringLiteral("Ngọc"),
        QStringLiteral("Quang") };
    const QStringList given { QStringLiteral("An"),
        QStringLiteral("Bình"),
        QStringLiteral("Châu"),
        QStringLiteral("Dũng"),
        QStringLiteral("Hà") };
    for (int i = 0; i < 120; ++i)
        rows << QStringLiteral("%1 %2 %3|05/04/1987|Tổ %4")
                    .arg(family.at(i % 4), middle.at(i / 4 % 6), given.at(i / 24))
                    .arg(
                        QStringList { QStringLiteral("Toán"), QStringLiteral("Văn"), QStringLiteral("Anh") }.at(i % 3));
    ImportService service(m_db->connection());
    auto plan = service.plan(request({ sheetOf(QStringLiteral("DS"), rows) }, 2025));
    QVERIFY(plan.ok());
    QVERIFY2(
        plan->sheets.at(0).plan.problems.isEmpty(), qPrintable(plan->sheets.at(0).plan.problems.value(0).toString()));
    QCOMPARE(plan->sheets.at(0).plan.added, 120);
    const int years = count(QStringLiteral("school_year"));

    // Stopped halfway, and stopped at the very end: nothing either way.
    for (const int stopAt : { 50, 120 }) {
        QList<int> seen;
        auto done = service.apply(*plan, [&](int done, int total) {
            seen << done;
            return total == 120 && done < stopAt;
        });
        QVERIFY(!done.ok());
        QCOMPARE(done.error().code, Error::Code::Cancelled);
        QCOMPARE(seen.constLast(), stopAt);
        QCOMPARE(count(QStringLiteral("person")), 0);
        QCOMPARE(count(QStringLiteral("collective")), 0);
        QCOMPARE(count(QStringLiteral("membership")), 0);
        QCOMPARE(count(QStringLiteral("school_year")), years);
    }
    auto done = service.apply(*plan, [](int, int) { return true; });
    QVERIFY(done.ok());
    QCOMPARE(count(QStringLiteral("person")), 120);
}

QTEST_GUILESS_MAIN(TestImportService)
#include "TestImportService.moc"
