// thidua-cli award end to end (issue 16), real processes on a real file: the catalogue listed and edited, the base
// salary listed, added and removed, prize amounts either side of 01/07/2024, the history of a person and a collective
// added, listed and removed, and an .xlsx of past awards imported (dry run, a bad row refusing all, --skip-bad-rows).
// Refused commands leave the database file as it was.
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

class TestAwardCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void forms();
    void editForms();
    void refusedForms_data();
    void refusedForms();
    void salary();
    void prize_data();
    void prize();
    void history();
    void refusedAdds_data();
    void refusedAdds();
    void import();

private:
    CliRun cli(const QStringList& arguments) const
    {
        return thidua::test::runCli(QStringList { u"--db"_s, m_path, u"award"_s } + arguments, u"en"_s);
    }
    QString lineOf(const QString& out, const QString& start) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestAwardCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"school.sqlite"_s);
    auto db = Database::open(m_path);
    QVERIFY(db.ok());
    const QSqlDatabase c = (*db)->connection();
    QVERIFY(SchoolRepository(c).ensureYear(2024).ok());
    Person hoa;
    hoa.setFullName(u"Nguyễn Thị Hoà"_s);
    hoa.code = u"GV01"_s;
    hoa.birthDate = PartialDate(QDate(1984, 3, 6));
    QVERIFY(PersonRepository(c).insert(hoa).ok());
    Collective toan { 0, CollectiveKind::SubjectGroup, u"Tổ Toán - Tin"_s, 0, 0, 0, true };
    QVERIFY(CollectiveRepository(c).insert(toan).ok());
}

void TestAwardCommand::cleanup()
{
    m_dir.reset();
}

QString TestAwardCommand::lineOf(const QString& out, const QString& start) const
{
    for (const QString& line : out.split(u'\n')) {
        if (line.startsWith(start))
            return line;
    }
    return QString();
}

void TestAwardCommand::forms()
{
    const CliRun run = cli({ u"forms"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 12);
    QCOMPARE(lines.at(0), u"key\tname\tkind\tfor\tdecided by\tcoefficient\tthreshold\trequires"_s);
    QCOMPARE(lines.at(1),
        u"lao_dong_tien_tien\tLao động tiên tiến\tEmulation title\tperson\tHiệu trưởng\t0,3\t70 % present\t"_s);
    QCOMPARE(lines.at(2),
        u"chien_si_thi_dua_co_so\tChiến sĩ thi đua cơ sở\tEmulation title\tperson\tThủ trưởng cấp trên trực tiếp\t1\t"
        "70 % present\tlao_dong_tien_tien"_s);
    QCOMPARE(lines.at(5),
        u"tap_the_lao_dong_xuat_sac\tTập thể lao động xuất sắc\tEmulation title\tcollective\tThủ trưởng cấp trên trực "
        "tiếp\t1,5\t70 % present\ttap_the_lao_dong_tien_tien"_s);
    QCOMPARE(lines.at(10),
        u"bang_khen_tinh_tap_the\tBằng khen của Chủ tịch Ủy ban nhân dân tỉnh (tập thể)\tForm of commendation\t"
        "collective\tChủ tịch Ủy ban nhân dân tỉnh\t1,5\t70 % present\t"_s);
    QCOMPARE(lines.at(11),
        u"bang_khen_thu_tuong\tBằng khen của Thủ tướng Chính phủ\tForm of commendation\tperson\tThủ tướng Chính phủ\t"
        "3,5\t90 % all\t"_s);
}

void TestAwardCommand::editForms()
{
    CliRun run = cli({ u"form"_s,
        u"lao_dong_tien_tien"_s,
        u"--threshold"_s,
        u"75"_s,
        u"--base"_s,
        u"valid"_s,
        u"--coefficient"_s,
        u"0.35"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString edited =
        u"lao_dong_tien_tien\tLao động tiên tiến\tEmulation title\tperson\tHiệu trưởng\t0,35\t75 % valid\t"_s;
    QCOMPARE(run.out, edited + u"\n"_s);
    run = cli({ u"form"_s,
        u"giay_khen_cong_doan"_s,
        u"--name"_s,
        u"Giấy khen của Công đoàn trường"_s,
        u"--category"_s,
        u"commendation"_s,
        u"--subject"_s,
        u"person"_s,
        u"--decided-by"_s,
        u"Chủ tịch Công đoàn"_s,
        u"--coefficient"_s,
        u"0,2"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({ u"forms"_s });
    QVERIFY(run.exitCode == 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 13);
    QCOMPARE(lines.at(1), edited);
    QCOMPARE(lines.constLast(),
        u"giay_khen_cong_doan\tGiấy khen của Công đoàn trường\tForm of commendation\tperson\tChủ tịch Công đoàn\t0,2\t"
        "70 % present\t"_s);
}

void TestAwardCommand::refusedForms_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("base not known") << QStringList { u"lao_dong_tien_tien"_s, u"--base"_s, u"half"_s } << 2
                                    << u"--base must be present|all|valid, not “half”."_s;
    QTest::newRow("threshold 0") << QStringList { u"lao_dong_tien_tien"_s, u"--threshold"_s, u"0"_s } << 2
                                 << u"--threshold must be a percentage"_s;
    QTest::newRow("coefficient with three decimals")
        << QStringList { u"lao_dong_tien_tien"_s, u"--coefficient"_s, u"0.333"_s } << 2
        << u"--coefficient must be a number"_s;
    QTest::newRow("new form without a name")
        << QStringList { u"lao_dong_gioi"_s, u"--threshold"_s, u"70"_s } << 2
        << u"There is no award form “lao_dong_gioi”: to add it, give --name, --category and --subject."_s;
    QTest::newRow("requires an unknown form")
        << QStringList { u"chien_si_thi_dua_co_so"_s, u"--requires"_s, u"lao_dong_gioi"_s } << 1
        << u"“Chiến sĩ thi đua cơ sở” requires the award form “lao_dong_gioi”, which does not exist."_s;
}

void TestAwardCommand::refusedForms()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QByteArray before = fileHash(m_path);
    const CliRun run = cli(QStringList { u"form"_s } + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(fileHash(m_path), before);
}

void TestAwardCommand::salary()
{
    CliRun run = cli({ u"salary"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out,
        u"01/07/2023\t1.800.000 đồng\tNghị định số 24/2023/NĐ-CP\n01/07/2024\t2.340.000 đồng\tNghị định số "
        "73/2024/NĐ-CP\n"_s);
    const QByteArray before = fileHash(m_path);
    run = cli({ u"salary"_s, u"--from"_s, u"01/07/2026"_s, u"--amount"_s, u"2530000"_s });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"To add a base salary give --from, --amount and --basis."_s), qPrintable(run.err));
    QCOMPARE(fileHash(m_path), before);
    run = cli({ u"salary"_s,
        u"--from"_s,
        u"01/07/2026"_s,
        u"--amount"_s,
        u"2.530.000"_s,
        u"--basis"_s,
        u"Nghị định số 161/2026/NĐ-CP"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(lineOf(run.out, u"01/07/2026"_s), u"01/07/2026\t2.530.000 đồng\tNghị định số 161/2026/NĐ-CP"_s);
    run = cli({ u"prize"_s, u"chien_si_thi_dua_co_so"_s, u"--date"_s, u"01/07/2026"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"2.530.000 đồng\tHai triệu năm trăm ba mươi nghìn đồng\n"_s);
    run = cli({ u"salary"_s, u"--remove"_s, u"01/07/2026"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.count(u'\n'), 2);
    run = cli({ u"salary"_s, u"--remove"_s, u"01/07/2026"_s });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"There is no base salary from 01/07/2026."_s), qPrintable(run.err));
}

void TestAwardCommand::prize_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("expected");

    QTest::newRow("LĐTT on 30/06/2024") << u"lao_dong_tien_tien"_s << u"30/06/2024"_s
                                        << u"540.000 đồng\tNăm trăm bốn mươi nghìn đồng"_s;
    QTest::newRow("LĐTT on 01/07/2024") << u"lao_dong_tien_tien"_s << u"01/07/2024"_s
                                        << u"702.000 đồng\tBảy trăm linh hai nghìn đồng"_s;
    QTest::newRow("TTLĐTT on 26/05/2025") << u"tap_the_lao_dong_tien_tien"_s << u"26/05/2025"_s
                                          << u"1.872.000 đồng\tMột triệu tám trăm bảy mươi hai nghìn đồng"_s;
}

void TestAwardCommand::prize()
{
    QFETCH(QString, key);
    QFETCH(QString, date);
    QFETCH(QString, expected);
    const CliRun run = cli({ u"prize"_s, key, u"--date"_s, date });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), expected);
}

void TestAwardCommand::history()
{
    CliRun run = cli({ u"add"_s,
        u"--person"_s,
        u"GV01"_s,
        u"--form"_s,
        u"lao_dong_tien_tien"_s,
        u"--year"_s,
        u"2024-2025"_s,
        u"--number"_s,
        u"45/QĐ-THPT"_s,
        u"--date"_s,
        u"26/05/2025"_s,
        u"--issuer"_s,
        u"Hiệu trưởng"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), u"Added award 1 to the history of Nguyễn Thị Hoà."_s);
    run = cli({ u"add"_s,
        u"--person"_s,
        u"GV01"_s,
        u"--form-name"_s,
        u"Kỷ niệm chương Vì sự nghiệp giáo dục"_s,
        u"--number"_s,
        u"1234/QĐ-BGDĐT"_s,
        u"--date"_s,
        u"20/11/2019"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({ u"add"_s,
        u"--collective"_s,
        u"tổ toán - tin"_s,
        u"--form"_s,
        u"tap_the_lao_dong_tien_tien"_s,
        u"--year"_s,
        u"2024-2025"_s,
        u"--number"_s,
        u"46/QĐ-THPT"_s,
        u"--date"_s,
        u"26/05/2025"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), u"Added award 3 to the history of Tổ Toán - Tin."_s);

    run = cli({ u"history"_s, u"--person"_s, u"GV01"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out,
        u"Nguyễn Thị Hoà\n"
        "1\t2024-2025\tLao động tiên tiến\t45/QĐ-THPT\t26/05/2025\tHiệu trưởng\n"
        "2\t\tKỷ niệm chương Vì sự nghiệp giáo dục\t1234/QĐ-BGDĐT\t20/11/2019\t\n"_s);
    run = cli({ u"history"_s, u"--collective"_s, u"Tổ Toán - Tin"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"Tổ Toán - Tin\n3\t2024-2025\tTập thể lao động tiên tiến\t46/QĐ-THPT\t26/05/2025\t\n"_s);

    run = cli({ u"remove"_s, u"1"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({ u"history"_s, u"--person"_s, u"GV01"_s });
    QCOMPARE(run.out.count(u'\n'), 2);
    run = cli({ u"remove"_s, u"1"_s });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"There is no award with number 1 in the history."_s), qPrintable(run.err));
}

void TestAwardCommand::refusedAdds_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("a form key that does not exist")
        << QStringList { u"--person"_s, u"GV01"_s, u"--form"_s, u"lao_dong_gioi"_s } << 1
        << u"There is no award form “lao_dong_gioi”."_s;
    QTest::newRow("nobody with that code")
        << QStringList { u"--person"_s, u"GV99"_s, u"--form"_s, u"lao_dong_tien_tien"_s } << 1
        << u"No one stored has the code GV99."_s;
    QTest::newRow("a collective's form to a person")
        << QStringList { u"--person"_s, u"GV01"_s, u"--form"_s, u"tap_the_lao_dong_tien_tien"_s } << 1
        << u"“Tập thể lao động tiên tiến” is awarded to collectives, not to people."_s;
    QTest::newRow("person and collective") << QStringList {
        u"--person"_s, u"GV01"_s, u"--collective"_s, u"Tổ Toán - Tin"_s, u"--form"_s, u"lao_dong_tien_tien"_s
    } << 2 << u"Give either --person CODE or --collective NAME."_s;
    QTest::newRow("no form") << QStringList { u"--person"_s, u"GV01"_s } << 2
                             << u"Give --form KEY or --form-name TEXT."_s;
    QTest::newRow("a year the school does not have")
        << QStringList { u"--person"_s, u"GV01"_s, u"--form"_s, u"lao_dong_tien_tien"_s, u"--year"_s, u"2019-2020"_s }
        << 1 << u"The school has no school year 2019-2020; add it first."_s;
    QTest::newRow("a day that never was")
        << QStringList { u"--person"_s, u"GV01"_s, u"--form"_s, u"lao_dong_tien_tien"_s, u"--date"_s, u"31/02/2025"_s }
        << 2 << u"--date must be a day such as 26/05/2025, not “31/02/2025”."_s;
}

void TestAwardCommand::refusedAdds()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QByteArray before = fileHash(m_path);
    const CliRun run = cli(QStringList { u"add"_s } + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(fileHash(m_path), before);
}

void TestAwardCommand::import()
{
    XlsxWriter writer;
    writer.addSheet(u"Lịch sử"_s);
    const QStringList header { u"STT"_s,
        u"Họ và tên"_s,
        u"Mã"_s,
        u"Tập thể"_s,
        u"Năm học"_s,
        u"Danh hiệu"_s,
        u"Số QĐ"_s,
        u"Ngày QĐ"_s,
        u"Cơ quan ban hành"_s };
    for (int c = 0; c < header.size(); ++c)
        writer.writeText(0, c, header.at(c), true);
    const QList<QStringList> rows {
        { u"1"_s,
            u"Nguyễn Thị Hoà"_s,
            u"GV01"_s,
            {},
            u"2023-2024"_s,
            u"LĐTT"_s,
            u"40/QĐ-THPT"_s,
            u"24/05/2024"_s,
            u"Hiệu trưởng"_s },
        { u"2"_s,
            {},
            {},
            u"Tổ Toán - Tin"_s,
            u"2023-2024"_s,
            u"Tập thể lao động tiên tiến"_s,
            u"41/QĐ-THPT"_s,
            u"24/05/2024"_s,
            u"Hiệu trưởng"_s },
        { u"3"_s,
            u"Phạm Văn Không"_s,
            {},
            {},
            u"2023-2024"_s,
            u"LĐTT"_s,
            u"40/QĐ-THPT"_s,
            u"24/05/2024"_s,
            u"Hiệu trưởng"_s },
    };
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            if (!rows.at(r).at(c).isEmpty())
                writer.writeText(r + 1, c, rows.at(r).at(c));
        }
    }
    const QString file = m_dir->filePath(u"lich_su.xlsx"_s);
    QVERIFY(writer.save(file).ok());

    const QByteArray before = fileHash(m_path);
    CliRun run = cli({ u"import"_s, file });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(
        run.out, u"Lịch sử:4:2: No one named Phạm Văn Không is stored.\nadded 0, unchanged 0, skipped 3, errors 1\n"_s);
    QVERIFY2(run.err.contains(u"nothing was imported"_s), qPrintable(run.err));
    QCOMPARE(fileHash(m_path), before);

    run = cli({ u"import"_s, file, u"--skip-bad-rows"_s, u"--dry-run"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.endsWith(u"added 2, unchanged 0, skipped 1, errors 1\n"_s), qPrintable(run.out));
    QVERIFY2(run.err.contains(u"Dry run: nothing was written."_s), qPrintable(run.err));
    QCOMPARE(fileHash(m_path), before);

    run = cli({ u"import"_s, file, u"--skip-bad-rows"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.endsWith(u"added 2, unchanged 0, skipped 1, errors 1\n"_s), qPrintable(run.out));
    run = cli({ u"history"_s, u"--person"_s, u"GV01"_s });
    QCOMPARE(run.out, u"Nguyễn Thị Hoà\n1\t2023-2024\tLao động tiên tiến\t40/QĐ-THPT\t24/05/2024\tHiệu trưởng\n"_s);
    run = cli({ u"history"_s, u"--collective"_s, u"Tổ Toán - Tin"_s });
    QCOMPARE(
        run.out, u"Tổ Toán - Tin\n2\t2023-2024\tTập thể lao động tiên tiến\t41/QĐ-THPT\t24/05/2024\tHiệu trưởng\n"_s);
    // Again: nothing new.
    run = cli({ u"import"_s, file, u"--skip-bad-rows"_s });
    QVERIFY2(run.out.endsWith(u"added 0, unchanged 2, skipped 1, errors 1\n"_s), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestAwardCommand)
#include "TestAwardCommand.moc"
