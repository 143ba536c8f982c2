#include "ui/activities/ActivitiesPage.h"

#include "core/activities/ActivityService.h"
#include "core/people/PeopleQuery.h"
#include "ui/activities/ActivityDialog.h"
#include "ui/activities/InitiativeDialog.h"
#include "ui/activities/InitiativeTableModel.h"
#include "ui/activities/LearningModelDialog.h"
#include "ui/activities/LearningModelTableModel.h"
#include "ui/common/ErrorMessage.h"
#include "ui/common/Workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace thidua {

namespace {

QTableView* table(QWidget* parent, const QString& name, QAbstractItemModel* model)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QPushButton* button(QWidget* parent, QAction* action)
{
    auto* result = new QPushButton(action->text(), parent);
    QObject::connect(result, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::enabledChanged, result, &QWidget::setEnabled);
    result->setEnabled(action->isEnabled());
    return result;
}

} // namespace

ActivitiesPage::ActivitiesPage(Workspace& workspace, QWidget* parent)
    : Page(workspace, parent)
    , m_activities(new ActivityTableModel(this))
    , m_models(new LearningModelTableModel(this))
    , m_initiatives(new InitiativeTableModel(this))
    , m_heading(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_activityView(table(this, QStringLiteral("activityList"), m_activities))
    , m_modelView(table(this, QStringLiteral("modelList"), m_models))
    , m_initiativeView(table(this, QStringLiteral("initiativeList"), m_initiatives))
    , m_missing(new QLabel(this))
    , m_addAction(new QAction(tr("&Add…"), this))
    , m_editAction(new QAction(tr("&Edit…"), this))
    , m_removeAction(new QAction(tr("&Remove"), this))
{
    setObjectName(key());
    m_tabs->setObjectName(QStringLiteral("activityTabs"));
    m_missing->setObjectName(QStringLiteral("groupsWithoutModel"));
    m_missing->setWordWrap(true);
    m_addAction->setObjectName(QStringLiteral("addRecord"));
    m_editAction->setObjectName(QStringLiteral("editRecord"));
    m_removeAction->setObjectName(QStringLiteral("removeRecord"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    const QFontMetrics metrics = fontMetrics();
    m_activityView->setColumnWidth(
        ActivityTableModel::DatesColumn, metrics.horizontalAdvance(QStringLiteral("01/10/2024 – 07/10/2024")) + 20);
    m_activityView->setColumnWidth(
        ActivityTableModel::KindColumn, metrics.horizontalAdvance(QStringLiteral("Tuần lễ hưởng ứng học tập")) + 20);
    m_activityView->setColumnWidth(ActivityTableModel::TitleColumn,
        metrics.horizontalAdvance(QStringLiteral("Tuần lễ hưởng ứng học tập suốt đời năm 2024")) + 20);
    m_activityView->setColumnWidth(
        ActivityTableModel::OrganizerColumn, metrics.horizontalAdvance(QStringLiteral("Tổ Toán - Tin học")) + 20);
    m_modelView->setColumnWidth(
        LearningModelTableModel::CollectiveColumn, metrics.horizontalAdvance(QStringLiteral("Tổ Toán - Tin học")) + 20);
    m_modelView->setColumnWidth(LearningModelTableModel::NameColumn,
        metrics.horizontalAdvance(QStringLiteral("Câu lạc bộ học tập tổ Ngữ văn")) + 40);
    m_initiativeView->setColumnWidth(InitiativeTableModel::TitleColumn,
        metrics.horizontalAdvance(QStringLiteral("Ứng dụng phần mềm GeoGebra trong dạy học hình học")) + 20);
    m_initiativeView->setColumnWidth(
        InitiativeTableModel::AuthorsColumn, metrics.horizontalAdvance(QStringLiteral("Nguyễn Thị Ngọc Huyền")) + 20);
    m_initiativeView->setColumnWidth(
        InitiativeTableModel::LevelColumn, metrics.horizontalAdvance(QStringLiteral("Toàn quốc")) + 20);

    m_tabs->addTab(tabPage(m_activityView, nullptr), tr("Activities"));
    m_tabs->addTab(tabPage(m_modelView, m_missing), tr("Learning models"));
    m_tabs->addTab(tabPage(m_initiativeView, nullptr), tr("Initiatives"));
    auto* buttons = new QHBoxLayout;
    for (QAction* action : { m_addAction, m_editAction, m_removeAction })
        buttons->addWidget(button(this, action));
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);

    connect(m_addAction, &QAction::triggered, this, &ActivitiesPage::addRecord);
    connect(m_editAction, &QAction::triggered, this, &ActivitiesPage::editRecord);
    connect(m_removeAction, &QAction::triggered, this, [this] { removeRecord(); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &ActivitiesPage::updateActions);
    for (QTableView* v : { m_activityView, m_modelView, m_initiativeView }) {
        connect(v->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ActivitiesPage::updateActions);
        connect(v, &QTableView::doubleClicked, this, &ActivitiesPage::editRecord);
    }
    auto reloadIfLoaded = [this] {
        if (isLoaded())
            reload();
    };
    connect(&workspace, &Workspace::currentYearChanged, this, reloadIfLoaded);
    connect(&workspace, &Workspace::peopleChanged, this, reloadIfLoaded);
    connect(&workspace, &Workspace::collectivesChanged, this, reloadIfLoaded);
    m_heading->setText(title());
    updateActions();
}

QWidget* ActivitiesPage::tabPage(QTableView* view, QLabel* note)
{
    auto* page = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 6, 4, 4);
    if (note)
        layout->addWidget(note);
    layout->addWidget(view, 1);
    return page;
}

QString ActivitiesPage::title() const
{
    return tr("Activities");
}

QIcon ActivitiesPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogListView);
}

QString ActivitiesPage::statusText() const
{
    return tr("%1 activities, %2 learning models, %3 initiatives in %4")
        .arg(m_activities->rowCount())
        .arg(m_models->rowCount())
        .arg(m_initiatives->rowCount())
        .arg(workspace().currentYear().name());
}

QList<QAction*> ActivitiesPage::editActions() const
{
    return { m_addAction, m_editAction, m_removeAction };
}

QTableView* ActivitiesPage::view(Tab tab) const
{
    return tab == ActivitiesTab ? m_activityView : (tab == ModelsTab ? m_modelView : m_initiativeView);
}

void ActivitiesPage::load()
{
    reload();
}

void ActivitiesPage::reload()
{
    const SchoolYear& year = workspace().currentYear();
    m_heading->setText(year.id > 0 ? tr("%1 – school year %2").arg(title(), year.name()) : title());
    const qint64 ids[] = { selectedId(ActivitiesTab), selectedId(ModelsTab), selectedId(InitiativesTab) };
    Activities activities;
    LearningModels models;
    Initiatives initiatives;
    Collectives missing;
    ActivityNames names;
    m_collectives.clear();
    m_staff.clear();
    if (year.id > 0) {
        const ActivityService service(workspace().connection());
        const PeopleQuery people(workspace().connection());
        auto a = service.activities(year.id);
        auto m = service.models(year.id);
        auto i = service.initiatives(year.id);
        auto w = service.groupsWithoutModel(year.id);
        auto c = people.collectives(year.id);
        auto p = people.people();
        if (!a || !m || !i || !w || !c || !p) {
            const Error error = !a ? a.error()
                : !m               ? m.error()
                : !i               ? i.error()
                : !w               ? w.error()
                : !c               ? c.error()
                                   : p.error();
            ErrorMessage::show(this, tr("The activities of %1 could not be read.").arg(year.name()), error);
        } else {
            activities = *a;
            models = *m;
            initiatives = *i;
            missing = *w;
            m_collectives = *c;
            for (const Person& person : std::as_const(*p)) {
                names.people.insert(person.id, person.fullName());
                if (person.kind == PersonKind::Staff && person.isActiveOn(workspace().today()))
                    m_staff << person;
            }
            for (const Collective& collective : std::as_const(m_collectives))
                names.collectives.insert(collective.id, collective.name);
        }
    }
    m_activities->setActivities(activities, names);
    m_models->setModels(models, names);
    m_initiatives->setInitiatives(initiatives, names);
    QStringList groups;
    for (const Collective& c : std::as_const(missing))
        groups << c.name;
    m_missing->setText(groups.isEmpty()
            ? tr("Every tổ has a learning model this year.")
            : tr("No learning model yet this year: %1.").arg(groups.join(QStringLiteral(", "))));
    select(ActivitiesTab, ids[0]);
    select(ModelsTab, ids[1]);
    select(InitiativesTab, ids[2]);
    updateActions();
    emit statusTextChanged();
}

qint64 ActivitiesPage::selectedId(Tab tab) const
{
    const QModelIndex index = view(tab)->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(ActivityTableModel::IdRole).toLongLong() : 0;
}

void ActivitiesPage::select(Tab tab, qint64 id)
{
    const int row = tab == ActivitiesTab ? m_activities->rowOf(id)
        : tab == ModelsTab               ? m_models->rowOf(id)
                                         : m_initiatives->rowOf(id);
    if (row >= 0)
        view(tab)->selectRow(row);
}

void ActivitiesPage::updateActions()
{
    const bool year = workspace().currentYear().id > 0 && isLoaded();
    const bool selected = selectedId(Tab(m_tabs->currentIndex())) > 0;
    m_addAction->setEnabled(year);
    m_editAction->setEnabled(year && selected);
    m_removeAction->setEnabled(year && selected);
}

QDialog* ActivitiesPage::addRecord()
{
    const SchoolYear& year = workspace().currentYear();
    if (year.id <= 0)
        return nullptr;
    switch (Tab(m_tabs->currentIndex())) {
    case ActivitiesTab: {
        Activity a;
        a.schoolYearId = year.id;
        a.startDate = year.contains(workspace().today()) ? workspace().today() : year.startDate;
        a.endDate = a.startDate;
        return openActivity(a);
    }
    case ModelsTab: {
        LearningModel m;
        m.schoolYearId = year.id;
        return openModel(m);
    }
    case InitiativesTab: {
        Initiative i;
        i.schoolYearId = year.id;
        return openInitiative(i);
    }
    }
    return nullptr;
}

QDialog* ActivitiesPage::editRecord()
{
    const int row = view(Tab(m_tabs->currentIndex()))->currentIndex().row();
    switch (Tab(m_tabs->currentIndex())) {
    case ActivitiesTab:
        return m_activities->at(row) ? openActivity(*m_activities->at(row)) : nullptr;
    case ModelsTab:
        return m_models->at(row) ? openModel(*m_models->at(row)) : nullptr;
    case InitiativesTab:
        return m_initiatives->at(row) ? openInitiative(*m_initiatives->at(row)) : nullptr;
    }
    return nullptr;
}

QDialog* ActivitiesPage::openActivity(const Activity& activity)
{
    auto* dialog = new ActivityDialog(activity, m_collectives, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmit([this, dialog](const Activity& a) -> Status {
        ActivityService service(workspace().connection());
        qint64 id = a.id;
        Status done;
        if (a.id > 0) {
            done = service.updateActivity(a);
        } else if (auto added = service.addActivity(a); added) {
            id = *added;
        } else {
            done = added.error();
        }
        if (!done.ok()) {
            ErrorMessage::show(dialog, tr("The activity could not be saved."), done.error());
            return done;
        }
        reload();
        select(ActivitiesTab, id);
        return {};
    });
    dialog->open();
    return dialog;
}

QDialog* ActivitiesPage::openModel(const LearningModel& model)
{
    auto* dialog = new LearningModelDialog(model, m_collectives, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmit([this, dialog](const LearningModel& m) -> Status {
        ActivityService service(workspace().connection());
        qint64 id = m.id;
        Status done;
        if (m.id > 0) {
            done = service.updateModel(m);
        } else if (auto added = service.addModel(m); added) {
            id = *added;
        } else {
            done = added.error();
        }
        if (!done.ok()) {
            ErrorMessage::show(dialog, tr("The learning model could not be saved."), done.error());
            return done;
        }
        reload();
        select(ModelsTab, id);
        workspace().notifyLearningModelsChanged(m.schoolYearId);
        return {};
    });
    dialog->open();
    return dialog;
}

QDialog* ActivitiesPage::openInitiative(const Initiative& initiative)
{
    auto* dialog = new InitiativeDialog(initiative, m_staff, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSubmit([this, dialog](const Initiative& i) -> Status {
        ActivityService service(workspace().connection());
        qint64 id = i.id;
        Status done;
        if (i.id > 0) {
            done = service.updateInitiative(i);
        } else if (auto added = service.addInitiative(i); added) {
            id = *added;
        } else {
            done = added.error();
        }
        if (!done.ok()) {
            ErrorMessage::show(dialog, tr("The initiative could not be saved."), done.error());
            return done;
        }
        reload();
        select(InitiativesTab, id);
        return {};
    });
    dialog->open();
    return dialog;
}

void ActivitiesPage::removeRecord(bool ask)
{
    const Tab tab = Tab(m_tabs->currentIndex());
    const qint64 id = selectedId(tab);
    if (id <= 0)
        return;
    const QString what = view(tab)
                             ->currentIndex()
                             .siblingAtColumn(tab == ActivitiesTab ? 2 : (tab == ModelsTab ? 1 : 0))
                             .data()
                             .toString();
    if (ask
        && QMessageBox::question(this, tr("Remove"), tr("Remove “%1”?").arg(what), QMessageBox::Yes | QMessageBox::No)
            != QMessageBox::Yes)
        return;
    ActivityService service(workspace().connection());
    const Status done = tab == ActivitiesTab ? service.removeActivity(id)
        : tab == ModelsTab                   ? service.removeModel(id)
                                             : service.removeInitiative(id);
    if (!done)
        ErrorMessage::show(this, tr("“%1” could not be removed.").arg(what), done.error());
    if (tab == ActivitiesTab)
        workspace().notifyEvidenceChanged();
    reload();
    if (done && tab == ModelsTab)
        workspace().notifyLearningModelsChanged(workspace().currentYear().id);
}

} // namespace thidua
