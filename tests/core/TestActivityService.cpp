// ActivityService (issue 17): activities, learning models and initiatives stored in a fresh database and read back
// as they were given (texts cleaned, the end date defaulting to the start, participants as people, collectives or a
// count); what it refuses leaves every table as it was; lists per year; LearningModelRule::withoutModel, the pure rule
// "which tổ have no learning model this year", on hand-made records.
#include "core/activities/ActivityService.h"
#include "core/activities/LearningModelRule.h"
#include "core/db/Database.h"
#include "core/db/Sql.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PersonRepository.h"
#include "core/school/SchoolRepository.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace thidua;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(thidua::Activity)
Q_DECLARE_METATYPE(thidua::Initiative)
Q_DECLARE_METATYPE(thidua::Collectives)
Q_DECLARE_METATYPE(thidua::LearningModels)

class TestActivityService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void activityRoundTrip();
    void updateReplacesParticipants();
    void refusedActivities_data();
    void refusedActivities();
    void listsPerYear();
    void models();
    void initiatives();
    void refusedInitiatives_data();
    void refusedInitiatives();
    void removeUnknown();
    void yearInUse();
    void withoutModel_data();
    void withoutModel();
    void kindFromText_data();
    void kindFromText();

private:
    QString dump() const;
    ActivityService service() const { return ActivityService(m_db->connection()); }
    Activity activity() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_yearId = 0;
    qint64 m_otherYearId = 0;
    qint64 m_personA = 0;
    qint64 m_personB = 0;
    qint64 m_math = 0;
    qint64 m_literature = 0;
};

void TestActivityService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"school.sqlite"_s));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    const QSqlDatabase c = m_db->connection();
    m_yearId = SchoolRepository(c).ensureYear(2024)->id;
    m_otherYearId = SchoolRepository(c).ensureYear(2025)->id;
    Person a;
    a.setFullName(u"Nguyễn Thị Hoà"_s);
    a.code = u"GV01"_s;
    m_personA = *PersonRepository(c).insert(a);
    Person b;
    b.setFullName(u"Trần Văn Bình"_s);
    b.code = u"GV02"_s;
    m_personB = *PersonRepository(c).insert(b);
    Collective math { 0, CollectiveKind::SubjectGroup, u"Tổ Toán - Tin"_s, 0, 0, 0, true };
    m_math = *CollectiveRepository(c).insert(math);
    Collective literature { 0, CollectiveKind::SubjectGroup, u"Tổ Ngữ văn"_s, 0, 0, 0, true };
    m_literature = *CollectiveRepository(c).insert(literature);
}

void TestActivityService::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestActivityService::dump() const
{
    QStringList out;
    for (const QString& table : { u"activity"_s,
             u"activity_person"_s,
             u"activity_collective"_s,
             u"learning_model"_s,
             u"initiative"_s,
             u"initiative_author"_s }) {
        auto q = Sql::exec(m_db->connection(), u"SELECT * FROM %1 ORDER BY 1, 2"_s.arg(table));
        if (!q)
            return q.error().message;
        while (q->next()) {
            QStringList fields { table };
            for (int i = 0; i < q->record().count(); ++i)
                fields << q->value(i).toString();
            out << fields.join(u'|');
        }
    }
    return out.join(u'\n');
}

Activity TestActivityService::activity() const
{
    Activity a;
    a.schoolYearId = m_yearId;
    a.kind = Activity::Kind::LifelongLearningWeek;
    a.title = u"  Tuần lễ hưởng ứng học tập suốt đời năm 2024 "_s;
    a.startDate = QDate(2024, 10, 1);
    a.endDate = QDate(2024, 10, 7);
    a.organizerId = m_math;
    a.participantIds = { m_personB, m_personA, m_personB };
    a.description = u"Toạ đàm\nTrưng bày sách"_s;
    return a;
}

void TestActivityService::activityRoundTrip()
{
    auto id = service().addActivity(activity());
    QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().message));
    auto stored = service().activity(*id);
    QVERIFY(stored.ok());
    Activity expected = activity();
    expected.id = *id;
    expected.title = u"Tuần lễ hưởng ứng học tập suốt đời năm 2024"_s;
    expected.participantIds = { m_personA, m_personB };
    QCOMPARE(*stored, expected);
    QCOMPARE(stored->headcount(), 2);
    QCOMPARE(Sql::scalar(m_db->connection(), u"SELECT kind FROM activity"_s)->toString(), u"lifelong_learning_week"_s);

    // A one-day event given by a count: the end date is the start date.
    Activity day;
    day.schoolYearId = m_yearId;
    day.kind = Activity::Kind::ReadingDay;
    day.title = u"Ngày Sách và Văn hóa đọc Việt Nam"_s;
    day.startDate = QDate(2025, 4, 21);
    day.collectiveIds = { m_literature };
    day.participantCount = 120;
    auto dayId = service().addActivity(day);
    QVERIFY(dayId.ok());
    auto dayStored = service().activity(*dayId);
    QCOMPARE(dayStored->endDate, QDate(2025, 4, 21));
    QCOMPARE(dayStored->collectiveIds, QList<qint64> { m_literature });
    QCOMPARE(dayStored->participantIds, QList<qint64>());
    QCOMPARE(dayStored->headcount(), 120);
}

void TestActivityService::updateReplacesParticipants()
{
    auto id = service().addActivity(activity());
    QVERIFY(id.ok());
    Activity changed = *service().activity(*id);
    changed.participantIds = {};
    changed.collectiveIds = { m_literature, m_math };
    changed.participantCount = 40;
    changed.organizerId = 0;
    changed.kind = Activity::Kind::Thematic;
    QVERIFY(service().updateActivity(changed).ok());
    auto stored = service().activity(*id);
    QCOMPARE(stored->participantIds, QList<qint64>());
    QCOMPARE(stored->collectiveIds, (QList<qint64> { m_math, m_literature }));
    QCOMPARE(stored->participantCount, 40);
    QCOMPARE(stored->organizerId, qint64(0));
    QCOMPARE(stored->kind, Activity::Kind::Thematic);
    QCOMPARE(Sql::scalar(m_db->connection(), u"SELECT count(*) FROM activity_person"_s)->toInt(), 0);
}

void TestActivityService::refusedActivities_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<int>("code");
    QTest::newRow("no title") << 0 << int(Error::Code::Validation);
    QTest::newRow("no start") << 1 << int(Error::Code::Validation);
    QTest::newRow("ends before it begins") << 2 << int(Error::Code::Validation);
    QTest::newRow("count and people") << 3 << int(Error::Code::Validation);
    QTest::newRow("negative count") << 4 << int(Error::Code::Validation);
    QTest::newRow("unknown year") << 5 << int(Error::Code::NotFound);
    QTest::newRow("unknown organiser") << 6 << int(Error::Code::NotFound);
    QTest::newRow("unknown person") << 7 << int(Error::Code::NotFound);
    QTest::newRow("unknown collective") << 8 << int(Error::Code::NotFound);
}

void TestActivityService::refusedActivities()
{
    QFETCH(int, change);
    QFETCH(int, code);
    auto kept = service().addActivity(activity());
    QVERIFY(kept.ok());
    const QString before = dump();
    Activity a = activity();
    switch (change) {
    case 0:
        a.title = u" \t"_s;
        break;
    case 1:
        a.startDate = QDate();
        a.endDate = QDate();
        break;
    case 2:
        a.endDate = QDate(2024, 9, 30);
        break;
    case 3:
        a.participantCount = 5;
        break;
    case 4:
        a.participantIds = {};
        a.participantCount = -1;
        break;
    case 5:
        a.schoolYearId = 999;
        break;
    case 6:
        a.organizerId = 999;
        break;
    case 7:
        a.participantIds = { m_personA, 999 };
        break;
    case 8:
        a.collectiveIds = { 999 };
        break;
    }
    auto added = service().addActivity(a);
    QVERIFY(!added.ok());
    QCOMPARE(int(added.error().code), code);
    QVERIFY(!added.error().message.isEmpty());
    a.id = *kept;
    auto updated = service().updateActivity(a);
    QVERIFY(!updated.ok());
    QCOMPARE(int(updated.error().code), code);
    QCOMPARE(dump(), before);
}

void TestActivityService::listsPerYear()
{
    Activity late = activity();
    late.title = u"Hội thi giáo viên dạy giỏi"_s;
    late.kind = Activity::Kind::Contest;
    late.startDate = QDate(2024, 11, 20);
    late.endDate = QDate(2024, 11, 22);
    Activity next = activity();
    next.schoolYearId = m_otherYearId;
    next.startDate = QDate(2025, 10, 1);
    next.endDate = QDate(2025, 10, 7);
    next.participantIds = { m_personA };
    const qint64 lateId = *service().addActivity(late);
    const qint64 earlyId = *service().addActivity(activity());
    const qint64 nextId = *service().addActivity(next);
    auto year = service().activities(m_yearId);
    QVERIFY(year.ok());
    QCOMPARE(year->size(), 2);
    QCOMPARE(year->at(0).id, earlyId); // by start date
    QCOMPARE(year->at(1).id, lateId);
    QCOMPARE(year->at(0).participantIds, (QList<qint64> { m_personA, m_personB }));
    auto other = service().activities(m_otherYearId);
    QCOMPARE(other->size(), 1);
    QCOMPARE(other->at(0).participantIds, QList<qint64> { m_personA });
    auto all = service().activities(0);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(2).id, nextId);
    QCOMPARE(all->at(2).participantIds, QList<qint64> { m_personA });
    QVERIFY(service().removeActivity(lateId).ok());
    QCOMPARE(service().activities(m_yearId)->size(), 1);
}

void TestActivityService::models()
{
    LearningModel model { 0, m_yearId, m_math, u" Câu lạc bộ Toán học "_s, u"Sinh hoạt hằng tháng"_s, u"Đạt"_s };
    auto id = service().addModel(model);
    QVERIFY(id.ok());
    auto listed = service().models(m_yearId);
    QVERIFY(listed.ok());
    model.id = *id;
    model.name = u"Câu lạc bộ Toán học"_s;
    QCOMPARE(*listed, LearningModels { model });
    QCOMPARE(service().models(m_otherYearId)->size(), 0);
    auto missing = service().groupsWithoutModel(m_yearId);
    QVERIFY(missing.ok());
    QCOMPARE(missing->size(), 1);
    QCOMPARE(missing->constFirst().id, m_literature);
    QCOMPARE(service().groupsWithoutModel(m_otherYearId)->size(), 2);

    model.result = u"Tốt"_s;
    model.collectiveId = m_literature;
    QVERIFY(service().updateModel(model).ok());
    QCOMPARE(service().models(m_yearId)->constFirst().result, u"Tốt"_s);
    QCOMPARE(service().groupsWithoutModel(m_yearId)->constFirst().id, m_math);

    const QString before = dump();
    QCOMPARE(service().addModel({ 0, m_yearId, m_math, u""_s, {}, {} }).error().code, Error::Code::Validation);
    QCOMPARE(service().addModel({ 0, m_yearId, 999, u"X"_s, {}, {} }).error().code, Error::Code::NotFound);
    QCOMPARE(service().addModel({ 0, m_yearId, 0, u"X"_s, {}, {} }).error().code, Error::Code::Validation);
    QCOMPARE(service().addModel({ 0, 999, m_math, u"X"_s, {}, {} }).error().code, Error::Code::NotFound);
    QCOMPARE(service().updateModel({ 999, m_yearId, m_math, u"X"_s, {}, {} }).error().code, Error::Code::NotFound);
    QCOMPARE(dump(), before);
    QVERIFY(service().removeModel(*id).ok());
    QCOMPARE(service().models(0)->size(), 0);
}

void TestActivityService::initiatives()
{
    Initiative i;
    i.schoolYearId = m_yearId;
    i.title = u"Ứng dụng GeoGebra trong dạy học hình học"_s;
    i.authorIds = { m_personB, m_personA, m_personB };
    i.level = Initiative::Level::District;
    i.decisionNumber = u"125/QĐ-PGDĐT"_s;
    i.decisionDate = QDate(2025, 5, 20);
    i.decisionIssuer = u"Phòng Giáo dục và Đào tạo"_s;
    auto id = service().addInitiative(i);
    QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().message));
    Initiative pending;
    pending.schoolYearId = m_yearId;
    pending.title = u"Giải pháp quản lý hồ sơ điện tử"_s;
    pending.authorIds = { m_personA };
    auto pendingId = service().addInitiative(pending);
    QVERIFY(pendingId.ok());
    auto listed = service().initiatives(m_yearId);
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 2);
    Initiative expected = i;
    expected.id = *id;
    expected.authorIds = { m_personB, m_personA }; // first author first, a repeat dropped
    QCOMPARE(listed->at(0), expected);
    QCOMPARE(listed->at(1).id, *pendingId); // not yet recognised: last
    QCOMPARE(listed->at(1).level, Initiative::Level::Base);
    QCOMPARE(Sql::scalar(m_db->connection(), u"SELECT level FROM initiative WHERE id = ?"_s, { *id })->toString(),
        u"district"_s);

    expected.authorIds = { m_personA };
    expected.level = Initiative::Level::Province;
    QVERIFY(service().updateInitiative(expected).ok());
    QCOMPARE(service().initiatives(m_yearId)->at(0), expected);
    QVERIFY(service().removeInitiative(*id).ok());
    QCOMPARE(service().initiatives(0)->size(), 1);
    QCOMPARE(Sql::scalar(m_db->connection(), u"SELECT count(*) FROM initiative_author"_s)->toInt(), 1);
}

void TestActivityService::refusedInitiatives_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<int>("code");
    QTest::newRow("no title") << 0 << int(Error::Code::Validation);
    QTest::newRow("no author") << 1 << int(Error::Code::Validation);
    QTest::newRow("unknown author") << 2 << int(Error::Code::NotFound);
    QTest::newRow("decision date without number") << 3 << int(Error::Code::Validation);
    QTest::newRow("unknown year") << 4 << int(Error::Code::NotFound);
}

void TestActivityService::refusedInitiatives()
{
    QFETCH(int, change);
    QFETCH(int, code);
    Initiative i;
    i.schoolYearId = m_yearId;
    i.title = u"Sáng kiến A"_s;
    i.authorIds = { m_personA };
    const qint64 kept = *service().addInitiative(i);
    const QString before = dump();
    switch (change) {
    case 0:
        i.title = QString();
        break;
    case 1:
        i.authorIds = {};
        break;
    case 2:
        i.authorIds = { m_personA, 999 };
        break;
    case 3:
        i.decisionDate = QDate(2025, 5, 20);
        break;
    case 4:
        i.schoolYearId = 999;
        break;
    }
    auto added = service().addInitiative(i);
    QVERIFY(!added.ok());
    QCOMPARE(int(added.error().code), code);
    i.id = kept;
    auto updated = service().updateInitiative(i);
    QVERIFY(!updated.ok());
    QCOMPARE(int(updated.error().code), code);
    QCOMPARE(dump(), before);
}

void TestActivityService::removeUnknown()
{
    QCOMPARE(service().removeActivity(7).error().code, Error::Code::NotFound);
    QCOMPARE(service().removeModel(7).error().code, Error::Code::NotFound);
    QCOMPARE(service().removeInitiative(7).error().code, Error::Code::NotFound);
    Activity a = activity();
    a.id = 7;
    QCOMPARE(service().updateActivity(a).error().code, Error::Code::NotFound);
    QCOMPARE(dump(), QString());
}

// A school year with an activity, a model or an initiative is in use: it cannot be removed.
void TestActivityService::yearInUse()
{
    const SchoolRepository years(m_db->connection());
    QCOMPARE(*years.yearUses(m_otherYearId), 0);
    Activity a = activity();
    a.schoolYearId = m_otherYearId;
    QVERIFY(service().addActivity(a).ok());
    QVERIFY(service().addModel({ 0, m_otherYearId, m_math, u"CLB"_s, {}, {} }).ok());
    Initiative i;
    i.schoolYearId = m_otherYearId;
    i.title = u"SK"_s;
    i.authorIds = { m_personA };
    QVERIFY(service().addInitiative(i).ok());
    QCOMPARE(*years.yearUses(m_otherYearId), 3);
    QCOMPARE(*years.yearUses(m_yearId), 0);
}

void TestActivityService::withoutModel_data()
{
    // Collectives: 1 tổ Toán, 2 tổ Văn, 3 tổ văn phòng, 4 a class of year 10, 5 a tổ no longer active, 6 the school,
    // 7 a tổ of year 11 only.
    const Collectives collectives {
        { 1, CollectiveKind::SubjectGroup, u"Tổ Toán"_s, 0, 0, 0, true },
        { 2, CollectiveKind::SubjectGroup, u"Tổ Ngữ văn"_s, 0, 0, 0, true },
        { 3, CollectiveKind::OfficeGroup, u"Tổ Văn phòng"_s, 0, 0, 0, true },
        { 4, CollectiveKind::Class, u"10A1"_s, 0, 10, 10, true },
        { 5, CollectiveKind::SubjectGroup, u"Tổ Thể dục"_s, 0, 0, 0, false },
        { 6, CollectiveKind::School, u"Trường"_s, 0, 0, 0, true },
        { 7, CollectiveKind::SubjectGroup, u"Tổ Tin học"_s, 0, 11, 0, true },
    };
    QTest::addColumn<Collectives>("collectives");
    QTest::addColumn<LearningModels>("models");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("no models") << collectives << LearningModels {} << QList<qint64> { 1, 2, 3 };
    QTest::newRow("one tổ has one") << collectives << LearningModels { { 1, 10, 1, u"CLB Toán"_s, {}, {} } }
                                    << QList<qint64> { 2, 3 };
    QTest::newRow("a model of another year does not count")
        << collectives << LearningModels { { 1, 11, 2, u"CLB đọc sách"_s, {}, {} } } << QList<qint64> { 1, 2, 3 };
    QTest::newRow("every tổ has one, one has two") << collectives
                                                   << LearningModels { { 1, 10, 1, u"A"_s, {}, {} },
                                                          { 2, 10, 1, u"B"_s, {}, {} },
                                                          { 3, 10, 2, u"C"_s, {}, {} },
                                                          { 4, 10, 3, u"D"_s, {}, {} } }
                                                   << QList<qint64> {};
    QTest::newRow("a class's or the school's model leaves the tổ short")
        << collectives
        << LearningModels { { 1, 10, 4, u"Lớp học xanh"_s, {}, {} }, { 2, 10, 6, u"Thư viện số"_s, {}, {} } }
        << QList<qint64> { 1, 2, 3 };
}

void TestActivityService::withoutModel()
{
    QFETCH(Collectives, collectives);
    QFETCH(LearningModels, models);
    QFETCH(QList<qint64>, expected);
    QList<qint64> ids;
    for (const Collective& c : LearningModelRule::withoutModel(collectives, models, 10))
        ids << c.id;
    QCOMPARE(ids, expected);
}

void TestActivityService::kindFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("kind");
    QTest::newRow("key") << u"reading_day"_s << true << int(Activity::Kind::ReadingDay);
    QTest::newRow("name") << u"Tuyên truyền"_s << true << int(Activity::Kind::Propaganda);
    QTest::newRow("no diacritics") << u"tap huan"_s << true << int(Activity::Kind::Training);
    QTest::newRow("longer name") << u"Hội thi Giáo viên giỏi"_s << true << int(Activity::Kind::Contest);
    QTest::newRow("week, short") << u"Tuần lễ học tập suốt đời"_s << true << int(Activity::Kind::LifelongLearningWeek);
    QTest::newRow("week, full") << u"TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI"_s << true
                                << int(Activity::Kind::LifelongLearningWeek);
    QTest::newRow("book day") << u"Ngày sách"_s << true << int(Activity::Kind::ReadingDay);
    QTest::newRow("reading culture") << u"Ngày Sách và Văn hoá đọc Việt Nam"_s << true
                                     << int(Activity::Kind::ReadingDay);
    QTest::newRow("thematic") << u"Chuyên đề"_s << true << int(Activity::Kind::Thematic);
    QTest::newRow("other") << u"Khác"_s << true << int(Activity::Kind::Other);
    QTest::newRow("unknown") << u"Dã ngoại"_s << false << int(Activity::Kind::Other);
    QTest::newRow("empty") << QString() << false << int(Activity::Kind::Other);
}

void TestActivityService::kindFromText()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, kind);
    bool recognised = !ok;
    QCOMPARE(int(Activity::kindFromText(text, &recognised)), kind);
    QCOMPARE(recognised, ok);
    // Every kind's key and name come back as that kind.
    for (const Activity::Kind k : Activity::kinds()) {
        bool back = false;
        QCOMPARE(Activity::kindFromText(Activity::kindName(k), &back), k);
        QVERIFY(back);
        QCOMPARE(Activity::kindFromKey(Activity::kindKey(k)), k);
    }
}

QTEST_GUILESS_MAIN(TestActivityService)
#include "TestActivityService.moc"
