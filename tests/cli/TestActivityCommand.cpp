// thidua-cli activity, model and initiative end to end (issue 17), real processes on a real file: activities added
// with people, collectives or a count and listed per year; learning models and the tổ still without one; initiatives
// with their authors and decision; an .xlsx of activities imported (a bad row refusing all, the dry run, then the
// corrected file, then the same file again changing nothing). Refused commands leave the database file as it was.
#include "core/db/Database.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PersonRepository.h"
#include "core/school/SchoolRepository.h"
#include "core/spreadsheet/XlsxWriter.h"
#include "tests/support/CliRun.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace thidua;
using namespace Qt::StringLiterals;
using thidua::test::CliRun;
using thidua::test::fileHash;

class TestActivityCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void kinds();
    void activities();
    void models();
    void initiatives();
    void refused_data();
    void refused();
    void import();
    void modelImport();
    void initiativeImport();

private:
    CliRun cli(const QStringList& arguments) const
    {
        return thidua::test::runCli(QStringList { u"--db"_s, m_path } + arguments, u"en"_s);
    }
    QString writeList(const QList<QStringList>& rows) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestActivityCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"school.sqlite"_s);
    auto db = Database::open(m_path);
    QVERIFY(db.ok());
    const QSqlDatabase c = (*db)->connection();
    QVERIFY(SchoolRepository(c).ensureYear(2024).ok()); // id 1
    QVERIFY(SchoolRepository(c).ensureYear(2025).ok()); // id 2
    Person hoa;
    hoa.setFullName(u"Nguyễn Thị Hoà"_s);
    hoa.code = u"GV01"_s;
    QVERIFY(PersonRepository(c).insert(hoa).ok());
    Person binh;
    binh.setFullName(u"Trần Văn Bình"_s);
    binh.code = u"GV02"_s;
    QVERIFY(PersonRepository(c).insert(binh).ok());
    Collective toan { 0, CollectiveKind::SubjectGroup, u"Tổ Toán - Tin"_s, 0, 0, 0, true };
    QVERIFY(CollectiveRepository(c).insert(toan).ok());
    Collective van { 0, CollectiveKind::SubjectGroup, u"Tổ Ngữ văn"_s, 0, 0, 0, true };
    QVERIFY(CollectiveRepository(c).insert(van).ok());
}

void TestActivityCommand::cleanup()
{
    m_dir.reset();
}

QString TestActivityCommand::writeList(const QList<QStringList>& rows) const
{
    XlsxWriter writer;
    writer.addSheet(u"Hoạt động"_s);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            if (!rows.at(r).at(c).isEmpty())
                writer.writeText(r, c, rows.at(r).at(c), r == 0);
        }
    }
    const QString file = m_dir->filePath(u"hoat_dong_%1.xlsx"_s.arg(rows.size()));
    return writer.save(file).ok() ? file : QString();
}

void TestActivityCommand::kinds()
{
    const CliRun run = cli({ u"activity"_s, u"kinds"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out,
        u"propaganda\tTuyên truyền\ntraining\tTập huấn\ncontest\tHội thi\nlifelong_learning_week\tTuần lễ hưởng ứng "
        u"học "
        "tập suốt đời\nreading_day\tNgày Sách và Văn hóa đọc Việt Nam\nthematic\tChuyên đề\nother\tKhác\n"_s);
}

void TestActivityCommand::activities()
{
    CliRun run = cli({ u"activity"_s,
        u"add"_s,
        u"--year"_s,
        u"2024-2025"_s,
        u"--kind"_s,
        u"Tuần lễ học tập suốt đời"_s,
        u"--title"_s,
        u"Tuần lễ hưởng ứng học tập suốt đời 2024"_s,
        u"--from"_s,
        u"01/10/2024"_s,
        u"--to"_s,
        u"2024-10-07"_s,
        u"--organizer"_s,
        u"tổ toán - tin"_s,
        u"--count"_s,
        u"850"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"1\n"_s);
    run = cli({ u"activity"_s,
        u"add"_s,
        u"--year"_s,
        u"2024-2025"_s,
        u"--kind"_s,
        u"training"_s,
        u"--title"_s,
        u"Tập huấn chuyển đổi số"_s,
        u"--from"_s,
        u"15/08/2024"_s,
        u"--person"_s,
        u"GV02"_s,
        u"--person"_s,
        u"gv01"_s,
        u"--description"_s,
        u"Cả buổi sáng"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({ u"activity"_s,
        u"add"_s,
        u"--year"_s,
        u"2025-2026"_s,
        u"--kind"_s,
        u"hội thi"_s,
        u"--title"_s,
        u"Hội thi Rung chuông vàng"_s,
        u"--from"_s,
        u"20/11/2025"_s,
        u"--collective"_s,
        u"Tổ Ngữ văn"_s,
        u"--collective"_s,
        u"Tổ Toán - Tin"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    run = cli({ u"activity"_s, u"list"_s, u"--year"_s, u"2024-2025"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out,
        u"2\t2024-2025\t15/08/2024\ttraining\tTập huấn chuyển đổi số\t\t2\tNguyễn Thị Hoà; Trần Văn Bình\n"
        "1\t2024-2025\t01/10/2024–07/10/2024\tlifelong_learning_week\tTuần lễ hưởng ứng học tập suốt đời 2024\t"
        "Tổ Toán - Tin\t850\t\n"_s);
    run = cli({ u"activity"_s, u"list"_s });
    QCOMPARE(run.out.count(u'\n'), 3);
    QVERIFY(run.out.endsWith(
        u"3\t2025-2026\t20/11/2025\tcontest\tHội thi Rung chuông vàng\t\t0\tTổ Toán - Tin; Tổ Ngữ văn\n"_s));

    run = cli({ u"activity"_s, u"remove"_s, u"2"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(cli({ u"activity"_s, u"list"_s, u"--year"_s, u"2024-2025"_s }).out.count(u'\n'), 1);
}

void TestActivityCommand::models()
{
    CliRun run = cli({ u"model"_s, u"list"_s, u"--year"_s, u"2024-2025"_s, u"--missing"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"1\tTổ Toán - Tin\n2\tTổ Ngữ văn\n"_s);
    run = cli({ u"model"_s,
        u"add"_s,
        u"--year"_s,
        u"2024-2025"_s,
        u"--collective"_s,
        u"Tổ Ngữ văn"_s,
        u"--name"_s,
        u"Câu lạc bộ đọc sách"_s,
        u"--result"_s,
        u"120 học sinh tham gia"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"1\n"_s);
    QCOMPARE(cli({ u"model"_s, u"list"_s, u"--year"_s, u"2024-2025"_s, u"--missing"_s }).out, u"1\tTổ Toán - Tin\n"_s);
    QCOMPARE(cli({ u"model"_s, u"list"_s, u"--year"_s, u"2025-2026"_s, u"--missing"_s }).out,
        u"1\tTổ Toán - Tin\n2\tTổ Ngữ văn\n"_s);
    QCOMPARE(cli({ u"model"_s, u"list"_s }).out,
        u"1\t2024-2025\tTổ Ngữ văn\tCâu lạc bộ đọc sách\t120 học sinh tham gia\n"_s);
    QCOMPARE(cli({ u"model"_s, u"remove"_s, u"1"_s }).exitCode, 0);
    QCOMPARE(cli({ u"model"_s, u"list"_s }).out, QString());
}

void TestActivityCommand::initiatives()
{
    CliRun run = cli({ u"initiative"_s,
        u"add"_s,
        u"--year"_s,
        u"2024-2025"_s,
        u"--title"_s,
        u"Ứng dụng GeoGebra trong dạy học hình học"_s,
        u"--author"_s,
        u"GV02"_s,
        u"--author"_s,
        u"GV01"_s,
        u"--level"_s,
        u"cấp huyện"_s,
        u"--number"_s,
        u"125/QĐ-PGDĐT"_s,
        u"--date"_s,
        u"20/05/2025"_s,
        u"--issuer"_s,
        u"Phòng GDĐT"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"1\n"_s);
    run = cli({ u"initiative"_s, u"list"_s, u"--year"_s, u"2024-2025"_s });
    QCOMPARE(run.out,
        u"1\t2024-2025\tdistrict\tỨng dụng GeoGebra trong dạy học hình học\tTrần Văn Bình, Nguyễn Thị Hoà\t"
        "125/QĐ-PGDĐT\t20/05/2025\tPhòng GDĐT\n"_s);
    QCOMPARE(cli({ u"initiative"_s, u"list"_s, u"--year"_s, u"2025-2026"_s }).out, QString());
    QCOMPARE(cli({ u"initiative"_s, u"remove"_s, u"1"_s }).exitCode, 0);
    QCOMPARE(cli({ u"initiative"_s, u"list"_s }).out, QString());
}

void TestActivityCommand::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList add { u"activity"_s, u"add"_s, u"--year"_s, u"2024-2025"_s, u"--title"_s, u"Hội thảo"_s };
    QTest::newRow("unknown kind") << add + QStringList { u"--kind"_s, u"picnic"_s, u"--from"_s, u"01/10/2024"_s } << 2
                                  << u"--kind must be one of the kinds"_s;
    QTest::newRow("not a date") << add + QStringList { u"--kind"_s, u"other"_s, u"--from"_s, u"32/10/2024"_s } << 2
                                << u"is not a date"_s;
    QTest::newRow("ends before") << add
            + QStringList { u"--kind"_s, u"other"_s, u"--from"_s, u"10/10/2024"_s, u"--to"_s, u"09/10/2024"_s }
                                 << 1 << u"ends (09/10/2024) before it begins (10/10/2024)"_s;
    QTest::newRow("count and people") << add
            + QStringList {
                  u"--kind"_s, u"other"_s, u"--from"_s, u"10/10/2024"_s, u"--person"_s, u"GV01"_s, u"--count"_s, u"30"_s
              } << 1 << u"either as a list of people or as a number"_s;
    QTest::newRow("unknown person") << add
            + QStringList { u"--kind"_s, u"other"_s, u"--from"_s, u"10/10/2024"_s, u"--person"_s, u"GV99"_s }
                                    << 1 << u"GV99"_s;
    QTest::newRow("unknown collective") << add
            + QStringList { u"--kind"_s, u"other"_s, u"--from"_s, u"10/10/2024"_s, u"--collective"_s, u"Tổ Hoá"_s }
                                        << 1 << u"There is no collective “Tổ Hoá”."_s;
    QTest::newRow("year not stored") << QStringList { u"activity"_s,
        u"add"_s,
        u"--year"_s,
        u"2030-2031"_s,
        u"--title"_s,
        u"X"_s,
        u"--kind"_s,
        u"other"_s,
        u"--from"_s,
        u"10/10/2030"_s } << 1 << u"no school year 2030-2031"_s;
    QTest::newRow("no title") << QStringList {
        u"activity"_s, u"add"_s, u"--year"_s, u"2024-2025"_s, u"--kind"_s, u"other"_s, u"--from"_s, u"10/10/2024"_s
    } << 1 << u"An activity needs a title."_s;
    QTest::newRow("remove unknown") << QStringList { u"activity"_s, u"remove"_s, u"9"_s } << 1
                                    << u"There is no activity number 9."_s;
    QTest::newRow("model without name") << QStringList {
        u"model"_s, u"add"_s, u"--year"_s, u"2024-2025"_s, u"--collective"_s, u"Tổ Ngữ văn"_s
    } << 1 << u"A learning model needs a name."_s;
    QTest::newRow("model without collective")
        << QStringList { u"model"_s, u"add"_s, u"--year"_s, u"2024-2025"_s, u"--name"_s, u"CLB"_s } << 2
        << u"--collective is needed"_s;
    QTest::newRow("initiative without author")
        << QStringList { u"initiative"_s, u"add"_s, u"--year"_s, u"2024-2025"_s, u"--title"_s, u"SK"_s } << 1
        << u"needs at least one author"_s;
    QTest::newRow("initiative level") << QStringList { u"initiative"_s,
        u"add"_s,
        u"--year"_s,
        u"2024-2025"_s,
        u"--title"_s,
        u"SK"_s,
        u"--author"_s,
        u"GV01"_s,
        u"--level"_s,
        u"xã"_s } << 2 << u"--level must be base, district, province or nation"_s;
    QTest::newRow("unknown action") << QStringList { u"activity"_s, u"edit"_s } << 2 << u"Unknown action"_s;
}

void TestActivityCommand::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QByteArray before = fileHash(m_path);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(fileHash(m_path), before);
}

void TestActivityCommand::import()
{
    const QStringList header { u"STT"_s,
        u"Loại hoạt động"_s,
        u"Tên hoạt động"_s,
        u"Từ ngày"_s,
        u"Đến ngày"_s,
        u"Đơn vị tổ chức"_s,
        u"Người tham gia"_s,
        u"Số người tham gia"_s };
    const QStringList week { u"1"_s,
        u"Tuần lễ hưởng ứng học tập suốt đời"_s,
        u"Tuần lễ HTSĐ 2024"_s,
        u"01/10/2024"_s,
        u"07/10/2024"_s,
        u"Tổ Ngữ văn"_s,
        {},
        u"900"_s };
    const QStringList training {
        u"2"_s, u"Tập huấn"_s, u"Tập huấn AI"_s, u"2025-09-20"_s, {}, {}, u"GV01; Trần Văn Bình"_s, {}
    };
    const QStringList bad { u"3"_s, u"Dã ngoại"_s, u"Đi thực tế"_s, u"15/03/2025"_s, u"14/03/2025"_s, {}, {}, {} };
    const QString wrong = writeList({ header, week, training, bad });
    QVERIFY(!wrong.isEmpty());

    const QByteArray before = fileHash(m_path);
    CliRun run = cli({ u"activity"_s, u"import"_s, wrong });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out,
        u"Hoạt động:4:2: “Dã ngoại” is not a kind of activity: write one of Tuyên truyền, Tập huấn, Hội thi, Tuần lễ "
        "hưởng ứng học tập suốt đời, Ngày Sách và Văn hóa đọc Việt Nam, Chuyên đề, Khác.\n"
        "Hoạt động:4:5: The activity ends (14/03/2025) before it begins (15/03/2025).\n"
        "added 0, unchanged 0, skipped 3, errors 2\n"_s);
    QVERIFY2(run.err.contains(u"nothing was imported"_s), qPrintable(run.err));
    QCOMPARE(fileHash(m_path), before);

    const QString good = writeList({ header, week, training });
    run = cli({ u"activity"_s, u"import"_s, good, u"--dry-run"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"added 2, unchanged 0, skipped 0, errors 0\n"_s);
    QCOMPARE(fileHash(m_path), before);

    run = cli({ u"activity"_s, u"import"_s, good });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"added 2, unchanged 0, skipped 0, errors 0\n"_s);
    run = cli({ u"activity"_s, u"list"_s });
    // The training's year comes from its date: 20/09/2025 is in 2025-2026.
    QCOMPARE(run.out,
        u"1\t2024-2025\t01/10/2024–07/10/2024\tlifelong_learning_week\tTuần lễ HTSĐ 2024\tTổ Ngữ văn\t900\t\n"
        "2\t2025-2026\t20/09/2025\ttraining\tTập huấn AI\t\t2\tNguyễn Thị Hoà; Trần Văn Bình\n"_s);
    const QByteArray imported = fileHash(m_path);
    run = cli({ u"activity"_s, u"import"_s, good });
    QCOMPARE(run.out, u"added 0, unchanged 2, skipped 0, errors 0\n"_s);
    QCOMPARE(fileHash(m_path), imported);

    // --skip-bad-rows imports the good rows of the wrong file: both are stored already.
    run = cli({ u"activity"_s, u"import"_s, wrong, u"--skip-bad-rows"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.endsWith(u"added 0, unchanged 2, skipped 1, errors 2\n"_s));
}

void TestActivityCommand::modelImport()
{
    const QStringList header { u"STT"_s, u"Tổ chuyên môn"_s, u"Tên mô hình"_s, u"Kết quả"_s };
    const QString wrong = writeList({ header,
        { u"1"_s, u"Tổ Ngữ văn"_s, u"Câu lạc bộ đọc sách"_s, u"Tốt"_s },
        { u"2"_s, u"Tổ Sinh"_s, u"Vườn sinh học"_s, {} } });
    const QByteArray before = fileHash(m_path);
    CliRun run = cli({ u"model"_s, u"import"_s, wrong, u"--year"_s, u"2024-2025"_s });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out,
        u"Hoạt động:3:2: No collective named Tổ Sinh is stored.\nadded 0, unchanged 0, skipped 2, errors 1\n"_s);
    QVERIFY2(run.err.contains(u"nothing was imported"_s), qPrintable(run.err));
    QCOMPARE(fileHash(m_path), before);
    // Without --year the rows have no school year.
    const QString good = writeList({ header, { u"1"_s, u"Tổ Ngữ văn"_s, u"Câu lạc bộ đọc sách"_s, u"Tốt"_s } });
    run = cli({ u"model"_s, u"import"_s, good });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.startsWith(u"Hoạt động:2:0: The school year is missing"_s));
    QCOMPARE(fileHash(m_path), before);
    run = cli({ u"model"_s, u"import"_s, good, u"--year"_s, u"2024-2025"_s, u"--dry-run"_s });
    QCOMPARE(run.out, u"added 1, unchanged 0, skipped 0, errors 0\n"_s);
    QCOMPARE(fileHash(m_path), before);
    run = cli({ u"model"_s, u"import"_s, good, u"--year"_s, u"2024-2025"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"added 1, unchanged 0, skipped 0, errors 0\n"_s);
    QCOMPARE(cli({ u"model"_s, u"list"_s }).out, u"1\t2024-2025\tTổ Ngữ văn\tCâu lạc bộ đọc sách\tTốt\n"_s);
    QCOMPARE(cli({ u"model"_s, u"list"_s, u"--year"_s, u"2024-2025"_s, u"--missing"_s }).out, u"1\tTổ Toán - Tin\n"_s);
}

void TestActivityCommand::initiativeImport()
{
    const QStringList header { u"Tên sáng kiến"_s, u"Tác giả"_s, u"Cấp"_s, u"Số QĐ"_s, u"Ngày QĐ"_s };
    const QString wrong = writeList({ header,
        { u"Thư viện số"_s, u"GV01"_s, u"tỉnh"_s, u"88/QĐ-SGDĐT"_s, u"19/06/2025"_s },
        { u"Sổ tay tự học"_s, u"GV09"_s, {}, {}, {} } });
    const QByteArray before = fileHash(m_path);
    CliRun run = cli({ u"initiative"_s, u"import"_s, wrong, u"--year"_s, u"2024-2025"_s });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out,
        u"Hoạt động:3:2: No one named or coded GV09 is stored.\nadded 0, unchanged 0, skipped 2, errors 1\n"_s);
    QCOMPARE(fileHash(m_path), before);
    run = cli({ u"initiative"_s, u"import"_s, wrong, u"--year"_s, u"2024-2025"_s, u"--skip-bad-rows"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.endsWith(u"added 1, unchanged 0, skipped 1, errors 1\n"_s));
    QCOMPARE(cli({ u"initiative"_s, u"list"_s }).out,
        u"1\t2024-2025\tprovince\tThư viện số\tNguyễn Thị Hoà\t88/QĐ-SGDĐT\t19/06/2025\t\n"_s);
}

QTEST_GUILESS_MAIN(TestActivityCommand)
#include "TestActivityCommand.moc"
