// The use cases of people (PeopleService) and their plain reads (PeopleQuery): a person added into their unit, moved
// to another, marked as left and back, removed and put back with every membership, and a code taken by someone
// else caught before saving.
#include "core/db/Database.h"
#include "core/db/Sql.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PeopleQuery.h"
#include "core/people/PeopleService.h"
#include "core/school/SchoolRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace thidua;

class TestPeopleService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addMoveLeaveAndBack();
    void removeAndRestore();
    void removePersonAddedByMistake();
    void removePersonRefused_data();
    void removePersonRefused();
    void checkFindsATakenCode();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_yearId = 0;
    Collective m_math;
    Collective m_literature;
};

void TestPeopleService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("t.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    auto year = SchoolRepository(m_db->connection()).ensureYear(2025);
    QVERIFY(year.ok());
    m_yearId = year->id;
    CollectiveRepository collectives(m_db->connection());
    m_math = Collective { 0, CollectiveKind::SubjectGroup, QStringLiteral("Toán"), 0, 0, 0, true };
    m_literature = Collective { 0, CollectiveKind::SubjectGroup, QStringLiteral("Ngữ văn"), 0, 0, 0, true };
    QVERIFY(collectives.insert(m_math).ok());
    QVERIFY(collectives.insert(m_literature).ok());
}

void TestPeopleService::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestPeopleService::addMoveLeaveAndBack()
{
    PeopleService service(m_db->connection());
    const PeopleQuery query(m_db->connection());
    Person p;
    p.setFullName(QStringLiteral("Nguyễn Văn An"));
    auto id = service.add(p, { m_yearId, m_math.id, Membership::Role::Member });
    QVERIFY(id.ok());
    QCOMPARE(query.memberships(m_yearId)->size(), 1);
    QCOMPARE(service.placement(*id, m_yearId)->collectiveId, m_math.id);

    QVERIFY(service.update(p, { m_yearId, m_literature.id, Membership::Role::Head }).ok());
    const Memberships now = *query.membershipsOfPerson(*id);
    QCOMPARE(now.size(), 1); // one unit per year: moved, not added
    QCOMPARE(now.constFirst().collectiveId, m_literature.id);
    QCOMPARE(now.constFirst().role, Membership::Role::Head);

    QVERIFY(service.setLeftOn(*id, QDate(2026, 5, 31)).ok());
    QCOMPARE(query.person(*id)->activeTo, QDate(2026, 5, 31));
    QCOMPARE(*query.count({ std::nullopt, true }), 0);
    QCOMPARE(*query.count({ PersonKind::Staff, false }), 1);
    QVERIFY(service.setLeftOn(*id, QDate()).ok());
    QVERIFY(!query.person(*id)->activeTo.isValid());
    QCOMPARE(query.people({ std::nullopt, true })->size(), 1);
    QVERIFY(!service.setLeftOn(*id + 100, QDate(2026, 5, 31)).ok());
}

void TestPeopleService::removeAndRestore()
{
    PeopleService service(m_db->connection());
    const PeopleQuery query(m_db->connection());
    Person p;
    p.setFullName(QStringLiteral("Lê Thị Hoa"));
    auto id = service.add(p, { m_yearId, m_math.id, Membership::Role::Member });
    QVERIFY(id.ok());
    auto snapshot = service.remove(*id);
    QVERIFY(snapshot.ok());
    QCOMPARE(query.person(*id).error().code, Error::Code::NotFound);
    QCOMPARE(query.memberships(m_yearId)->size(), 0);
    QVERIFY(service.restore(*snapshot).ok());
    QCOMPARE(query.person(*id)->fullName(), QStringLiteral("Lê Thị Hoa"));
    QCOMPARE(query.membershipsOfPerson(*id)->size(), 1);
}

// Issue 13, point 16: a person added by mistake can be deleted, with their unit, and put back (undo).
void TestPeopleService::removePersonAddedByMistake()
{
    PeopleService service(m_db->connection());
    const PeopleQuery query(m_db->connection());
    Person p;
    p.setFullName(QStringLiteral("Đỗ Văn Nhầm"));
    auto id = service.add(p, { m_yearId, m_math.id, Membership::Role::Member });
    QVERIFY(id.ok());
    auto removed = service.removePerson(*id);
    QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error().message));
    QCOMPARE(query.person(*id).error().code, Error::Code::NotFound);
    QCOMPARE(query.memberships(m_yearId)->size(), 0);
    QVERIFY(service.restore(*removed).ok());
    QCOMPARE(query.person(*id)->fullName(), QStringLiteral("Đỗ Văn Nhầm"));
    QCOMPARE(service.placement(*id, m_yearId)->collectiveId, m_math.id);
    // Someone else's id, or one that is gone.
    QVERIFY(service.removePerson(*id).ok());
    QCOMPARE(service.removePerson(*id).error().code, Error::Code::NotFound);
}

void TestPeopleService::removePersonRefused_data()
{
    // SQL that makes something refer to the person (?1 their id, ?2 the year's id), and the word the refusal names.
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("named");
    QTest::newRow("council seat") << QStringLiteral(
        "INSERT INTO council_member (school_year_id, person_id, role) VALUES (?2, ?1, 'member')")
                                  << QStringLiteral("council");
    QTest::newRow("school leader") << QStringLiteral(
        "INSERT INTO school_leader (role, full_name, title, person_id) VALUES ('deputy', 'X', 'Phó Hiệu trưởng', ?1)")
                                   << QStringLiteral("leaders");
    QTest::newRow("restriction") << QStringLiteral(
        "INSERT INTO person_restriction (person_id, kind, start_date) VALUES (?1, 'discipline', '2025-10-01')")
                                 << QStringLiteral("restriction");
    QTest::newRow("another year") << QStringLiteral(
        "INSERT INTO membership (person_id, collective_id, school_year_id) VALUES (?1, "
        "(SELECT id FROM collective WHERE name = 'Ngữ văn'), (SELECT id FROM school_year WHERE start_year = 2024))")
                                  << QStringLiteral("school year");
    QTest::newRow("head of the tổ") << QStringLiteral("UPDATE membership SET role = 'head' WHERE person_id = ?1")
                                    << QStringLiteral("head");
}

void TestPeopleService::removePersonRefused()
{
    QFETCH(QString, sql);
    QFETCH(QString, named);
    QVERIFY(SchoolRepository(m_db->connection()).ensureYear(2024).ok());
    PeopleService service(m_db->connection());
    const PeopleQuery query(m_db->connection());
    Person p;
    p.setFullName(QStringLiteral("Phan Thị Lâu"));
    auto id = service.add(p, { m_yearId, m_math.id, Membership::Role::Member });
    QVERIFY(id.ok());
    QString statement = sql;
    statement.replace(QStringLiteral("?1"), QString::number(*id))
        .replace(QStringLiteral("?2"), QString::number(m_yearId));
    QVERIFY(Sql::exec(m_db->connection(), statement).ok());

    auto removed = service.removePerson(*id);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, Error::Code::Validation);
    QVERIFY2(removed.error().message.contains(QStringLiteral("Phan Thị Lâu")), qPrintable(removed.error().message));
    QVERIFY2(removed.error().message.contains(named), qPrintable(removed.error().message));
    // Nothing changed.
    QCOMPARE(query.person(*id)->fullName(), QStringLiteral("Phan Thị Lâu"));
    QVERIFY(query.membershipsOfPerson(*id)->size() >= 1);
}

void TestPeopleService::checkFindsATakenCode()
{
    PeopleService service(m_db->connection());
    const PeopleQuery query(m_db->connection());
    Person first;
    first.setFullName(QStringLiteral("Trần Văn Bình"));
    first.code = QStringLiteral("GV01");
    QVERIFY(service.add(first, {}).ok());
    Person second;
    second.setFullName(QStringLiteral("Phạm Thị Cúc"));
    second.code = QStringLiteral("GV01");
    const auto problems = query.check(second, QDate(2025, 11, 20));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, PersonValidator::Field::Code);
    second.code = QStringLiteral("GV02");
    QVERIFY(query.check(second, QDate(2025, 11, 20)).isEmpty());
    QCOMPARE(query.schoolYear(2025)->id, m_yearId);
    QCOMPARE(query.schoolYear(2031)->id, qint64(0));
}

QTEST_GUILESS_MAIN(TestPeopleService)
#include "TestPeopleService.moc"
