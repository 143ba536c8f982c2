#include "ui/people/ImportExportActions.h"

#include "core/people/RosterExport.h"
#include "ui/common/BusyCursor.h"
#include "ui/common/ErrorMessage.h"
#include "ui/common/Workspace.h"
#include "ui/people/ImportDialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace thidua {

ImportExportActions::ImportExportActions(Workspace& workspace, KindProvider currentKind, QWidget* window)
    : QObject(window)
    , m_workspace(workspace)
    , m_currentKind(std::move(currentKind))
    , m_window(window)
    , m_importAction(new QAction(tr("&Import list…"), this))
    , m_exportAction(new QAction(tr("E&xport list…"), this))
{
    m_importAction->setObjectName(QStringLiteral("importPeople"));
    m_importAction->setStatusTip(tr("Bring in a list of staff or students from Excel (.xlsx, .xls) or .csv"));
    m_exportAction->setObjectName(QStringLiteral("exportPeople"));
    m_exportAction->setStatusTip(
        tr("Write the staff or students shown, with their group or class of the school year, to .xlsx or .csv"));
    connect(m_importAction, &QAction::triggered, this, &ImportExportActions::openImportDialog);
    connect(m_exportAction, &QAction::triggered, this, &ImportExportActions::exportPeople);
}

ImportDialog* ImportExportActions::openImportDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_dialog = new ImportDialog(m_workspace, m_currentKind(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ImportDialog::imported, this, &ImportExportActions::imported);
    m_dialog->open();
    return m_dialog;
}

ImportDialog* ImportExportActions::importDialog() const
{
    return m_dialog;
}

QString ImportExportActions::suggestedExportPath() const
{
    const bool students = m_currentKind() == PersonKind::Student;
    QString name = students ? QStringLiteral("danh-sach-hoc-sinh") : QStringLiteral("danh-sach-can-bo");
    if (const SchoolYear& year = m_workspace.currentYear(); year.id > 0)
        name += QLatin1Char('-') + year.name();
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(name + QStringLiteral(".xlsx"));
}

void ImportExportActions::exportPeople()
{
    if (m_exportPath) {
        if (const QString path = m_exportPath(suggestedExportPath()); !path.isEmpty())
            exportTo(path);
        return;
    }
    auto* dialog = new QFileDialog(
        m_window, tr("Export list"), suggestedExportPath(), tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("xlsx"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { exportTo(path); });
    dialog->open();
}

bool ImportExportActions::exportTo(const QString& chosen)
{
    QString path = chosen;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QStringLiteral("xlsx") && suffix != QStringLiteral("csv"))
        path += QStringLiteral(".xlsx");
    RosterExport::Options options;
    options.kind = m_currentKind();
    options.schoolYearId = m_workspace.currentYear().id;
    const Result<int> written = [&] {
        BusyCursor busy;
        return RosterExport(m_workspace.connection()).write(path, options);
    }();
    if (!written) {
        ErrorMessage::show(m_window, tr("The list could not be exported."), written.error());
        return false;
    }
    emit exported(path, *written);
    return true;
}

} // namespace thidua
