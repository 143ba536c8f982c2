// Công dân học tập results (issue 14, points 2 and 4): the words people type or paste, the service (one result,
// many as one transaction, a NotAssessed result without data removing the row, bad input refused with the database
// unchanged), the members of a class in Vietnamese name order, and people removed and put back with their results.
#include "core/criteria/LearningCitizenQuery.h"
#include "core/criteria/LearningCitizenService.h"
#include "core/db/Database.h"
#include "core/db/Sql.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PeopleQuery.h"
#include "core/people/PeopleService.h"
#include "core/school/SchoolRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace thidua;

using ResultStatus = LearningCitizenResult::Status;
Q_DECLARE_METATYPE(std::optional<thidua::LearningCitizenResult::Status>)

class TestLearningCitizen : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void statusFromText_data();
    void statusFromText();
    void statusKeys();
    void setOneAndBack();
    void notAssessedWithoutDataRemovesTheRow();
    void setManyIsAllOrNothing();
    void badInputRefused_data();
    void badInputRefused();
    void membersInNameOrder();
    void removeAndRestoreKeepResults();
    void removePersonRefusedWithResults();
    void yearWithResultsIsInUse();

private:
    qint64 addStudent(const QString& name, const QDate& birth, const QString& code);
    int rows() const;
    QString dump() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_yearId = 0;
    Collective m_class;
};

void TestLearningCitizen::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("t.sqlite")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    auto year = SchoolRepository(m_db->connection()).ensureYear(2024);
    QVERIFY(year.ok());
    m_yearId = year->id;
    m_class = Collective { 0, CollectiveKind::Class, QStringLiteral("10A1"), 0, m_yearId, 10, true };
    QVERIFY(CollectiveRepository(m_db->connection()).insert(m_class).ok());
}

void TestLearningCitizen::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestLearningCitizen::addStudent(const QString& name, const QDate& birth, const QString& code)
{
    Person p;
    p.kind = PersonKind::Student;
    p.setFullName(name);
    p.birthDate = PartialDate(birth);
    p.code = code;
    auto id = PeopleService(m_db->connection()).add(p, { m_yearId, m_class.id, Membership::Role::Member });
    return id.ok() ? *id : 0;
}

int TestLearningCitizen::rows() const
{
    return Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM cdht_result"))->toInt();
}

// Every stored result, to see that a refused change left the database as it was.
QString TestLearningCitizen::dump() const
{
    auto q = Sql::exec(m_db->connection(),
        QStringLiteral("SELECT person_id, school_year_id, status, ifnull(score, ''), ifnull(assessed_on, ''), note "
                       "FROM cdht_result ORDER BY person_id, school_year_id"));
    QStringList out;
    while (q->next()) {
        QStringList fields;
        for (int i = 0; i < 6; ++i)
            fields << q->value(i).toString();
        out << fields.join(QLatin1Char('|'));
    }
    return out.join(QLatin1Char('\n'));
}

void TestLearningCitizen::statusFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<ResultStatus>>("expected");
    const std::optional<ResultStatus> passed = ResultStatus::Passed;
    const std::optional<ResultStatus> failed = ResultStatus::Failed;
    const std::optional<ResultStatus> none = ResultStatus::NotAssessed;
    const std::optional<ResultStatus> bad;
    QTest::newRow("đạt") << QStringLiteral("đạt") << passed;
    QTest::newRow("Đạt with spaces") << QStringLiteral("  Đạt ") << passed;
    QTest::newRow("ĐẠT") << QStringLiteral("ĐẠT") << passed;
    QTest::newRow("dat") << QStringLiteral("dat") << passed;
    QTest::newRow("đ") << QStringLiteral("đ") << passed;
    QTest::newRow("Đ") << QStringLiteral("Đ") << passed;
    QTest::newRow("d") << QStringLiteral("d") << passed;
    QTest::newRow("x") << QStringLiteral("x") << passed;
    QTest::newRow("X") << QStringLiteral("X") << passed;
    QTest::newRow("1") << QStringLiteral("1") << passed;
    QTest::newRow("decomposed đạt (NFD)") << QStringLiteral("đa\u0323t") << passed;
    QTest::newRow("không đạt") << QStringLiteral("không đạt") << failed;
    QTest::newRow("Không Đạt") << QStringLiteral("Không Đạt") << failed;
    QTest::newRow("khong dat") << QStringLiteral("khong dat") << failed;
    QTest::newRow("chưa đạt") << QStringLiteral("chưa đạt") << failed;
    QTest::newRow("k") << QStringLiteral("k") << failed;
    QTest::newRow("K") << QStringLiteral("K") << failed;
    QTest::newRow("KĐ") << QStringLiteral("KĐ") << failed;
    QTest::newRow("0") << QStringLiteral("0") << failed;
    QTest::newRow("empty") << QString() << none;
    QTest::newRow("blank") << QStringLiteral("   ") << none;
    QTest::newRow("dash") << QStringLiteral("-") << none;
    QTest::newRow("c") << QStringLiteral("c") << none;
    QTest::newRow("chưa") << QStringLiteral("chưa") << none;
    QTest::newRow("Chưa đánh giá") << QStringLiteral("Chưa đánh giá") << none;
    QTest::newRow("tốt") << QStringLiteral("tốt") << bad;
    QTest::newRow("2") << QStringLiteral("2") << bad;
    QTest::newRow("đạt đạt") << QStringLiteral("đạt đạt") << bad;
    QTest::newRow("85") << QStringLiteral("85") << bad;
}

void TestLearningCitizen::statusFromText()
{
    QFETCH(QString, text);
    QFETCH(std::optional<ResultStatus>, expected);
    QCOMPARE(LearningCitizenResult::statusFromText(text), expected);
}

void TestLearningCitizen::statusKeys()
{
    // The keys the migration's CHECK allows.
    QCOMPARE(LearningCitizenResult::statusKey(ResultStatus::Passed), QStringLiteral("dat"));
    QCOMPARE(LearningCitizenResult::statusKey(ResultStatus::Failed), QStringLiteral("khong_dat"));
    QCOMPARE(LearningCitizenResult::statusKey(ResultStatus::NotAssessed), QStringLiteral("chua"));
    QCOMPARE(LearningCitizenResult::statusFromKey(QStringLiteral("khong_dat")), ResultStatus::Failed);
    QVERIFY(!LearningCitizenResult::statusFromKey(QStringLiteral("khong-dat")));
}

void TestLearningCitizen::setOneAndBack()
{
    const qint64 an = addStudent(QStringLiteral("Nguyễn Văn An"), QDate(2009, 3, 6), QStringLiteral("HS01"));
    QVERIFY(an > 0);
    LearningCitizenService service(m_db->connection(), QDate(2025, 6, 1));
    LearningCitizenResult r;
    r.personId = an;
    r.schoolYearId = m_yearId;
    r.status = ResultStatus::Passed;
    r.score = 86;
    r.assessedOn = QDate(2025, 5, 20);
    r.note = QStringLiteral("  Tự đánh giá trên hệ thống  ");
    auto before = service.set(r);
    QVERIFY2(before.ok(), qPrintable(before.ok() ? QString() : before.error().message));
    QCOMPARE(before->id, 0);
    QCOMPARE(before->status, ResultStatus::NotAssessed);
    QCOMPARE(dump(), QStringLiteral("%1|%2|dat|86|2025-05-20|Tự đánh giá trên hệ thống").arg(an).arg(m_yearId));

    r.status = ResultStatus::Failed;
    r.score = 72;
    auto second = service.set(r);
    QVERIFY(second.ok());
    QCOMPARE(second->status, ResultStatus::Passed);
    QCOMPARE(second->score, std::optional<int>(86));
    QCOMPARE(rows(), 1);
    QCOMPARE(dump(), QStringLiteral("%1|%2|khong_dat|72|2025-05-20|Tự đánh giá trên hệ thống").arg(an).arg(m_yearId));

    // Undo as the grid does: what set() returned put back.
    QVERIFY(service.set(*second).ok());
    QCOMPARE(dump(), QStringLiteral("%1|%2|dat|86|2025-05-20|Tự đánh giá trên hệ thống").arg(an).arg(m_yearId));
    QVERIFY(service.set(*before).ok());
    QCOMPARE(rows(), 0);
}

void TestLearningCitizen::notAssessedWithoutDataRemovesTheRow()
{
    const qint64 an = addStudent(QStringLiteral("Nguyễn Văn An"), QDate(2009, 3, 6), QStringLiteral("HS01"));
    LearningCitizenService service(m_db->connection(), QDate(2025, 6, 1));
    LearningCitizenResult r { 0, an, m_yearId, ResultStatus::Passed, std::nullopt, QDate(), QString(), QString() };
    QVERIFY(service.set(r).ok());
    QCOMPARE(rows(), 1);
    r.status = ResultStatus::NotAssessed;
    QVERIFY(service.set(r).ok());
    QCOMPARE(rows(), 0);
    // With a note it is kept, as "chua".
    r.note = QStringLiteral("Chưa nộp minh chứng");
    QVERIFY(service.set(r).ok());
    QCOMPARE(dump(), QStringLiteral("%1|%2|chua|||Chưa nộp minh chứng").arg(an).arg(m_yearId));
}

void TestLearningCitizen::setManyIsAllOrNothing()
{
    const qint64 a = addStudent(QStringLiteral("Nguyễn Văn An"), QDate(2009, 3, 6), QStringLiteral("HS01"));
    const qint64 b = addStudent(QStringLiteral("Trần Thị Bình"), QDate(2009, 7, 1), QStringLiteral("HS02"));
    const qint64 c = addStudent(QStringLiteral("Lê Văn Cường"), QDate(2009, 1, 9), QStringLiteral("HS03"));
    LearningCitizenService service(m_db->connection(), QDate(2025, 6, 1));
    LearningCitizenResults many;
    for (const qint64 id : { a, b, c })
        many << LearningCitizenResult { 0, id, m_yearId, ResultStatus::Passed, std::nullopt, QDate(), {}, {} };
    auto before = service.setMany(many);
    QVERIFY(before.ok());
    QCOMPARE(before->size(), 3);
    QCOMPARE(rows(), 3);
    const QString stored = dump();

    // The second of three has a score out of range: nothing of the three changes.
    for (LearningCitizenResult& r : many)
        r.status = ResultStatus::Failed;
    many[1].score = 101;
    auto refused = service.setMany(many);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Validation);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Trần Thị Bình")), qPrintable(refused.error().message));
    QCOMPARE(dump(), stored);
}

void TestLearningCitizen::badInputRefused_data()
{
    QTest::addColumn<int>("score");
    QTest::addColumn<QDate>("assessedOn");
    QTest::addColumn<bool>("knownPerson");
    QTest::addColumn<bool>("knownYear");
    QTest::addColumn<int>("code");
    QTest::newRow("score -1") << -1 << QDate() << true << true << int(Error::Code::Validation);
    QTest::newRow("score 101") << 101 << QDate() << true << true << int(Error::Code::Validation);
    QTest::newRow("date after today") << 90 << QDate(2025, 6, 2) << true << true << int(Error::Code::Validation);
    QTest::newRow("no such person") << 90 << QDate() << false << true << int(Error::Code::NotFound);
    QTest::newRow("no such year") << 90 << QDate() << true << false << int(Error::Code::NotFound);
}

void TestLearningCitizen::badInputRefused()
{
    QFETCH(int, score);
    QFETCH(QDate, assessedOn);
    QFETCH(bool, knownPerson);
    QFETCH(bool, knownYear);
    QFETCH(int, code);
    const qint64 an = addStudent(QStringLiteral("Nguyễn Văn An"), QDate(2009, 3, 6), QStringLiteral("HS01"));
    LearningCitizenService service(m_db->connection(), QDate(2025, 6, 1));
    LearningCitizenResult r { 0, an, m_yearId, ResultStatus::Passed, 80, QDate(), {}, QStringLiteral("trước") };
    QVERIFY(service.set(r).ok());
    const QString stored = dump();
    r.score = score;
    r.assessedOn = assessedOn;
    r.personId = knownPerson ? an : an + 1000;
    r.schoolYearId = knownYear ? m_yearId : m_yearId + 1000;
    auto refused = service.set(r);
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().code), code);
    QCOMPARE(dump(), stored);
    // Exactly at the bounds it is fine: 0, 100, today.
    r = LearningCitizenResult { 0, an, m_yearId, ResultStatus::Failed, 0, QDate(2025, 6, 1), {}, {} };
    QVERIFY(service.set(r).ok());
    r.score = 100;
    QVERIFY(service.set(r).ok());
}

void TestLearningCitizen::membersInNameOrder()
{
    // Order: tên, then tên đệm, then họ, then date of birth (PersonOrder).
    const qint64 binh = addStudent(QStringLiteral("Trần Văn Bình"), QDate(2009, 1, 1), QStringLiteral("HS01"));
    const qint64 leAn = addStudent(QStringLiteral("Lê Văn An"), QDate(2009, 2, 2), QStringLiteral("HS02"));
    const qint64 nguyenAn = addStudent(QStringLiteral("Nguyễn Thị An"), QDate(2009, 3, 3), QStringLiteral("HS03"));
    const qint64 anh = addStudent(QStringLiteral("Đỗ Thị Ánh"), QDate(2009, 4, 4), QStringLiteral("HS04"));
    const qint64 dung = addStudent(QStringLiteral("Phạm Đức Dũng"), QDate(2009, 5, 5), QStringLiteral("HS05"));
    LearningCitizenService service(m_db->connection(), QDate(2025, 6, 1));
    QVERIFY(service.set({ 0, anh, m_yearId, ResultStatus::Failed, 70, QDate(), {}, {} }).ok());
    const auto members = LearningCitizenQuery(m_db->connection()).members(m_class.id, m_yearId);
    QVERIFY(members.ok());
    QList<qint64> order;
    for (const auto& entry : *members)
        order << entry.person.id;
    QCOMPARE(order, (QList<qint64> { nguyenAn, leAn, anh, binh, dung }));
    QCOMPARE(members->at(2).result.status, ResultStatus::Failed);
    QCOMPARE(members->at(2).result.score, std::optional<int>(70));
    QCOMPARE(members->at(0).result.status, ResultStatus::NotAssessed);
    QCOMPARE(members->at(0).result.id, 0);
}

void TestLearningCitizen::removeAndRestoreKeepResults()
{
    const qint64 an = addStudent(QStringLiteral("Nguyễn Văn An"), QDate(2009, 3, 6), QStringLiteral("HS01"));
    auto older = SchoolRepository(m_db->connection()).ensureYear(2023);
    QVERIFY(older.ok());
    LearningCitizenService service(m_db->connection(), QDate(2025, 6, 1));
    QVERIFY(service.set({ 0, an, m_yearId, ResultStatus::Passed, 91, QDate(2025, 5, 2), QStringLiteral("a.pdf"), {} })
                .ok());
    QVERIFY(service.set({ 0, an, older->id, ResultStatus::Failed, 75, QDate(), {}, QStringLiteral("thiếu") }).ok());
    const QString stored = dump();
    PeopleService people(m_db->connection());
    auto snapshot = people.remove(an);
    QVERIFY(snapshot.ok());
    QCOMPARE(rows(), 0);
    QCOMPARE(snapshot->learningCitizen.size(), 2);
    QVERIFY(people.restore(*snapshot).ok());
    QCOMPARE(dump(), stored);
    QCOMPARE(LearningCitizenQuery(m_db->connection()).result(an, m_yearId)->evidenceRef, QStringLiteral("a.pdf"));
}

void TestLearningCitizen::removePersonRefusedWithResults()
{
    const qint64 an = addStudent(QStringLiteral("Nguyễn Văn An"), QDate(2009, 3, 6), QStringLiteral("HS01"));
    const qint64 binh = addStudent(QStringLiteral("Trần Thị Bình"), QDate(2009, 7, 1), QStringLiteral("HS02"));
    QVERIFY(LearningCitizenService(m_db->connection(), QDate(2025, 6, 1))
                .set({ 0, an, m_yearId, ResultStatus::Passed, std::nullopt, QDate(), {}, {} })
                .ok());
    PeopleService people(m_db->connection());
    auto refused = people.removePerson(an);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Validation);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Công dân học tập")), qPrintable(refused.error().message));
    QCOMPARE(rows(), 1);
    QVERIFY(PeopleQuery(m_db->connection()).person(an).ok());
    // Without results (one membership only) a person added by mistake still goes.
    QVERIFY(people.removePerson(binh).ok());
}

void TestLearningCitizen::yearWithResultsIsInUse()
{
    auto empty = SchoolRepository(m_db->connection()).ensureYear(2030);
    QVERIFY(empty.ok());
    Person p;
    p.setFullName(QStringLiteral("Phạm Văn Đông"));
    auto id = PeopleService(m_db->connection()).add(p, {});
    QVERIFY(id.ok());
    QCOMPARE(*SchoolRepository(m_db->connection()).yearUses(empty->id), 0);
    QVERIFY(LearningCitizenService(m_db->connection(), QDate(2031, 6, 1))
                .set({ 0, *id, empty->id, ResultStatus::Passed, std::nullopt, QDate(), {}, {} })
                .ok());
    QCOMPARE(*SchoolRepository(m_db->connection()).yearUses(empty->id), 1);
}

QTEST_GUILESS_MAIN(TestLearningCitizen)
#include "TestLearningCitizen.moc"
