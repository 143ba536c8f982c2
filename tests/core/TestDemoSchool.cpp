// The demo school looks like a real school in every year it holds (issue 13, point 15), read back through the core
// queries: every student at the school that year is in exactly one class, each class has one lớp trưởng, classes
// hold 35 to 45 students, an intake moves up a grade a year in the same class, and no date of birth makes an age
// AgePlausibility warns about.
#include "core/activities/ActivityService.h"
#include "core/activities/LearningModelRule.h"
#include "core/awards/AwardService.h"
#include "core/calendar/CalendarService.h"
#include "core/criteria/LearningCitizenQuery.h"
#include "core/criteria/MovementStats.h"
#include "core/criteria/MovementStatsQuery.h"
#include "core/db/Database.h"
#include "core/demo/DemoSchool.h"
#include "core/meeting/MeetingQuery.h"
#include "core/people/AgePlausibility.h"
#include "core/people/PeopleQuery.h"
#include "core/reports/ReportTextService.h"
#include "core/school/SchoolQuery.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;

Q_DECLARE_METATYPE(thidua::DemoSchool::Size)

namespace {

bool atSchoolIn(const Person& p, const SchoolYear& year)
{
    return (!p.activeFrom.isValid() || p.activeFrom <= year.endDate)
        && (!p.activeTo.isValid() || p.activeTo >= year.startDate);
}

// "11A3" → "A3": what stays of a class's name as it moves up.
QString classSuffix(const QString& name)
{
    return name.mid(QString::number(AgePlausibility::gradeOf(name)).size());
}

} // namespace

class TestDemoSchool : public QObject
{
    Q_OBJECT

private slots:
    void everyYearLooksReal_data();
    void everyYearLooksReal();
    void learningCitizenResults();
    void meetings();
    void activities();
    void reportTexts();

private:
    void checkYear(const PeopleQuery& query, const People& people, const SchoolYear& year, bool checkSizes);
    void checkMovingUp(const PeopleQuery& query, const SchoolYears& years, const People& people);
};

void TestDemoSchool::everyYearLooksReal_data()
{
    QTest::addColumn<DemoSchool::Size>("size");
    QTest::addColumn<bool>("checkSizes"); // the small school of the GUI tests has classes of 20

    QTest::newRow("default (thidua-cli demo)") << DemoSchool::Size() << true;
    DemoSchool::Size small;
    small.staff = 16;
    small.students = 120;
    small.subjectGroups = 3;
    small.classes = 6;
    small.years = 2;
    QTest::newRow("small (GUI tests)") << small << false;
    DemoSchool::Size threeYears;
    threeYears.years = 3;
    threeYears.lastStartYear = 2026;
    threeYears.seed = 7;
    QTest::newRow("three years to 2026-2027") << threeYears << true;
    QTest::newRow("reference (eight years)") << DemoSchool::reference() << true;
}

void TestDemoSchool::everyYearLooksReal()
{
    QFETCH(DemoSchool::Size, size);
    QFETCH(bool, checkSizes);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(db.ok());
    QVERIFY(DemoSchool::build((*db)->connection(), size).ok());

    const PeopleQuery query((*db)->connection());
    const auto years = SchoolQuery((*db)->connection()).years();
    QVERIFY(years.ok());
    QCOMPARE(years->size(), size.years);
    QCOMPARE(years->constLast().startYear, size.lastStartYear);
    QCOMPARE(*query.count({ PersonKind::Student, true }), qint64(size.students));
    QCOMPARE(*query.count({ PersonKind::Staff, true }), qint64(size.staff));
    const auto people = query.people();
    QVERIFY(people.ok());
    for (const SchoolYear& year : *years) {
        checkYear(query, *people, year, checkSizes);
        if (QTest::currentTestFailed())
            return;
    }
    checkMovingUp(query, *years, *people);
}

void TestDemoSchool::checkYear(const PeopleQuery& query, const People& people, const SchoolYear& year, bool checkSizes)
{
    const QString where = year.name();
    QHash<qint64, Collective> units;
    for (const Collective& c : *query.collectives(year.id))
        units.insert(c.id, c);
    QHash<qint64, QList<Membership>> unitsOf; // person → tổ or class memberships of the year
    QHash<qint64, QList<Membership>> classMembers; // class → memberships
    for (const Membership& m : *query.memberships(year.id)) {
        QVERIFY2(units.contains(m.collectiveId), qPrintable(where));
        const Collective& c = units.value(m.collectiveId);
        if (c.kind == CollectiveKind::Class) {
            QCOMPARE(c.schoolYearId, year.id);
            classMembers[c.id].append(m);
        }
        if (c.kind == CollectiveKind::Class || c.kind == CollectiveKind::SubjectGroup
            || c.kind == CollectiveKind::OfficeGroup)
            unitsOf[m.personId].append(m);
    }
    QHash<qint64, Person> byId;
    int students = 0;
    for (const Person& p : people) {
        byId.insert(p.id, p);
        const QList<Membership> placed = unitsOf.value(p.id);
        if (!atSchoolIn(p, year)) {
            QVERIFY2(placed.isEmpty(),
                qPrintable(where + QLatin1Char(' ') + p.fullName() + QStringLiteral(" is placed but not at school")));
            continue;
        }
        students += p.kind == PersonKind::Student;
        // At the school that year: in exactly one class (students) or one tổ (staff), of an age that fits it.
        QVERIFY2(placed.size() == 1,
            qPrintable(where + QLatin1Char(' ') + p.fullName() + QStringLiteral(" is in no unit, or in several")));
        const Collective& unit = units.value(placed.constFirst().collectiveId);
        QCOMPARE(unit.kind == CollectiveKind::Class, p.kind == PersonKind::Student);
        const QString warning = AgePlausibility::warning(p.kind, p.birthDate, year.startYear, unit.name);
        QVERIFY2(
            warning.isEmpty(), qPrintable(where + QLatin1Char(' ') + p.fullName() + QStringLiteral(": ") + warning));
    }
    QVERIFY2(students > 0, qPrintable(where));
    int classes = 0;
    QSet<QString> names;
    for (const Collective& c : std::as_const(units)) {
        if (c.kind != CollectiveKind::Class)
            continue;
        ++classes;
        QVERIFY2(!names.contains(c.name), qPrintable(where + QLatin1Char(' ') + c.name));
        names.insert(c.name);
        QCOMPARE(c.grade, AgePlausibility::gradeOf(c.name));
        QVERIFY(c.grade >= 10 && c.grade <= 12);
        const QList<Membership> members = classMembers.value(c.id);
        if (checkSizes)
            QVERIFY2(members.size() >= 35 && members.size() <= 45,
                qPrintable(where + QLatin1Char(' ') + c.name + QStringLiteral(": ") + QString::number(members.size())));
        // One lớp trưởng and one lớp phó, whose chức vụ says so; nobody else in the class called that.
        int heads = 0, deputies = 0, monitorsByPosition = 0;
        for (const Membership& m : members) {
            const Person& p = byId.value(m.personId);
            heads += m.role == Membership::Role::Head;
            deputies += m.role == Membership::Role::Deputy;
            monitorsByPosition += p.position == QStringLiteral("Lớp trưởng");
            QCOMPARE(p.position == QStringLiteral("Lớp trưởng"), m.role == Membership::Role::Head);
            QCOMPARE(p.position == QStringLiteral("Lớp phó"), m.role == Membership::Role::Deputy);
        }
        QVERIFY2(heads == 1 && monitorsByPosition == 1, qPrintable(where + QLatin1Char(' ') + c.name));
        QVERIFY2(deputies == 1, qPrintable(where + QLatin1Char(' ') + c.name));
    }
    QVERIFY2(classes >= 3, qPrintable(where));
}

void TestDemoSchool::checkMovingUp(const PeopleQuery& query, const SchoolYears& years, const People& people)
{
    // The class of each student in each year.
    QList<QHash<qint64, QString>> classOf;
    for (const SchoolYear& year : years) {
        QHash<qint64, QString> names;
        for (const Collective& c : *query.collectives(year.id)) {
            if (c.kind == CollectiveKind::Class)
                names.insert(c.id, c.name);
        }
        QHash<qint64, QString> of;
        for (const Membership& m : *query.memberships(year.id)) {
            if (names.contains(m.collectiveId))
                of.insert(m.personId, names.value(m.collectiveId));
        }
        classOf << of;
    }
    int movedUp = 0;
    for (const Person& p : people) {
        for (int y = 0; y + 1 < years.size(); ++y) {
            const QString before = classOf[y].value(p.id);
            const QString after = classOf[y + 1].value(p.id);
            if (before.isEmpty() || after.isEmpty()) {
                // Only a new intake is missing before, only one that finished grade 12 after.
                QVERIFY(after.isEmpty() || AgePlausibility::gradeOf(after) == 10 || !before.isEmpty());
                QVERIFY(before.isEmpty() || AgePlausibility::gradeOf(before) == 12 || !after.isEmpty());
                continue;
            }
            QCOMPARE(AgePlausibility::gradeOf(after), AgePlausibility::gradeOf(before) + 1);
            QCOMPARE(classSuffix(after), classSuffix(before));
            ++movedUp;
        }
    }
    QVERIFY(years.size() == 1 || movedUp > 0);
}

// The Công dân học tập results of the default demo school (640 students in 16 classes of 40, 64 staff in 8 tổ and
// the office), counted here from the rows: in 2025-2026 three classes (10A3, 11A2, 12A2) have 3 không đạt and one
// not assessed, three more one not assessed; one member of the tổ Ngữ văn không đạt: 625 of 640 students and 63 of
// 64 staff đạt (97,7 % and 98,4 %, above 95 %), one tổ short of 100 %. In 2024-2025 everyone is assessed, with a
// date: 10A2, 11A2 and 12A2 have 3 không đạt each, the tổ Ngoại ngữ one.
void TestDemoSchool::learningCitizenResults()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(db.ok());
    QVERIFY(DemoSchool::build((*db)->connection(), DemoSchool::Size()).ok());
    const PeopleQuery people((*db)->connection());
    const LearningCitizenQuery results((*db)->connection());
    struct Expected
    {
        int startYear;
        int studentsPassed;
        int studentsFailed;
        int studentsNotAssessed;
        QStringList classesShort; // under 95 %
        QStringList groupsShort; // under 100 %
    };
    for (const Expected& e : { Expected { 2025,
                                   625,
                                   9,
                                   6,
                                   { QStringLiteral("10A3"), QStringLiteral("11A2"), QStringLiteral("12A2") },
                                   { QStringLiteral("Ngữ văn") } },
             Expected { 2024,
                 -1,
                 9,
                 0,
                 { QStringLiteral("10A2"), QStringLiteral("11A2"), QStringLiteral("12A2") },
                 { QStringLiteral("Ngoại ngữ") } } }) {
        const SchoolYear year = *people.schoolYear(e.startYear);
        QVERIFY(year.id > 0);
        int passed[2] = { 0, 0 }, failed[2] = { 0, 0 }, notAssessed[2] = { 0, 0 };
        QStringList classesShort, groupsShort;
        for (const Collective& unit : *results.units(year.id)) {
            const auto members = results.members(unit.id, year.id);
            QVERIFY(members.ok());
            QVERIFY2(!members->isEmpty(), qPrintable(unit.name));
            int unitPassed = 0;
            for (const auto& entry : *members) {
                const int k = entry.person.kind == PersonKind::Student ? 0 : 1;
                switch (entry.result.status) {
                case LearningCitizenResult::Status::Passed:
                    ++passed[k];
                    ++unitPassed;
                    QVERIFY(entry.result.score >= 80);
                    break;
                case LearningCitizenResult::Status::Failed:
                    ++failed[k];
                    QVERIFY(entry.result.score < 80);
                    break;
                case LearningCitizenResult::Status::NotAssessed:
                    ++notAssessed[k];
                    QCOMPARE(entry.result.id, 0); // no row
                    break;
                }
                QCOMPARE(entry.result.assessedOn.isValid(), e.startYear == 2024 && entry.result.id > 0);
            }
            const qint64 n = members->size();
            if (unit.kind == CollectiveKind::Class && unitPassed * 100 < 95 * n)
                classesShort << unit.name;
            if (unit.kind != CollectiveKind::Class && unitPassed < n)
                groupsShort << unit.name;
        }
        classesShort.sort();
        QCOMPARE(classesShort, e.classesShort);
        QCOMPARE(groupsShort, e.groupsShort);
        if (e.studentsPassed >= 0)
            QCOMPARE(passed[0], e.studentsPassed);
        QCOMPARE(failed[0], e.studentsFailed);
        QCOMPARE(notAssessed[0], e.studentsNotAssessed);
        QCOMPARE(passed[1], 63);
        QCOMPARE(failed[1], 1);
        QCOMPARE(notAssessed[1], 0);
    }
    // Only the last two years have results.
    QCOMPARE(results.results(people.schoolYear(2023)->id)->size(), 0);
}

// Both kinds of meeting a new user should see (issue 16): 2024-2025's finished — one member absent with a reason and a
// written opinion, one round counted twice and accepted, every nominee voted, the second Giấy khen failing at half the
// votes, the decisions entered into the award history — and 2025-2026's open one with its nominees and no round yet.
void TestDemoSchool::meetings()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(db.ok());
    const QSqlDatabase c = (*db)->connection();
    QVERIFY(DemoSchool::build(c, DemoSchool::Size()).ok());
    const MeetingQuery query(c);
    auto listed = query.list();
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 2);
    const SchoolQuery school(c);
    QCOMPARE(listed->at(0).schoolYearId, school.yearByStart(2025)->id); // newest first
    QCOMPARE(listed->at(1).schoolYearId, school.yearByStart(2024)->id);

    auto finished = query.record(listed->at(1).id);
    QVERIFY(finished.ok());
    QVERIFY(finished->finalized());
    QCOMPARE(finished->startsAt, QDateTime(QDate(2025, 5, 22), QTime(14, 0)));
    QCOMPARE(finished->presentCount(), finished->membersTotal() - 1);
    QVERIFY(finished->quorumMet());
    const MeetingRecord::Member& absent = finished->members.constLast();
    QVERIFY(!absent.present);
    QVERIFY(!absent.reason.isEmpty());
    QVERIFY(!absent.writtenOpinion.isEmpty());
    QCOMPARE(finished->rounds.size(), 1);
    QVERIFY(finished->rounds.constFirst().accepted());
    QVERIFY(finished->rounds.constFirst().first && finished->rounds.constFirst().second);
    QCOMPARE(finished->nominees.size(), 9);
    QStringList forms;
    int passed = 0;
    for (const MeetingRecord::Nominee& n : std::as_const(finished->nominees)) {
        QVERIFY(n.voted);
        forms << n.view.form.key;
        passed += n.passed ? 1 : 0;
        const Nomination::State state = n.view.nomination.state;
        if (!n.passed)
            QCOMPARE(state, Nomination::State::Failed);
        else if (n.view.form.schoolDecides())
            QCOMPARE(state, Nomination::State::Awarded);
        else
            QCOMPARE(state, Nomination::State::Decided);
        if (n.passed) { // the decision is in the award history
            auto history = AwardService(c).history(n.view.nomination.subject, n.view.nomination.subjectId);
            QVERIFY(history.ok());
            bool found = false;
            for (const AwardRecord& r : std::as_const(*history))
                found = found || r.nominationId == n.view.nomination.id;
            QVERIFY2(found, qPrintable(n.view.subjectName));
        }
    }
    QCOMPARE(passed, 8);
    QCOMPARE(forms.count(QStringLiteral("lao_dong_tien_tien")), 4);
    QCOMPARE(forms.count(QStringLiteral("chien_si_thi_dua_co_so")), 1);
    QCOMPARE(forms.count(QStringLiteral("giay_khen_hieu_truong")), 2);
    QCOMPARE(forms.count(QStringLiteral("tap_the_lao_dong_tien_tien")), 1);
    QCOMPARE(forms.count(QStringLiteral("tap_the_lao_dong_xuat_sac")), 1);

    auto open = query.record(listed->at(0).id);
    QVERIFY(open.ok());
    QVERIFY(!open->finalized());
    QCOMPARE(open->startsAt, QDateTime(QDate(2026, 5, 21), QTime(14, 0)));
    QCOMPARE(open->nominees.size(), 5);
    QVERIFY(open->rounds.isEmpty());
    for (const MeetingRecord::Nominee& n : std::as_const(open->nominees)) {
        QCOMPARE(n.view.nomination.state, Nomination::State::Reviewed);
        QVERIFY(n.view.openProblems().isEmpty());
    }

    // The older awards entered by hand: the principal's Bằng khen of the province.
    auto principal = PeopleQuery(c).people({ PersonKind::Staff, true });
    QVERIFY(principal.ok());
    auto history = AwardService(c).history(AwardForm::Subject::Person, principal->constFirst().id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->constFirst().formName, QStringLiteral("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"));
    QCOMPARE(history->constFirst().decisionDate, QDate(2023, 8, 15));
}

// Issue 17: activities, learning models and initiatives in the last two years; the dashboard counts the models
// stored, and the second tổ has none.
void TestDemoSchool::activities()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(db.ok());
    const QSqlDatabase c = (*db)->connection();
    QVERIFY(DemoSchool::build(c, DemoSchool::Size()).ok());
    const SchoolQuery school(c);
    const qint64 last = school.yearByStart(2025)->id;
    const qint64 previous = school.yearByStart(2024)->id;
    const ActivityService service(c);
    auto lastYear = service.activities(last);
    auto previousYear = service.activities(previous);
    QVERIFY(lastYear.ok() && previousYear.ok());
    QCOMPARE(lastYear->size(), 4);
    QCOMPARE(previousYear->size(), 6);
    QList<Activity::Kind> kinds;
    for (const Activity& a : std::as_const(*previousYear))
        kinds << a.kind;
    QCOMPARE(kinds,
        (QList<Activity::Kind> { Activity::Kind::Propaganda,
            Activity::Kind::Training,
            Activity::Kind::LifelongLearningWeek,
            Activity::Kind::Contest,
            Activity::Kind::Thematic,
            Activity::Kind::ReadingDay }));
    const Activity week = previousYear->at(2);
    QCOMPARE(week.startDate, QDate(2024, 10, 1));
    QCOMPARE(week.endDate, QDate(2024, 10, 7));
    QVERIFY(week.participantCount > 0);
    QVERIFY(!previousYear->at(1).participantIds.isEmpty());
    QCOMPARE(previousYear->at(5).collectiveIds.size(), 4);

    // Nine tổ (eight tổ chuyên môn and the office); Ngữ văn builds none, every third tổ two: 10 models in 2024-2025,
    // 11 in 2025-2026. The dashboard's counts are the models stored (no typed count any more).
    for (const auto& [year, total] : { std::pair { previous, 10 }, std::pair { last, 11 } }) {
        auto data = MovementStatsQuery(c).load(year);
        auto models = service.models(year);
        QVERIFY(data.ok() && models.ok());
        QCOMPARE(models->size(), total);
        const QHash<qint64, int> stored = LearningModelRule::countByCollective(*models, year);
        QCOMPARE(data->counts.size(), 8);
        int sum = 0;
        for (const LearningModelCount& count : std::as_const(data->counts)) {
            QCOMPARE(count.count, stored.value(count.collectiveId));
            QVERIFY(count.count == 1 || count.count == 2);
            sum += count.count;
        }
        QCOMPARE(sum, total);
        const MovementStats stats = MovementStats::compute(data->roster, data->targets, data->counts);
        QCOMPARE(stats.modelFigure(), (RateFigure { 8, 9, 1000 }));
        auto missing = service.groupsWithoutModel(year);
        QVERIFY(missing.ok());
        QCOMPARE(missing->size(), 1);
        QCOMPARE(missing->constFirst().name, QStringLiteral("Ngữ văn"));
    }
    auto initiatives = service.initiatives(previous);
    QVERIFY(initiatives.ok());
    QCOMPARE(initiatives->size(), 3);
    QCOMPARE(initiatives->at(0).level, Initiative::Level::Base);
    QCOMPARE(initiatives->at(1).level, Initiative::Level::Province);
    QVERIFY(initiatives->at(2).decisionNumber.isEmpty());
    QCOMPARE(service.initiatives(last)->size(), 1);
}

// Issue 17: last year's report has its five judgement sections written (this year's draft offers them), and the
// calendar of this year lists the annual report's sections as still to write.
void TestDemoSchool::reportTexts()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(db.ok());
    const QSqlDatabase c = (*db)->connection();
    QVERIFY(DemoSchool::build(c, DemoSchool::Size()).ok());
    const ReportTextService texts(c);
    QVERIFY(texts.missingSections(ReportPeriod::annual(2024))->isEmpty());
    auto written = texts.texts(ReportPeriod::annual(2024));
    QCOMPARE(written->size(), 5);
    for (const ReportText& t : std::as_const(*written)) {
        QVERIFY(t.body.size() > 200);
        QVERIFY(!t.body.contains(QStringLiteral("Nguyễn Khuyến"))); // no other school's name
    }
    QVERIFY(texts.texts(ReportPeriod::annual(2025))->isEmpty());
    auto draft = texts.draft(ReportPeriod::annual(2025));
    QCOMPARE(draft->size(), 5);
    QVERIFY(draft->at(3).offered);
    QCOMPARE(draft->at(3).body, written->at(3).body);

    auto items = CalendarService(c).year(2025, QDate(2025, 11, 13));
    QVERIFY(items.ok());
    const auto report = std::find_if(items->cbegin(), items->cend(), [](const CalendarItem& i) {
        return i.entry.key == QStringLiteral("annual_report");
    });
    QVERIFY(report != items->cend());
    QCOMPARE(report->missing.constLast(),
        QStringLiteral("The annual report 2025-2026 has none of its judgement sections written yet"));
}

QTEST_GUILESS_MAIN(TestDemoSchool)
#include "TestDemoSchool.moc"
