// The danh mục minh chứng and the dossier written from the program (issue 15, point 5): the Minh chứng page's Index…
// and Dossier… dialogs on the small demo school, whose Đơn vị học tập self-assessment has drawn evidence on its items.
// The dossier is checked independently with `sha256sum -c`, the .xlsx index by openpyxl's row count.
#include "core/common/Translation.h"
#include "core/db/Database.h"
#include "tests/support/RequiredTool.h"
#include "tests/ui/SmallDemoSchool.h"
#include "ui/common/Workspace.h"
#include "ui/evidence/EvidenceExportDialog.h"
#include "ui/evidence/EvidencePage.h"
#include "ui/evidence/EvidenceTask.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace thidua;
using namespace Qt::StringLiterals;

class TestEvidenceExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dossierFromThePage();
    void indexAsWorkbook();
    void refusedInput();

private:
    EvidenceExportDialog* openDialog(QAction* action);
    // Runs the dialog's export to the end; false when it did not succeed.
    bool write(EvidenceExportDialog* dialog);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<EvidencePage> m_page;
};

void TestEvidenceExport::initTestCase()
{
    QVERIFY(Translation::install(*QCoreApplication::instance(), u"en"_s));
}

void TestEvidenceExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_db = thidua::test::smallDemoSchool(m_dir->path(), 2, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_workspace =
        std::make_unique<Workspace>(m_db->connection(), m_db->path(), *m_settings, [] { return QDate(2025, 11, 20); });
    QVERIFY(m_workspace->reloadYears().ok());
    QCOMPARE(m_workspace->currentYear().startYear, 2025);
    m_page = std::make_unique<EvidencePage>(*m_workspace);
    m_page->resize(1100, 650);
    m_page->show();
    m_page->activate();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestEvidenceExport::cleanup()
{
    m_page.reset();
    m_workspace.reset();
    m_db.reset();
}

EvidenceExportDialog* TestEvidenceExport::openDialog(QAction* action)
{
    action->trigger();
    return m_page->findChild<EvidenceExportDialog*>();
}

bool TestEvidenceExport::write(EvidenceExportDialog* dialog)
{
    QSignalSpy exported(dialog, &EvidenceExportDialog::exported);
    EvidenceTask* task = dialog->start();
    if (!task)
        return false;
    QSignalSpy finished(task, &EvidenceTask::finished);
    return finished.wait(60000) && exported.count() == 1;
}

void TestEvidenceExport::dossierFromThePage()
{
    THIDUA_REQUIRE_TOOL(!QStandardPaths::findExecutable(u"sha256sum"_s).isEmpty(), "sha256sum (coreutils) is needed");
    EvidenceExportDialog* dialog = openDialog(m_page->dossierAction());
    QVERIFY(dialog);
    // It starts on the district Đơn vị học tập set, the one the demo assessed itself against.
    QVERIFY2(dialog->setBox()->currentText().startsWith(u"Đơn vị học tập cấp huyện"_s),
        qPrintable(dialog->setBox()->currentText()));
    const QString target = m_dir->filePath(u"hồ sơ"_s);
    dialog->pathEdit()->setText(target);
    QVERIFY(write(dialog));

    const QDir dossier(target);
    QVERIFY(dossier.exists(u"Danh mục minh chứng.pdf"_s));
    QVERIFY(dossier.exists(u"SHA256SUMS"_s));
    // The demo's files under the tiêu chí of their items (H1.TC1.CT1, H1.TC1.CT5, H1.TC3.CT1).
    const QStringList folders = dossier.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY2(folders.filter(u"H1.TC1 "_s).size() == 1, qPrintable(folders.join(u", "_s)));
    QVERIFY(QDir(dossier.filePath(folders.filter(u"H1.TC1 "_s).constFirst())).exists(u"H1.TC1.CT1-01.pdf"_s));
    QProcess check;
    check.setWorkingDirectory(target);
    check.start(u"sha256sum"_s, { u"-c"_s, u"SHA256SUMS"_s });
    QVERIFY(check.waitForFinished(60000));
    QCOMPARE(check.exitCode(), 0);
    const QString out = QString::fromUtf8(check.readAllStandardOutput());
    QVERIFY2(
        out.contains(u"H1.TC1.CT1-01.pdf: OK"_s) && out.contains(u"Danh mục minh chứng.pdf: OK"_s), qPrintable(out));
}

void TestEvidenceExport::indexAsWorkbook()
{
    THIDUA_REQUIRE_TOOL(QFile::exists(u"/usr/bin/python3"_s), "python3 is needed");
    EvidenceExportDialog* dialog = openDialog(m_page->indexAction());
    QVERIFY(dialog);
    const QString target = m_dir->filePath(u"danh_muc.xlsx"_s);
    dialog->pathEdit()->setText(target);
    QVERIFY(write(dialog));
    // Read back by openpyxl: one header row and a row per file and tiêu chí; the demo has 3 files on its items.
    QProcess python;
    python.start(u"/usr/bin/python3"_s,
        { u"-c"_s,
            u"import openpyxl,sys; ws=openpyxl.load_workbook(sys.argv[1]).active; "
            "print(sum(1 for r in ws.iter_rows(values_only=True) if any(c for c in r if c is not None)))"_s,
            target });
    QVERIFY(python.waitForFinished(60000));
    THIDUA_REQUIRE_TOOL(python.exitCode() == 0, "python3-openpyxl is needed");
    const int rows = QString::fromUtf8(python.readAllStandardOutput()).trimmed().toInt();
    QVERIFY2(rows >= 4, qPrintable(QString::number(rows)));
}

void TestEvidenceExport::refusedInput()
{
    EvidenceExportDialog* dialog = openDialog(m_page->indexAction());
    QVERIFY(dialog);
    QVERIFY(!dialog->start());
    QCOMPARE(dialog->problemLabel()->text(), u"Choose where to write."_s);
    dialog->pathEdit()->setText(m_dir->filePath(u"danh_muc.txt"_s));
    QVERIFY(!dialog->start());
    QVERIFY(dialog->problemLabel()->text().contains(u".pdf, .docx or .xlsx"_s));
    QVERIFY(!QFile::exists(m_dir->filePath(u"danh_muc.txt"_s)));

    // A dossier never overwrites: a file already there is refused and left as it was.
    dialog->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!m_page->findChild<EvidenceExportDialog*>());
    EvidenceExportDialog* dossier = openDialog(m_page->dossierAction());
    QVERIFY(dossier);
    const QString taken = m_dir->filePath(u"taken.zip"_s);
    QFile file(taken);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("keep") == 4);
    file.close();
    dossier->pathEdit()->setText(taken);
    QVERIFY(!write(dossier));
    QVERIFY(dossier->isVisible() && dossier->problemLabel()->isVisible());
    QVERIFY2(dossier->problemLabel()->text().contains(u"taken.zip"_s), qPrintable(dossier->problemLabel()->text()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep"));
}

QTEST_MAIN(TestEvidenceExport)
#include "TestEvidenceExport.moc"
