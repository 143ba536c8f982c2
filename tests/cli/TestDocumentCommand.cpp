// thidua-cli document …, end to end: real processes, real files.
#include "core/spreadsheet/WorkbookReader.h"
#include "tests/support/CliRun.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = thidua::test::CliRun;

Run cli(const QStringList& arguments, const QString& language = QStringLiteral("vi"))
{
    return thidua::test::runCli(arguments, language);
}

QString example(const QString& name)
{
    return QStringLiteral(THIDUA_DOCUMENT_DATA "/") + name;
}

QByteArray head(const QString& path, int bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

} // namespace

class TestDocumentCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void render_data();
    void render();
    void reprintKeepsNumberAndRegisterLists();
    void previewTakesNoNumber();
    void registerExport();
    void bases();
    void calibrate();
    void badSpec_data();
    void badSpec();
    void usage_data();
    void usage();
    void preprintedIsNotDocx();
    void anotherOrganizationUnsigned();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestDocumentCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(example(QStringLiteral("to_trinh.json"))));
}

void TestDocumentCommand::render_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("suffix");
    for (const QString& name :
        QDir(QStringLiteral(THIDUA_DOCUMENT_DATA)).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        if (name == QStringLiteral("spec.schema.json"))
            continue;
        QTest::newRow(qPrintable(name + QStringLiteral(" pdf"))) << name << QStringLiteral("pdf");
        if (name != QStringLiteral("giay_khen_phoi.json"))
            QTest::newRow(qPrintable(name + QStringLiteral(" docx"))) << name << QStringLiteral("docx");
    }
}

void TestDocumentCommand::render()
{
    QFETCH(QString, spec);
    QFETCH(QString, suffix);
    const QString out = path(QString(spec).replace(QStringLiteral(".json"), QStringLiteral(".") + suffix));
    const Run run = cli({ QStringLiteral("--db"),
        path(QStringLiteral("render.sqlite")),
        QStringLiteral("document"),
        QStringLiteral("render"),
        example(spec),
        QStringLiteral("--out"),
        out });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(head(out, 4), suffix == QStringLiteral("pdf") ? QByteArray("%PDF") : QByteArray("PK\x03\x04"));
}

void TestDocumentCommand::reprintKeepsNumberAndRegisterLists()
{
    const QString db = path(QStringLiteral("reprint.sqlite"));
    const QStringList render = { QStringLiteral("--db"),
        db,
        QStringLiteral("document"),
        QStringLiteral("render"),
        example(QStringLiteral("to_trinh.json")),
        QStringLiteral("--out"),
        path(QStringLiteral("a.pdf")) };
    const Run first = cli(render);
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains(QStringLiteral("01/TTr-NK")), qPrintable(first.out));
    const Run minutes = cli({ QStringLiteral("--db"),
        db,
        QStringLiteral("document"),
        QStringLiteral("render"),
        example(QStringLiteral("bien_ban.json")),
        QStringLiteral("--out"),
        path(QStringLiteral("b.docx")) });
    QCOMPARE(minutes.exitCode, 0);
    const Run again = cli(render);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("01/TTr-NK")), qPrintable(again.out));

    const Run list = cli({ QStringLiteral("--db"),
        db,
        QStringLiteral("document"),
        QStringLiteral("register"),
        QStringLiteral("--year"),
        QStringLiteral("2025") });
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.filter(QStringLiteral("01/TTr-NK")).constFirst().endsWith(QStringLiteral("\t2"))); // printed twice
    QVERIFY(!lines.filter(QStringLiteral("02/BB-HĐTĐKT")).isEmpty());
    const Run none = cli({ QStringLiteral("--db"),
        db,
        QStringLiteral("document"),
        QStringLiteral("register"),
        QStringLiteral("--year"),
        QStringLiteral("2024") });
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.trimmed().isEmpty());
}

// --preview renders the number the document would get and leaves the register as it was; render without it issues.
void TestDocumentCommand::previewTakesNoNumber()
{
    const QString db = path(QStringLiteral("preview.sqlite"));
    const QString pdf = path(QStringLiteral("preview.pdf"));
    const QStringList render = { QStringLiteral("--db"),
        db,
        QStringLiteral("document"),
        QStringLiteral("render"),
        example(QStringLiteral("to_trinh.json")),
        QStringLiteral("--out"),
        pdf };
    const QStringList registerList = {
        QStringLiteral("--db"), db, QStringLiteral("document"), QStringLiteral("register")
    };

    const Run preview = cli(render + QStringList { QStringLiteral("--preview") });
    QCOMPARE(preview.exitCode, 0);
    QVERIFY2(preview.out.contains(QStringLiteral("01/TTr-NK")), qPrintable(preview.out));
    QCOMPARE(head(pdf, 4), QByteArray("%PDF"));
    const Run unchanged = cli(registerList);
    QCOMPARE(unchanged.exitCode, 0);
    QVERIFY2(unchanged.out.trimmed().isEmpty(), qPrintable(unchanged.out));

    // The file cannot be written (no such folder): the number is not taken either.
    QStringList unwritable = render;
    unwritable.last() = path(QStringLiteral("no/such/folder/a.pdf"));
    QCOMPARE(cli(unwritable).exitCode, 1);
    QVERIFY(cli(registerList).out.trimmed().isEmpty());

    QVERIFY(QFile::remove(pdf));
    const Run issued = cli(render);
    QCOMPARE(issued.exitCode, 0);
    QVERIFY2(issued.out.contains(QStringLiteral("01/TTr-NK")), qPrintable(issued.out));
    QCOMPARE(head(pdf, 4), QByteArray("%PDF"));
    const Run numbered = cli(registerList);
    const QStringList lines = numbered.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.constFirst().contains(QStringLiteral("\t01/TTr-NK\t")), qPrintable(lines.constFirst()));
    QVERIFY(lines.constFirst().endsWith(QStringLiteral("\t1"))); // printed once

    // A preview of an issued document shows its number and counts no print.
    QVERIFY(cli(render + QStringList { QStringLiteral("--preview") }).exitCode == 0);
    QVERIFY(cli(registerList)
                .out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                .constFirst()
                .endsWith(QStringLiteral("\t1")));
}

void TestDocumentCommand::registerExport()
{
    const QString db = path(QStringLiteral("export.sqlite"));
    QCOMPARE(cli({ QStringLiteral("--db"),
                     db,
                     QStringLiteral("document"),
                     QStringLiteral("render"),
                     example(QStringLiteral("quyet_dinh.json")),
                     QStringLiteral("--out"),
                     path(QStringLiteral("q.pdf")) })
                 .exitCode,
        0);
    const QString csv = path(QStringLiteral("register.csv"));
    const Run run = cli({ QStringLiteral("--db"),
        db,
        QStringLiteral("document"),
        QStringLiteral("register"),
        QStringLiteral("--export"),
        csv });
    QCOMPARE(run.exitCode, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("45/QĐ-MNgS")));
    QVERIFY(text.contains(QStringLiteral("26/05/2025")));
    QVERIFY(text.contains(QStringLiteral(",Quyết định,"))); // not quyet_dinh
    QVERIFY(text.contains(QStringLiteral(",Trường MN Hương Sen,"))); // not "Nhà trường"

    // Issue 13: --export r.xlsx wrote CSV under an .xlsx name. Now a real workbook (a ZIP package that the
    // program's own reader opens, with the same cells).
    const QString xlsx = path(QStringLiteral("register.xlsx"));
    QCOMPARE(cli({ QStringLiteral("--db"),
                     db,
                     QStringLiteral("document"),
                     QStringLiteral("register"),
                     QStringLiteral("--export"),
                     xlsx })
                 .exitCode,
        0);
    QFile workbookFile(xlsx);
    QVERIFY(workbookFile.open(QIODevice::ReadOnly));
    QCOMPARE(workbookFile.read(4), QByteArray("PK\x03\x04", 4));
    workbookFile.close();
    auto workbook = thidua::WorkbookReader::read(xlsx);
    QVERIFY2(workbook.ok(), qPrintable(workbook.ok() ? QString() : workbook.error().toString()));
    const thidua::Sheet& sheet = workbook->sheets.constFirst();
    QCOMPARE(sheet.cell(0, 1).text, QStringLiteral("Cơ quan ban hành"));
    QCOMPARE(sheet.cell(1, 1).text, QStringLiteral("Trường MN Hương Sen"));
    QCOMPARE(sheet.cell(1, 3).text, QStringLiteral("45/QĐ-MNgS"));
    QCOMPARE(sheet.cell(1, 5).text, QStringLiteral("Quyết định"));

    // An extension it does not write is refused, and nothing is written.
    const QString other = path(QStringLiteral("register.ods"));
    const Run refused = cli({ QStringLiteral("--db"),
        db,
        QStringLiteral("document"),
        QStringLiteral("register"),
        QStringLiteral("--export"),
        other });
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains(QStringLiteral(".xlsx")), qPrintable(refused.err));
    QVERIFY(!QFile::exists(other));
}

// Issue 13: a description naming another organisation and no signer is signed by a blank name, and said so.
void TestDocumentCommand::anotherOrganizationUnsigned()
{
    const QString db = path(QStringLiteral("unsigned.sqlite"));
    QCOMPARE(cli({ QStringLiteral("--db"),
                     db,
                     QStringLiteral("school"),
                     QStringLiteral("set"),
                     QStringLiteral("full_name"),
                     QStringLiteral("Trường THPT Nguyễn Trãi") })
                 .exitCode,
        0);
    const Run run = cli({ QStringLiteral("--db"),
        db,
        QStringLiteral("document"),
        QStringLiteral("render"),
        example(QStringLiteral("to_trinh.json")),
        QStringLiteral("--out"),
        path(QStringLiteral("unsigned.pdf")) });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("Trường THPT Nguyễn Khuyến")), qPrintable(run.err));
}

void TestDocumentCommand::bases()
{
    const QString db = path(QStringLiteral("bases.sqlite"));
    const Run before = cli({ QStringLiteral("--db"),
        db,
        QStringLiteral("document"),
        QStringLiteral("bases"),
        QStringLiteral("--date"),
        QStringLiteral("2025-06-30") });
    QCOMPARE(before.exitCode, 0);
    QVERIFY(before.out.contains(QStringLiteral("98/2023/NĐ-CP")));
    QVERIFY(!before.out.contains(QStringLiteral("152/2025/NĐ-CP")));
    const Run after = cli({ QStringLiteral("--db"),
        db,
        QStringLiteral("document"),
        QStringLiteral("bases"),
        QStringLiteral("--date"),
        QStringLiteral("2025-07-01") });
    QVERIFY(after.out.contains(QStringLiteral("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025")));
    const Run all = cli({ QStringLiteral("--db"), db, QStringLiteral("document"), QStringLiteral("bases") });
    QCOMPARE(all.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 4);
}

void TestDocumentCommand::calibrate()
{
    const QString out = path(QStringLiteral("calibration.pdf"));
    const Run run = cli({ QStringLiteral("--db"),
        path(QStringLiteral("cal.sqlite")),
        QStringLiteral("document"),
        QStringLiteral("calibrate"),
        QStringLiteral("--printer"),
        QStringLiteral("HP"),
        QStringLiteral("--out"),
        out });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(head(out, 4), QByteArray("%PDF"));
}

void TestDocumentCommand::badSpec_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("says");
    QTest::newRow("syntax") << QByteArray("{\n \"kind\": \"to_trinh\"\n \"award\": \"x\"\n}")
                            << QStringLiteral("bad.json:3:") << QStringLiteral("JSON");
    QTest::newRow("missing name") << QByteArray(
        "{\"kind\": \"to_trinh\", \"award\": \"x\",\n \"nominees\": [\n  {}\n ]}")
                                  << QStringLiteral("bad.json:3:") << QStringLiteral("nominees[0].name");
    QTest::newRow("date") << QByteArray("{\"kind\": \"quyet_dinh\",\n \"date\": \"26/5/2025\"}")
                          << QStringLiteral("bad.json:2:") << QStringLiteral("YYYY-MM-DD");
}

void TestDocumentCommand::badSpec()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    QFETCH(QString, says);
    const QString spec = path(QStringLiteral("bad.json"));
    QFile file(spec);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(json);
    file.close();
    const QString out = path(QStringLiteral("bad.pdf"));
    const Run run = cli({ QStringLiteral("--db"),
        path(QStringLiteral("bad.sqlite")),
        QStringLiteral("document"),
        QStringLiteral("render"),
        spec,
        QStringLiteral("--out"),
        out });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(where), qPrintable(run.err));
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Lỗi")), qPrintable(run.err)); // in Vietnamese
    QVERIFY(!QFile::exists(out));
}

void TestDocumentCommand::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no action") << QStringList {};
    QTest::newRow("unknown action") << QStringList { QStringLiteral("print") };
    QTest::newRow("no --out") << QStringList { QStringLiteral("render"), example(QStringLiteral("to_trinh.json")) };
    QTest::newRow("wrong suffix") << QStringList { QStringLiteral("render"),
        example(QStringLiteral("to_trinh.json")),
        QStringLiteral("--out"),
        QStringLiteral("x.odt") };
    QTest::newRow("two specs") << QStringList { QStringLiteral("render"),
        QStringLiteral("a.json"),
        QStringLiteral("b.json"),
        QStringLiteral("--out"),
        QStringLiteral("x.pdf") };
    QTest::newRow("bad year") << QStringList {
        QStringLiteral("register"), QStringLiteral("--year"), QStringLiteral("25")
    };
    QTest::newRow("bad date") << QStringList {
        QStringLiteral("bases"), QStringLiteral("--date"), QStringLiteral("1/7/2025")
    };
}

void TestDocumentCommand::usage()
{
    QFETCH(QStringList, arguments);
    const Run run =
        cli(QStringList { QStringLiteral("--db"), path(QStringLiteral("usage.sqlite")), QStringLiteral("document") }
            + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestDocumentCommand::preprintedIsNotDocx()
{
    const Run run = cli({ QStringLiteral("--db"),
        path(QStringLiteral("phoi.sqlite")),
        QStringLiteral("document"),
        QStringLiteral("render"),
        example(QStringLiteral("giay_khen_phoi.json")),
        QStringLiteral("--out"),
        path(QStringLiteral("phoi.docx")) });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!QFile::exists(path(QStringLiteral("phoi.docx"))));
}

QTEST_GUILESS_MAIN(TestDocumentCommand)
#include "TestDocumentCommand.moc"
