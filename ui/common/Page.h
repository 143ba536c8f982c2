#pragma once

#include "core/common/Result.h"

#include <QIcon>
#include <QList>
#include <QWidget>

class QAction;
class QSettings;

namespace thidua {

class Workspace;

// One entry of the main window's navigation list and the widget it shows. A page loads its data the first
// time it is shown (activate()), so the window opens fast; it keeps itself current by listening to the
// Workspace. To add an area to the program, derive a Page and add it in MainWindow::addStandardPages()
// (or call MainWindow::addPage() from the code that assembles the window).
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(Workspace& workspace, QWidget* parent = nullptr);

    // The text of the navigation entry (translated) and its icon.
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    // A stable, untranslated name: the key of the page's layout in the settings and its object name.
    virtual QString key() const = 0;
    // Counts for the status bar ("2.500 học sinh, 37 đang hiện").
    virtual QString statusText() const { return {}; }
    // Actions the Edit menu shows while the page is current (Add, Edit…), after Undo and Redo.
    virtual QList<QAction*> editActions() const { return {}; }

    // A page with a form says whether it holds typed changes not yet saved; the window asks before closing.
    virtual bool hasUnsavedChanges() const { return false; }
    virtual Status saveChanges() { return {}; }

    // Column widths, splitter positions…, under the group the main window opened for this page.
    virtual void saveLayout(QSettings&) const {}
    virtual void restoreLayout(QSettings&) {}

    // Called when the page becomes the current one; loads it the first time.
    void activate();
    bool isLoaded() const { return m_loaded; }

signals:
    void statusTextChanged();

protected:
    Workspace& workspace() const { return m_workspace; }
    // Reads the page's data; called once, on the first activate().
    virtual void load() = 0;

private:
    Workspace& m_workspace;
    bool m_loaded = false;
};

} // namespace thidua
