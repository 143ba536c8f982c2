#pragma once

// What the import dialog tests share: a demo school in a fresh database, a workspace on 20/11/2025 in the school
// year 2025-2026, the dialog opened on a file with its models under QAbstractItemModelTester, and sample lists.
// With THIDUA_SCREENSHOT_DIR set, screenshot() saves a widget there as on a 1366×768 screen.
#include "core/common/Translation.h"
#include "core/db/Database.h"
#include "core/people/CollectiveRepository.h"
#include "core/people/PersonRepository.h"
#include "core/school/SchoolRepository.h"
#include "core/spreadsheet/XlsxWriter.h"
#include "tests/ui/SmallDemoSchool.h"
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

namespace thidua::test {

using namespace thidua;
using Field = RosterColumns::Field;

// A staff list as offices keep it: a title and a blank row above the header, STT, a column the header detection
// does not know ("Nhiệm vụ kiêm nhiệm"), and on sheet row 6 a date that does not exist.
inline const char* FirstList = "DANH SÁCH CÁN BỘ, GIÁO VIÊN NĂM HỌC 2025-2026\r\n"
                               ",,,,,,\r\n"
                               "STT,Họ và tên,Ngày sinh,Giới tính,Mã số,Tổ chuyên môn,Nhiệm vụ kiêm nhiệm\r\n"
                               "1,Nguyễn Văn An,05/04/1987,Nam,GV101,Tổ Thử nghiệm,Tổ trưởng\r\n"
                               "2,Trần Thị Bích,12/11/1990,Nữ,GV102,Tổ Thử nghiệm,\r\n"
                               "3,Lê Văn Cường,31/02/1985,Nam,GV103,Tổ Thử nghiệm,\r\n";
// The same list a month later: Bích's full name corrected (matched by code), An listed without a code and with
// another day of birth (a likely duplicate: same name and year), Cường's date fixed.
inline const char* SecondList = "DANH SÁCH CÁN BỘ, GIÁO VIÊN NĂM HỌC 2025-2026\r\n"
                                "STT,Họ và tên,Ngày sinh,Giới tính,Mã số,Tổ chuyên môn\r\n"
                                "1,Nguyễn Văn An,06/04/1987,Nam,,Tổ Thử nghiệm\r\n"
                                "2,Trần Thị Bích Ngọc,12/11/1990,Nữ,GV102,Tổ Thử nghiệm\r\n"
                                "3,Lê Văn Cường,13/02/1985,Nam,GV103,Tổ Thử nghiệm\r\n";

class ImportDialogTestBase : public QObject
{
protected:
    void installVietnamese();
    void initFixture();
    void cleanupFixture();
    QString writeFile(const QString& name, const QByteArray& bytes) const;
    ImportDialog* openDialog(const QString& path, PersonKind kind = PersonKind::Staff);
    // Waits until the dialog has read the file and checked the rows (both run off the UI thread).
    static bool settle(ImportDialog* dialog);
    // Starts the import and waits for its end (and for the preview of the rows as stored then).
    static Result<RosterImport::Summary> importAndWait(ImportDialog* dialog);
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

inline void ImportDialogTestBase::installVietnamese()
{
    QVERIFY(Translation::install(*QCoreApplication::instance(), QStringLiteral("vi")));
}

inline void ImportDialogTestBase::initFixture()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_db = smallDemoSchool(m_dir->path(), 2, &error);
    QVERIFY2(m_db, qPrintable(error));
    auto year = SchoolRepository(m_db->connection()).yearByStart(2025);
    QVERIFY(year.ok() && year->id > 0);
    m_yearId = year->id;
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_workspace =
        std::make_unique<Workspace>(m_db->connection(), m_db->path(), *m_settings, [] { return QDate(2025, 11, 20); });
    QVERIFY(m_workspace->reloadYears().ok());
    m_workspace->setCurrentYear(m_yearId);
}

inline void ImportDialogTestBase::cleanupFixture()
{
    m_testers.clear();
    m_dialog.reset();
    m_workspace.reset();
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

inline QString ImportDialogTestBase::writeFile(const QString& name, const QByteArray& bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

inline ImportDialog* ImportDialogTestBase::openDialog(const QString& path, PersonKind kind)
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
    if (!m_dialog->isLoading() || !loaded.wait(10000) || !settle(m_dialog.get()))
        return nullptr;
    return m_dialog.get();
}

inline bool ImportDialogTestBase::settle(ImportDialog* dialog)
{
    return QTest::qWaitFor([dialog] { return !dialog->isBusy(); }, 60000);
}

inline Result<RosterImport::Summary> ImportDialogTestBase::importAndWait(ImportDialog* dialog)
{
    QSignalSpy imported(dialog, &ImportDialog::imported);
    QSignalSpy failed(dialog, &ImportDialog::importFailed);
    if (auto started = dialog->applyImport(); !started)
        return started.error();
    if (!QTest::qWaitFor([&] { return imported.count() + failed.count() > 0; }, 60000))
        return Error { Error::Code::Generic, QStringLiteral("the import did not end") };
    if (!failed.isEmpty())
        return failed.at(0).at(0).value<Error>();
    const auto summary = imported.at(0).at(0).value<RosterImport::Summary>();
    if (!settle(dialog))
        return Error { Error::Code::Generic, QStringLiteral("the rows were not checked again") };
    return summary;
}

inline qint64 ImportDialogTestBase::countPeople() const
{
    auto count = PersonRepository(m_db->connection()).count(PersonRepository::Filter());
    return count.ok() ? *count : -1;
}

inline Person ImportDialogTestBase::byCode(const QString& code) const
{
    auto person = PersonRepository(m_db->connection()).findByCode(code);
    return person.ok() ? *person : Person();
}

inline void ImportDialogTestBase::screenshot(QWidget* widget, const QString& name) const
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

} // namespace thidua::test
