// thidua-cli stats and targets end to end (issue 14, point 7), real processes on a real file: a school made by hand
// (a tổ of 13 with 12 recognised, a class of 18 with 17), whose every figure is counted by hand below. The learning
// models of a tổ are those recorded with `model add` (issue 17), never typed.
#include "core/db/Database.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PersonRepository.h"
#include "core/school/SchoolRepository.h"
#include "tests/support/CdhtFixture.h"
#include "tests/support/CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using namespace Qt::StringLiterals;
using thidua::test::CliRun;
using thidua::test::fileHash;

namespace {

CliRun cli(const QStringList& arguments, const QString& language = u"vi"_s)
{
    return thidua::test::runCli(arguments, language);
}

} // namespace

class TestStatsCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void table();
    void json();
    void missingList();
    void setAndShowTargets();
    void refused_data();
    void refused();

private:
    QStringList base() const { return { u"--db"_s, m_path }; }

    QTemporaryDir m_dir;
    QString m_path;
};

void TestStatsCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"school.sqlite"_s);
    auto db = Database::open(m_path);
    QVERIFY(db.ok());
    const QSqlDatabase c = (*db)->connection();
    auto year = SchoolRepository(c).ensureYear(2024);
    QVERIFY(year.ok());
    CollectiveRepository collectives(c);
    Collective math { 0, CollectiveKind::SubjectGroup, u"Toán"_s, 0, 0, 0, true };
    Collective cls { 0, CollectiveKind::Class, u"10A1"_s, 0, year->id, 10, true };
    QVERIFY(collectives.insert(math).ok());
    QVERIFY(collectives.insert(cls).ok());
    auto add =
        [&](PersonKind kind, const QString& name, const QString& code, const Collective& unit, const QString& status) {
            Person p;
            p.kind = kind;
            p.setFullName(name);
            p.code = code;
            auto id = PersonRepository(c).insert(p);
            QVERIFY(id.ok());
            Membership m { 0, *id, unit.id, year->id, Membership::Role::Member };
            QVERIFY(collectives.addMember(m).ok());
            if (!status.isEmpty())
                QVERIFY(thidua::test::setCdht(c, *id, year->id, status));
        };
    for (int i = 1; i <= 12; ++i)
        add(PersonKind::Staff, u"Nguyễn Văn Toán"_s, u"GV%1"_s.arg(i, 2, 10, QLatin1Char('0')), math, u"dat"_s);
    add(PersonKind::Staff, u"Trần Thị Bình"_s, u"GV13"_s, math, QString());
    for (int i = 1; i <= 17; ++i)
        add(PersonKind::Student, u"Võ Minh Khang"_s, u"HS%1"_s.arg(i, 2, 10, QLatin1Char('0')), cls, u"dat"_s);
    add(PersonKind::Student, u"Đỗ Thị An"_s, u"HS18"_s, cls, u"khong_dat"_s);
}

void TestStatsCommand::table()
{
    // In English: the Vietnamese texts come with the lead's merge of the translations (translations/thidua_vi.ts).
    const CliRun run = cli(base() << u"stats"_s << u"--year"_s << u"2024-2025"_s, u"en"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.split(u'\n');
    auto line = [&](const QString& start) {
        for (const QString& l : lines) {
            if (l.startsWith(start))
                return l.simplified();
        }
        return QString();
    };
    QVERIFY2(run.out.contains(u"31/05/2025"_s), qPrintable(run.out));
    // Staff 12 of 13 (92,3 %), students 17 of 18 (94,4 %), together 29 of 31 (93,5 %), against ≥ 95 %.
    QCOMPARE(line(u"Staff "_s), u"Staff 12 13 92,3 % ≥ 95 % not met"_s);
    QCOMPARE(line(u"Students"_s), u"Students 17 18 94,4 % ≥ 95 % not met"_s);
    QCOMPARE(line(u"Staff and students"_s), u"Staff and students 29 31 93,5 % ≥ 95 % not met"_s);
    QCOMPARE(line(u"Groups with"_s), u"Groups with 1 learning model(s) or more 0 1 0,0 % ≥ 100 % not met"_s);
    QCOMPARE(line(u"Group Toán"_s), u"Group Toán 12 13 92,3 % ≥ 100 % not met 0 of 1 not met"_s);
    QCOMPARE(line(u"Class 10A1"_s), u"Class 10A1 17 18 94,4 % ≥ 95 % not met"_s);
}

void TestStatsCommand::json()
{
    const CliRun run = cli(base() << u"stats"_s << u"--year"_s << u"2024-2025"_s << u"--format"_s << u"json"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root[u"year"_s].toString(), u"2024-2025"_s);
    QCOMPARE(root[u"reference_date"_s].toString(), u"2025-05-31"_s);
    QCOMPARE(root[u"targets"_s][u"rate"_s].toDouble(), 95.0);
    const QJsonArray groups = root[u"groups"_s].toArray();
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups[1][u"group"_s].toString(), u"students"_s);
    QCOMPARE(groups[1][u"numerator"_s].toInt(), 17);
    QCOMPARE(groups[1][u"denominator"_s].toInt(), 18);
    QCOMPARE(groups[1][u"rate"_s].toDouble(), 94.4);
    QCOMPARE(groups[1][u"met"_s].toBool(true), false);
    const QJsonArray collectives = root[u"collectives"_s].toArray();
    QCOMPARE(collectives.size(), 2);
    QCOMPARE(collectives[0][u"name"_s].toString(), u"Toán"_s);
    QCOMPARE(collectives[0][u"kind"_s].toString(), u"subject_group"_s);
    QCOMPARE(collectives[0][u"rate"_s].toDouble(), 92.3);
    QCOMPARE(collectives[0][u"target"_s].toDouble(), 100.0);
    QCOMPARE(collectives[0][u"learning_models"_s][u"count"_s].toInt(), 0);
    const QJsonArray missing = collectives[0][u"missing"_s].toArray();
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing[0][u"code"_s].toString(), u"GV13"_s);
    QCOMPARE(missing[0][u"status"_s].toString(), u"chua"_s);
    QCOMPARE(collectives[1][u"missing"_s][0][u"status"_s].toString(), u"khong_dat"_s);
    QVERIFY(!collectives[1].toObject().contains(u"learning_models"_s));
}

void TestStatsCommand::missingList()
{
    const CliRun run = cli(base() << u"stats"_s << u"--year"_s << u"2024-2025"_s << u"--missing"_s, u"en"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"  Trần Thị Bình (GV13): not assessed yet\n"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"  Đỗ Thị An (HS18): not recognised\n"_s));
}

void TestStatsCommand::setAndShowTargets()
{
    QDir().mkpath(m_dir.filePath(u"copy"_s));
    const QString copy = m_dir.filePath(u"copy/school.sqlite"_s);
    QVERIFY(QFile::copy(m_path, copy));
    const QStringList db { u"--db"_s, copy };
    CliRun run =
        cli(QStringList(db) << u"targets"_s << u"set"_s << u"--year"_s << u"2024-2025"_s << u"--rate"_s << u"92,5"_s
                            << u"--group-rate"_s << u"90"_s << u"--reference-date"_s << u"01/03/2025"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli(QStringList(db) << u"targets"_s << u"show"_s << u"--year"_s << u"2024-2025"_s);
    QVERIFY2(run.out.endsWith(u"learning_models: Toán: 0\n"_s), qPrintable(run.out));
    for (const QString& name : { u"Câu lạc bộ Toán học"_s, u"Tủ sách Toán"_s }) {
        run = cli(QStringList(db) << u"model"_s << u"add"_s << u"--year"_s << u"2024-2025"_s << u"--collective"_s
                                  << u"Toán"_s << u"--name"_s << name);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    run = cli(QStringList(db) << u"targets"_s << u"show"_s << u"--year"_s << u"2024-2025"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out,
        u"year: 2024-2025\nrate: 92,5 %\ngroup_rate: 90 %\nmodels_per_group: 1\nreference_date: 01/03/2025\n"
        "learning_models: Toán: 2\n"_s);
    // Now the tổ (92,3 % ≥ 90 %) and the students (94,4 % ≥ 92,5 %) meet their targets.
    run = cli(QStringList(db) << u"stats"_s << u"--year"_s << u"2024-2025"_s, u"en"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.simplified().contains(u"Group Toán 12 13 92,3 % ≥ 90 % met 2 of 1 met"_s), qPrintable(run.out));
    QVERIFY(run.out.simplified().contains(u"Students 17 18 94,4 % ≥ 92,5 % met"_s));
    run = cli(QStringList(db) << u"targets"_s << u"set"_s << u"--year"_s << u"2024-2025"_s << u"--reference-date"_s
                              << u"end"_s);
    QCOMPARE(run.exitCode, 0);
    run = cli(QStringList(db) << u"targets"_s << u"show"_s << u"--year"_s << u"2024-2025"_s);
    QVERIFY(run.out.contains(u"reference_date: 31/05/2025 (end)\n"_s));
}

void TestStatsCommand::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList year { u"--year"_s, u"2024-2025"_s };
    QTest::newRow("stats without a year") << QStringList { u"stats"_s } << 2 << u"--year 2024-2025"_s;
    QTest::newRow("stats of a year not there")
        << QStringList { u"stats"_s, u"--year"_s, u"2030-2031"_s } << 1 << u"2030-2031"_s;
    QTest::newRow("stats in xml") << (QStringList { u"stats"_s, u"--format"_s, u"xml"_s } + year) << 2 << u"xml"_s;
    QTest::newRow("rate in words") << (QStringList { u"targets"_s, u"set"_s, u"--rate"_s, u"nhiều"_s } + year) << 2
                                   << u"--rate"_s;
    QTest::newRow("rate above 100") << (QStringList { u"targets"_s, u"set"_s, u"--rate"_s, u"101"_s } + year) << 2
                                    << u"--rate"_s;
    QTest::newRow("reference date outside the year")
        << (QStringList { u"targets"_s, u"set"_s, u"--reference-date"_s, u"01/06/2025"_s } + year) << 1
        << u"01/06/2025"_s;
    QTest::newRow("models per group above 100")
        << (QStringList { u"targets"_s, u"set"_s, u"--models-per-group"_s, u"101"_s } + year) << 1 << u"100"_s;
    QTest::newRow("typing a count of models (gone)")
        << (QStringList { u"targets"_s, u"models"_s, u"Toán"_s, u"2"_s } + year) << 2 << u"model add"_s;
    QTest::newRow("unknown action") << (QStringList { u"targets"_s, u"drop"_s } + year) << 2 << u"drop"_s;
}

void TestStatsCommand::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QByteArray before = fileHash(m_path);
    const CliRun run = cli(base() + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(fileHash(m_path), before);
}

QTEST_GUILESS_MAIN(TestStatsCommand)
#include "TestStatsCommand.moc"
