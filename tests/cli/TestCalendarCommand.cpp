// thidua-cli calendar end to end (issue 17, point 2): the entries of a school year with dates, days left and missing
// items on a small school built here; --today and --year; `calendar set` changing a yearly date, an event's span and a
// one-off date; wrong input refused with the database file unchanged.
#include "core/db/Database.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PersonRepository.h"
#include "core/school/SchoolRepository.h"
#include "tests/support/CliRun.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace thidua;
using namespace Qt::StringLiterals;
using thidua::test::CliRun;
using thidua::test::fileHash;

class TestCalendarCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void show();
    void set();
    void refused_data();
    void refused();

private:
    CliRun cli(const QStringList& arguments) const
    {
        return thidua::test::runCli(QStringList { u"--db"_s, m_path } + arguments, u"en"_s);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestCalendarCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"school.sqlite"_s);
    auto db = Database::open(m_path);
    QVERIFY(db.ok());
    const QSqlDatabase c = (*db)->connection();
    const qint64 year = SchoolRepository(c).ensureYear(2024)->id;
    Collective van { 0, CollectiveKind::SubjectGroup, u"Tổ Ngữ văn"_s, 0, 0, 0, true };
    QVERIFY(CollectiveRepository(c).insert(van).ok());
    for (const QString& name : { u"Nguyễn Thị Hoà"_s, u"Trần Văn Bình"_s }) {
        Person p;
        p.setFullName(name);
        const qint64 id = *PersonRepository(c).insert(p);
        Membership m { 0, id, van.id, year, Membership::Role::Member };
        QVERIFY(CollectiveRepository(c).addMember(m).ok());
    }
}

void TestCalendarCommand::show()
{
    QCOMPARE(cli({ u"report"_s,
                     u"text"_s,
                     u"--year"_s,
                     u"2024-2025"_s,
                     u"--section"_s,
                     u"noi_bat"_s,
                     u"--text"_s,
                     u"Tốt"_s })
                 .exitCode,
        0);
    CliRun run = cli({ u"calendar"_s, u"--today"_s, u"2024-11-13"_s });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out,
        u"Calendar of the school year 2024-2025 (today 13/11/2024)\n"
        "15/09/2024\tHồ sơ đề nghị khen thưởng Phong trào thi đua\tdone\taward_dossier\n"
        "01/10/2024–07/10/2024\tTuần lễ hưởng ứng học tập suốt đời\t37 days overdue\tlifelong_learning_week\n"
        "    No activity “Tuần lễ hưởng ứng học tập suốt đời” recorded in 2024-2025 yet\n"
        "25/11/2024\tBáo cáo kết quả thực hiện Phong trào thi đua\t12 days left\tannual_report\n"
        "    2 staff have no Learning citizen result yet\n"
        "    Tổ Ngữ văn has no learning model this year\n"
        "    The annual report 2024-2025 has no section “Tồn tại, hạn chế” yet\n"
        "    The annual report 2024-2025 has no section “Nguyên nhân” yet\n"
        "    The annual report 2024-2025 has no section “Phương hướng, nhiệm vụ” yet\n"
        "    The annual report 2024-2025 has no section “Đề xuất, kiến nghị” yet\n"
        "21/04/2025\tNgày Sách và Văn hóa đọc Việt Nam\t159 days left\treading_day\n"
        "    No activity “Ngày Sách và Văn hóa đọc Việt Nam” recorded in 2024-2025 yet\n"
        "15/08/2025\tHồ sơ đề nghị khen thưởng sơ kết giai đoạn 2023–2025\t275 days left\tmidterm_dossier\n"
        "    No council meeting on awards in 2024-2025 yet\n"_s);
    // Another year, not stored: its dates and the report's sections only.
    run = cli({ u"calendar"_s, u"--year"_s, u"2025-2026"_s, u"--today"_s, u"2025-09-30"_s });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.section(u'\n', 0, 4),
        u"Calendar of the school year 2025-2026 (today 30/09/2025)\n"
        "15/09/2025\tHồ sơ đề nghị khen thưởng Phong trào thi đua\t15 days overdue\taward_dossier\n"
        "    No council meeting on awards in 2024-2025 yet\n"
        "30/09/2025\tSơ kết Phong trào thi đua giai đoạn 2023–2025\ttoday\tmidterm_review\n"
        "    The review report 2023–2025 has none of its judgement sections written yet"_s);
}

void TestCalendarCommand::set()
{
    QCOMPARE(cli({ u"calendar"_s, u"set"_s, u"annual_report"_s, u"--date"_s, u"5/12"_s }).exitCode, 0);
    QCOMPARE(
        cli({ u"calendar"_s, u"set"_s, u"lifelong_learning_week"_s, u"--date"_s, u"02/10"_s, u"--end"_s, u"08/10"_s })
            .exitCode,
        0);
    QCOMPARE(cli({ u"calendar"_s, u"set"_s, u"midterm_review"_s, u"--date"_s, u"31/08/2025"_s }).exitCode, 0);
    const CliRun run = cli({ u"calendar"_s, u"--year"_s, u"2024-2025"_s, u"--today"_s, u"2024-09-01"_s });
    QCOMPARE(run.exitCode, 0);
    QStringList lines;
    for (const QString& line : run.out.split(u'\n')) {
        if (!line.startsWith(u' ') && line.contains(u'\t'))
            lines << line.section(u'\t', 0, 0) + u' ' + line.section(u'\t', 3, 3);
    }
    QCOMPARE(lines,
        (QStringList { u"15/09/2024 award_dossier"_s,
            u"02/10/2024–08/10/2024 lifelong_learning_week"_s,
            u"05/12/2024 annual_report"_s,
            u"21/04/2025 reading_day"_s,
            u"15/08/2025 midterm_dossier"_s,
            u"31/08/2025 midterm_review"_s }));
}

void TestCalendarCommand::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown entry") << QStringList { u"set"_s, u"nothing"_s, u"--date"_s, u"1/1"_s } << 1
                                   << u"Error: The calendar has no entry “nothing”."_s;
    QTest::newRow("31/04") << QStringList { u"set"_s, u"annual_report"_s, u"--date"_s, u"31/4"_s } << 1
                           << u"Error: “Báo cáo kết quả thực hiện Phong trào thi đua”: 31/4 is not a day of the "
                              "year."_s;
    QTest::newRow("not a date") << QStringList { u"set"_s, u"annual_report"_s, u"--date"_s, u"25-11"_s } << 2
                                << u"--date must be a day and month such as 25/11, not “25-11”."_s;
    QTest::newRow("year on a yearly entry")
        << QStringList { u"set"_s, u"annual_report"_s, u"--date"_s, u"25/11/2024"_s } << 2
        << u"“Báo cáo kết quả thực hiện Phong trào thi đua” comes every year: give "
           "--date as DD/MM."_s;
    QTest::newRow("bad today") << QStringList { u"--today"_s, u"hôm qua"_s } << 2 << QString();
    QTest::newRow("unknown action") << QStringList { u"move"_s } << 2
                                    << u"Unknown action “move”: use calendar [--year 2024-2025] or calendar set."_s;
}

void TestCalendarCommand::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QByteArray before = fileHash(m_path);
    const CliRun run = cli(QStringList { u"calendar"_s } + arguments);
    QCOMPARE(run.exitCode, exitCode);
    if (!message.isEmpty())
        QCOMPARE(run.err.section(u'\n', 0, 0), message);
    else
        QVERIFY(!run.err.isEmpty());
    QCOMPARE(fileHash(m_path), before);
}

QTEST_GUILESS_MAIN(TestCalendarCommand)
#include "TestCalendarCommand.moc"
