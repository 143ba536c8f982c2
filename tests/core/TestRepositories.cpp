// Records: people, collectives and memberships, the school profile, years and council, the demo school.
#include "core/db/Database.h"
#include "core/db/Sql.h"
#include "core/demo/DemoSchool.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PersonOrder.h"
#include "core/people/PersonRepository.h"
#include "core/people/PersonValidator.h"
#include "core/school/CouncilComposition.h"
#include "core/school/CouncilService.h"
#include "core/school/SchoolQuery.h"
#include "core/school/SchoolRepository.h"
#include "core/school/SchoolService.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void personRoundTrip();
    void inputIsStoredNfc();
    void duplicateCodeIsRefused();
    void validation_data();
    void validation();
    void deactivateKeepsHistory();
    void collectivesAndMemberships();
    void schoolProfileAndLeaders();
    void schoolYears_data();
    void schoolYears();
    void council();
    void councilMembersKeepTheirRows();
    void councilComposition_data();
    void councilComposition();
    void previousCouncil();
    void schoolService();
    void demoSchool();
    void demoSchoolRefusesNonEmptyDatabase();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("t.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

void TestRepositories::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestRepositories::personRoundTrip()
{
    PersonRepository repo(m_db->connection());
    Person p;
    p.kind = PersonKind::Student;
    p.setFullName(QStringLiteral("Tôn Nữ Thị Minh Khai"));
    p.gender = Gender::Female;
    p.birthDate = PartialDate(QDate(2009, 3, 6));
    p.code = QStringLiteral("7920000001");
    p.activeFrom = QDate(2024, 9, 5);
    auto id = repo.insert(p);
    QVERIFY(id.ok());
    QVERIFY(*id > 0);
    auto loaded = repo.get(*id);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->fullName(), p.fullName());
    QCOMPARE(loaded->givenName, QStringLiteral("Khai"));
    QCOMPARE(loaded->kind, PersonKind::Student);
    QCOMPARE(loaded->gender, Gender::Female);
    QCOMPARE(loaded->birthDate, PartialDate(QDate(2009, 3, 6)));
    QCOMPARE(loaded->activeFrom, QDate(2024, 9, 5));
    QVERIFY(!loaded->activeTo.isValid());

    loaded->position = QStringLiteral("Lớp trưởng");
    loaded->birthDate = PartialDate::yearOnly(2008);
    QVERIFY(repo.update(*loaded));
    auto again = repo.findByCode(QStringLiteral("7920000001"));
    QVERIFY(again.ok());
    QCOMPARE(again->position, QStringLiteral("Lớp trưởng"));
    QCOMPARE(again->birthDate.toIso(), QStringLiteral("2008"));
    QCOMPARE(repo.findByCode(QStringLiteral("none"))->id, 0);
    QCOMPARE(repo.get(9999).error().code, Error::Code::NotFound);
}

void TestRepositories::inputIsStoredNfc()
{
    PersonRepository repo(m_db->connection());
    Person p;
    // Decomposed input (as macOS and some old tools produce), with stray spaces.
    p.setFullName(QStringLiteral("  Nguyễn   Thị  Hoà ").normalized(QString::NormalizationForm_D));
    p.position = QStringLiteral("Giáo viên").normalized(QString::NormalizationForm_D);
    QVERIFY(repo.insert(p).ok());
    auto stored = Sql::scalar(m_db->connection(),
        QStringLiteral("SELECT family_name || '|' || middle_name || '|' || "
                       "given_name || '|' || position FROM person"));
    QVERIFY(stored.ok());
    QCOMPARE(stored->toString(), QStringLiteral("Nguyễn|Thị|Hoà|Giáo viên"));
    QCOMPARE(stored->toString(), stored->toString().normalized(QString::NormalizationForm_C));
}

void TestRepositories::duplicateCodeIsRefused()
{
    PersonRepository repo(m_db->connection());
    Person a;
    a.setFullName(QStringLiteral("Lê Văn Tám"));
    a.code = QStringLiteral("GV01");
    QVERIFY(repo.insert(a).ok());
    Person b;
    b.setFullName(QStringLiteral("Trần Văn Chín"));
    b.code = QStringLiteral("GV01");
    const auto problems = PersonValidator::validate(b, QDate(2026, 11, 23), &repo);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].field, PersonValidator::Field::Code);
    QVERIFY(problems[0].message.contains(QStringLiteral("Lê Văn Tám")));
    // The database refuses it too, and nothing is stored.
    QVERIFY(!repo.insert(b).ok());
    QCOMPARE(*repo.count({}), 1);
    // Editing a person keeps their own code.
    QVERIFY(PersonValidator::validate(a, QDate(2026, 11, 23), &repo).isEmpty());
}

void TestRepositories::validation_data()
{
    QTest::addColumn<QString>("fullName");
    QTest::addColumn<QString>("birth");
    QTest::addColumn<bool>("student");
    QTest::addColumn<int>("field"); // -1: valid
    QTest::newRow("valid staff") << "Phạm Thị Thu Hằng"
                                 << "12/08/1985" << false << -1;
    QTest::newRow("valid student, year only") << "Đỗ Đức"
                                              << "2010" << true << -1;
    QTest::newRow("empty name") << "   "
                                << "" << false << int(PersonValidator::Field::FullName);
    QTest::newRow("digits in name") << "Nguyễn Văn 3"
                                    << "" << false << int(PersonValidator::Field::FullName);
    QTest::newRow("staff born last year") << "Lý Thị Mai"
                                          << "01/01/2025" << false << int(PersonValidator::Field::BirthDate);
    QTest::newRow("born in 1890") << "Lý Thị Mai"
                                  << "01/01/1890" << false << int(PersonValidator::Field::BirthDate);
}

void TestRepositories::validation()
{
    QFETCH(QString, fullName);
    QFETCH(QString, birth);
    QFETCH(bool, student);
    QFETCH(int, field);
    Person p;
    p.kind = student ? PersonKind::Student : PersonKind::Staff;
    p.setFullName(fullName);
    p.birthDate = PartialDate::fromUserText(birth);
    PersonValidator::clean(p);
    const auto problems = PersonValidator::validate(p, QDate(2026, 11, 23), nullptr);
    if (field < 0) {
        QVERIFY(problems.isEmpty());
    } else {
        QVERIFY(!problems.isEmpty());
        QCOMPARE(int(problems[0].field), field);
    }
}

void TestRepositories::deactivateKeepsHistory()
{
    PersonRepository repo(m_db->connection());
    Person p;
    p.setFullName(QStringLiteral("Võ Thị Sáu"));
    QVERIFY(repo.insert(p).ok());
    QVERIFY(repo.deactivate(p.id, QDate(2026, 6, 30)));
    QCOMPARE(*repo.count({ std::nullopt, true }), 0);
    QCOMPARE(*repo.count({}), 1);
    QCOMPARE(repo.get(p.id)->activeTo, QDate(2026, 6, 30));
    QVERIFY(!repo.get(p.id)->isActiveOn(QDate(2026, 7, 1)));
    QVERIFY(repo.reactivate(p.id));
    QCOMPARE(*repo.count({ std::nullopt, true }), 1);
}

void TestRepositories::collectivesAndMemberships()
{
    SchoolRepository school(m_db->connection());
    CollectiveRepository repo(m_db->connection());
    PersonRepository people(m_db->connection());
    auto y1 = school.ensureYear(2024);
    auto y2 = school.ensureYear(2025);
    QVERIFY(y1.ok() && y2.ok());
    Collective math { 0, CollectiveKind::SubjectGroup, QStringLiteral("Toán"), 0, 0, 0, true };
    QVERIFY(repo.insert(math).ok());
    Collective c2024 { 0, CollectiveKind::Class, QStringLiteral("10A1"), 0, y1->id, 10, true };
    Collective c2025 { 0, CollectiveKind::Class, QStringLiteral("10A1"), 0, y2->id, 10, true };
    QVERIFY(repo.insert(c2024).ok());
    QVERIFY(repo.insert(c2025).ok()); // the same class name in another year is another class
    Collective again { 0, CollectiveKind::Class, QStringLiteral("10A1"), 0, y2->id, 10, true };
    QVERIFY(!repo.insert(again).ok());
    Collective lasting { 0, CollectiveKind::SubjectGroup, QStringLiteral("Toán"), 0, 0, 0, true };
    QVERIFY(!repo.insert(lasting).ok()); // a lasting tổ name is unique too

    QCOMPARE(repo.list(y1->id)->size(), 2); // Toán + 2024's 10A1
    QCOMPARE(repo.list()->size(), 3);
    QCOMPARE(repo.find(CollectiveKind::Class, QStringLiteral(" 10A1 "), y2->id)->id, c2025.id);
    QCOMPARE(repo.find(CollectiveKind::Class, QStringLiteral("10A2"), y2->id)->id, 0);

    Person p;
    p.setFullName(QStringLiteral("Nguyễn Văn An"));
    QVERIFY(people.insert(p).ok());
    Membership m { 0, p.id, math.id, y1->id, Membership::Role::Member };
    QVERIFY(repo.addMember(m).ok());
    Membership head { 0, p.id, math.id, y1->id, Membership::Role::Head };
    QVERIFY(repo.addMember(head).ok()); // same person, collective and year: the role is updated
    QCOMPARE(head.id, m.id);
    auto members = repo.memberships(y1->id);
    QCOMPARE(members->size(), 1);
    QCOMPARE(members->constFirst().role, Membership::Role::Head);
    QCOMPARE(repo.memberships(y2->id)->size(), 0);
}

void TestRepositories::schoolProfileAndLeaders()
{
    SchoolRepository repo(m_db->connection());
    SchoolProfile profile;
    profile.fullName = QStringLiteral("Trường Mầm non Hương Sen");
    profile.governingBody = QStringLiteral("UBND quận Gò Vấp");
    profile.abbreviation = QStringLiteral("MNgS");
    profile.placeName = QStringLiteral("Gò Vấp");
    profile.leaders << SchoolLeader {
        0, SchoolLeader::Role::Deputy, QStringLiteral("Lê Thị B"), QStringLiteral("Phó Hiệu trưởng"), 0
    } << SchoolLeader { 0, SchoolLeader::Role::Head, QStringLiteral("Trần Thị A"), QStringLiteral("Hiệu trưởng"), 0 };
    QVERIFY(repo.saveProfile(profile));
    auto loaded = repo.profile();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->abbreviation, QStringLiteral("MNgS"));
    QCOMPARE(loaded->placeName, QStringLiteral("Gò Vấp"));
    QCOMPARE(loaded->leaders.size(), 2);
    QCOMPARE(loaded->leaders[0].role, SchoolLeader::Role::Head); // the head comes first
    QCOMPARE(loaded->leaders[0].fullName, QStringLiteral("Trần Thị A"));
    QVERIFY(loaded->setField(QStringLiteral("place_name"), QStringLiteral("Hà Nội")));
    QVERIFY(!loaded->setField(QStringLiteral("nonsense"), QStringLiteral("x")));
    QCOMPARE(loaded->field(QStringLiteral("place_name")), QStringLiteral("Hà Nội"));
}

void TestRepositories::schoolYears_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("startYear");
    QTest::newRow("plain") << "2024-2025" << 2024;
    QTest::newRow("spaces and en dash") << " 2024 – 2025 " << 2024;
    QTest::newRow("slash") << "2023/2024" << 2023;
    QTest::newRow("not consecutive") << "2024-2026" << 0;
    QTest::newRow("single year") << "2024" << 0;
    QTest::newRow("words") << "năm học" << 0;
}

void TestRepositories::schoolYears()
{
    QFETCH(QString, text);
    QFETCH(int, startYear);
    QCOMPARE(SchoolYear::parseStartYear(text), startYear);
    if (startYear == 0)
        return;
    SchoolRepository repo(m_db->connection());
    auto year = repo.ensureYear(startYear);
    QVERIFY(year.ok());
    QCOMPARE(year->name(), QStringLiteral("%1-%2").arg(startYear).arg(startYear + 1));
    QCOMPARE(repo.ensureYear(startYear)->id, year->id); // not created twice
    QVERIFY(year->contains(QDate(startYear, 11, 20)));
}

namespace {
// People "Hoàng Văn A", "… B", … inserted as staff; returns their ids.
QList<qint64> addPeople(Database& db, int count)
{
    QList<qint64> ids;
    PersonRepository people(db.connection());
    for (int i = 0; i < count; ++i) {
        Person p;
        p.setFullName(QStringLiteral("Hoàng Văn %1").arg(QChar(char16_t(u'A' + i))));
        if (!people.insert(p))
            return {};
        ids << p.id;
    }
    return ids;
}

QList<qint64> idsOf(const CouncilMembers& members)
{
    QList<qint64> ids;
    for (const CouncilMember& m : members)
        ids << m.id;
    return ids;
}
} // namespace

void TestRepositories::council()
{
    auto year = SchoolService(m_db->connection()).ensureYear(2025);
    QVERIFY(year.ok());
    const QList<qint64> people = addPeople(*m_db, 3);
    QCOMPARE(people.size(), 3);
    CouncilMembers members;
    const QList<CouncilMember::Role> roles {
        CouncilMember::Role::Chair, CouncilMember::Role::Secretary, CouncilMember::Role::Member
    };
    for (int i = 0; i < roles.size(); ++i)
        members << CouncilMember { 0, year->id, people[i], roles[i], QStringLiteral("Giáo viên"), 0 };
    CouncilService service(m_db->connection(), QDate(2025, 11, 20));
    QVERIFY(service.setCouncil(year->id, members));
    auto loaded = service.council(year->id);
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
    QCOMPARE(loaded->size(), 3);
    QCOMPARE(loaded->at(1).role, CouncilMember::Role::Secretary);
    // A person cannot sit twice in one year's council; the old council stays as it was.
    CouncilMembers twice = *loaded;
    twice << members[0];
    QVERIFY(!service.setCouncil(year->id, twice));
    QCOMPARE(idsOf(*service.council(year->id)), idsOf(*loaded));
}

void TestRepositories::councilMembersKeepTheirRows()
{
    auto year = SchoolService(m_db->connection()).ensureYear(2025);
    QVERIFY(year.ok());
    const QList<qint64> people = addPeople(*m_db, 4);
    QCOMPARE(people.size(), 4);
    const QDate november(2025, 11, 20);
    const QDate january(2026, 1, 15);
    CouncilService atNovember(m_db->connection(), november);
    CouncilService atJanuary(m_db->connection(), january);
    CouncilMembers first {
        { 0, 0, people[0], CouncilMember::Role::Chair, QStringLiteral("Hiệu trưởng"), 0 },
        { 0, 0, people[1], CouncilMember::Role::Secretary, QString(), 0 },
        { 0, 0, people[2], CouncilMember::Role::Member, QStringLiteral("Tổ trưởng tổ Toán"), 0 },
    };
    auto saved = atNovember.setCouncil(year->id, first);
    QVERIFY(saved.ok());
    const QList<qint64> ids = idsOf(*saved);
    QVERIFY(!ids.contains(0));
    QCOMPARE(saved->at(0).joinedOn, november); // added while the year runs

    // Editing a role and the order keeps every id.
    CouncilMembers edited = *saved;
    edited[2].role = CouncilMember::Role::ViceChair;
    edited.move(2, 1);
    QVERIFY(atNovember.setCouncil(year->id, edited));
    auto now = atNovember.council(year->id);
    QCOMPARE(idsOf(*now), (QList<qint64> { ids[0], ids[2], ids[1] }));
    QCOMPARE(now->at(1).role, CouncilMember::Role::ViceChair);

    // In January the secretary leaves: the row stays with an end date; the November council still has them.
    CouncilMembers without = *now;
    without.removeAt(2);
    QVERIFY(atJanuary.setCouncil(year->id, without));
    QCOMPARE(idsOf(*atJanuary.council(year->id)), (QList<qint64> { ids[0], ids[2] }));
    auto history = SchoolRepository(m_db->connection()).councilHistory(year->id);
    QCOMPARE(history->size(), 3);
    for (const CouncilMember& m : *history) {
        QCOMPARE(m.leftOn, m.id == ids[1] ? january : QDate());
        QVERIFY(m.sitsOn(november));
    }
    QCOMPARE(SchoolQuery(m_db->connection()).council(year->id, november)->size(), 3);
    QCOMPARE(SchoolQuery(m_db->connection()).council(year->id, january)->size(), 2);

    // Adding someone new gets a new row; coming back (the list as it was, an undo) reopens the same row.
    CouncilMembers withNew = *atJanuary.council(year->id);
    withNew << CouncilMember { 0, 0, people[3], CouncilMember::Role::Secretary, QString(), 0 };
    auto added = atJanuary.setCouncil(year->id, withNew);
    QVERIFY(added.ok());
    QVERIFY(!ids.contains(added->constLast().id));
    QVERIFY(atJanuary.setCouncil(year->id, *now)); // back to November's three
    QCOMPARE(idsOf(*atJanuary.council(year->id)), (QList<qint64> { ids[0], ids[2], ids[1] }));
    QVERIFY(atJanuary.setCouncil(year->id, *added)); // redo: the same row for the new member
    QCOMPARE(idsOf(*atJanuary.council(year->id)), idsOf(*added));
    // Someone who left and is added again as a new member sits again, under a new row.
    CouncilMembers again = *atJanuary.council(year->id);
    again << CouncilMember { 0, 0, people[1], CouncilMember::Role::Member, QString(), 0 };
    auto back = atJanuary.setCouncil(year->id, again);
    QVERIFY(back.ok());
    QVERIFY(!ids.contains(back->constLast().id));
    QCOMPARE(SchoolRepository(m_db->connection()).councilHistory(year->id)->size(), 5);
    // A list with ids 0 for people who sit (a council copied over this one) keeps their rows.
    CouncilMembers copied = *atJanuary.council(year->id);
    for (CouncilMember& m : copied)
        m.id = 0;
    QCOMPARE(idsOf(*atJanuary.setCouncil(year->id, copied)), idsOf(*back));
    QCOMPARE(SchoolRepository(m_db->connection()).councilHistory(year->id)->size(), 5);
}

void TestRepositories::councilComposition_data()
{
    using P = CouncilComposition::Problem;
    using Problems = QList<int>;
    QTest::addColumn<QString>("roles"); // c = chair, v = vice chair, s = secretary, m = member; * = same person
    QTest::addColumn<Problems>("expected");
    QTest::newRow("complete") << "cvsmm" << Problems {};
    QTest::newRow("chair and secretary only") << "cs" << Problems {};
    QTest::newRow("empty") << "" << Problems { int(P::Empty) };
    QTest::newRow("no chair") << "vsm" << Problems { int(P::NoChair) };
    QTest::newRow("two chairs") << "ccsm" << Problems { int(P::SeveralChairs) };
    QTest::newRow("no secretary") << "cvm" << Problems { int(P::NoSecretary) };
    QTest::newRow("members only") << "mmm" << Problems { int(P::NoChair), int(P::NoSecretary) };
    QTest::newRow("one person twice") << "cs*" << Problems { int(P::PersonTwice) };
}

void TestRepositories::councilComposition()
{
    QFETCH(QString, roles);
    QFETCH(QList<int>, expected);
    CouncilMembers members;
    for (const QChar c : roles) {
        CouncilMember m;
        m.personId = c == QLatin1Char('*') ? 1 : members.size() + 1;
        m.role = c == QLatin1Char('c') ? CouncilMember::Role::Chair
            : c == QLatin1Char('v')    ? CouncilMember::Role::ViceChair
            : c == QLatin1Char('s')    ? CouncilMember::Role::Secretary
                                       : CouncilMember::Role::Member;
        members << m;
    }
    const auto problems = CouncilComposition::problems(members);
    QList<int> found;
    for (auto problem : problems) {
        found << int(problem);
        QVERIFY(!CouncilComposition::text(problem, members).isEmpty());
    }
    QCOMPARE(found, expected);
}

void TestRepositories::previousCouncil()
{
    SchoolService school(m_db->connection());
    auto y2024 = school.ensureYear(2024);
    auto y2025 = school.ensureYear(2025);
    QVERIFY(y2024.ok() && y2025.ok());
    const QList<qint64> people = addPeople(*m_db, 3);
    CouncilService service(m_db->connection(), QDate(2025, 11, 20));
    QCOMPARE(int(service.previousCouncil(*y2025).error().code), int(Error::Code::NotFound));
    CouncilMembers old {
        { 0, 0, people[0], CouncilMember::Role::Chair, QStringLiteral("Hiệu trưởng"), 0 },
        { 0, 0, people[1], CouncilMember::Role::Secretary, QString(), 0 },
        { 0, 0, people[2], CouncilMember::Role::Member, QString(), 0 },
    };
    auto saved = service.setCouncil(y2024->id, old);
    QVERIFY(saved.ok());
    CouncilMembers left = *saved;
    left.removeLast();
    QVERIFY(service.setCouncil(y2024->id, left));
    auto proposed = service.previousCouncil(*y2025);
    QVERIFY(proposed.ok());
    QCOMPARE(proposed->size(), 2); // who left is not proposed
    QCOMPARE(proposed->at(0).id, 0);
    QCOMPARE(proposed->at(0).schoolYearId, y2025->id);
    QCOMPARE(proposed->at(0).personId, people[0]);
    QCOMPARE(proposed->at(0).title, QStringLiteral("Hiệu trưởng"));
}

void TestRepositories::schoolService()
{
    SchoolService school(m_db->connection());
    SchoolYear year = SchoolYear::standard(2030);
    auto added = school.addYear(year);
    QVERIFY(added.ok());
    QVERIFY(added->id > 0);
    QCOMPARE(int(school.addYear(year).error().code), int(Error::Code::Duplicate)); // the same start again
    // Removing (the undo of adding) and adding again under the same id (its redo).
    QVERIFY(school.removeYear(added->id));
    QCOMPARE(SchoolQuery(m_db->connection()).years()->size(), 0);
    QCOMPARE(school.addYear(*added)->id, added->id);
    // A year in use is kept.
    CollectiveRepository collectives(m_db->connection());
    Collective c { 0, CollectiveKind::Class, QStringLiteral("10A1"), 0, added->id, 10, true };
    QVERIFY(collectives.insert(c).ok());
    QCOMPARE(int(school.removeYear(added->id).error().code), int(Error::Code::Validation));
    QCOMPARE(SchoolQuery(m_db->connection()).years()->size(), 1);

    QVERIFY(school.setProfileField(QStringLiteral("place_name"), QStringLiteral("Gò Vấp")));
    QCOMPARE(SchoolQuery(m_db->connection()).profile()->placeName, QStringLiteral("Gò Vấp"));
    QCOMPARE(int(school.setProfileField(QStringLiteral("nonsense"), QString()).error().code), int(Error::Code::Usage));
}

void TestRepositories::demoSchool()
{
    QVERIFY(DemoSchool::build(m_db->connection(), DemoSchool::Size()));
    PersonRepository people(m_db->connection());
    CollectiveRepository collectives(m_db->connection());
    SchoolRepository school(m_db->connection());
    QVERIFY(*people.count({ PersonKind::Staff }) >= 60);
    QVERIFY(*people.count({ PersonKind::Student }) >= 600);
    auto years = school.years();
    QCOMPARE(years->size(), 2);
    const qint64 lastYear = years->constLast().id;
    int groups = 0, classes = 0;
    for (const Collective& c : *collectives.list(lastYear)) {
        groups += c.kind == CollectiveKind::SubjectGroup;
        classes += c.kind == CollectiveKind::Class;
    }
    QCOMPARE(groups, 8);
    QCOMPARE(classes, 16);
    // Every student at the school now is in exactly one class in the last year (TestDemoSchool checks every year).
    auto all = people.list({ PersonKind::Student, true });
    QSet<qint64> inClass;
    const auto list = *collectives.list(lastYear);
    for (const Membership& m : *collectives.memberships(lastYear)) {
        for (const Collective& c : list) {
            if (c.id == m.collectiveId && c.kind == CollectiveKind::Class) {
                QVERIFY(!inClass.contains(m.personId));
                inClass.insert(m.personId);
            }
        }
    }
    QCOMPARE(inClass.size(), all->size());
    // Plausible Vietnamese names, many different ones.
    QSet<QString> names;
    for (const Person& p : *all) {
        QVERIFY(!p.familyName.isEmpty() && !p.givenName.isEmpty());
        names.insert(p.fullName());
    }
    QVERIFY(names.size() > all->size() / 2);
    auto council = school.council(lastYear);
    QVERIFY(council->size() >= 5);
    QCOMPARE(council->constFirst().role, CouncilMember::Role::Chair);
    QCOMPARE(school.profile()->leaders.size(), 4);
}

void TestRepositories::demoSchoolRefusesNonEmptyDatabase()
{
    PersonRepository people(m_db->connection());
    Person p;
    p.setFullName(QStringLiteral("Nguyễn Văn Một"));
    QVERIFY(people.insert(p).ok());
    QVERIFY(!DemoSchool::build(m_db->connection(), DemoSchool::Size()));
    QCOMPARE(*people.count({}), 1);
    QCOMPARE(SchoolRepository(m_db->connection()).years()->size(), 0);
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "TestRepositories.moc"
