#pragma once

#include "core/people/Person.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace thidua {

class ImportDialog;
class Workspace;

// The File menu's "Import list…" and "Export list…": the import dialog, and the export of the staff or students
// (whichever the current page shows) with their tổ / lớp of the school year chosen in the toolbar, to .xlsx or .csv
// through RosterExport. The main window only puts the actions in its menu.
class ImportExportActions : public QObject
{
    Q_OBJECT

public:
    // Where to write an export, given a suggested path; empty to cancel. The default asks with a QFileDialog
    // (not blocking); tests set one that returns a path at once.
    using PathProvider = std::function<QString(const QString& suggestedPath)>;
    // Which list the user is looking at (the current page's kind).
    using KindProvider = std::function<PersonKind()>;

    ImportExportActions(Workspace& workspace, KindProvider currentKind, QWidget* window);

    QAction* importAction() const { return m_importAction; }
    QAction* exportAction() const { return m_exportAction; }
    void setExportPathProvider(PathProvider provider) { m_exportPath = std::move(provider); }

    // Opens the import dialog (not modal to the event loop: open()); the same dialog while it is shown.
    ImportDialog* openImportDialog();
    ImportDialog* importDialog() const;
    // Asks for the file, then writes it.
    void exportPeople();
    // Writes the current list to `path` (.xlsx or .csv, from the suffix); the error is shown and returned.
    bool exportTo(const QString& path);

signals:
    void exported(const QString& path, int count);
    void imported();

private:
    QString suggestedExportPath() const;

    Workspace& m_workspace;
    KindProvider m_currentKind;
    QWidget* m_window;
    QAction* m_importAction;
    QAction* m_exportAction;
    PathProvider m_exportPath;
    QPointer<ImportDialog> m_dialog;
};

} // namespace thidua
