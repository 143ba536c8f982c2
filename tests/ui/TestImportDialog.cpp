// The import dialog walked like a user would (offscreen) on real files written by the test: the mapping proposed
// from the headers and changed by hand, the preview with a bad row marked and its problem naming row and column,
// the dry run writing nothing, the import, a likely duplicate decided, a re-import updating the same people; and
// File › Export list… from the main window writing a file that imports back unchanged. Every model runs under
// QAbstractItemModelTester. With THIDUA_SCREENSHOT_DIR set, the dialog is saved as a PNG there.
#include "core/common/Translation.h"
#include "core/db/Database.h"
#include "core/demo/DemoSchool.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PersonRepository.h"
#include "core/school/SchoolRepository.h"
#include "core/spreadsheet/XlsxWriter.h"
#include "ui/MainWindow.h"
#include "ui/common/Workspace.h"
#include "ui/people/ImportDialog.h"
#include "ui/people/ImportExportActions.h"
#include "ui/people/ImportMappingModel.h"
#include "ui/people/ImportPreviewModel.h"
#include "ui/people/ImportProblemModel.h"
#include "ui/people/PeopleFilterProxy.h"
#include "ui/people/PeoplePage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace thidua;
using Field = RosterColumns::Field;

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mappingPreviewDryRunApply();
    void reimportUpdatesAndDuplicateDecided();
    void encodingOverrideRereads();
    void unreadableFileIsReported();
    void exportFromMainWindow();
    void largeListStaysResponsive();
    void sheetAndHeaderRowChosenByHand();
    void oneStoredPersonUpdatedOnce();
    void committedSamples_data();
    void committedSamples();
    void committedWorkbooks_data();
    void committedWorkbooks();

private:
    QString writeFile(const QString& name, const QByteArray& bytes) const;
    ImportDialog* openDialog(const QString& path, PersonKind kind = PersonKind::Staff);
    qint64 countPeople() const;
    Person byCode(const QString& code) const;
    void screenshot(QWidget* widget, const QString& name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ImportDialog> m_dialog;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    qint64 m_yearId = 0;
};

namespace {
// A staff list as offices keep it: a title and a blank row above the header, STT, a column the header detection
// does not know ("Nhiệm vụ kiêm nhiệm"), and on sheet row 6 a date that does not exist.
const char* FirstList = "DANH SÁCH CÁN BỘ, GIÁO VIÊN NĂM HỌC 2025-2026\r\n"
                        ",,,,,,\r\n"
                        "STT,Họ và tên,Ngày sinh,Giới tính,Mã số,Tổ chuyên môn,Nhiệm vụ kiêm nhiệm\r\n"
                        "1,Nguyễn Văn An,05/04/1987,Nam,GV101,Tổ Thử nghiệm,Tổ trưởng\r\n"
                        "2,Trần Thị Bích,12/11/1990,Nữ,GV102,Tổ Thử nghiệm,\r\n"
                        "3,Lê Văn Cường,31/02/1985,Nam,GV103,Tổ Thử nghiệm,\r\n";
// The same list a month later: Bích's full name corrected (matched by code), An listed without a code and with
// another day of birth (a likely duplicate: same name and year), Cường's date fixed.
const char* SecondList = "DANH SÁCH CÁN BỘ, GIÁO VIÊN NĂM HỌC 2025-2026\r\n"
                         "STT,Họ và tên,Ngày sinh,Giới tính,Mã số,Tổ chuyên môn\r\n"
                         "1,Nguyễn Văn An,06/04/1987,Nam,,Tổ Thử nghiệm\r\n"
                         "2,Trần Thị Bích Ngọc,12/11/1990,Nữ,GV102,Tổ Thử nghiệm\r\n"
                         "3,Lê Văn Cường,13/02/1985,Nam,GV103,Tổ Thử nghiệm\r\n";
} // namespace

void TestImportDialog::initTestCase()
{
    QVERIFY(Translation::install(*QCoreApplication::instance(), QStringLiteral("vi")));
}

void TestImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("school.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    m_db = std::move(db).value();
    DemoSchool::Size size;
    size.staff = 16;
    size.students = 120;
    size.subjectGroups = 3;
    size.classes = 6;
    size.years = 2;
    size.lastStartYear = 2025;
    auto built = DemoSchool::build(m_db->connection(), size);
    QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().toString()));
    auto year = SchoolRepository(m_db->connection()).yearByStart(2025);
    QVERIFY(year.ok() && year->id > 0);
    m_yearId = year->id;
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_workspace =
        std::make_unique<Workspace>(m_db->connection(), m_db->path(), *m_settings, [] { return QDate(2025, 11, 20); });
    QVERIFY(m_workspace->reloadYears().ok());
    m_workspace->setCurrentYear(m_yearId);
}

void TestImportDialog::cleanup()
{
    m_testers.clear();
    m_dialog.reset();
    m_workspace.reset();
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

QString TestImportDialog::writeFile(const QString& name, const QByteArray& bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

ImportDialog* TestImportDialog::openDialog(const QString& path, PersonKind kind)
{
    m_testers.clear();
    m_dialog = std::make_unique<ImportDialog>(*m_workspace, kind);
    for (QAbstractItemModel* model : std::initializer_list<QAbstractItemModel*> {
             m_dialog->mappingModel(), m_dialog->previewModel(), m_dialog->problemModel() })
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog.get()))
        return nullptr;
    QSignalSpy loaded(m_dialog.get(), &ImportDialog::workbookLoaded);
    m_dialog->openFile(path);
    if (!m_dialog->isLoading() || !loaded.wait(10000))
        return nullptr;
    return m_dialog.get();
}

qint64 TestImportDialog::countPeople() const
{
    auto count = PersonRepository(m_db->connection()).count(PersonRepository::Filter());
    return count.ok() ? *count : -1;
}

Person TestImportDialog::byCode(const QString& code) const
{
    auto person = PersonRepository(m_db->connection()).findByCode(code);
    return person.ok() ? *person : Person();
}

void TestImportDialog::screenshot(QWidget* widget, const QString& name) const
{
    const QString dir = qEnvironmentVariable("THIDUA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // As on a 1366×768 screen with a taskbar.
    if (qobject_cast<ImportDialog*>(widget))
        widget->resize(1200, 688);
    else
        widget->resize(1280, 720);
    QTest::qWait(50);
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

void TestImportDialog::mappingPreviewDryRunApply()
{
    const QString path = writeFile(QStringLiteral("can-bo.csv"), FirstList);
    ImportDialog* dialog = openDialog(path);
    QVERIFY(dialog);
    QCOMPARE(dialog->sheetCombo()->count(), 1);
    QCOMPARE(dialog->headerRowSpin()->value(), 3);

    // The mapping proposed from the Vietnamese headers.
    ImportMappingModel* mapping = dialog->mappingModel();
    QCOMPARE(mapping->rowCount(), 7);
    QCOMPARE(mapping->field(0), std::optional(Field::SequenceNumber));
    QCOMPARE(mapping->field(1), std::optional(Field::FullName));
    QCOMPARE(mapping->field(2), std::optional(Field::BirthDate));
    QCOMPARE(mapping->field(3), std::optional(Field::Gender));
    QCOMPARE(mapping->field(4), std::optional(Field::Code));
    QCOMPARE(mapping->field(5), std::optional(Field::Collective));
    QCOMPARE(mapping->field(6), std::nullopt);
    QCOMPARE(mapping->index(6, ImportMappingModel::Header).data().toString(), QStringLiteral("Nhiệm vụ kiêm nhiệm"));
    QCOMPARE(mapping->index(6, ImportMappingModel::Letter).data().toString(), QStringLiteral("G"));
    QCOMPARE(mapping->index(6, ImportMappingModel::FieldColumn).data().toString(), QStringLiteral("(không nhập)"));

    // The user says column G holds the position (as the combo box delegate does).
    QVERIFY(
        mapping->setData(mapping->index(6, ImportMappingModel::FieldColumn), RosterColumns::fieldKey(Field::Position)));
    QCOMPARE(mapping->field(6), std::optional(Field::Position));
    QCOMPARE(mapping->index(6, ImportMappingModel::FieldColumn).data().toString(),
        RosterColumns::fieldName(Field::Position));
    QCOMPARE(dialog->decidedPlan().rows.value(0).person.position, QStringLiteral("Tổ trưởng"));

    // The preview shows the rows as they will be stored; sheet row 6 has an error and is marked.
    ImportPreviewModel* preview = dialog->previewModel();
    QCOMPARE(preview->rowCount(), 3);
    auto cell = [preview](int row, int column) { return preview->index(row, column).data().toString(); };
    QCOMPARE(cell(0, ImportPreviewModel::FamilyName), QStringLiteral("Nguyễn"));
    QCOMPARE(cell(0, ImportPreviewModel::MiddleName), QStringLiteral("Văn"));
    QCOMPARE(cell(0, ImportPreviewModel::GivenName), QStringLiteral("An"));
    QCOMPARE(cell(0, ImportPreviewModel::BirthDate), QStringLiteral("05/04/1987"));
    QCOMPARE(cell(0, ImportPreviewModel::GenderColumn), QStringLiteral("Nam"));
    QCOMPARE(cell(0, ImportPreviewModel::Code), QStringLiteral("GV101"));
    QCOMPARE(cell(0, ImportPreviewModel::CollectiveColumn), QStringLiteral("Tổ Thử nghiệm"));
    QCOMPARE(cell(0, ImportPreviewModel::ActionColumn), QStringLiteral("Thêm"));
    QCOMPARE(cell(1, ImportPreviewModel::GenderColumn), QStringLiteral("Nữ"));
    const int bad = preview->rowOfSourceRow(6);
    QCOMPARE(bad, 2);
    QCOMPARE(cell(bad, ImportPreviewModel::ActionColumn), QStringLiteral("Bỏ qua"));
    QVERIFY(!cell(bad, ImportPreviewModel::Problems).isEmpty());
    QVERIFY(preview->index(bad, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(!preview->index(0, 0).data(Qt::BackgroundRole).isValid());

    // The problem list names the sheet, row 6 and column C, in Vietnamese.
    ImportProblemModel* problems = dialog->problemModel();
    int errorRow = -1;
    for (int r = 0; r < problems->rowCount(); ++r) {
        if (problems->problem(r).severity == RosterImport::Problem::Severity::Error)
            errorRow = r;
    }
    QVERIFY(errorRow >= 0);
    auto problemCell = [problems, errorRow](int column) { return problems->index(errorRow, column).data().toString(); };
    QCOMPARE(problemCell(ImportProblemModel::SheetColumn), dialog->sheetCombo()->currentText());
    QCOMPARE(problemCell(ImportProblemModel::RowColumn), QStringLiteral("6"));
    QCOMPARE(problemCell(ImportProblemModel::ColumnColumn), QStringLiteral("C"));
    QCOMPARE(problemCell(ImportProblemModel::SeverityColumn), QStringLiteral("Lỗi"));
    QCOMPARE(problemCell(ImportProblemModel::MessageColumn), problems->problem(errorRow).message);
    QCOMPARE(problemCell(ImportProblemModel::MessageColumn), cell(bad, ImportPreviewModel::Problems));
    qInfo("problem shown: %s", qPrintable(problems->problem(errorRow).toString()));

    // Double-clicking the problem selects its row in the preview and its column in the mapping.
    QTableView* problemView = dialog->problemView();
    const QRect rect = problemView->visualRect(problems->index(errorRow, ImportProblemModel::MessageColumn));
    QTest::mouseClick(problemView->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(problemView->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(dialog->previewView()->selectionModel()->selectedRows().value(0).row(), bad);
    QCOMPARE(dialog->mappingView()->selectionModel()->selectedRows().value(0).row(), 2);
    // Enter does the same from the keyboard.
    dialog->previewView()->selectRow(0);
    problemView->setFocus();
    problemView->setCurrentIndex(problems->index(errorRow, ImportProblemModel::MessageColumn));
    QTest::keyClick(problemView, Qt::Key_Return);
    QCOMPARE(dialog->previewView()->selectionModel()->selectedRows().value(0).row(), bad);

    // With an error and without "skip rows with errors", Import is not offered.
    QVERIFY(!dialog->importButton()->isEnabled());
    const qint64 before = countPeople();
    QVERIFY(before > 0);
    QTest::mouseClick(dialog->dryRunButton(), Qt::LeftButton);
    QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("thêm 2")));
    QCOMPARE(countPeople(), before);
    QVERIFY(byCode(QStringLiteral("GV101")).id == 0);
    screenshot(dialog, QStringLiteral("import-dialog.png"));

    // Applying anyway is refused and writes nothing.
    auto refused = dialog->applyImport();
    QVERIFY(!refused.ok());
    QCOMPARE(countPeople(), before);

    // Skipping the bad row: the two others go in, into their tổ of the year, created on the way.
    m_workspace->undoStack()->push(new QUndoCommand(QStringLiteral("an earlier edit")));
    QTest::mouseClick(dialog->skipBadRowsBox(), Qt::LeftButton);
    QVERIFY(dialog->skipBadRowsBox()->isChecked());
    QVERIFY(dialog->importButton()->isEnabled());
    QSignalSpy peopleChanged(m_workspace.get(), &Workspace::peopleChanged);
    auto done = dialog->applyImport();
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().toString()));
    QCOMPARE(done->added, 2);
    QCOMPARE(done->updated, 0);
    QCOMPARE(done->errors, 1);
    QCOMPARE(countPeople(), before + 2);
    QCOMPARE(peopleChanged.count(), 1);
    QCOMPARE(m_workspace->undoStack()->count(), 0); // an import is not undoable: the history is cleared
    const Person an = byCode(QStringLiteral("GV101"));
    QCOMPARE(an.fullName(), QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(an.birthDate.toDisplay(), QStringLiteral("05/04/1987"));
    QCOMPARE(an.gender, Gender::Male);
    QCOMPARE(an.position, QStringLiteral("Tổ trưởng"));
    QCOMPARE(byCode(QStringLiteral("GV102")).gender, Gender::Female);
    QCOMPARE(byCode(QStringLiteral("GV103")).id, qint64(0));
    auto group =
        CollectiveRepository(m_db->connection()).find(CollectiveKind::SubjectGroup, QStringLiteral("Tổ Thử nghiệm"), 0);
    if (!group.ok() || group->id == 0)
        group = CollectiveRepository(m_db->connection())
                    .find(CollectiveKind::OfficeGroup, QStringLiteral("Tổ Thử nghiệm"), 0);
    QVERIFY(group.ok() && group->id > 0);
    auto members = CollectiveRepository(m_db->connection()).memberships(m_yearId);
    QVERIFY(members.ok());
    QVERIFY(std::any_of(members->cbegin(), members->cend(), [&](const Membership& m) {
        return m.personId == an.id && m.collectiveId == group->id;
    }));
    // After the import the preview shows the rows as stored now.
    QCOMPARE(cell(0, ImportPreviewModel::ActionColumn), QStringLiteral("Không đổi"));
}

void TestImportDialog::reimportUpdatesAndDuplicateDecided()
{
    {
        ImportDialog* first = openDialog(writeFile(QStringLiteral("v1.csv"), FirstList));
        QVERIFY(first);
        first->skipBadRowsBox()->setChecked(true);
        QVERIFY(first->applyImport().ok());
    }
    const qint64 before = countPeople();
    const Person an = byCode(QStringLiteral("GV101"));
    const Person bich = byCode(QStringLiteral("GV102"));
    QVERIFY(an.id > 0 && bich.id > 0);

    ImportDialog* dialog = openDialog(writeFile(QStringLiteral("v2.csv"), SecondList));
    QVERIFY(dialog);
    QCOMPARE(dialog->headerRowSpin()->value(), 2);
    ImportPreviewModel* preview = dialog->previewModel();
    QCOMPARE(preview->rowCount(), 3);
    auto cell = [preview](int row, int column) { return preview->index(row, column).data().toString(); };
    QCOMPARE(cell(1, ImportPreviewModel::ActionColumn), QStringLiteral("Cập nhật")); // Bích, by code
    QCOMPARE(cell(1, ImportPreviewModel::GivenName), QStringLiteral("Ngọc"));
    QCOMPARE(cell(2, ImportPreviewModel::ActionColumn), QStringLiteral("Thêm")); // Cường, now valid

    // An without a code and with another day: a likely duplicate, for the user to decide.
    QCOMPARE(preview->duplicateCount(), 1);
    QCOMPARE(preview->plan().rows.at(0).likelyDuplicateOf, an.id);
    const QModelIndex choice = preview->index(0, ImportPreviewModel::DuplicateColumn);
    QVERIFY(preview->flags(choice) & Qt::ItemIsEditable);
    QVERIFY(!(preview->flags(preview->index(1, ImportPreviewModel::DuplicateColumn)) & Qt::ItemIsEditable));
    QCOMPARE(choice.data().toString(), QStringLiteral("Nhập như người mới"));
    QVERIFY(preview->setData(choice, int(ImportPreviewModel::DuplicateChoice::Skip)));
    QCOMPARE(cell(0, ImportPreviewModel::ActionColumn), QStringLiteral("Bỏ qua"));
    QCOMPARE(dialog->decidedPlan().skipped, 1);
    QVERIFY(preview->setData(choice, int(ImportPreviewModel::DuplicateChoice::UpdateExisting)));
    QCOMPARE(cell(0, ImportPreviewModel::ActionColumn), QStringLiteral("Cập nhật"));
    const RosterImport::Plan decided = dialog->decidedPlan();
    QCOMPARE(decided.added, 1);
    QCOMPARE(decided.updated, 2);

    dialog->dryRun();
    QCOMPARE(countPeople(), before);
    screenshot(dialog, QStringLiteral("import-duplicate.png"));
    QVERIFY(dialog->importButton()->isEnabled());
    // Import asks first, and says that Undo cannot take it back.
    QSignalSpy imported(dialog, &ImportDialog::imported);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QMessageBox* confirm = dialog->findChild<QMessageBox*>(QStringLiteral("confirmImport"));
    QVERIFY(confirm);
    QTRY_VERIFY(confirm->isVisible());
    QVERIFY(confirm->informativeText().contains(QStringLiteral("thêm 1, cập nhật 2")));
    QVERIFY(confirm->informativeText().contains(QStringLiteral("Hoàn tác")));
    QCOMPARE(countPeople(), before);
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(imported.count(), 1);
    const auto done = imported.at(0).at(0).value<RosterImport::Summary>();
    QCOMPARE(done.added, 1);
    QCOMPARE(done.updated, 2);
    QCOMPARE(countPeople(), before + 1); // Cường only: An and Bích are the same people
    const Person anAfter = PersonRepository(m_db->connection()).get(an.id).value();
    QCOMPARE(anAfter.birthDate.toDisplay(), QStringLiteral("06/04/1987"));
    QCOMPARE(anAfter.code, QStringLiteral("GV101")); // kept: the file had no code for him
    QCOMPARE(PersonRepository(m_db->connection()).get(bich.id)->fullName(), QStringLiteral("Trần Thị Bích Ngọc"));
    QCOMPARE(byCode(QStringLiteral("GV103")).birthDate.toDisplay(), QStringLiteral("13/02/1985"));
}

void TestImportDialog::encodingOverrideRereads()
{
    // The first list in TCVN3, as an old .VnTime file saved as text.
    const QByteArray tcvn3 = LegacyEncoding::encode(QString::fromUtf8(FirstList), LegacyEncoding::Encoding::Tcvn3);
    ImportDialog* dialog = openDialog(writeFile(QStringLiteral("tcvn3.csv"), tcvn3));
    QVERIFY(dialog);
    QCOMPARE(
        dialog->previewModel()->index(0, ImportPreviewModel::FamilyName).data().toString(), QStringLiteral("Nguyễn"));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("encodingLabel"))->text().contains(QStringLiteral("TCVN3")));
    screenshot(dialog, QStringLiteral("import-tcvn3.png"));

    // Read as VNI instead: the file is read again and the names come out differently.
    QSignalSpy loaded(dialog, &ImportDialog::workbookLoaded);
    QComboBox* encoding = dialog->encodingCombo();
    encoding->setCurrentIndex(encoding->findData(int(LegacyEncoding::Encoding::Vni)));
    QVERIFY(dialog->isLoading());
    QVERIFY(loaded.wait(10000));
    QVERIFY(dialog->previewModel()->rowCount() == 0
        || dialog->previewModel()->index(0, ImportPreviewModel::FamilyName).data().toString()
            != QStringLiteral("Nguyễn"));
    encoding->setCurrentIndex(encoding->findData(int(LegacyEncoding::Encoding::Tcvn3)));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(
        dialog->previewModel()->index(0, ImportPreviewModel::FamilyName).data().toString(), QStringLiteral("Nguyễn"));
}

void TestImportDialog::unreadableFileIsReported()
{
    const qint64 before = countPeople();
    m_dialog = std::make_unique<ImportDialog>(*m_workspace, PersonKind::Staff);
    QSignalSpy failed(m_dialog.get(), &ImportDialog::loadFailed);
    m_dialog->openFile(m_dir->filePath(QStringLiteral("missing.xlsx")));
    QVERIFY(failed.wait(10000));
    QVERIFY(m_dialog->summaryLabel()->text().contains(QStringLiteral("missing.xlsx")));
    QVERIFY(!m_dialog->importButton()->isEnabled());
    QVERIFY(!m_dialog->dryRunButton()->isEnabled());
    QVERIFY(!m_dialog->applyImport().ok());
    QCOMPARE(countPeople(), before);
}

void TestImportDialog::exportFromMainWindow()
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
    QVERIFY(dialog->applyImport().ok());
    QCOMPARE(staffPage->proxy()->rowCount(), shown + 1);
    QCOMPARE(exported.count(), 2);

    // The .xlsx (written before Xuân came) comes back unchanged too.
    dialog->openFile(xlsx);
    QVERIFY(loaded.wait(10000));
    const RosterImport::Plan fromXlsx = dialog->decidedPlan();
    QCOMPARE(int(fromXlsx.rows.size()), staff);
    QCOMPARE(fromXlsx.added, 0);
    QCOMPARE(fromXlsx.updated, 0);
    QCOMPARE(fromXlsx.errors, 0);
    QCOMPARE(fromXlsx.unchanged, staff);
    screenshot(&window, QStringLiteral("import-over-main-window.png"));
    dialog->close();
}

void TestImportDialog::largeListStaysResponsive()
{
    // 3,000 students in one class each of 60: read off the UI thread, then planned with a wait cursor.
    QByteArray csv = "DANH SÁCH HỌC SINH\r\nSTT,Họ và tên,Ngày sinh,Giới tính,Mã học sinh,Lớp\r\n";
    const QStringList family {
        QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"), QStringLiteral("Phạm")
    };
    const QStringList given { QStringLiteral("An"),
        QStringLiteral("Bình"),
        QStringLiteral("Châu"),
        QStringLiteral("Dũng"),
        QStringLiteral("Hà") };
    for (int i = 1; i <= 3000; ++i) {
        csv += QStringLiteral("%1,%2 Văn %3,%4/%5/2010,%6,HS%7,%8A%9\r\n")
                   .arg(i)
                   .arg(family.at(i % family.size()), given.at(i % given.size()))
                   .arg(1 + i % 28)
                   .arg(1 + i % 12)
                   .arg(i % 2 ? QStringLiteral("Nam") : QStringLiteral("Nữ"))
                   .arg(i, 5, 10, QLatin1Char('0'))
                   .arg(10 + i % 3)
                   .arg(1 + i % 17)
                   .toUtf8();
    }
    QElapsedTimer timer;
    timer.start();
    ImportDialog* dialog = openDialog(writeFile(QStringLiteral("3000.csv"), csv), PersonKind::Student);
    QVERIFY(dialog);
    const qint64 loadMs = timer.elapsed();
    QCOMPARE(dialog->previewModel()->rowCount(), 3000);
    QCOMPARE(dialog->decidedPlan().added, 3000);
    timer.restart();
    auto done = dialog->applyImport();
    QVERIFY(done.ok());
    QCOMPARE(done->added, 3000);
    qInfo("3,000-row CSV: read + plan + preview %lld ms; apply + re-plan %lld ms", loadMs, timer.elapsed());
}

void TestImportDialog::sheetAndHeaderRowChosenByHand()
{
    // A workbook whose first sheet is a note and whose second holds the list under a title.
    XlsxWriter writer;
    writer.addSheet(QStringLiteral("Hướng dẫn"));
    writer.writeText(0, 0, QStringLiteral("Điền danh sách ở trang sau."));
    writer.addSheet(QStringLiteral("Lớp 10A9"));
    writer.writeText(0, 0, QStringLiteral("DANH SÁCH HỌC SINH LỚP 10A9"), true);
    const QStringList header { QStringLiteral("STT"),
        QStringLiteral("Họ"),
        QStringLiteral("Tên"),
        QStringLiteral("Ngày sinh"),
        QStringLiteral("Nữ"),
        QStringLiteral("Lớp") };
    for (int c = 0; c < header.size(); ++c)
        writer.writeText(2, c, header.at(c), true);
    writer.writeNumber(3, 0, 1);
    writer.writeText(3, 1, QStringLiteral("Võ Thị"));
    writer.writeText(3, 2, QStringLiteral("Yến"));
    writer.writeDate(3, 3, QDate(2010, 9, 2));
    writer.writeText(3, 4, QStringLiteral("x"));
    writer.writeText(3, 5, QStringLiteral("10A9"));
    const QString path = m_dir->filePath(QStringLiteral("10A9.xlsx"));
    QVERIFY(writer.save(path).ok());

    ImportDialog* dialog = openDialog(path, PersonKind::Staff);
    QVERIFY(dialog);
    QCOMPARE(dialog->kindCombo()->currentData().toInt(), int(PersonKind::Student)); // from its Lớp column
    QCOMPARE(dialog->sheetCombo()->count(), 2);
    QCOMPARE(dialog->sheetCombo()->currentText(), QStringLiteral("Lớp 10A9"));
    QCOMPARE(dialog->headerRowSpin()->value(), 3);
    ImportPreviewModel* preview = dialog->previewModel();
    QCOMPARE(preview->rowCount(), 1);
    QCOMPARE(preview->index(0, ImportPreviewModel::MiddleName).data().toString(), QStringLiteral("Thị"));
    QCOMPARE(preview->index(0, ImportPreviewModel::BirthDate).data().toString(), QStringLiteral("02/09/2010"));
    QCOMPARE(preview->index(0, ImportPreviewModel::GenderColumn).data().toString(), QStringLiteral("Nữ"));
    QCOMPARE(preview->index(0, ImportPreviewModel::CollectiveColumn).data().toString(), QStringLiteral("10A9"));
    QCOMPARE(
        preview->headerData(ImportPreviewModel::CollectiveColumn, Qt::Horizontal).toString(), QStringLiteral("Lớp"));

    // The title row as header: nothing can be read, and the dialog says so.
    dialog->headerRowSpin()->setValue(1);
    QCOMPARE(dialog->mappingModel()->columns().headerRow, 0);
    QCOMPARE(preview->rowCount(), 0);
    QVERIFY(!dialog->importButton()->isEnabled());
    QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("Lớp 10A9")));
    // Back to row 3: the fields are found again from its texts.
    dialog->headerRowSpin()->setValue(3);
    QCOMPARE(dialog->mappingModel()->field(4), std::optional(Field::FemaleMark));
    QCOMPARE(preview->rowCount(), 1);

    // The note sheet: no list there.
    dialog->sheetCombo()->setCurrentIndex(0);
    QCOMPARE(preview->rowCount(), 0);
    QVERIFY(!dialog->importButton()->isEnabled());
    dialog->sheetCombo()->setCurrentIndex(1);
    QCOMPARE(preview->rowCount(), 1);
    QVERIFY(dialog->importButton()->isEnabled());
}

void TestImportDialog::oneStoredPersonUpdatedOnce()
{
    {
        ImportDialog* first = openDialog(writeFile(QStringLiteral("v1.csv"), FirstList));
        QVERIFY(first);
        first->skipBadRowsBox()->setChecked(true);
        QVERIFY(first->applyImport().ok());
    }
    const qint64 an = byCode(QStringLiteral("GV101")).id;
    // Two rows that both look like An: only the first may update him.
    ImportDialog* dialog = openDialog(writeFile(QStringLiteral("twice.csv"),
        "Họ và tên,Ngày sinh\r\nNguyễn Văn An,06/04/1987\r\nNguyễn Văn An,07/04/1987\r\n"));
    QVERIFY(dialog);
    ImportPreviewModel* preview = dialog->previewModel();
    QCOMPARE(preview->duplicateCount(), 2);
    QVERIFY(!dialog->previewView()->isColumnHidden(ImportPreviewModel::DuplicateColumn));
    for (int row : { 1, 0 }) {
        QCOMPARE(preview->plan().rows.at(row).likelyDuplicateOf, an);
        QVERIFY(preview->setData(preview->index(row, ImportPreviewModel::DuplicateColumn),
            int(ImportPreviewModel::DuplicateChoice::UpdateExisting)));
    }
    QCOMPARE(preview->index(0, ImportPreviewModel::ActionColumn).data().toString(), QStringLiteral("Cập nhật"));
    QCOMPARE(preview->index(1, ImportPreviewModel::ActionColumn).data().toString(), QStringLiteral("Thêm"));
    const RosterImport::Plan plan = dialog->decidedPlan();
    QCOMPARE(plan.updated, 1);
    QCOMPARE(plan.added, 1);
    QCOMPARE(plan.rows.at(0).person.id, an);
    QCOMPARE(plan.rows.at(1).person.id, qint64(0));
}

void TestImportDialog::committedSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding"); // what the dialog says it detected
    const QList<std::pair<const char*, const char*>> files { { "people.utf8.csv", "UTF-8" },
        { "people.utf8bom.csv", "UTF-8" },
        { "people.nfd.csv", "UTF-8" },
        { "people.utf16le.csv", "UTF-16" },
        { "people.utf16be.txt", "UTF-16" },
        { "people.cp1258.csv", "1258" },
        { "people.tcvn3.csv", "TCVN3" },
        { "people.vni.csv", "VNI" },
        { "people.semicolon.csv", "UTF-8" },
        { "people.tab.txt", "UTF-8" } };
    for (const auto& [file, encoding] : files)
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(encoding);
}

void TestImportDialog::committedSamples()
{
    // The reader's samples (tests/data/spreadsheet): the same three people in every encoding, under a title, with a
    // blank row and a totals row; the dialog shows the same NFC names for each.
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    const QString path = QStringLiteral(THIDUA_TEST_DATA "/spreadsheet/") + file;
    QVERIFY(QFileInfo::exists(path));
    ImportDialog* dialog = openDialog(path);
    QVERIFY(dialog);
    QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("encodingLabel"))->text().contains(encoding),
        qPrintable(dialog->findChild<QLabel*>(QStringLiteral("encodingLabel"))->text()));
    QCOMPARE(dialog->headerRowSpin()->value(), 2);
    ImportPreviewModel* preview = dialog->previewModel();
    QCOMPARE(preview->rowCount(), 3);
    QStringList names;
    for (int row = 0; row < preview->rowCount(); ++row)
        names << preview->plan().rows.at(row).person.fullName() + QLatin1Char('|')
                + preview->index(row, ImportPreviewModel::BirthDate).data().toString() + QLatin1Char('|')
                + preview->index(row, ImportPreviewModel::CollectiveColumn).data().toString();
    QCOMPARE(names,
        QStringList({ QStringLiteral("Nguyễn Văn An|01/02/1980|Toán - Tin"),
            QStringLiteral("Lê Thị Hoà|15/10/1985|Ngữ văn"),
            QStringLiteral("Trần Đức Ưng|1990|Tiếng Anh") }));
    QCOMPARE(dialog->decidedPlan().errors, 0);
}

void TestImportDialog::committedWorkbooks_data()
{
    QTest::addColumn<QString>("file");
    for (const char* file : { "workbook.xlsx", "workbook.xls", "workbook.lo.xlsx" })
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestImportDialog::committedWorkbooks()
{
    // Five sheets: the staff list in Unicode, a student list, the staff list typed in .VnTime, in VNI-Times, and
    // TCVN3 shown in Arial. Each staff sheet shows the same people; the student sheet its two students.
    QFETCH(QString, file);
    const QString path = QStringLiteral(THIDUA_TEST_DATA "/spreadsheet/") + file;
    ImportDialog* dialog = openDialog(path);
    QVERIFY(dialog);
    QCOMPARE(dialog->sheetCombo()->count(), 5);
    QCOMPARE(dialog->sheetCombo()->currentIndex(), 0);
    ImportPreviewModel* preview = dialog->previewModel();
    for (int sheet : { 0, 2, 3, 4 }) {
        dialog->sheetCombo()->setCurrentIndex(sheet);
        QCOMPARE(preview->rowCount(), 3);
        QStringList names;
        for (int row = 0; row < preview->rowCount(); ++row)
            names << preview->plan().rows.at(row).person.fullName() + QLatin1Char('|')
                    + preview->index(row, ImportPreviewModel::BirthDate).data().toString() + QLatin1Char('|')
                    + preview->index(row, ImportPreviewModel::GenderColumn).data().toString() + QLatin1Char('|')
                    + preview->index(row, ImportPreviewModel::CollectiveColumn).data().toString();
        QCOMPARE(names,
            QStringList({ QStringLiteral("Nguyễn Văn An|01/02/1980|Nam|Toán - Tin"),
                QStringLiteral("Lê Thị Hoà|15/10/1985|Nữ|Ngữ văn"),
                QStringLiteral("Trần Đức Ưng|1990|Nam|Tiếng Anh") }));
    }
    QCOMPARE(dialog->kindCombo()->currentData().toInt(), int(PersonKind::Staff));
    // A sheet with a Lớp column and no Tổ: a student list.
    dialog->sheetCombo()->setCurrentIndex(1);
    QCOMPARE(dialog->kindCombo()->currentData().toInt(), int(PersonKind::Student));
    QCOMPARE(
        preview->headerData(ImportPreviewModel::CollectiveColumn, Qt::Horizontal).toString(), QStringLiteral("Lớp"));
    QCOMPARE(preview->rowCount(), 2);
    QCOMPARE(preview->plan().rows.at(0).person.fullName(), QStringLiteral("Phạm Thị Ánh"));
    QCOMPARE(preview->index(0, ImportPreviewModel::GenderColumn).data().toString(), QStringLiteral("Nữ"));
    QCOMPARE(preview->index(1, ImportPreviewModel::GenderColumn).data().toString(), QStringLiteral("Nam"));
    QCOMPARE(preview->index(0, ImportPreviewModel::Code).data().toString(), QStringLiteral("HS001"));
    QCOMPARE(preview->index(1, ImportPreviewModel::CollectiveColumn).data().toString(), QStringLiteral("10A2"));
}

QTEST_MAIN(TestImportDialog)
#include "TestImportDialog.moc"
