// Nominations and the council meeting through their services (issue 16, points 3 and 4): every eligibility rule read
// from the records and its override with a reason; recusal of the nominee and of the head of a nominated collective;
// the quorum; two entries of a count accepted only when they agree cell by cell; finalising locks the meeting and
// writes a backup copy; only the chair reopens it, with a reason kept; a decision goes into the award history; no
// ballot table can name a voter. Expected values are written by hand.
#include "core/db/Sql.h"
#include "core/meeting/MeetingQuery.h"
#include "core/meeting/MeetingService.h"
#include "core/meeting/NominationService.h"
#include "tests/support/MeetingFixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using namespace thidua::test;
using namespace Qt::StringLiterals;
using Rule = Eligibility::Rule;

class TestMeetingService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eligibility_data();
    void eligibility();
    void sameFormTwice_data();
    void sameFormTwice();
    void overrideNeedsAReason();
    void recusal();
    void quorumBeforeVoting();
    void doubleEntry();
    void finalizeLocksAndBacksUp();
    void reopenByTheChairOnly();
    void decisionGoesIntoTheHistory();
    void ballotTablesNameNoVoter();

private:
    QSqlDatabase db() const { return m_school.db->connection(); }
    qint64 nominate(
        AwardForm::Subject subject, qint64 id, const QString& form, const QString& period = u"năm học 2024-2025"_s);
    qint64 meetingWith(const QList<qint64>& nominations, int absent);
    static MeetingRules::Tally tally(int issued, int valid, const QList<QPair<int, int>>& votes);
    static QList<int> rules(const QList<Eligibility::Problem>& problems);

    std::unique_ptr<QTemporaryDir> m_dir;
    MeetingSchool m_school;
    const QDateTime m_at { QDate(2025, 5, 20), QTime(14, 0) };
};

void TestMeetingService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_school = makeMeetingSchool(m_dir->filePath(u"school.sqlite"_s));
    QVERIFY(m_school.yearId != 0);
    QCOMPARE(m_school.councilMemberIds.size(), 11);
}

void TestMeetingService::cleanup()
{
    m_school = {};
    m_dir.reset();
}

qint64 TestMeetingService::nominate(AwardForm::Subject subject, qint64 id, const QString& form, const QString& period)
{
    Nomination n;
    n.schoolYearId = m_school.yearId;
    n.subject = subject;
    n.subjectId = id;
    n.formKey = form;
    n.movement = u"Cả nước thi đua xây dựng xã hội học tập"_s;
    n.period = period;
    n.achievement = u"Hoàn thành xuất sắc nhiệm vụ"_s;
    auto added = NominationService(db()).add(n);
    if (!added)
        qWarning() << added.error().message;
    return added ? *added : 0;
}

MeetingRules::Tally TestMeetingService::tally(int issued, int valid, const QList<QPair<int, int>>& votes)
{
    MeetingRules::Tally t { issued, issued, valid, issued - valid, {} };
    for (const auto& [agree, disagree] : votes)
        t.nominees << MeetingRules::Tally::Votes { agree, disagree };
    return t;
}

QList<int> TestMeetingService::rules(const QList<Eligibility::Problem>& problems)
{
    QList<int> out;
    for (const Eligibility::Problem& p : problems)
        out << int(p.rule);
    return out;
}

// A meeting of the fixture's council on m_at with the last `absent` members away, over `nominations`.
qint64 TestMeetingService::meetingWith(const QList<qint64>& nominations, int absent)
{
    MeetingService service(db());
    auto id = service.create({ m_school.yearId, QString(), u"Phòng họp"_s, m_at, {} });
    if (!id) {
        qWarning() << id.error().message;
        return 0;
    }
    for (int i = 0; i < absent; ++i) {
        auto set =
            service.setAttendance(*id, m_school.councilMemberIds[10 - i], false, u"Ốm"_s, u"Đồng ý với các đề nghị"_s);
        if (!set)
            qWarning() << set.error().message;
    }
    auto listed = service.setNominees(*id, nominations);
    if (!listed) {
        qWarning() << listed.error().message;
        return 0;
    }
    return *id;
}

void TestMeetingService::eligibility_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QList<int>>("expected");
    QTest::addColumn<QString>("named"); // a word the first explanation must contain

    QTest::newRow("recognised teacher") << u"ok"_s << QList<int>() << QString();
    QTest::newRow("not a Công dân học tập") << u"not-cdht"_s << QList<int> { int(Rule::LearningCitizen) } << u"Sơn"_s;
    QTest::newRow("discipline in force on the day")
        << u"discipline"_s << QList<int> { int(Rule::PendingRestriction) } << u"kỷ luật"_s;
    QTest::newRow("discipline ended before") << u"discipline-ended"_s << QList<int>() << QString();
    QTest::newRow("two forms for one achievement")
        << u"two-forms"_s << QList<int> { int(Rule::OneFormPerAchievement) } << u"Giấy khen của Hiệu trưởng"_s;
    QTest::newRow("two forms, two achievements") << u"two-periods"_s << QList<int>() << QString();
    QTest::newRow("a tổ and its school") << u"collective-and-school"_s << QList<int> { int(Rule::CollectiveOrSubUnits) }
                                         << u"Trường THPT Demo"_s;
    QTest::newRow("two sibling tổ") << u"siblings"_s << QList<int>() << QString();
    QTest::newRow("provincial form without Đơn vị học tập")
        << u"province-collective"_s << QList<int> { int(Rule::LearningUnit) } << u"Đơn vị học tập"_s;
    QTest::newRow("CSTĐCS without LĐTT") << u"cstd-alone"_s << QList<int> { int(Rule::EarlierTitle) }
                                         << u"Lao động tiên tiến"_s;
    QTest::newRow("CSTĐCS with LĐTT proposed") << u"cstd-with-ldtt"_s << QList<int>() << QString();
    QTest::newRow("CSTĐCS with LĐTT in the history") << u"cstd-with-history"_s << QList<int>() << QString();
}

// A title is given once a year; a commendation once per achievement; a failed nomination may be proposed again.
void TestMeetingService::sameFormTwice_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("secondPeriod");
    QTest::addColumn<bool>("firstFailed");
    QTest::addColumn<bool>("refused");
    QTest::newRow("two LĐTT in one year") << u"lao_dong_tien_tien"_s << u"năm học 2024-2025"_s << false << true;
    QTest::newRow("LĐTT again, another wording") << u"lao_dong_tien_tien"_s << u"học kỳ II"_s << false << true;
    QTest::newRow("two Giấy khen, one achievement")
        << u"giay_khen_hieu_truong"_s << u"năm học 2024-2025"_s << false << true;
    QTest::newRow("two Giấy khen, two achievements")
        << u"giay_khen_hieu_truong"_s << u"học kỳ I năm học 2024-2025"_s << false << false;
    QTest::newRow("LĐTT again after it failed") << u"lao_dong_tien_tien"_s << u"năm học 2024-2025"_s << true << false;
}

void TestMeetingService::sameFormTwice()
{
    QFETCH(QString, form);
    QFETCH(QString, secondPeriod);
    QFETCH(bool, firstFailed);
    QFETCH(bool, refused);
    const qint64 first = nominate(AwardForm::Subject::Person, m_school.teachers[0], form);
    QVERIFY(first > 0);
    if (firstFailed)
        meetingRow(db(), u"UPDATE nomination SET state = 'failed' WHERE id = ?"_s, { first });
    const qint64 before = Sql::scalar(db(), u"SELECT count(*) FROM nomination"_s)->toLongLong();
    Nomination n;
    n.schoolYearId = m_school.yearId;
    n.subjectId = m_school.teachers[0];
    n.formKey = form;
    n.movement = u"Cả nước thi đua xây dựng xã hội học tập"_s;
    n.period = secondPeriod;
    auto added = NominationService(db()).add(n);
    QCOMPARE(!added.ok(), refused);
    if (refused) {
        QVERIFY2(added.error().message.contains(QString::number(first)), qPrintable(added.error().message));
        QCOMPARE(Sql::scalar(db(), u"SELECT count(*) FROM nomination"_s)->toLongLong(), before);
    }
}

void TestMeetingService::eligibility()
{
    QFETCH(QString, setup);
    QFETCH(QList<int>, expected);
    QFETCH(QString, named);
    using S = AwardForm::Subject;
    const qint64 teacher = m_school.teachers[0];
    qint64 id = 0;
    if (setup == u"ok") {
        id = nominate(S::Person, teacher, u"lao_dong_tien_tien"_s);
    } else if (setup == u"not-cdht") {
        id = nominate(S::Person, m_school.teachers[11], u"lao_dong_tien_tien"_s);
    } else if (setup.startsWith(u"discipline")) {
        const QString end = setup == u"discipline" ? QString() : u"2025-04-30"_s;
        meetingRow(db(),
            u"INSERT INTO person_restriction (person_id, kind, start_date, end_date) VALUES (?, 'discipline', '2025-01-10', ?)"_s,
            { teacher, end.isEmpty() ? QVariant() : QVariant(end) });
        id = nominate(S::Person, teacher, u"giay_khen_hieu_truong"_s);
    } else if (setup == u"two-forms" || setup == u"two-periods") {
        nominate(S::Person, teacher, u"giay_khen_hieu_truong"_s);
        nominate(S::Person, teacher, u"lao_dong_tien_tien"_s); // a title: not another form of commendation
        id = nominate(S::Person,
            teacher,
            u"bang_khen_tinh"_s,
            setup == u"two-forms" ? u"năm học 2024-2025"_s : u"học kỳ I năm học 2024-2025"_s);
    } else if (setup == u"collective-and-school") {
        nominate(S::Collective, m_school.school, u"giay_khen_hieu_truong_tap_the"_s);
        id = nominate(S::Collective, m_school.toan, u"giay_khen_hieu_truong_tap_the"_s);
    } else if (setup == u"siblings") {
        nominate(S::Collective, m_school.van, u"giay_khen_hieu_truong_tap_the"_s);
        id = nominate(S::Collective, m_school.toan, u"giay_khen_hieu_truong_tap_the"_s);
    } else if (setup == u"province-collective") {
        id = nominate(S::Collective, m_school.toan, u"bang_khen_tinh_tap_the"_s);
    } else if (setup == u"cstd-alone") {
        id = nominate(S::Person, teacher, u"chien_si_thi_dua_co_so"_s);
    } else if (setup == u"cstd-with-ldtt") {
        nominate(S::Person, teacher, u"lao_dong_tien_tien"_s);
        id = nominate(S::Person, teacher, u"chien_si_thi_dua_co_so"_s);
    } else if (setup == u"cstd-with-history") {
        meetingRow(db(),
            u"INSERT INTO award (person_id, school_year_id, form_key, form_name) VALUES (?, ?, 'lao_dong_tien_tien', 'Lao động tiên tiến')"_s,
            { teacher, m_school.yearId });
        id = nominate(S::Person, teacher, u"chien_si_thi_dua_co_so"_s);
    }
    QVERIFY(id != 0);
    auto problems = NominationService(db()).check(id, m_at.date());
    QVERIFY2(problems.ok(), qPrintable(problems ? QString() : problems.error().message));
    QCOMPARE(rules(*problems), expected);
    if (!named.isEmpty())
        QVERIFY2(problems->first().explanation.contains(named), qPrintable(problems->first().explanation));
}

void TestMeetingService::overrideNeedsAReason()
{
    const qint64 id = nominate(AwardForm::Subject::Person, m_school.teachers[11], u"lao_dong_tien_tien"_s);
    NominationService service(db());
    MeetingService meetings(db());
    auto meeting = meetings.create({ m_school.yearId, QString(), QString(), m_at, {} });
    QVERIFY(meeting.ok());
    auto refused = meetings.setNominees(*meeting, { id });
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"Sơn"_s), qPrintable(refused.error().message));
    QVERIFY(!service.override(id, Rule::LearningCitizen, u"   "_s, u"Chủ tịch"_s).ok());
    QVERIFY(
        service.override(id, Rule::LearningCitizen, u"Kết quả được Hội Khuyến học xác nhận muộn"_s, u"Nguyễn Văn An"_s)
            .ok());
    auto view = service.view(id, m_at.date());
    QVERIFY(view.ok());
    QCOMPARE(view->problems.size(), 1); // still shown
    QVERIFY(view->openProblems().isEmpty());
    QCOMPARE(view->overrides.first().reason, u"Kết quả được Hội Khuyến học xác nhận muộn"_s);
    QVERIFY(meetings.setNominees(*meeting, { id }).ok());
    QCOMPARE(NominationService(db()).view(id)->nomination.state, Nomination::State::Reviewed);
}

void TestMeetingService::recusal()
{
    using S = AwardForm::Subject;
    const qint64 member = nominate(S::Person, m_school.councilPeople[3], u"lao_dong_tien_tien"_s);
    const qint64 toan = nominate(S::Collective, m_school.toan, u"tap_the_lao_dong_tien_tien"_s);
    const qint64 teacher = nominate(S::Person, m_school.teachers[0], u"lao_dong_tien_tien"_s);
    const qint64 meeting = meetingWith({ member, toan, teacher }, 2);
    QVERIFY(meeting != 0);
    auto record = MeetingQuery(db()).record(meeting);
    QVERIFY(record.ok());
    QCOMPARE(record->presentCount(), 9);
    QCOMPARE(record->nominees[0].recusedMemberIds, QList<qint64> { m_school.councilMemberIds[3] });
    QCOMPARE(record->nominees[0].counts.present, 8);
    QCOMPARE(record->nominees[0].counts.members, 10);
    QCOMPARE(record->nominees[1].recusedMemberIds, QList<qint64> { m_school.councilMemberIds[2] }); // heads Tổ Toán
    QCOMPARE(record->nominees[2].recusedMemberIds, QList<qint64>());
    QCOMPARE(record->nominees[2].counts.present, 9);
    // 6 of the 8 who may vote on the member: 75 % passes 70 % of those present.
    MeetingService service(db());
    QCOMPARE(*service.openRound(meeting), 1);
    const auto votes = tally(9, 9, { { 6, 2 }, { 6, 2 }, { 6, 3 } });
    QVERIFY(service.enterTally(meeting, 1, 1, u"Trần Thị Bình"_s, votes).ok());
    QVERIFY(service.enterTally(meeting, 1, 2, u"Hồ Thị Lan"_s, votes).ok());
    record = MeetingQuery(db()).record(meeting);
    QCOMPARE(record->nominees[0].shareTenths, 750);
    QVERIFY(record->nominees[0].passed);
    QCOMPARE(record->nominees[2].shareTenths, 666); // 6 of 9
    QVERIFY(!record->nominees[2].passed);
}

void TestMeetingService::quorumBeforeVoting()
{
    const qint64 id = nominate(AwardForm::Subject::Person, m_school.teachers[0], u"lao_dong_tien_tien"_s);
    const qint64 meeting = meetingWith({ id }, 4); // 7 of 11: two thirds needs 8
    QVERIFY(meeting != 0);
    MeetingService service(db());
    auto refused = service.openRound(meeting);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"8"_s), qPrintable(refused.error().message));
    QVERIFY(service.setAttendance(meeting, m_school.councilMemberIds[7], true).ok());
    QVERIFY(service.openRound(meeting).ok());
    QVERIFY(!service.setAttendance(meeting, m_school.councilMemberIds[8], true).ok()); // voting has begun
}

void TestMeetingService::doubleEntry()
{
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i)
        ids << nominate(AwardForm::Subject::Person, m_school.teachers[i], u"lao_dong_tien_tien"_s);
    const qint64 meeting = meetingWith(ids, 2);
    MeetingService service(db());
    QCOMPARE(*service.openRound(meeting), 1);
    auto bad = service.enterTally(meeting, 1, 1, u"Trần Thị Bình"_s, tally(10, 10, { { 7, 3 }, { 7, 3 }, { 7, 3 } }));
    QVERIFY(!bad.ok()); // 10 ballots for 9 present
    QVERIFY(bad.error().message.contains(u"9"_s));
    auto first = service.enterTally(meeting, 1, 1, u"Trần Thị Bình"_s, tally(9, 9, { { 7, 2 }, { 8, 1 }, { 5, 4 } }));
    QVERIFY(first.ok());
    QVERIFY(first->isEmpty()); // waiting for the second entry
    auto second = service.enterTally(meeting, 1, 2, u"Hồ Thị Lan"_s, tally(9, 9, { { 7, 2 }, { 6, 3 }, { 5, 4 } }));
    QVERIFY(second.ok());
    const QList<MeetingRules::TallyDifference> expected = { { u"agree"_s, 1, 8, 6 }, { u"disagree"_s, 1, 1, 3 } };
    QCOMPARE(*second, expected);
    auto record = MeetingQuery(db()).record(meeting);
    QVERIFY(!record->rounds[0].accepted());
    QVERIFY(!record->nominees[0].voted);
    QVERIFY(!service.finalize(meeting, QString()).ok());
    second = service.enterTally(meeting, 1, 2, u"Hồ Thị Lan"_s, tally(9, 9, { { 7, 2 }, { 8, 1 }, { 5, 4 } }));
    QVERIFY(second.ok());
    QVERIFY(second->isEmpty());
    record = MeetingQuery(db()).record(meeting);
    QVERIFY(record->rounds[0].accepted());
    QCOMPARE(record->rounds[0].second->countedBy, u"Hồ Thị Lan"_s);
    QCOMPARE(record->nominees[1].agree, 8);
    QCOMPARE(NominationService(db()).view(ids[0])->nomination.state, Nomination::State::Voted);
    QVERIFY(!service.enterTally(meeting, 1, 1, u"Trần Thị Bình"_s, tally(9, 9, { { 1, 8 }, { 8, 1 }, { 5, 4 } })).ok());
}

void TestMeetingService::finalizeLocksAndBacksUp()
{
    QList<qint64> ids;
    for (int i = 0; i < 2; ++i)
        ids << nominate(AwardForm::Subject::Person, m_school.teachers[i], u"lao_dong_tien_tien"_s);
    const qint64 meeting = meetingWith(ids, 2);
    MeetingService service(db());
    QVERIFY(service.openRound(meeting).ok());
    const auto votes = tally(9, 9, { { 7, 2 }, { 6, 3 } }); // 77,7 % and 66,6 % of 9 present
    QVERIFY(service.enterTally(meeting, 1, 1, u"Trần Thị Bình"_s, votes).ok());
    QVERIFY(service.enterTally(meeting, 1, 2, u"Hồ Thị Lan"_s, votes).ok());
    const QString backups = m_dir->filePath(u"backups"_s);
    const QDateTime end(QDate(2025, 5, 20), QTime(16, 30));
    auto finalized = service.finalize(meeting, backups, end);
    QVERIFY2(finalized.ok(), qPrintable(finalized ? QString() : finalized.error().message));
    NominationService nominations(db());
    QCOMPARE(nominations.view(ids[0])->nomination.state, Nomination::State::Passed);
    QCOMPARE(nominations.view(ids[1])->nomination.state, Nomination::State::Failed);
    auto record = MeetingQuery(db()).record(meeting);
    QVERIFY(record->finalized());
    QCOMPARE(record->endsAt, end);
    QVERIFY(QFileInfo::exists(record->backupPath));
    QVERIFY(record->backupPath.startsWith(backups));
    {
        auto copy = Database::open(record->backupPath);
        QVERIFY(copy.ok());
        auto locked = Sql::scalar(
            (*copy)->connection(), u"SELECT finalized_at IS NOT NULL FROM meeting WHERE id = ?"_s, { meeting });
        QCOMPARE(locked->toInt(), 1);
    }
    QVERIFY(!service.setAttendance(meeting, m_school.councilMemberIds[9], true).ok());
    QVERIFY(!service.setDetails(meeting, u"Khác"_s, QString(), {}, {}, QString()).ok());
    QVERIFY(!service.finalize(meeting, QString()).ok());
}

void TestMeetingService::reopenByTheChairOnly()
{
    const qint64 id = nominate(AwardForm::Subject::Person, m_school.teachers[0], u"lao_dong_tien_tien"_s);
    const qint64 meeting = meetingWith({ id }, 0);
    MeetingService service(db());
    QVERIFY(service.openRound(meeting).ok());
    QVERIFY(service.enterTally(meeting, 1, 1, u"Trần Thị Bình"_s, tally(11, 11, { { 11, 0 } })).ok());
    QVERIFY(service.enterTally(meeting, 1, 2, u"Hồ Thị Lan"_s, tally(11, 11, { { 11, 0 } })).ok());
    QVERIFY(service.finalize(meeting, QString()).ok());
    QVERIFY(!service.reopen(meeting, u"Trần Thị Bình"_s, u"Sửa giờ kết thúc"_s).ok()); // the secretary
    QVERIFY(!service.reopen(meeting, u"Nguyễn Văn An"_s, u"  "_s).ok());
    QVERIFY(service.reopen(meeting, u"nguyễn văn an"_s, u"Sửa giờ kết thúc"_s).ok());
    auto record = MeetingQuery(db()).record(meeting);
    QVERIFY(!record->finalized());
    QCOMPARE(record->corrections.size(), 1);
    QCOMPARE(record->corrections[0].confirmedBy, u"Nguyễn Văn An"_s);
    QCOMPARE(record->corrections[0].reason, u"Sửa giờ kết thúc"_s);
    QCOMPARE(NominationService(db()).view(id)->nomination.state, Nomination::State::Voted);
}

void TestMeetingService::decisionGoesIntoTheHistory()
{
    const qint64 id = nominate(AwardForm::Subject::Person, m_school.teachers[0], u"lao_dong_tien_tien"_s);
    NominationService service(db());
    QVERIFY(!service.decide(id, u"12/QĐ-THPT"_s, QDate(2025, 6, 1), QString()).ok()); // not voted
    const qint64 meeting = meetingWith({ id }, 0);
    MeetingService meetings(db());
    QVERIFY(meetings.openRound(meeting).ok());
    QVERIFY(meetings.enterTally(meeting, 1, 1, u"A"_s, tally(11, 11, { { 10, 1 } })).ok());
    QVERIFY(meetings.enterTally(meeting, 1, 2, u"B"_s, tally(11, 11, { { 10, 1 } })).ok());
    QVERIFY(meetings.finalize(meeting, QString()).ok());
    QVERIFY(service.decide(id, u"12/QĐ-THPT"_s, QDate(2025, 6, 1), QString()).ok());
    QSqlQuery q(db());
    QVERIFY(q.exec(u"SELECT person_id, form_key, form_name, decision_number, decision_date, issuer FROM award"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), m_school.teachers[0]);
    QCOMPARE(q.value(1).toString(), u"lao_dong_tien_tien"_s);
    QCOMPARE(q.value(2).toString(), u"Lao động tiên tiến"_s);
    QCOMPARE(q.value(3).toString(), u"12/QĐ-THPT"_s);
    QCOMPARE(q.value(4).toString(), u"2025-06-01"_s);
    QCOMPARE(q.value(5).toString(), u"Hiệu trưởng"_s);
    QVERIFY(!q.next());
    QCOMPARE(service.view(id)->nomination.state, Nomination::State::Decided);
    QVERIFY(service.markAwarded(id).ok());
    QCOMPARE(service.view(id)->nomination.state, Nomination::State::Awarded);
}

// The ballot tables point only at the meeting, the round and the nomination: no column or key can name a voter.
void TestMeetingService::ballotTablesNameNoVoter()
{
    QSqlQuery tables(db());
    QVERIFY(
        tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'ballot%' ORDER BY name"_s));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    QCOMPARE(
        names, (QStringList { u"ballot_count"_s, u"ballot_round"_s, u"ballot_round_nominee"_s, u"ballot_votes"_s }));
    const QStringList allowedParents = { u"meeting"_s, u"ballot_round"_s, u"nomination"_s };
    for (const QString& table : names) {
        QSqlQuery keys(db());
        QVERIFY(keys.exec(u"SELECT \"table\" FROM pragma_foreign_key_list('%1')"_s.arg(table)));
        while (keys.next())
            QVERIFY2(allowedParents.contains(keys.value(0).toString()),
                qPrintable(table + u" → "_s + keys.value(0).toString()));
        QSqlQuery columns(db());
        QVERIFY(columns.exec(u"SELECT name FROM pragma_table_info('%1')"_s.arg(table)));
        while (columns.next()) {
            const QString column = columns.value(0).toString();
            for (const char* word : { "person", "member", "voter", "council" })
                QVERIFY2(!column.contains(QLatin1StringView(word)), qPrintable(table + u"."_s + column));
        }
    }
}

QTEST_GUILESS_MAIN(TestMeetingService)
#include "TestMeetingService.moc"
