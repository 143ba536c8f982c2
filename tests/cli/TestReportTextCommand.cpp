// thidua-cli report text end to end (issue 17, point 3): the five judgement sections of a year printed (written,
// offered from last year, not written), a section set from --text and from a UTF-8 file (NFD stored NFC), removed with
// an empty text, a stage given as --from/--to; wrong input refused with the database file unchanged.
#include "core/db/Database.h"
#include "tests/support/CliRun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace thidua;
using namespace Qt::StringLiterals;
using thidua::test::CliRun;
using thidua::test::fileHash;

class TestReportTextCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void setAndShow();
    void stage();
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

void TestReportTextCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"school.sqlite"_s);
    QVERIFY(Database::open(m_path).ok());
}

void TestReportTextCommand::setAndShow()
{
    CliRun run = cli({ u"report"_s,
        u"text"_s,
        u"--year"_s,
        u"2023-2024"_s,
        u"--section"_s,
        u"phuong_huong"_s,
        u"--text"_s,
        u"Giữ vững kết quả"_s });
    QCOMPARE(run.exitCode, 0);
    QFile file(m_dir->filePath(u"noi_bat.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"\n- Tuần le\u0302\u0303 học tập   \n- Thư viện\n\n"_s.toUtf8()); // NFD "lễ"
    file.close();
    run = cli({ u"report"_s,
        u"text"_s,
        u"--year"_s,
        u"2024-2025"_s,
        u"--section"_s,
        u"noi_bat"_s,
        u"--file"_s,
        file.fileName() });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    run = cli({ u"report"_s, u"text"_s, u"--year"_s, u"2024-2025"_s });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
        u"[noi_bat] Kết quả nổi bật\n- Tuần lễ học tập\n- Thư viện\n\n"
        "[ton_tai] Tồn tại, hạn chế (not written yet)\n\n"
        "[nguyen_nhan] Nguyên nhân (not written yet)\n\n"
        "[phuong_huong] Phương hướng, nhiệm vụ (suggested from 2023-2024)\nGiữ vững kết quả\n\n"
        "[kien_nghi] Đề xuất, kiến nghị (not written yet)\n\n"_s);
    // One section; an empty text removes it.
    run = cli(
        { u"report"_s, u"text"_s, u"--year"_s, u"2024-2025"_s, u"--section"_s, u"noi_bat"_s, u"--text"_s, QString() });
    QCOMPARE(run.exitCode, 0);
    run = cli({ u"report"_s, u"text"_s, u"--year"_s, u"2024-2025"_s, u"--section"_s, u"noi_bat"_s });
    QCOMPARE(run.out, u"[noi_bat] Kết quả nổi bật (not written yet)\n\n"_s);
}

void TestReportTextCommand::stage()
{
    CliRun run = cli({ u"report"_s,
        u"text"_s,
        u"--from"_s,
        u"2023"_s,
        u"--to"_s,
        u"2025"_s,
        u"--section"_s,
        u"kien_nghi"_s,
        u"--text"_s,
        u"Đề nghị tập huấn"_s });
    QCOMPARE(run.exitCode, 0);
    run = cli({ u"report"_s, u"text"_s, u"--from"_s, u"2023"_s, u"--to"_s, u"2025"_s, u"--section"_s, u"kien_nghi"_s });
    QCOMPARE(run.out, u"[kien_nghi] Đề xuất, kiến nghị\nĐề nghị tập huấn\n\n"_s);
    // The school year 2024-2025 is another period.
    run = cli({ u"report"_s, u"text"_s, u"--year"_s, u"2024-2025"_s, u"--section"_s, u"kien_nghi"_s });
    QCOMPARE(run.out, u"[kien_nghi] Đề xuất, kiến nghị (not written yet)\n\n"_s);
}

void TestReportTextCommand::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // the first line of stderr
    QTest::newRow("no period") << QStringList { u"--section"_s, u"noi_bat"_s, u"--text"_s, u"x"_s } << 2
                               << u"Give the school year (--year 2024-2025) or the stage (--from 2023 --to 2025)."_s;
    QTest::newRow("bad year") << QStringList { u"--year"_s, u"2024"_s } << 2
                              << u"--year must be a school year such as 2024-2025, not “2024”."_s;
    QTest::newRow("stage backwards") << QStringList { u"--from"_s, u"2025"_s, u"--to"_s, u"2023"_s } << 2
                                     << u"--from 2025 --to 2023 is not a stage: --to is the year it ends, after "
                                        "--from."_s;
    QTest::newRow("unknown section")
        << QStringList { u"--year"_s, u"2024-2025"_s, u"--section"_s, u"ket_luan"_s, u"--text"_s, u"x"_s } << 2
        << u"Unknown section “ket_luan”: use noi_bat, ton_tai, nguyen_nhan, "
           "phuong_huong or kien_nghi."_s;
    QTest::newRow("text without section") << QStringList { u"--year"_s, u"2024-2025"_s, u"--text"_s, u"x"_s } << 2
                                          << u"--section is needed with --text or --file."_s;
    QTest::newRow("missing file") << QStringList {
        u"--year"_s, u"2024-2025"_s, u"--section"_s, u"noi_bat"_s, u"--file"_s, u"/nonexistent/x.txt"_s
    } << 1 << u"Error: Cannot read /nonexistent/x.txt: No such file or directory"_s;
    QTest::newRow("too long")
        << QStringList { u"--year"_s, u"2024-2025"_s, u"--section"_s, u"ton_tai"_s, u"--text"_s, QString(20001, u'a') }
        << 1
        << u"Error: The section “Tồn tại, hạn chế” of the report 2024-2025 is 20.001 "
           "characters long; it may hold at most 20.000."_s;
}

void TestReportTextCommand::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QVERIFY(
        cli({ u"report"_s, u"text"_s, u"--year"_s, u"2024-2025"_s, u"--section"_s, u"ton_tai"_s, u"--text"_s, u"Cũ"_s })
            .exitCode
        == 0);
    const QByteArray before = fileHash(m_path);
    const CliRun run = cli(QStringList { u"report"_s, u"text"_s } + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QTEST(run.err.section(u'\n', 0, 0), "message");
    QCOMPARE(fileHash(m_path), before);
}

QTEST_GUILESS_MAIN(TestReportTextCommand)
#include "TestReportTextCommand.moc"
