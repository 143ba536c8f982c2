// File › Import list… and Export list… in the main window: the actions are in the menu, the export writes .csv
// and .xlsx (the file dialog replaced by a path given at once), both import back unchanged through the dialog the
// action opens, and an import shows in the staff page at once.
#include "tests/ui/ImportDialogTestBase.h"

using namespace thidua;
using namespace thidua::test;

class TestImportExportActions : public ImportDialogTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { installVietnamese(); }
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }
    void exportFromMainWindow();
};

void TestImportExportActions::exportFromMainWindow()
{
    MainWindow window(*m_workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPage(QStringLiteral("staff")));
    ImportExportActions* actions = window.importExport();
    QVERIFY(actions);
    const QList<QAction*> fileActions = window.menu(MainWindow::Menu::File)->actions();
    QVERIFY(fileActions.contains(actions->importAction()));
    QVERIFY(fileActions.contains(actions->exportAction()));
    QCOMPARE(actions->importAction()->text(), QStringLiteral("&Nhập danh sách…"));
    QCOMPARE(actions->exportAction()->text(), QStringLiteral("&Xuất danh sách…"));

    // The file dialog is replaced by a path given at once.
    QString suggested;
    const QString csv = m_dir->filePath(QStringLiteral("can-bo.csv"));
    actions->setExportPathProvider([&](const QString& path) {
        suggested = path;
        return csv;
    });
    QSignalSpy exported(actions, &ImportExportActions::exported);
    actions->exportAction()->trigger();
    QCOMPARE(exported.count(), 1);
    QVERIFY(suggested.endsWith(QStringLiteral(".xlsx")));
    QVERIFY(suggested.contains(QStringLiteral("danh-sach-can-bo")));
    const int staff = exported.at(0).at(1).toInt();
    QVERIFY(staff > 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("Họ và tên")));
    QCOMPARE(text.count(QStringLiteral("\r\n")), staff + 1);

    // .xlsx too.
    const QString xlsx = m_dir->filePath(QStringLiteral("can-bo.xlsx"));
    actions->setExportPathProvider([&](const QString&) { return xlsx; });
    actions->exportAction()->trigger();
    QCOMPARE(exported.count(), 2);
    QVERIFY(QFileInfo(xlsx).size() > 0);

    // The import action opens the dialog for the staff list; the exported file comes back unchanged.
    ImportDialog* dialog = actions->openImportDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->kindCombo()->currentData().toInt(), int(PersonKind::Staff));
    QSignalSpy loaded(dialog, &ImportDialog::workbookLoaded);
    dialog->openFile(csv);
    QVERIFY(loaded.wait(10000));
    QVERIFY(settle(dialog));
    const RosterImport::Plan plan = dialog->decidedPlan();
    QCOMPARE(int(plan.rows.size()), staff);
    QCOMPARE(plan.errors, 0);
    QCOMPARE(plan.added, 0);
    QCOMPARE(plan.updated, 0);
    QCOMPARE(plan.unchanged, staff);

    // Importing a new member of staff through the window's dialog: the staff page shows them.
    auto* staffPage = qobject_cast<PeoplePage*>(window.page(QStringLiteral("staff")));
    QVERIFY(staffPage);
    const int shown = staffPage->proxy()->rowCount();
    dialog->openFile(
        writeFile(QStringLiteral("new.csv"), "Họ và tên,Ngày sinh,Mã số\r\nHồ Thị Xuân,02/03/1991,GV900\r\n"));
    QVERIFY(loaded.wait(10000));
    QVERIFY(settle(dialog));
    QVERIFY(importAndWait(dialog).ok());
    QCOMPARE(staffPage->proxy()->rowCount(), shown + 1);
    QCOMPARE(exported.count(), 2);

    // The .xlsx (written before Xuân came) comes back unchanged too.
    dialog->openFile(xlsx);
    QVERIFY(loaded.wait(10000));
    QVERIFY(settle(dialog));
    const RosterImport::Plan fromXlsx = dialog->decidedPlan();
    QCOMPARE(int(fromXlsx.rows.size()), staff);
    QCOMPARE(fromXlsx.added, 0);
    QCOMPARE(fromXlsx.updated, 0);
    QCOMPARE(fromXlsx.errors, 0);
    QCOMPARE(fromXlsx.unchanged, staff);
    screenshot(&window, QStringLiteral("import-over-main-window.png"));
    dialog->close();
}

QTEST_MAIN(TestImportExportActions)
#include "TestImportExportActions.moc"
