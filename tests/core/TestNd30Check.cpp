// Every document kind, rendered from its example description, passes tests/tools/check_nd30.py: A4, margins, quốc
// hiệu and tiêu ngữ, dates in the legal form, embedded fonts, page numbers (none on page 1, centred from page 2 on,
// each appendix paginated on its own). Skipped where python3 or poppler-utils are missing.
#include "core/db/Database.h"
#include "core/documents/DocumentService.h"
#include "core/documents/DocumentSpec.h"
#include "core/documents/PdfRenderer.h"
#include "tests/support/ExampleSpecs.h"
#include "tests/support/RequiredTool.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using thidua::test::ExampleSpecs;

class TestNd30Check : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void examples_data();
    void examples();
    void longAppendix();

private:
    // Renders the prepared documents to a PDF in the temporary directory and returns the checker's verdict.
    void check(const DocumentService::Output& output, const QString& name, const QStringList& options);

    QTemporaryDir m_dir;
    QString m_python;
};

void TestNd30Check::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    THIDUA_REQUIRE_TOOL(!m_python.isEmpty(), "python3 is not installed");
    THIDUA_REQUIRE_TOOL(
        !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "poppler-utils are not installed");
}

void TestNd30Check::check(const DocumentService::Output& output, const QString& name, const QStringList& options)
{
    const QString keep = qEnvironmentVariable("THIDUA_KEEP_OUTPUT"); // THIDUA_KEEP_OUTPUT=DIR keeps the PDFs
    const QString pdf = QDir(keep.isEmpty() ? m_dir.path() : keep).filePath(name + QStringLiteral(".pdf"));
    const Status saved =
        output.pages ? PdfRenderer::save(*output.pages, pdf) : PdfRenderer::save(output.documents, pdf);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));

    QProcess checker;
    checker.start(m_python, QStringList { QStringLiteral(THIDUA_ND30_CHECKER) } << options << pdf);
    QVERIFY(checker.waitForFinished(60000));
    const QString verdict =
        QString::fromUtf8(checker.readAllStandardOutput() + checker.readAllStandardError()).trimmed();
    QVERIFY2(checker.exitStatus() == QProcess::NormalExit && checker.exitCode() == 0, qPrintable(verdict));
    QVERIFY2(verdict.endsWith(QStringLiteral("ND30 rules hold")), qPrintable(verdict));
}

void TestNd30Check::examples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    const QStringList files = ExampleSpecs::files();
    QVERIFY(files.size() >= 7);
    for (const QString& file : files) {
        QStringList options;
        if (file.startsWith(QStringLiteral("giay_khen")))
            options << (file.contains(QStringLiteral("phoi")) ? QStringLiteral("--preprinted")
                                                              : QStringLiteral("--certificate"));
        QTest::newRow(qPrintable(file)) << file << options;
    }
}

void TestNd30Check::examples()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    auto output = ExampleSpecs::prepare(file, m_dir.filePath(QStringLiteral("examples.sqlite")));
    QVERIFY2(output, qPrintable(output ? QString() : output.error().toString()));
    check(*output, QFileInfo(file).completeBaseName(), options);
}

// A tờ trình whose list runs over four pages: the appendix's pages are numbered 2, 3, 4 from its second page on.
void TestNd30Check::longAppendix()
{
    QFile example(QDir(ExampleSpecs::directory()).filePath(QStringLiteral("to_trinh.json")));
    QVERIFY(example.open(QIODevice::ReadOnly));
    QJsonObject spec = QJsonDocument::fromJson(example.readAll()).object();
    QJsonArray nominees = spec.value(QStringLiteral("nominees")).toArray();
    QVERIFY(nominees.size() >= 2);
    QJsonObject person = nominees.at(1).toObject();
    for (int i = 1; i <= 40; ++i) {
        person.insert(QStringLiteral("name"), QStringLiteral("Nguyễn Văn Bình %1").arg(i));
        nominees.append(person);
    }
    spec.insert(QStringLiteral("nominees"), nominees);
    spec.insert(QStringLiteral("key"), QStringLiteral("long-appendix"));
    auto specs = DocumentSpec::parse(QJsonDocument(spec).toJson(), QStringLiteral("long.json"));
    QVERIFY2(specs, qPrintable(specs ? QString() : specs.error().toString()));
    auto database = Database::open(m_dir.filePath(QStringLiteral("long.sqlite")));
    QVERIFY2(database, qPrintable(database ? QString() : database.error().toString()));
    DocumentService service((*database)->connection(), QDate(2025, 9, 10));
    auto output = service.prepare(*specs);
    QVERIFY2(output, qPrintable(output ? QString() : output.error().toString()));
    check(*output, QStringLiteral("long_to_trinh"), {});
}

QTEST_MAIN(TestNd30Check)
#include "TestNd30Check.moc"
