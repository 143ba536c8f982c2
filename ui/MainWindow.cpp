#include "ui/MainWindow.h"

#include "core/common/Translation.h"
#include "core/school/SchoolQuery.h"
#include "ui/activities/ActivitiesPage.h"
#include "ui/cdht/LearningCitizenPage.h"
#include "ui/collectives/CollectivesPage.h"
#include "ui/common/ErrorMessage.h"
#include "ui/common/Page.h"
#include "ui/common/WindowSize.h"
#include "ui/common/Workspace.h"
#include "ui/council/CouncilPage.h"
#include "ui/criteria/CriteriaPage.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/documents/DocumentActions.h"
#include "ui/evidence/EvidencePage.h"
#include "ui/meeting/MeetingPage.h"
#include "ui/people/ImportExportActions.h"
#include "ui/people/PeoplePage.h"
#include "ui/people/PeopleStore.h"
#include "ui/reports/ReportPage.h"
#include "ui/school/SchoolProfilePage.h"
#include "ui/school/SchoolYearsPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

namespace thidua {

MainWindow::MainWindow(Workspace& workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_peopleStore(new PeopleStore(workspace, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_navigation(new QListWidget(m_splitter))
    , m_stack(new QStackedWidget(m_splitter))
    , m_yearCombo(new QComboBox(this))
    , m_statusLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(1);
    m_navigation->setTextElideMode(Qt::ElideRight);
    m_navigation->setMinimumWidth(170);
    m_stack->setObjectName(QStringLiteral("pages"));
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({ 230, 1000 });
    setCentralWidget(m_splitter);

    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::setCurrentPage);
    addStandardPages();
    createImportExport();
    addDocumentActions();
    connect(&m_workspace, &Workspace::yearsChanged, this, &MainWindow::updateYears);
    connect(&m_workspace, &Workspace::currentYearChanged, this, &MainWindow::updateYears);
    connect(&m_workspace, &Workspace::schoolChanged, this, &MainWindow::updateTitle);
    connect(&m_workspace, &Workspace::errorReported, this, [this](const QString& what, const Error& error) {
        ErrorMessage::show(this, what, error);
    });
    connect(m_yearCombo, &QComboBox::activated, this, [this](int index) {
        m_workspace.setCurrentYear(m_yearCombo->itemData(index).toLongLong());
    });

    if (auto years = m_workspace.reloadYears(); !years)
        ErrorMessage::show(this, tr("The school years could not be read."), years.error());
    // The program opens on the movement's page, with the year's calendar (a school with no year yet: on its
    // profile); restoreLayout() then shows the page last used.
    if (!m_workspace.years().isEmpty())
        showPage(QStringLiteral("movement"));
    updateYears();
    updateTitle();

    // A first start: a size that fits a 1366×768 screen with a taskbar, centred.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 728);
    WindowSize::fit(this, QSize(1280, 720));
    move(available.center() - rect().center());
}

MainWindow::~MainWindow() = default;

void MainWindow::addStandardPages()
{
    addPage(new SchoolProfilePage(m_workspace));
    addPage(new SchoolYearsPage(m_workspace));
    addPage(new PeoplePage(m_workspace, *m_peopleStore, PersonKind::Staff));
    addPage(new PeoplePage(m_workspace, *m_peopleStore, PersonKind::Student));
    addPage(new CollectivesPage(m_workspace, *m_peopleStore));
    addPage(new CouncilPage(m_workspace, *m_peopleStore));
    auto* learningCitizen = new LearningCitizenPage(m_workspace);
    addPage(learningCitizen);
    auto* dashboard = new DashboardPage(m_workspace);
    addPage(dashboard);
    // A person missing on the dashboard opens on their row of the Công dân học tập grid; one without a class or tổ
    // that year on the staff or student page.
    connect(dashboard, &DashboardPage::openPersonRequested, this, [this, learningCitizen](qint64 personId) {
        showPage(learningCitizen->key());
        if (learningCitizen->selectPerson(personId))
            return;
        for (const QString& key : { QStringLiteral("staff"), QStringLiteral("students") }) {
            showPage(key);
            if (auto* people = qobject_cast<PeoplePage*>(page(key)); people && people->selectPerson(personId))
                return;
        }
    });
    addPage(new CriteriaPage(m_workspace));
    auto* evidence = new EvidencePage(m_workspace);
    addPage(evidence);
    addMenuAction(Menu::Tools, evidence->checkAction());
    addPage(new MeetingPage(m_workspace));
    addPage(new ActivitiesPage(m_workspace));
    addPage(new ReportPage(m_workspace));
}

void MainWindow::addDocumentActions()
{
    m_documentActions = new DocumentActions(m_workspace, this);
    for (QAction* action : m_documentActions->actions())
        addMenuAction(Menu::Documents, action);
}

void MainWindow::addPage(Page* page)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
    item->setData(Qt::UserRole, page->key());
    item->setSizeHint(QSize(0, qMax(30, fontMetrics().height() + 14)));
    item->setToolTip(page->title());
    connect(page, &Page::statusTextChanged, this, [this, page] {
        if (page == currentPage())
            updateStatus();
    });
    if (m_navigation->count() == 1)
        m_navigation->setCurrentRow(0);
}

void MainWindow::createActions()
{
    QUndoStack* stack = m_workspace.undoStack();
    m_undoAction = stack->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setObjectName(QStringLiteral("undo"));
    m_undoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_redoAction = stack->createRedoAction(this);
    m_redoAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    m_redoAction->setObjectName(QStringLiteral("redo"));
    m_redoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileSeparator = m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editSeparator = m_editMenu->addSeparator();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu* languageMenu = m_viewMenu->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString current =
        m_workspace.settings().value(QStringLiteral("language"), Translation::defaultLanguage()).toString();
    const QList<std::pair<QString, QString>> names { { QStringLiteral("vi"), QStringLiteral("Tiếng Việt") },
        { QStringLiteral("en"), QStringLiteral("English") } };
    for (const auto& [code, name] : names) {
        QAction* action = languageMenu->addAction(name); // each language in its own words
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }

    m_documentsMenu = menuBar()->addMenu(tr("&Documents"));
    m_documentsMenu->menuAction()->setVisible(false);
    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_toolsMenu->menuAction()->setVisible(false);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = m_helpMenu->addAction(tr("&About ThiĐua"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createToolBar()
{
    QToolBar* toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);
    toolBar->addSeparator();
    auto* yearBox = new QWidget(toolBar);
    auto* yearLayout = new QHBoxLayout(yearBox);
    yearLayout->setContentsMargins(6, 0, 6, 0);
    auto* yearLabel = new QLabel(tr("School &year:"), yearBox);
    yearLabel->setBuddy(m_yearCombo);
    m_yearCombo->setObjectName(QStringLiteral("yearCombo"));
    m_yearCombo->setMinimumContentsLength(10);
    m_yearCombo->setToolTip(tr("The school year whose groups, classes and council are shown"));
    yearLayout->addWidget(yearLabel);
    yearLayout->addWidget(m_yearCombo);
    toolBar->addWidget(yearBox);
}

void MainWindow::createStatusBar()
{
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_databaseLabel->setText(QFileInfo(m_workspace.databasePath()).fileName());
    m_databaseLabel->setToolTip(tr("Database: %1").arg(m_workspace.databasePath()));
}

void MainWindow::createImportExport()
{
    m_importExport = new ImportExportActions(
        m_workspace,
        [this] {
            const Page* p = currentPage();
            return p && p->key() == QStringLiteral("students") ? PersonKind::Student : PersonKind::Staff;
        },
        this);
    addMenuAction(Menu::File, m_importExport->importAction());
    addMenuAction(Menu::File, m_importExport->exportAction());
    connect(m_importExport, &ImportExportActions::exported, this, [this](const QString& path, int count) {
        statusBar()->showMessage(
            tr("%n person(s) written to %1", nullptr, count).arg(QDir::toNativeSeparators(path)), 8000);
    });
}

void MainWindow::addMenuAction(Menu which, QAction* action)
{
    QMenu* target = menu(which);
    if (which == Menu::File)
        target->insertAction(m_fileSeparator, action);
    else
        target->addAction(action);
    target->menuAction()->setVisible(true);
}

QMenu* MainWindow::menu(Menu which) const
{
    switch (which) {
    case Menu::File:
        return m_fileMenu;
    case Menu::Edit:
        return m_editMenu;
    case Menu::View:
        return m_viewMenu;
    case Menu::Documents:
        return m_documentsMenu;
    case Menu::Tools:
        return m_toolsMenu;
    case Menu::Help:
        break;
    }
    return m_helpMenu;
}

Page* MainWindow::page(const QString& key) const
{
    for (Page* p : m_pages) {
        if (p->key() == key)
            return p;
    }
    return nullptr;
}

Page* MainWindow::currentPage() const
{
    return qobject_cast<Page*>(m_stack->currentWidget());
}

bool MainWindow::showPage(const QString& key)
{
    const int index = int(m_pages.indexOf(page(key)));
    if (index < 0)
        return false;
    m_navigation->setCurrentRow(index);
    return true;
}

void MainWindow::setCurrentPage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    Page* page = m_pages[index];
    m_stack->setCurrentWidget(page);
    page->activate();
    updateEditMenu();
    updateStatus();
}

void MainWindow::updateEditMenu()
{
    for (QAction* action : std::as_const(m_pageActions))
        m_editMenu->removeAction(action);
    m_pageActions.clear();
    if (Page* page = currentPage()) {
        m_pageActions = page->editActions();
        m_editMenu->addActions(m_pageActions);
    }
    m_editSeparator->setVisible(!m_pageActions.isEmpty());
}

void MainWindow::updateStatus()
{
    Page* page = currentPage();
    m_statusLabel->setText(page ? page->statusText() : QString());
}

void MainWindow::updateTitle()
{
    auto profile = SchoolQuery(m_workspace.connection()).profile();
    const QString school = profile ? profile->fullName : QString();
    setWindowTitle(school.isEmpty() ? tr("ThiĐua – Emulation and commendation") : tr("%1 – ThiĐua").arg(school));
}

void MainWindow::updateYears()
{
    m_yearCombo->clear();
    const SchoolYears& years = m_workspace.years();
    for (auto it = years.crbegin(); it != years.crend(); ++it) // the latest first
        m_yearCombo->addItem(it->name(), it->id);
    if (years.isEmpty())
        m_yearCombo->addItem(tr("(no school year yet)"), qint64(0));
    m_yearCombo->setEnabled(!years.isEmpty());
    m_yearCombo->setCurrentIndex(qMax(0, m_yearCombo->findData(m_workspace.currentYear().id)));
}

void MainWindow::chooseLanguage(const QString& language)
{
    QSettings& settings = m_workspace.settings();
    if (settings.value(QStringLiteral("language"), Translation::defaultLanguage()).toString() == language)
        return;
    settings.setValue(QStringLiteral("language"), language);
    auto* box = new QMessageBox(QMessageBox::Information,
        tr("Language"),
        language == QStringLiteral("vi") ? QStringLiteral("ThiĐua sẽ dùng tiếng Việt từ lần mở sau.")
                                         : QStringLiteral("ThiĐua will use English the next time it starts."),
        QMessageBox::Ok,
        this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(QMessageBox::NoIcon,
        tr("About ThiĐua"),
        tr("<h3>ThiĐua %1</h3><p>Emulation and commendation records for schools: staff, students, collectives and "
           "the emulation council, for the movement “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập "
           "suốt đời giai đoạn 2023–2030”.</p><p>Database: %2</p>")
            .arg(QCoreApplication::applicationVersion(), m_workspace.databasePath().toHtmlEscaped()),
        QMessageBox::Ok,
        this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::restoreLayout()
{
    QSettings& settings = m_workspace.settings();
    settings.beginGroup(QStringLiteral("mainWindow"));
    const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    const QByteArray splitter = settings.value(QStringLiteral("splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const QString shown = settings.value(QStringLiteral("page")).toString();
    settings.endGroup();
    for (Page* p : std::as_const(m_pages)) {
        settings.beginGroup(QStringLiteral("pages/") + p->key());
        p->restoreLayout(settings);
        settings.endGroup();
    }
    if (!shown.isEmpty())
        showPage(shown);
}

void MainWindow::saveLayout() const
{
    QSettings& settings = m_workspace.settings();
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    if (Page* p = currentPage())
        settings.setValue(QStringLiteral("page"), p->key());
    settings.endGroup();
    for (Page* p : std::as_const(m_pages)) {
        settings.beginGroup(QStringLiteral("pages/") + p->key());
        p->saveLayout(settings);
        settings.endGroup();
    }
    settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    const auto unsaved = std::find_if(m_pages.cbegin(), m_pages.cend(), [](Page* p) { return p->hasUnsavedChanges(); });
    if (unsaved != m_pages.cend() && !m_closeConfirmed) {
        // Asked without a nested event loop: the window closes again once the question is answered.
        event->ignore();
        Page* page = *unsaved;
        m_navigation->setCurrentRow(int(m_pages.indexOf(page)));
        auto* box = new QMessageBox(QMessageBox::Warning,
            tr("Unsaved changes"),
            tr("The page “%1” holds changes that are not saved yet.").arg(page->title()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
            this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box, page](int) {
            const auto button = box->standardButton(box->clickedButton());
            if (button == QMessageBox::Save) {
                if (auto saved = page->saveChanges(); !saved) {
                    ErrorMessage::show(this, tr("The changes could not be saved."), saved.error(), [this] { close(); });
                    return;
                }
            } else if (button != QMessageBox::Discard) {
                return;
            }
            m_closeConfirmed = true;
            close();
        });
        box->open();
        return;
    }
    saveLayout();
    event->accept();
}

} // namespace thidua
