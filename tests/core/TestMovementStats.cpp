// The movement's targets stored per year (TargetService, TargetQuery, migration 0007) and the figures computed from
// the year's people and their Công dân học tập results and from the learning models recorded (MovementStatsQuery →
// MovementStats; migration 0013 dropped the counts typed before), on a small school made by hand whose every expected
// figure is counted by hand below.
#include "core/activities/ActivityService.h"
#include "core/criteria/MovementStats.h"
#include "core/criteria/MovementStatsQuery.h"
#include "core/criteria/TargetQuery.h"
#include "core/criteria/TargetService.h"
#include "core/db/Database.h"
#include "core/db/Sql.h"
#include "core/db/Transaction.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PersonRepository.h"
#include "core/school/SchoolRepository.h"
#include "core/text/VietnameseFormat.h"
#include "tests/support/CdhtFixture.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using namespace Qt::StringLiterals;
using thidua::test::setCdht;
using Group = MovementStats::Group;

class TestMovementStats : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaultsForEveryYear();
    void migrationGivesExistingYearsTheDefaults();
    void setTargets();
    void modelsAddedThroughActivityServiceAreCounted();
    void migrationDropsTypedCounts();
    void refusedChangesLeaveTheDatabaseAsItWas_data();
    void refusedChangesLeaveTheDatabaseAsItWas();
    void figuresPerGroup();
    void figuresPerCollective();
    void missingLists();
    void referenceDateDecidesWhoCounts();
    void oneResultUpdatesIncrementally();
    void emptyYear();

private:
    qint64 addPerson(PersonKind kind,
        const QString& name,
        const Collective& unit,
        const QString& status,
        const QDate& activeTo = QDate(),
        const QDate& activeFrom = QDate());
    MovementStats stats() const;
    QString names(const QList<int>& people, const MovementRoster& roster) const;
    QByteArray dump() const;
    qint64 addModel(const Collective& group, const QString& name, qint64 yearId = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    SchoolYear m_year;
    Collective m_math, m_office, m_class1, m_class2;
    qint64 m_left = 0; // staff of the office who left in January
    qint64 m_late = 0; // a student of 10A2 who came in March
    qint64 m_notAssessed = 0; // the teacher of Toán without a result
};

qint64 TestMovementStats::addPerson(PersonKind kind,
    const QString& name,
    const Collective& unit,
    const QString& status,
    const QDate& activeTo,
    const QDate& activeFrom)
{
    Person p;
    p.kind = kind;
    p.setFullName(name);
    p.activeFrom = activeFrom;
    p.activeTo = activeTo;
    auto id = PersonRepository(m_db->connection()).insert(p);
    if (!id)
        return 0;
    if (unit.id != 0) {
        Membership m { 0, *id, unit.id, m_year.id, Membership::Role::Member };
        if (!CollectiveRepository(m_db->connection()).addMember(m))
            return 0;
    }
    if (!status.isEmpty() && !setCdht(m_db->connection(), *id, m_year.id, status))
        return 0;
    return *id;
}

void TestMovementStats::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"t.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    m_db = std::move(db).value();
    auto year = SchoolRepository(m_db->connection()).ensureYear(2024);
    QVERIFY(year.ok());
    m_year = *year;
    Transaction transaction(m_db->connection()); // one write for the whole school: fast under synchronous=FULL
    CollectiveRepository collectives(m_db->connection());
    m_math = Collective { 0, CollectiveKind::SubjectGroup, u"Toán"_s, 0, 0, 0, true };
    m_office = Collective { 0, CollectiveKind::OfficeGroup, u"Văn phòng"_s, 0, 0, 0, true };
    m_class1 = Collective { 0, CollectiveKind::Class, u"10A1"_s, 0, m_year.id, 10, true };
    m_class2 = Collective { 0, CollectiveKind::Class, u"10A2"_s, 0, m_year.id, 10, true };
    for (Collective* c : { &m_math, &m_office, &m_class1, &m_class2 })
        QVERIFY(collectives.insert(*c).ok());

    // Toán: 13 teachers, 12 recognised, one not assessed yet (no row).
    for (int i = 1; i <= 12; ++i)
        QVERIFY(addPerson(PersonKind::Staff, u"Nguyễn Văn Toán %1"_s.arg(i), m_math, u"dat"_s));
    m_notAssessed = addPerson(PersonKind::Staff, u"Trần Thị Bình"_s, m_math, QString());
    QVERIFY(m_notAssessed);
    // Văn phòng: 3 recognised, and one who left in January (không đạt; does not count).
    for (int i = 1; i <= 3; ++i)
        QVERIFY(addPerson(PersonKind::Staff, u"Lê Thị Văn Phòng %1"_s.arg(i), m_office, u"dat"_s));
    m_left = addPerson(PersonKind::Staff, u"Phạm Văn Đi"_s, m_office, u"khong_dat"_s, QDate(2025, 1, 20));
    QVERIFY(m_left);
    // A member of staff with no membership this year: not in any figure.
    QVERIFY(addPerson(PersonKind::Staff, u"Hoàng Văn Ngoài"_s, Collective(), u"khong_dat"_s));
    // 10A1: 18 students, 17 recognised, one không đạt.
    for (int i = 1; i <= 17; ++i)
        QVERIFY(addPerson(PersonKind::Student, u"Võ Minh Một %1"_s.arg(i), m_class1, u"dat"_s));
    QVERIFY(addPerson(PersonKind::Student, u"Đỗ Thị An"_s, m_class1, u"khong_dat"_s));
    // 10A2: 20 students, 18 recognised, one "chua", one who came on 15/3/2025 without a result.
    for (int i = 1; i <= 18; ++i)
        QVERIFY(addPerson(PersonKind::Student, u"Bùi Văn Hai %1"_s.arg(i), m_class2, u"dat"_s));
    QVERIFY(addPerson(PersonKind::Student, u"Ngô Thị Chưa"_s, m_class2, u"chua"_s));
    m_late = addPerson(PersonKind::Student, u"Lý Văn Muộn"_s, m_class2, QString(), QDate(), QDate(2025, 3, 15));
    QVERIFY(m_late);
    QVERIFY(transaction.commit().ok());
}

void TestMovementStats::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

MovementStats TestMovementStats::stats() const
{
    auto data = MovementStatsQuery(m_db->connection()).load(m_year.id);
    if (!data)
        qFatal("%s", qPrintable(data.error().message));
    return MovementStats::compute(data->roster, data->targets, data->counts);
}

QString TestMovementStats::names(const QList<int>& people, const MovementRoster& roster) const
{
    QStringList list;
    for (int i : people)
        list << roster.people()[i].fullName;
    return list.join(u", "_s);
}

// A learning model of the group in the year (default: m_year), added through ActivityService; its id.
qint64 TestMovementStats::addModel(const Collective& group, const QString& name, qint64 yearId)
{
    LearningModel model;
    model.schoolYearId = yearId == 0 ? m_year.id : yearId;
    model.collectiveId = group.id;
    model.name = name;
    auto id = ActivityService(m_db->connection()).addModel(model);
    return id ? *id : 0;
}

// Every row of the targets and the models, to compare before and after a refused change.
QByteArray TestMovementStats::dump() const
{
    QByteArray out;
    for (const QString& table : { u"movement_target"_s, u"learning_model"_s }) {
        QSqlQuery q(m_db->connection());
        q.exec(u"SELECT * FROM %1 ORDER BY 1, 2"_s.arg(table));
        while (q.next()) {
            for (int c = 0; c < q.record().count(); ++c)
                out += q.value(c).toString().toUtf8() + '|';
            out += '\n';
        }
    }
    return out;
}

void TestMovementStats::defaultsForEveryYear()
{
    // A year added after the migration has no row: the defaults of the seed plans.
    const Targets targets = *TargetQuery(m_db->connection()).targets(m_year.id);
    QCOMPARE(targets.schoolYearId, m_year.id);
    QCOMPARE(targets.rateTenths, 950);
    QCOMPARE(targets.groupRateTenths, 1000);
    QCOMPARE(targets.modelsPerGroup, 1);
    QVERIFY(!targets.referenceDate.isValid());
    QCOMPARE(targets.referenceDateIn(m_year), QDate(2025, 5, 31));
    // The table's own defaults are the same (a row with only the year).
    QVERIFY(Sql::exec(m_db->connection(), u"INSERT INTO movement_target (school_year_id) VALUES (?)"_s, { m_year.id }));
    QCOMPARE(*TargetQuery(m_db->connection()).targets(m_year.id), targets);
}

void TestMovementStats::migrationGivesExistingYearsTheDefaults()
{
    const QString path = m_dir->filePath(u"old.sqlite"_s);
    {
        Database::Options options;
        options.targetVersion = 6;
        auto old = Database::open(path, options);
        QVERIFY(old.ok());
        QVERIFY(SchoolRepository((*old)->connection()).ensureYear(2023).ok());
    }
    auto db = Database::open(path);
    QVERIFY(db.ok());
    QCOMPARE(Sql::scalar((*db)->connection(),
                 u"SELECT count(*) FROM movement_target WHERE rate_tenths = 950 AND "
                 "group_rate_tenths = 1000 AND models_per_group = 1"_s)
                 ->toInt(),
        1);
}

void TestMovementStats::setTargets()
{
    TargetService service(m_db->connection());
    Targets targets;
    targets.schoolYearId = m_year.id;
    targets.rateTenths = 975;
    targets.groupRateTenths = 1000;
    targets.modelsPerGroup = 2;
    targets.referenceDate = QDate(2025, 3, 1);
    QVERIFY(service.setTargets(targets).ok());
    QCOMPARE(*TargetQuery(m_db->connection()).targets(m_year.id), targets);
    targets.rateTenths = 950;
    targets.referenceDate = QDate();
    QVERIFY(service.setTargets(targets).ok()); // changed, not added twice
    QCOMPARE(*TargetQuery(m_db->connection()).targets(m_year.id), targets);
    QCOMPARE(Sql::scalar(m_db->connection(), u"SELECT count(*) FROM movement_target"_s)->toInt(), 1);
}

void TestMovementStats::modelsAddedThroughActivityServiceAreCounted()
{
    const MovementStatsQuery query(m_db->connection());
    QCOMPARE(*query.modelCounts(m_year.id), LearningModelCounts());
    QCOMPARE(stats().modelFigure(), (RateFigure { 0, 2, 1000 }));

    // Toán builds two models this year and one the year before; Văn phòng one; a class's model is counted for the
    // class, which has no learning-model target.
    auto previous = SchoolRepository(m_db->connection()).ensureYear(2023);
    QVERIFY(previous.ok());
    const qint64 club = addModel(m_math, u"Câu lạc bộ Toán học"_s);
    QVERIFY(club);
    QVERIFY(addModel(m_math, u"Tủ sách Toán"_s));
    QVERIFY(addModel(m_math, u"Mô hình năm trước"_s, previous->id));
    QVERIFY(addModel(m_office, u"Góc đọc văn phòng"_s));
    QVERIFY(addModel(m_class1, u"Lớp học thân thiện"_s));
    QCOMPARE(*query.modelCounts(m_year.id),
        (LearningModelCounts { { m_math.id, 2 }, { m_office.id, 1 }, { m_class1.id, 1 } }));
    QCOMPARE(*query.modelCounts(previous->id), (LearningModelCounts { { m_math.id, 1 } }));
    QCOMPARE(query.load(m_year.id)->counts, *query.modelCounts(m_year.id));

    MovementStats s = stats();
    QCOMPARE(s.collectives()[0].models, 2); // Toán
    QCOMPARE(s.collectives()[0].modelsLevel(), TargetRate::Level::Met);
    QCOMPARE(s.collectives()[1].models, 1); // Văn phòng
    QCOMPARE(s.collectives()[2].models, 0); // 10A1: classes have no model figure
    QCOMPARE(s.collectives()[2].modelsTarget, 0);
    QCOMPARE(s.modelFigure(), (RateFigure { 2, 2, 1000 }));

    // Two per tổ wanted: Văn phòng falls short. Removing a model of Toán leaves it short too.
    QVERIFY(TargetService(m_db->connection()).setTargets({ m_year.id, 950, 1000, 2, QDate() }).ok());
    QCOMPARE(stats().modelFigure(), (RateFigure { 1, 2, 1000 }));
    QVERIFY(ActivityService(m_db->connection()).removeModel(club).ok());
    s = stats();
    QCOMPARE(s.collectives()[0].models, 1);
    QCOMPARE(s.collectives()[0].modelsLevel(), TargetRate::Level::Missed);
    QCOMPARE(s.modelFigure(), (RateFigure { 0, 2, 1000 }));
}

// A file of version 12 with counts typed per tổ: version 13 drops them (a typed number has no names to become models
// from); the models recorded stay and are the only source of the figure.
void TestMovementStats::migrationDropsTypedCounts()
{
    const QString path = m_dir->filePath(u"typed.sqlite"_s);
    qint64 math = 0;
    {
        Database::Options options;
        options.targetVersion = 12;
        auto old = Database::open(path, options);
        QVERIFY(old.ok());
        const QSqlDatabase c = (*old)->connection();
        auto year = SchoolRepository(c).ensureYear(2024);
        QVERIFY(year.ok());
        Collective group { 0, CollectiveKind::SubjectGroup, u"Toán"_s, 0, 0, 0, true };
        Collective office { 0, CollectiveKind::OfficeGroup, u"Văn phòng"_s, 0, 0, 0, true };
        QVERIFY(CollectiveRepository(c).insert(group).ok());
        QVERIFY(CollectiveRepository(c).insert(office).ok());
        math = group.id;
        QVERIFY(Sql::exec(c,
            u"INSERT INTO learning_model_count (school_year_id, collective_id, model_count) VALUES (?, ?, 3), "
            "(?, ?, 2)"_s,
            { year->id, group.id, year->id, office.id }));
        QVERIFY(Sql::exec(c,
            u"INSERT INTO learning_model (school_year_id, collective_id, name) VALUES (?, ?, 'Câu lạc bộ Toán')"_s,
            { year->id, group.id }));
    }
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
    const QSqlDatabase c = (*db)->connection();
    QCOMPARE(Sql::scalar(c, u"SELECT count(*) FROM sqlite_master WHERE name = 'learning_model_count'"_s)->toInt(), 0);
    QCOMPARE(Sql::scalar(c, u"SELECT name FROM learning_model"_s)->toString(), u"Câu lạc bộ Toán"_s);
    const qint64 yearId = Sql::scalar(c, u"SELECT id FROM school_year"_s)->toLongLong();
    QCOMPARE(*MovementStatsQuery(c).modelCounts(yearId), (LearningModelCounts { { math, 1 } }));
    QVERIFY(!(*db)->backupPath().isEmpty()); // the copy taken before the upgrade still holds the typed counts
}

void TestMovementStats::refusedChangesLeaveTheDatabaseAsItWas_data()
{
    QTest::addColumn<int>("rate");
    QTest::addColumn<int>("groupRate");
    QTest::addColumn<int>("models");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<QString>("message");
    QTest::newRow("rate 0") << 0 << 1000 << 1 << QDate() << u"from 0,1 % to 100 %"_s;
    QTest::newRow("rate above 100 %") << 1001 << 1000 << 1 << QDate() << u"from 0,1 % to 100 %"_s;
    QTest::newRow("tổ rate above 100 %") << 950 << 1200 << 1 << QDate() << u"from 0,1 % to 100 %"_s;
    QTest::newRow("negative models") << 950 << 1000 << -1 << QDate() << u"from 0 to 100"_s;
    QTest::newRow("too many models") << 950 << 1000 << 101 << QDate() << u"from 0 to 100"_s;
    QTest::newRow("reference date outside the year")
        << 950 << 1000 << 1 << QDate(2025, 6, 1) << u"01/06/2025 is not in the school year 2024-2025"_s;
}

void TestMovementStats::refusedChangesLeaveTheDatabaseAsItWas()
{
    QFETCH(int, rate);
    QFETCH(int, groupRate);
    QFETCH(int, models);
    QFETCH(QDate, reference);
    QFETCH(QString, message);
    TargetService service(m_db->connection());
    Targets before;
    before.schoolYearId = m_year.id;
    before.rateTenths = 970;
    QVERIFY(service.setTargets(before).ok());
    QVERIFY(addModel(m_math, u"Câu lạc bộ Toán học"_s));
    const QByteArray stored = dump();

    const Status saved = service.setTargets({ m_year.id, rate, groupRate, models, reference });
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().message.contains(message), qPrintable(saved.error().message));
    QCOMPARE(dump(), stored);
}

void TestMovementStats::figuresPerGroup()
{
    const MovementStats s = stats();
    // Staff: Toán 13 (12 đạt) + Văn phòng 3 (3 đạt); the one who left and the one outside the year do not count.
    QCOMPARE(s.group(Group::Staff).rate, (RateFigure { 15, 16, 950 }));
    QCOMPARE(VietnameseFormat::percent(15, 16), u"93,7 %"_s); // 93,75 %, rounded down
    // Students: 10A1 18 (17 đạt) + 10A2 20 (18 đạt; the one who came in March counts on 31/5).
    QCOMPARE(s.group(Group::Students).rate, (RateFigure { 35, 38, 950 }));
    QCOMPARE(s.group(Group::All).rate, (RateFigure { 50, 54, 950 }));
    QCOMPARE(s.group(Group::All).rate.level(), TargetRate::Level::Near); // 92,6 %
    QCOMPARE(s.group(Group::Students).rate.tenths().value(), 921);
}

void TestMovementStats::figuresPerCollective()
{
    QVERIFY(addModel(m_math, u"Câu lạc bộ Toán học"_s));
    QVERIFY(addModel(m_math, u"Tủ sách Toán"_s));
    const MovementStats s = stats();
    auto data = MovementStatsQuery(m_db->connection()).load(m_year.id);
    const QList<MovementRoster::Unit>& units = data->roster.units();
    QStringList order;
    for (const auto& u : units)
        order << u.name;
    QCOMPARE(order, (QStringList { u"Toán"_s, u"Văn phòng"_s, u"10A1"_s, u"10A2"_s }));
    const auto& c = s.collectives();
    QCOMPARE(c.size(), 4);
    // A tổ of 13 with 12 recognised: 92,3 %, misses 100 %.
    QCOMPARE(c[0].rate, (RateFigure { 12, 13, 1000 }));
    QCOMPARE(c[0].rate.level(), TargetRate::Level::Missed);
    QCOMPARE(c[0].models, 2);
    QCOMPARE(c[0].modelsLevel(), TargetRate::Level::Met);
    QCOMPARE(c[1].rate, (RateFigure { 3, 3, 1000 }));
    QCOMPARE(c[1].models, 0); // no model recorded
    QCOMPARE(c[1].modelsLevel(), TargetRate::Level::Missed);
    // 17 of 18: 94,4 %, misses 95 % (amber); classes are held to the school's target.
    QCOMPARE(c[2].rate, (RateFigure { 17, 18, 950 }));
    QCOMPARE(c[2].rate.level(), TargetRate::Level::Near);
    QCOMPARE(c[3].rate, (RateFigure { 18, 20, 950 }));
    QCOMPARE(s.modelFigure(), (RateFigure { 1, 2, 1000 }));
}

void TestMovementStats::missingLists()
{
    const MovementStats s = stats();
    auto data = MovementStatsQuery(m_db->connection()).load(m_year.id);
    const MovementRoster& roster = data->roster;
    // Sorted by tên, tên đệm, họ: An < Bình < Chưa < Muộn.
    QCOMPARE(names(s.group(Group::All).missing, roster), u"Đỗ Thị An, Trần Thị Bình, Ngô Thị Chưa, Lý Văn Muộn"_s);
    QCOMPARE(names(s.group(Group::Staff).missing, roster), u"Trần Thị Bình"_s);
    QCOMPARE(names(s.collectives()[0].missing, roster), u"Trần Thị Bình"_s);
    QVERIFY(s.collectives()[1].missing.isEmpty()); // the one who left is not missing
    QCOMPARE(names(s.collectives()[3].missing, roster), u"Ngô Thị Chưa, Lý Văn Muộn"_s);
    const int late = roster.indexOf(m_late);
    QCOMPARE(roster.people()[late].standing, MovementRoster::Standing::Unassessed);
    QCOMPARE(roster.people()[roster.indexOf(m_left)].standing, MovementRoster::Standing::NotRecognised);
}

void TestMovementStats::referenceDateDecidesWhoCounts()
{
    Targets targets { m_year.id, 950, 1000, 1, QDate(2025, 1, 10) };
    QVERIFY(TargetService(m_db->connection()).setTargets(targets).ok());
    const MovementStats s = stats();
    // On 10/01/2025 the office clerk had not left yet (không đạt: counts, missing); the late student had not come.
    QCOMPARE(s.group(Group::Staff).rate, (RateFigure { 15, 17, 950 }));
    QCOMPARE(s.group(Group::Students).rate, (RateFigure { 35, 37, 950 }));
    QCOMPARE(s.collectives()[1].rate, (RateFigure { 3, 4, 1000 }));
}

void TestMovementStats::oneResultUpdatesIncrementally()
{
    const MovementStatsQuery query(m_db->connection());
    auto data = query.load(m_year.id);
    QVERIFY(data.ok());
    MovementRoster roster = data->roster;
    QVERIFY(setCdht(m_db->connection(), m_notAssessed, m_year.id, u"dat"_s));
    auto changed = query.members(m_year.id, { m_notAssessed, 424242 });
    QVERIFY(changed.ok());
    QCOMPARE(changed->size(), 1); // the unknown id is left out
    QVERIFY(roster.updatePerson(changed->constFirst()));
    QVERIFY(!roster.updatePerson(changed->constFirst())); // nothing new the second time
    const MovementStats s = MovementStats::compute(roster, data->targets, data->counts);
    QCOMPARE(s.collectives()[0].rate, (RateFigure { 13, 13, 1000 }));
    QCOMPARE(s.collectives()[0].rate.level(), TargetRate::Level::Met);
    QCOMPARE(s.group(Group::Staff).rate, (RateFigure { 16, 16, 950 }));
    // The incremental result is the full reload's.
    const MovementStats full = stats();
    QCOMPARE(full.group(Group::All).rate, s.group(Group::All).rate);
    QVERIFY(roster.sameUnits(changed->constFirst()));
    // Moved to the office: the roster no longer matches (the dashboard loads it again).
    QVERIFY(Sql::exec(m_db->connection(),
        u"UPDATE membership SET collective_id = ? WHERE person_id = ?"_s,
        { m_office.id, m_notAssessed }));
    QVERIFY(!roster.sameUnits(query.members(m_year.id, { m_notAssessed })->constFirst()));
    QVERIFY(roster.setStanding(m_notAssessed, MovementRoster::Standing::NotRecognised));
    QVERIFY(!roster.setStanding(m_notAssessed, MovementRoster::Standing::NotRecognised));
}

void TestMovementStats::emptyYear()
{
    auto year = SchoolRepository(m_db->connection()).ensureYear(2030);
    QVERIFY(year.ok());
    auto data = MovementStatsQuery(m_db->connection()).load(year->id);
    QVERIFY(data.ok());
    const MovementStats s = MovementStats::compute(data->roster, data->targets, data->counts);
    for (const auto& g : s.groups()) {
        QCOMPARE(g.rate.denominator, 0);
        QCOMPARE(g.rate.level(), TargetRate::Level::Empty);
        QVERIFY(!g.rate.met());
    }
    // The lasting tổ are there, empty; no class exists in that year.
    QCOMPARE(s.collectives().size(), 2);
    QCOMPARE(s.collectives()[0].rate.level(), TargetRate::Level::Empty);
    auto none = MovementStatsQuery(m_db->connection()).load(987654);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestMovementStats)
#include "TestMovementStats.moc"
