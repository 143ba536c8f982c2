// thidua-cli evidence index and evidence dossier (issue 15) on the demo school, whose evidence files (drawn by
// DemoEvidence) back items of its Đơn vị học tập self-assessment, a teacher and a tổ: the demo's files and links, the
// .xlsx read back by openpyxl, the dossier checked by `sha256sum -c`, a second dossier on the same folder refused with
// the folder unchanged, and the usage errors.
#include "core/db/Database.h"
#include "core/db/Sql.h"
#include "core/evidence/EvidenceStore.h"
#include "tests/support/CliRun.h"
#include "tests/support/EvidenceFixture.h"
#include "tests/support/RequiredTool.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using namespace thidua::test;

class TestEvidenceDossierCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoHasEvidence();
    void indexXlsx();
    void indexPdfAndDocx();
    void dossierFolder();
    void usage_data();
    void usage();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_db;
    QString m_year; // "2026-2027": the demo's last year, which has the files
};

void TestEvidenceDossierCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    THIDUA_REQUIRE_TOOL(hasSha256sum(), "sha256sum (coreutils) is not installed");
    m_db = path(QStringLiteral("demo.sqlite"));
    const CliRun demo = runCli({ QStringLiteral("--db"), m_db, QStringLiteral("demo") }, QStringLiteral("en"));
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    auto db = Database::open(m_db);
    QVERIFY(db);
    auto start = Sql::scalar((*db)->connection(),
        QStringLiteral("SELECT DISTINCT y.start_year FROM evidence e JOIN school_year y ON y.id = e.school_year_id"));
    QVERIFY(start && start->isValid());
    m_year = QStringLiteral("%1-%2").arg(start->toInt()).arg(start->toInt() + 1);
}

void TestEvidenceDossierCommand::demoHasEvidence()
{
    auto db = Database::open(m_db);
    QVERIFY(db);
    auto q = Sql::exec((*db)->connection(),
        QStringLiteral("SELECT e.code, e.media_type, e.sha256, l.kind, l.item_code FROM evidence e "
                       "JOIN evidence_link l ON l.evidence_id = e.id ORDER BY e.code"));
    QVERIFY(q);
    QStringList rows;
    const EvidenceStore store = EvidenceStore::forDatabase(m_db);
    while (q->next()) {
        rows << QStringList { q->value(0).toString(),
            q->value(1).toString(),
            q->value(3).toString(),
            q->value(4).toString() }
                    .join(QLatin1Char('|'));
        const QString object = store.objectPath(q->value(2).toString());
        QCOMPARE(sha256sum(object), q->value(2).toString());
    }
    QCOMPARE(rows,
        (QStringList { QStringLiteral("CN-01|application/pdf|person|"),
            QStringLiteral("H1.TC1.CT1-01|application/pdf|assessment|H1.TC1.CT1"),
            QStringLiteral("H1.TC1.CT5-01|image/jpeg|assessment|H1.TC1.CT5"),
            QStringLiteral("H1.TC3.CT1-01|image/png|assessment|H1.TC3.CT1"),
            QStringLiteral("TT-01|image/png|collective|") }));
}

void TestEvidenceDossierCommand::indexXlsx()
{
    const QString xlsx = path(QStringLiteral("index.xlsx"));
    const CliRun run = runCli({ QStringLiteral("--db"),
                                  m_db,
                                  QStringLiteral("evidence"),
                                  QStringLiteral("index"),
                                  QStringLiteral("--year"),
                                  m_year,
                                  QStringLiteral("--set"),
                                  QStringLiteral("don-vi-hoc-tap-cap-huyen"),
                                  QStringLiteral("--out"),
                                  xlsx },
        QStringLiteral("en"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import sys, openpyxl\n"
                           "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
                           "for r in ws.iter_rows(values_only=True): print(r[0], r[2], r[7])\n"),
            xlsx });
    QVERIFY(python.waitForFinished(60000));
    THIDUA_REQUIRE_TOOL(python.exitCode() == 0, "python3-openpyxl is not installed");
    QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')),
        (QStringList { QStringLiteral("STT Mã minh chứng Minh chứng cho"),
            QStringLiteral("1 H1.TC1.CT1-01 H1.TC1.CT1"),
            QStringLiteral("2 H1.TC1.CT5-01 H1.TC1.CT5"),
            QStringLiteral("3 H1.TC3.CT1-01 H1.TC3.CT1") }));
}

void TestEvidenceDossierCommand::indexPdfAndDocx()
{
    for (const QString& name : { QStringLiteral("index.pdf"), QStringLiteral("index.docx") }) {
        const CliRun run = runCli({ QStringLiteral("--db"),
                                      m_db,
                                      QStringLiteral("evidence"),
                                      QStringLiteral("index"),
                                      QStringLiteral("--year"),
                                      m_year,
                                      QStringLiteral("--out"),
                                      path(name) },
            QStringLiteral("en"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("5 evidence file")));
        QVERIFY(QFileInfo(path(name)).size() > 1000);
    }
}

void TestEvidenceDossierCommand::dossierFolder()
{
    const QString target = path(QStringLiteral("hồ sơ"));
    const QStringList arguments = { QStringLiteral("--db"),
        m_db,
        QStringLiteral("evidence"),
        QStringLiteral("dossier"),
        QStringLiteral("--set"),
        QStringLiteral("don-vi-hoc-tap-cap-huyen"),
        QStringLiteral("--year"),
        m_year,
        QStringLiteral("--out"),
        target };
    const CliRun run = runCli(arguments, QStringLiteral("en"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(filesUnder(target),
        (QStringList { QStringLiteral("Danh mục minh chứng.pdf"),
            QStringLiteral("H1.TC1 Tiêu chí 1 Về điều kiện xây dựng Đơn vị/H1.TC1.CT1-01.pdf"),
            QStringLiteral("H1.TC1 Tiêu chí 1 Về điều kiện xây dựng Đơn vị/H1.TC1.CT5-01.jpg"),
            QStringLiteral("H1.TC3 Tiêu chí 3 Tác dụng của việc xây dựng/H1.TC3.CT1-01.png"),
            QStringLiteral("SHA256SUMS") }));
    QProcess check;
    check.setWorkingDirectory(target);
    check.start(QStringLiteral("sha256sum"), { QStringLiteral("-c"), QStringLiteral("SHA256SUMS") });
    QVERIFY(check.waitForFinished(60000));
    QCOMPARE(check.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(check.readAllStandardOutput()).count(QStringLiteral(": OK")), 4);

    const auto before = treeSnapshot(m_dir.path());
    const CliRun again = runCli(arguments, QStringLiteral("en"));
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("never overwrites")), qPrintable(again.err));
    QVERIFY(treeChanges(before, treeSnapshot(m_dir.path())).isEmpty());
}

void TestEvidenceDossierCommand::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("dossier without --set") << QStringList { QStringLiteral("dossier"),
        QStringLiteral("--year"),
        QStringLiteral("2026-2027"),
        QStringLiteral("--out"),
        QStringLiteral("x") } << QStringLiteral("--set");
    QTest::newRow("index to .txt") << QStringList { QStringLiteral("index"),
        QStringLiteral("--year"),
        QStringLiteral("2026-2027"),
        QStringLiteral("--out"),
        QStringLiteral("x.txt") } << QStringLiteral(".xlsx");
    QTest::newRow("index without year") << QStringList {
        QStringLiteral("index"), QStringLiteral("--out"), QStringLiteral("x.pdf")
    } << QStringLiteral("--year");
}

void TestEvidenceDossierCommand::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const QByteArray before = fileHash(m_db);
    const CliRun run = runCli(
        QStringList { QStringLiteral("--db"), m_db, QStringLiteral("evidence") } + arguments, QStringLiteral("en"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QCOMPARE(fileHash(m_db), before);
}

QTEST_GUILESS_MAIN(TestEvidenceDossierCommand)
#include "TestEvidenceDossierCommand.moc"
