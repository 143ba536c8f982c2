// thidua-cli criteria list | export | import, run as a real process on real files: the built-in sets listed and
// exported (the JSON equal to resources/criteria as Qt's own JSON parser reads both), an export imported back changing
// nothing, an edited file becoming version 2, and wrong files refused with exit 1, the problem named and the database
// file unchanged byte for byte.
#include "tests/support/CliRun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua::test;

class TestCriteriaCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listsTheBuiltInSets();
    void exportsJsonAsShipped();
    void xlsxRoundTripChangesNothing();
    void editedFileBecomesVersion2();
    void wrongFilesChangeNothing_data();
    void wrongFilesChangeNothing();
    void usage();

private:
    CliRun cli(QStringList arguments) const
    {
        arguments.prepend(m_db);
        arguments.prepend(QStringLiteral("--db"));
        return runCli(arguments, QStringLiteral("en"));
    }
    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCriteriaCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = path(QStringLiteral("school.sqlite"));
}

void TestCriteriaCommand::listsTheBuiltInSets()
{
    const CliRun run = cli({ QStringLiteral("criteria"), QStringLiteral("list") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count(QStringLiteral("built in, not in this database yet")), 9);
    QVERIFY(run.out.contains(QStringLiteral("don-vi-hoc-tap-cap-huyen@1")));
    QVERIFY(run.out.contains(QStringLiteral("Đơn vị học tập cấp huyện (Thông tư 24/2023/TT-BGDĐT)")));
    QVERIFY(run.out.contains(QStringLiteral("The school; By level: Mức độ 1, Mức độ 2; 27 leaf item(s); 8 to check "
                                            "against the original text")));
}

void TestCriteriaCommand::exportsJsonAsShipped()
{
    const QString out = path(QStringLiteral("cdht.json"));
    const CliRun run = cli({ QStringLiteral("criteria"),
        QStringLiteral("export"),
        QStringLiteral("cong-dan-hoc-tap"),
        QStringLiteral("--out"),
        out });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QJsonObject written = QJsonDocument::fromJson(exported.readAll()).object();
    QCOMPARE(written.take(QStringLiteral("version")).toInt(), 1);
    QFile shipped(QStringLiteral(THIDUA_SOURCE_DIR "/resources/criteria/cong_dan_hoc_tap.json"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QCOMPARE(written, QJsonDocument::fromJson(shipped.readAll()).object());
}

void TestCriteriaCommand::xlsxRoundTripChangesNothing()
{
    const QString out = path(QStringLiteral("dvht.xlsx"));
    QCOMPARE(cli({ QStringLiteral("criteria"),
                     QStringLiteral("import"),
                     QStringLiteral(THIDUA_SOURCE_DIR "/resources/criteria/don_vi_hoc_tap_cap_tinh.json") })
                 .exitCode,
        0);
    const CliRun exported = cli({ QStringLiteral("criteria"),
        QStringLiteral("export"),
        QStringLiteral("don-vi-hoc-tap-cap-tinh"),
        QStringLiteral("--out"),
        out });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const CliRun imported = cli({ QStringLiteral("criteria"), QStringLiteral("import"), out });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(imported.out.trimmed(),
        QStringLiteral("Nothing changed in “Đơn vị học tập cấp tỉnh (Thông tư 24/2023/TT-BGDĐT)”."));
    QVERIFY(!cli({ QStringLiteral("criteria"), QStringLiteral("list") }).out.contains(QStringLiteral("@2")));
}

void TestCriteriaCommand::editedFileBecomesVersion2()
{
    QFile shipped(QStringLiteral(THIDUA_SOURCE_DIR "/resources/criteria/thi_dua_to_chuyen_mon.json"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QByteArray json = shipped.readAll();
    json.replace("\"threshold\": 100", "\"threshold\": 95");
    const QString edited = path(QStringLiteral("to.json"));
    QFile file(edited);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    const CliRun run = cli({ QStringLiteral("criteria"), QStringLiteral("import"), edited });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(
        run.out.trimmed(), QStringLiteral("The changes were saved as version 2 of “Tiêu chí thi đua: tổ chuyên môn”."));
    const CliRun list = cli({ QStringLiteral("criteria"), QStringLiteral("list") });
    QVERIFY(list.out.contains(QStringLiteral("thi-dua-to-chuyen-mon@1")));
    QVERIFY(list.out.contains(QStringLiteral("thi-dua-to-chuyen-mon@2")));
    const QString out = path(QStringLiteral("v1.json"));
    QCOMPARE(cli({ QStringLiteral("criteria"),
                     QStringLiteral("export"),
                     QStringLiteral("thi-dua-to-chuyen-mon@1"),
                     QStringLiteral("--out"),
                     out })
                 .exitCode,
        0);
    QFile v1(out);
    QVERIFY(v1.open(QIODevice::ReadOnly));
    QVERIFY(v1.readAll().contains("\"threshold\": 100"));
}

void TestCriteriaCommand::wrongFilesChangeNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("problem");
    QFile shipped(QStringLiteral(THIDUA_SOURCE_DIR "/resources/criteria/don_vi_hoc_tap_cap_huyen.json"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    const QByteArray dvht = shipped.readAll();
    QTest::newRow("threshold 190") << QStringLiteral("bad.json")
                                   << QByteArray(dvht).replace("\"threshold\": 90", "\"threshold\": 190")
                                   << QStringLiteral("bad.json:76: Field “items[1].items[0].threshold”: it must be a "
                                                     "whole number from 0 to 100.");
    QTest::newRow("cut short") << QStringLiteral("cut.json") << dvht.left(dvht.size() / 2)
                               << QStringLiteral("This is not valid JSON");
    QTest::newRow("not a workbook") << QStringLiteral("fake.xlsx") << QByteArray("PK\x03\x04 not really a zip")
                                    << QStringLiteral("fake.xlsx");
    QTest::newRow("a table of people") << QStringLiteral("people.json") << QByteArray(R"({"people": []})")
                                       << QStringLiteral("Field “people”: this field is unknown");
}

void TestCriteriaCommand::wrongFilesChangeNothing()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);
    QCOMPARE(cli({ QStringLiteral("criteria"),
                     QStringLiteral("import"),
                     QStringLiteral(THIDUA_SOURCE_DIR "/resources/criteria/thi_dua_hoc_sinh.json") })
                 .exitCode,
        0);
    const QByteArray before = fileHash(m_db);
    QFile file(path(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const CliRun run = cli({ QStringLiteral("criteria"), QStringLiteral("import"), path(name) });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(problem), qPrintable(run.err));
    QCOMPARE(fileHash(m_db), before);
}

void TestCriteriaCommand::usage()
{
    QCOMPARE(cli({ QStringLiteral("criteria") }).exitCode, 2);
    QCOMPARE(
        cli({ QStringLiteral("criteria"), QStringLiteral("export"), QStringLiteral("cong-dan-hoc-tap") }).exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("criteria"), QStringLiteral("import"), path(QStringLiteral("x.csv")) }).exitCode, 2);
    const CliRun missing = cli({ QStringLiteral("criteria"),
        QStringLiteral("export"),
        QStringLiteral("khong-co"),
        QStringLiteral("--out"),
        path(QStringLiteral("x.json")) });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("There is no criteria set “khong-co”.")));
}

QTEST_GUILESS_MAIN(TestCriteriaCommand)
#include "TestCriteriaCommand.moc"
