#pragma once

#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace thidua {

class ImportExportActions;
class DocumentActions;
class Page;
class PeopleStore;
class Workspace;

// The main window only assembles: a navigation list on the left, the current Page on the right, the menus,
// a toolbar with Undo/Redo and the school year, and a status bar. Everything else lives in the pages.
//
// Extension points for other areas:
//  - a new area: derive ui/common/Page and call addPage() (the standard pages are added in addStandardPages());
//  - a menu command (an import dialog, a document preview): addMenuAction(Menu::File / Menu::Documents / …, action);
//    File actions go above Quit; the Documents and Tools menus appear once they hold an action;
//  - data changed elsewhere: call Workspace::notify…(); every page listens to the Workspace.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Menu
    {
        File,
        Edit,
        View,
        Documents,
        Tools,
        Help
    };

    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Adds a navigation entry showing `page` (the window takes ownership), after the existing ones.
    void addPage(Page* page);
    void addMenuAction(Menu menu, QAction* action);
    QMenu* menu(Menu menu) const;

    Page* page(const QString& key) const;
    Page* currentPage() const;
    // Shows the page with that key (see Page::key()); false when there is none.
    bool showPage(const QString& key);
    PeopleStore* peopleStore() const { return m_peopleStore; }
    DocumentActions* documentActions() const { return m_documentActions; }
    Workspace& workspace() const { return m_workspace; }
    // File › Import list… / Export list… (the GUI test sets the export path through it).
    ImportExportActions* importExport() const { return m_importExport; }

    // Window geometry, toolbar and splitter positions, each page's columns, the page shown.
    void restoreLayout();
    void saveLayout() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addStandardPages();
    void addDocumentActions(); // the Documents menu (ui/documents/DocumentActions)
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void createImportExport();
    void setCurrentPage(int index);
    void updateEditMenu();
    void updateStatus();
    void updateTitle();
    void updateYears();
    void chooseLanguage(const QString& language);
    void showAbout();

    Workspace& m_workspace;
    PeopleStore* m_peopleStore;
    ImportExportActions* m_importExport = nullptr;
    DocumentActions* m_documentActions = nullptr;
    QSplitter* m_splitter;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QList<Page*> m_pages;
    QComboBox* m_yearCombo;
    QLabel* m_statusLabel;
    QLabel* m_databaseLabel;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_documentsMenu = nullptr;
    QMenu* m_toolsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_fileSeparator = nullptr;
    QAction* m_editSeparator = nullptr;
    QList<QAction*> m_pageActions; // the current page's actions in the Edit menu
    bool m_closeConfirmed = false; // unsaved changes were saved or given up
};

} // namespace thidua
