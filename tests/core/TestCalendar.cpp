// The year's calendar (issue 17, point 2): the school-year mapping of a day and month (CalendarDate), the days left
// from today, the missing-item rules on hand-made facts (CalendarRules), and CalendarService on a small school built
// here: the seeds' default entries, the items of a year with their missing records, date changes (one transaction;
// refused ones leave the table as it was), a school's own entries.
#include "core/activities/ActivityService.h"
#include "core/calendar/CalendarRules.h"
#include "core/calendar/CalendarService.h"
#include "core/db/Database.h"
#include "core/db/Sql.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PersonRepository.h"
#include "core/reports/ReportTextService.h"
#include "core/school/SchoolRepository.h"
#include "tests/support/CdhtFixture.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace thidua;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(thidua::CalendarEntry::Rule)
Q_DECLARE_METATYPE(thidua::CalendarRules::Facts)

class TestCalendar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void inSchoolYear_data();
    void inSchoolYear();
    void schoolYearOf_data();
    void schoolYearOf();
    void occurrence_data();
    void occurrence();
    void due_data();
    void due();
    void rules_data();
    void rules();
    void countUnassessed();
    void defaultYear_data();
    void defaultYear();
    void defaultEntries();
    void yearItems();
    void awardDossierConcernsPreviousYear();
    void setDates();
    void refusedDates_data();
    void refusedDates();
    void ownEntries();
    void parseDates_data();
    void parseDates();
    void updateAllOrNothing();

private:
    CalendarService service() const { return CalendarService(m_db->connection()); }
    QString dump() const;
    qint64 addPerson(const QString& name, PersonKind kind, qint64 collectiveId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_year = 0;
};

void TestCalendar::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"school.sqlite"_s));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_year = SchoolRepository(m_db->connection()).ensureYear(2024)->id;
}

QString TestCalendar::dump() const
{
    auto q = Sql::exec(m_db->connection(), u"SELECT * FROM calendar_entry ORDER BY key"_s);
    QStringList rows;
    while (q && q->next()) {
        QStringList fields;
        for (int i = 0; i < q->record().count(); ++i)
            fields << q->value(i).toString();
        rows << fields.join(u'|');
    }
    return rows.join(u'\n');
}

qint64 TestCalendar::addPerson(const QString& name, PersonKind kind, qint64 collectiveId)
{
    Person p;
    p.setFullName(name);
    p.kind = kind;
    const qint64 id = *PersonRepository(m_db->connection()).insert(p);
    Membership m { 0, id, collectiveId, m_year, Membership::Role::Member };
    (void)*CollectiveRepository(m_db->connection()).addMember(m);
    return id;
}

void TestCalendar::inSchoolYear_data()
{
    QTest::addColumn<int>("startYear");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QDate>("date");
    QTest::newRow("25/11 of 2024-2025") << 2024 << 11 << 25 << QDate(2024, 11, 25);
    QTest::newRow("first of September") << 2024 << 9 << 1 << QDate(2024, 9, 1);
    QTest::newRow("last of August") << 2024 << 8 << 31 << QDate(2025, 8, 31);
    QTest::newRow("21/4 in the next year") << 2024 << 4 << 21 << QDate(2025, 4, 21);
    QTest::newRow("29/02 of a leap year") << 2023 << 2 << 29 << QDate(2024, 2, 29);
    QTest::newRow("29/02 otherwise on 28/02") << 2024 << 2 << 29 << QDate(2025, 2, 28);
    QTest::newRow("31/04 is no day") << 2024 << 4 << 31 << QDate();
    QTest::newRow("month 13") << 2024 << 13 << 1 << QDate();
}

void TestCalendar::inSchoolYear()
{
    QFETCH(int, startYear);
    QFETCH(int, month);
    QFETCH(int, day);
    QTEST(CalendarDate::inSchoolYear(startYear, month, day), "date");
}

void TestCalendar::schoolYearOf_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("startYear");
    QTest::newRow("15/09/2025") << QDate(2025, 9, 15) << 2025;
    QTest::newRow("15/08/2025") << QDate(2025, 8, 15) << 2024;
    QTest::newRow("01/01/2025") << QDate(2025, 1, 1) << 2024;
    QTest::newRow("31/12/2024") << QDate(2024, 12, 31) << 2024;
}

void TestCalendar::schoolYearOf()
{
    QFETCH(QDate, date);
    QTEST(CalendarDate::schoolYearOf(date), "startYear");
}

void TestCalendar::occurrence_data()
{
    QTest::addColumn<QString>("dates"); // day/month[-day/month][/year]
    QTest::addColumn<int>("startYear");
    QTest::addColumn<QDate>("start"); // invalid: not in that school year
    QTest::addColumn<QDate>("end");
    QTest::newRow("week") << u"1/10-7/10"_s << 2024 << QDate(2024, 10, 1) << QDate(2024, 10, 7);
    QTest::newRow("over New Year") << u"28/12-3/1"_s << 2024 << QDate(2024, 12, 28) << QDate(2025, 1, 3);
    QTest::newRow("one-off in its year") << u"30/9/2025"_s << 2025 << QDate(2025, 9, 30) << QDate(2025, 9, 30);
    QTest::newRow("one-off, year before") << u"30/9/2025"_s << 2024 << QDate() << QDate();
    QTest::newRow("one-off in August") << u"15/8/2025"_s << 2024 << QDate(2025, 8, 15) << QDate(2025, 8, 15);
}

void TestCalendar::occurrence()
{
    QFETCH(QString, dates);
    QFETCH(int, startYear);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    CalendarEntry e;
    const QStringList parts = dates.split(u'-');
    const QStringList first = parts[0].split(u'/');
    e.day = first[0].toInt();
    e.month = first[1].toInt();
    e.year = first.size() > 2 ? first[2].toInt() : 0;
    if (parts.size() > 1) {
        e.endDay = parts[1].section(u'/', 0, 0).toInt();
        e.endMonth = parts[1].section(u'/', 1, 1).toInt();
    }
    const auto span = CalendarDate::occurrence(e, startYear);
    QCOMPARE(bool(span), start.isValid());
    if (span) {
        QCOMPARE(span->start, start);
        QCOMPARE(span->end, end);
    }
}

void TestCalendar::due_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("missing");
    QTest::addColumn<QString>("text");
    const QDate nov25(2024, 11, 25);
    QTest::newRow("12 days left") << nov25 << nov25 << QDate(2024, 11, 13) << true << u"12 days left"_s;
    QTest::newRow("tomorrow") << nov25 << nov25 << QDate(2024, 11, 24) << true << u"tomorrow"_s;
    QTest::newRow("today") << nov25 << nov25 << nov25 << true << u"today"_s;
    QTest::newRow("3 days overdue") << nov25 << nov25 << QDate(2024, 11, 28) << true << u"3 days overdue"_s;
    QTest::newRow("past, nothing missing") << nov25 << nov25 << QDate(2024, 11, 28) << false << u"done"_s;
    QTest::newRow("week under way") << QDate(2024, 10, 1) << QDate(2024, 10, 7) << QDate(2024, 10, 3) << true
                                    << u"under way, 4 days left"_s;
    QTest::newRow("week, last day") << QDate(2024, 10, 1) << QDate(2024, 10, 7) << QDate(2024, 10, 7) << true
                                    << u"under way, last day today"_s;
}

void TestCalendar::due()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QDate, today);
    QFETCH(bool, missing);
    QTEST(CalendarDate::dueText(CalendarDate::due({ start, end }, today, missing)), "text");
}

void TestCalendar::rules_data()
{
    QTest::addColumn<CalendarEntry::Rule>("rule");
    QTest::addColumn<CalendarRules::Facts>("facts");
    QTest::addColumn<QStringList>("missing");
    CalendarRules::Facts base;
    base.yearName = u"2024-2025"_s;
    base.yearStored = true;
    base.period = ReportPeriod::annual(2024);
    auto group = [](const QString& name) {
        return Collective { 1, CollectiveKind::SubjectGroup, name, 0, 0, 0, true };
    };

    CalendarRules::Facts report = base;
    report.staffUnassessed = 12;
    report.studentsUnassessed = 1035;
    report.groupsWithoutModel = { group(u"Tổ Ngữ văn"_s) };
    report.missingSections = { ReportTextSection::Directions };
    QTest::newRow("annual report") << CalendarEntry::Rule::AnnualReport << report
                                   << QStringList {
                                          u"12 staff have no Learning citizen result yet"_s,
                                          u"1.035 students have no Learning citizen result yet"_s,
                                          u"Tổ Ngữ văn has no learning model this year"_s,
                                          u"The annual report 2024-2025 has no section “Phương hướng, nhiệm vụ” yet"_s
                                      };
    CalendarRules::Facts allSections = base;
    allSections.missingSections = ReportTextSections::all();
    QTest::newRow("no section written") << CalendarEntry::Rule::AnnualReport << allSections
                                        << QStringList { u"The annual report 2024-2025 has none of its judgement "
                                                         "sections written yet"_s };
    QTest::newRow("annual report complete") << CalendarEntry::Rule::AnnualReport << base << QStringList();
    CalendarRules::Facts fourGroups = base;
    fourGroups.groupsWithoutModel = { group(u"Tổ A"_s), group(u"Tổ B"_s), group(u"Tổ C"_s), group(u"Tổ D"_s) };
    QTest::newRow("four tổ named") << CalendarEntry::Rule::AnnualReport << fourGroups
                                   << QStringList { u"Tổ A has no learning model this year"_s,
                                          u"Tổ B has no learning model this year"_s,
                                          u"Tổ C has no learning model this year"_s,
                                          u"Tổ D has no learning model this year"_s };
    CalendarRules::Facts fiveGroups = fourGroups;
    fiveGroups.groupsWithoutModel << group(u"Tổ E"_s);
    QTest::newRow("five tổ: three and a count") << CalendarEntry::Rule::AnnualReport << fiveGroups
                                                << QStringList { u"Tổ A has no learning model this year"_s,
                                                       u"Tổ B has no learning model this year"_s,
                                                       u"Tổ C has no learning model this year"_s,
                                                       u"2 other groups have no learning model this year"_s };
    CalendarRules::Facts notStored = report;
    notStored.yearStored = false;
    QTest::newRow("year not stored: the report only")
        << CalendarEntry::Rule::AnnualReport << notStored
        << QStringList { u"The annual report 2024-2025 has no section “Phương hướng, nhiệm vụ” yet"_s };
    CalendarRules::Facts stage = base;
    stage.period = ReportPeriod { 2023, 2024 };
    stage.missingSections = { ReportTextSection::Highlights, ReportTextSection::Proposals };
    QTest::newRow("stage review") << CalendarEntry::Rule::StageReview << stage
                                  << QStringList {
                                         u"The review report 2023–2025 has no section “Kết quả nổi bật” yet"_s,
                                         u"The review report 2023–2025 has no section “Đề xuất, kiến nghị” yet"_s
                                     };
    QTest::newRow("no Tuần lễ activity")
        << CalendarEntry::Rule::LifelongLearningWeek << base
        << QStringList { u"No activity “Tuần lễ hưởng ứng học tập suốt đời” recorded in 2024-2025 yet"_s };
    CalendarRules::Facts held = base;
    held.activityKinds = { Activity::Kind::Training, Activity::Kind::LifelongLearningWeek };
    QTest::newRow("Tuần lễ held") << CalendarEntry::Rule::LifelongLearningWeek << held << QStringList();
    QTest::newRow("no reading day")
        << CalendarEntry::Rule::ReadingDay << held
        << QStringList { u"No activity “Ngày Sách và Văn hóa đọc Việt Nam” recorded in 2024-2025 yet"_s };
    QTest::newRow("no meeting") << CalendarEntry::Rule::AwardDossier << base
                                << QStringList { u"No council meeting on awards in 2024-2025 yet"_s };
    CalendarRules::Facts open = base;
    open.meetings = 1;
    open.undecidedNominations = 4;
    QTest::newRow("meeting open") << CalendarEntry::Rule::AwardDossier << open
                                  << QStringList { u"The council meeting of 2024-2025 is not finished yet"_s,
                                         u"4 nominations of 2024-2025 not voted on by the council yet"_s };
    CalendarRules::Facts finished = base;
    finished.meetings = 2;
    finished.finishedMeetings = 1;
    QTest::newRow("meeting finished") << CalendarEntry::Rule::AwardDossier << finished << QStringList();
    QTest::newRow("a reminder checks nothing") << CalendarEntry::Rule::None << report << QStringList();
}

void TestCalendar::rules()
{
    QFETCH(CalendarEntry::Rule, rule);
    QFETCH(CalendarRules::Facts, facts);
    QTEST(CalendarRules::missing(rule, facts), "missing");
}

void TestCalendar::countUnassessed()
{
    const QList<MovementRoster::Member> people {
        { 1, PersonKind::Staff, u"A"_s, {}, {}, {}, MovementRoster::Standing::Unassessed, {}, true, {} },
        { 2, PersonKind::Staff, u"B"_s, {}, {}, {}, MovementRoster::Standing::Recognised, {}, true, {} },
        { 3,
            PersonKind::Staff,
            u"C"_s,
            {},
            {},
            QDate(2024, 1, 1),
            MovementRoster::Standing::Unassessed,
            {},
            false,
            {} },
        { 4, PersonKind::Student, u"D"_s, {}, {}, {}, MovementRoster::Standing::Unassessed, {}, true, {} },
        { 5, PersonKind::Student, u"E"_s, {}, {}, {}, MovementRoster::Standing::NotRecognised, {}, true, {} },
        { 6, PersonKind::Student, u"F"_s, {}, {}, {}, MovementRoster::Standing::Unassessed, {}, true, {} },
    };
    const MovementRoster roster(1, QDate(2024, 12, 31), people, {}, {});
    int staff = -1;
    int students = -1;
    CalendarRules::countUnassessed(roster, &staff, &students);
    QCOMPARE(staff, 1); // C has left: not counted
    QCOMPARE(students, 2);
}

void TestCalendar::defaultYear_data()
{
    QTest::addColumn<QList<int>>("stored");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("year");
    QTest::newRow("today's year stored") << QList<int> { 2023, 2024, 2025 } << QDate(2025, 3, 1) << 2024;
    QTest::newRow("after the last year") << QList<int> { 2024, 2025 } << QDate(2026, 12, 3) << 2025;
    QTest::newRow("before the first") << QList<int> { 2027 } << QDate(2026, 12, 3) << 2027;
    QTest::newRow("none stored") << QList<int> {} << QDate(2026, 12, 3) << 2026;
}

void TestCalendar::defaultYear()
{
    QFETCH(QList<int>, stored);
    QFETCH(QDate, today);
    SchoolYears years;
    for (int y : stored)
        years << SchoolYear::standard(y);
    QTEST(CalendarService::defaultYear(years, today), "year");
}

void TestCalendar::defaultEntries()
{
    auto entries = service().entries();
    QVERIFY(entries.ok());
    QStringList got;
    for (const CalendarEntry& e : std::as_const(*entries)) {
        QVERIFY(e.builtin);
        got << u"%1 %2 %3"_s.arg(e.key, CalendarDate::datesText(e), CalendarEntry::ruleKey(e.rule));
    }
    QCOMPARE(got,
        (QStringList { u"annual_report 25/11 annual_report"_s,
            u"award_dossier 15/09 award_dossier"_s,
            u"final_review 30/09/2030 stage_review"_s,
            u"lifelong_learning_week 01/10–07/10 lifelong_learning_week"_s,
            u"midterm_dossier 15/08/2025 award_dossier"_s,
            u"midterm_review 30/09/2025 stage_review"_s,
            u"reading_day 21/04 reading_day"_s }));
}

void TestCalendar::yearItems()
{
    const QSqlDatabase c = m_db->connection();
    Collective literature { 0, CollectiveKind::SubjectGroup, u"Tổ Ngữ văn"_s, 0, 0, 0, true };
    QVERIFY(CollectiveRepository(c).insert(literature).ok());
    Collective math { 0, CollectiveKind::SubjectGroup, u"Tổ Toán"_s, 0, 0, 0, true };
    QVERIFY(CollectiveRepository(c).insert(math).ok());
    Collective cls { 0, CollectiveKind::Class, u"10A1"_s, 0, m_year, 10, true };
    QVERIFY(CollectiveRepository(c).insert(cls).ok());
    const qint64 teacher = addPerson(u"Nguyễn Thị Hoa"_s, PersonKind::Staff, literature.id);
    addPerson(u"Lê Văn Nam"_s, PersonKind::Staff, math.id);
    for (const QString& name : { u"Trần An"_s, u"Phạm Bình"_s, u"Võ Chi"_s })
        addPerson(name, PersonKind::Student, cls.id);
    QVERIFY(test::setCdht(c, teacher, m_year, u"dat"_s));
    QVERIFY(ActivityService(c).addModel(LearningModel { 0, m_year, math.id, u"Mô hình"_s, {}, {} }).ok());
    const QStringList sections { u"noi_bat"_s, u"ton_tai"_s, u"nguyen_nhan"_s, u"kien_nghi"_s };
    for (const QString& key : sections)
        QVERIFY(ReportTextService(c).save(ReportPeriod::annual(2024), *ReportTextSections::fromKey(key), u"Đã viết"_s));

    auto items = service().year(2024, QDate(2024, 11, 13));
    QVERIFY2(items.ok(), qPrintable(items.ok() ? QString() : items.error().message));
    QStringList got;
    for (const CalendarItem& item : std::as_const(*items)) {
        got << u"%1 %2 [%3] %4"_s.arg(
            item.span.start.toString(Qt::ISODate), item.entry.key, item.dueText(), item.concerns);
        for (const QString& m : item.missing)
            got << u"  "_s + m;
    }
    QCOMPARE(got,
        (QStringList { u"2024-09-15 award_dossier [done] 2023-2024"_s, // 2023-2024 is not stored: nothing to check
            u"2024-10-01 lifelong_learning_week [37 days overdue] 2024-2025"_s,
            u"  No activity “Tuần lễ hưởng ứng học tập suốt đời” recorded in 2024-2025 yet"_s,
            u"2024-11-25 annual_report [12 days left] 2024-2025"_s,
            u"  1 staff have no Learning citizen result yet"_s,
            u"  3 students have no Learning citizen result yet"_s,
            u"  Tổ Ngữ văn has no learning model this year"_s,
            u"  The annual report 2024-2025 has no section “Phương hướng, nhiệm vụ” yet"_s,
            u"2025-04-21 reading_day [159 days left] 2024-2025"_s,
            u"  No activity “Ngày Sách và Văn hóa đọc Việt Nam” recorded in 2024-2025 yet"_s,
            u"2025-08-15 midterm_dossier [275 days left] 2024-2025"_s,
            u"  No council meeting on awards in 2024-2025 yet"_s }));
}

void TestCalendar::awardDossierConcernsPreviousYear()
{
    QVERIFY(SchoolRepository(m_db->connection()).ensureYear(2025).ok());
    auto items = service().year(2025, QDate(2025, 9, 1));
    QVERIFY(items.ok());
    QStringList got;
    for (const CalendarItem& item : std::as_const(*items)) {
        if (item.entry.key == u"award_dossier"_s || item.entry.key == u"midterm_review"_s)
            got << u"%1 %2: %3"_s.arg(item.entry.key, item.concerns, item.missing.join(u"; "_s));
    }
    QCOMPARE(got,
        (QStringList { u"award_dossier 2024-2025: No council meeting on awards in 2024-2025 yet"_s,
            u"midterm_review 2023–2025: The review report 2023–2025 has none of its judgement sections written yet"_s }));
}

void TestCalendar::setDates()
{
    QVERIFY(service().setDates(u"annual_report"_s, 12, 5));
    QVERIFY(service().setDates(u"lifelong_learning_week"_s, 10, 2, 10, 8));
    auto items = service().year(2024, QDate(2024, 9, 1));
    QVERIFY(items.ok());
    QStringList got;
    for (const CalendarItem& item : std::as_const(*items)) {
        if (item.entry.key == u"annual_report"_s || item.entry.key == u"lifelong_learning_week"_s)
            got << u"%1 %2–%3"_s.arg(
                item.entry.key, item.span.start.toString(Qt::ISODate), item.span.end.toString(Qt::ISODate));
    }
    QCOMPARE(got,
        (QStringList { u"lifelong_learning_week 2024-10-02–2024-10-08"_s, u"annual_report 2024-12-05–2024-12-05"_s }));
    QVERIFY(service().setDates(u"lifelong_learning_week"_s, 10, 1)); // one day now
    QCOMPARE((*service().entries())[3].endMonth, 0);
}

void TestCalendar::refusedDates_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("endMonth");
    QTest::addColumn<int>("endDay");
    QTest::addColumn<QString>("message");
    QTest::newRow("31/04") << u"annual_report"_s << 4 << 31 << 0 << 0
                           << u"“Báo cáo kết quả thực hiện Phong trào thi đua”: 31/4 is not a day of the year."_s;
    QTest::newRow("month 0") << u"annual_report"_s << 0 << 5 << 0 << 0
                             << u"“Báo cáo kết quả thực hiện Phong trào thi đua”: 5/0 is not a day of the year."_s;
    QTest::newRow("bad end") << u"lifelong_learning_week"_s << 10 << 1 << 10 << 32
                             << u"“Tuần lễ hưởng ứng học tập suốt đời”: the last day 32/10 is not a day of the year."_s;
    QTest::newRow("29/02 of 2025") << u"midterm_dossier"_s << 2 << 29 << 0 << 0
                                   << u"“Hồ sơ đề nghị khen thưởng sơ kết giai đoạn 2023–2025”: 29/2/2025 is not a "
                                      "date."_s;
    QTest::newRow("unknown") << u"nothing"_s << 1 << 1 << 0 << 0 << u"The calendar has no entry “nothing”."_s;
}

void TestCalendar::refusedDates()
{
    QFETCH(QString, key);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(int, endMonth);
    QFETCH(int, endDay);
    const QString before = dump();
    auto done = service().setDates(key, month, day, endMonth, endDay);
    QVERIFY(!done);
    QTEST(done.error().message, "message");
    QCOMPARE(dump(), before);
}

void TestCalendar::ownEntries()
{
    CalendarEntry e;
    e.name = u"  Họp phụ huynh   đầu năm "_s;
    e.month = 9;
    e.day = 20;
    e.rule = CalendarEntry::Rule::AnnualReport; // a school's own entry checks nothing
    auto key = service().add(e);
    QVERIFY(key.ok());
    QCOMPARE(*key, u"custom_1"_s);
    auto stored = service().entries();
    const auto it =
        std::find_if(stored->cbegin(), stored->cend(), [](const CalendarEntry& x) { return x.key == u"custom_1"_s; });
    QVERIFY(it != stored->cend());
    QCOMPARE(it->name, u"Họp phụ huynh đầu năm"_s);
    QCOMPARE(it->rule, CalendarEntry::Rule::None);
    QVERIFY(!it->builtin);
    QCOMPARE(*service().add(e), u"custom_2"_s);
    QVERIFY(service().remove(u"custom_1"_s));
    QCOMPARE(*service().add(e), u"custom_1"_s);

    const QString before = dump();
    auto builtin = service().remove(u"annual_report"_s);
    QVERIFY(!builtin);
    QCOMPARE(builtin.error().message,
        u"“Báo cáo kết quả thực hiện Phong trào thi đua” is one of the program's own entries: change its date instead "
        "of removing it."_s);
    CalendarEntry nameless = e;
    nameless.name = u"   "_s;
    auto refused = service().add(nameless);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message, u"A calendar entry needs a name."_s);
    QCOMPARE(dump(), before);
}

void TestCalendar::parseDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year"); // of the entry: 0 every year
    QTest::addColumn<QString>("dates"); // datesText after parsing, or the problem
    QTest::newRow("day/month") << u"25/11"_s << 0 << u"25/11"_s;
    QTest::newRow("no zeros, spaces") << u" 5 / 12 "_s << 0 << u"05/12"_s;
    QTest::newRow("span, hyphen") << u"1/10-7/10"_s << 0 << u"01/10–07/10"_s;
    QTest::newRow("span, en dash") << u"01/10 – 07/10"_s << 0 << u"01/10–07/10"_s;
    QTest::newRow("one-off keeps its year") << u"31/08"_s << 2025 << u"31/08/2025"_s;
    QTest::newRow("one-off, new year") << u"30/09/2026"_s << 2025 << u"30/09/2026"_s;
    QTest::newRow("year on a yearly entry")
        << u"25/11/2024"_s << 0 << u"“Báo cáo” comes every year: write its date without a year (25/11)."_s;
    QTest::newRow("not a date") << u"25-11"_s << 0
                                << u"“25-11”: write the date as day/month (25/11), a span as 01/10–07/10."_s;
    QTest::newRow("empty") << QString() << 0 << u"“”: write the date as day/month (25/11), a span as 01/10–07/10."_s;
}

void TestCalendar::parseDates()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    CalendarEntry e;
    e.name = u"Báo cáo"_s;
    e.day = 1;
    e.month = 1;
    e.year = year;
    const CalendarEntry before = e;
    const QString problem = CalendarDate::parseDates(text, &e);
    if (!problem.isEmpty())
        QCOMPARE(e, before);
    QTEST(problem.isEmpty() ? CalendarDate::datesText(e) : problem, "dates");
}

void TestCalendar::updateAllOrNothing()
{
    CalendarEntries entries = *service().entries();
    entries[0].day = 5; // annual_report: 05/11
    entries[0].month = 11;
    entries[1].day = 31; // award_dossier: 31/09 does not exist
    const QString before = dump();
    auto refused = service().updateAll(entries);
    QVERIFY(!refused);
    QCOMPARE(
        refused.error().message, u"“Hồ sơ đề nghị khen thưởng Phong trào thi đua”: 31/9 is not a day of the year."_s);
    QCOMPARE(dump(), before);
    entries[1].day = 10;
    entries[1].name = u"  Hồ sơ   khen thưởng "_s;
    QVERIFY(service().updateAll(entries));
    const CalendarEntries stored = *service().entries();
    QCOMPARE(CalendarDate::datesText(stored[0]), u"05/11"_s);
    QCOMPARE(CalendarDate::datesText(stored[1]), u"10/09"_s);
    QCOMPARE(stored[1].name, u"Hồ sơ khen thưởng"_s);
    QCOMPARE(stored[1].rule, CalendarEntry::Rule::AwardDossier); // the rule stays
}

QTEST_GUILESS_MAIN(TestCalendar)
#include "TestCalendar.moc"
