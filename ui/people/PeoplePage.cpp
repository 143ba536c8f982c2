#include "ui/people/PeoplePage.h"

#include "core/people/PeopleQuery.h"
#include "core/people/PeopleService.h"
#include "core/text/VietnameseFormat.h"
#include "ui/common/ErrorMessage.h"
#include "ui/common/Workspace.h"
#include "ui/evidence/EvidenceDrop.h"
#include "ui/people/AddPersonCommand.h"
#include "ui/people/DeactivatePersonCommand.h"
#include "ui/people/DeactivatePersonDialog.h"
#include "ui/people/EditPersonCommand.h"
#include "ui/people/PeopleFilterProxy.h"
#include "ui/people/PeopleStore.h"
#include "ui/people/PeopleTableModel.h"
#include "ui/people/PersonDialog.h"
#include "ui/people/RemovePersonCommand.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace thidua {

namespace {
// Items of the unit filter: "all", "none", "grade:10", or a collective id.
const QString FilterAll = QStringLiteral("all");
const QString FilterNone = QStringLiteral("none");
const QString FilterGrade = QStringLiteral("grade:");
} // namespace

PeoplePage::PeoplePage(Workspace& workspace, PeopleStore& store, PersonKind kind, QWidget* parent)
    : Page(workspace, parent)
    , m_store(store)
    , m_kind(kind)
    , m_proxy(new PeopleFilterProxy(this))
    , m_heading(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_unitFilter(new QComboBox(this))
    , m_showInactive(new QCheckBox(tr("Show those who &left"), this))
    , m_table(new QTableView(this))
    , m_addAction(new QAction(this))
    , m_editAction(new QAction(tr("&Edit…"), this))
    , m_deactivateAction(new QAction(tr("Mark as &left…"), this))
    , m_reactivateAction(new QAction(tr("&Reinstate"), this))
    , m_removeAction(new QAction(tr("&Delete…"), this))
    , m_findAction(new QAction(tr("&Find"), this))
{
    setObjectName(key());
    m_proxy->setKind(kind);
    m_addAction->setText(kind == PersonKind::Student ? tr("&Add student…") : tr("&Add member of staff…"));
    m_addAction->setShortcut(QKeySequence::New);
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_addAction->setObjectName(QStringLiteral("addPerson"));
    m_editAction->setObjectName(QStringLiteral("editPerson"));
    m_deactivateAction->setObjectName(QStringLiteral("deactivatePerson"));
    m_reactivateAction->setObjectName(QStringLiteral("reactivatePerson"));
    m_removeAction->setObjectName(QStringLiteral("removePerson"));
    m_removeAction->setToolTip(tr("Delete a record added by mistake (someone who left is marked as having left)"));
    m_findAction->setShortcut(QKeySequence::Find);
    for (QAction* action : { m_addAction, m_editAction, m_deactivateAction, m_reactivateAction, m_findAction })
        addAction(action); // shortcuts work while the page is shown

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("heading"));

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search by name or code…"));
    m_search->setToolTip(tr("Type part of a name, with or without diacritics (“nguyen thi h”), or the start of a "
                            "code. Ctrl+F comes here."));
    m_search->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(220);
    m_unitFilter->setObjectName(QStringLiteral("unitFilter"));
    // A fixed width: the longest tổ names ("Giáo dục thể chất – Quốc phòng") would push the buttons off a 1366×768
    // screen; the popup still shows them in full.
    m_unitFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unitFilter->setMinimumContentsLength(18);
    m_unitFilter->view()->setTextElideMode(Qt::ElideNone);
    m_showInactive->setObjectName(QStringLiteral("showInactive"));

    auto* addButton = new QPushButton(tr("Add…"), this);
    auto* editButton = new QPushButton(tr("Edit…"), this);
    auto* leaveButton = new QPushButton(tr("Left…"), this);
    addButton->setObjectName(QStringLiteral("addButton"));
    editButton->setObjectName(QStringLiteral("editButton"));
    leaveButton->setObjectName(QStringLiteral("leaveButton"));
    addButton->setToolTip(m_addAction->text().remove(QLatin1Char('&'))
        + QStringLiteral(" (%1)").arg(m_addAction->shortcut().toString(QKeySequence::NativeText)));
    editButton->setToolTip(tr("Edit the selected record (Enter or double-click)"));
    leaveButton->setToolTip(tr("Record that the selected person left the school"));
    connect(addButton, &QPushButton::clicked, m_addAction, &QAction::trigger);
    connect(editButton, &QPushButton::clicked, m_editAction, &QAction::trigger);
    connect(leaveButton, &QPushButton::clicked, m_deactivateAction, &QAction::trigger);
    connect(m_editAction, &QAction::enabledChanged, editButton, &QWidget::setEnabled);
    connect(m_deactivateAction, &QAction::enabledChanged, leaveButton, &QWidget::setEnabled);

    auto* filterBar = new QHBoxLayout;
    filterBar->setSpacing(8);
    filterBar->addWidget(m_search, 3);
    auto* unitLabel = new QLabel(kind == PersonKind::Student ? tr("&Class:") : tr("&Group:"), this);
    unitLabel->setBuddy(m_unitFilter);
    filterBar->addSpacing(8);
    filterBar->addWidget(unitLabel);
    filterBar->addWidget(m_unitFilter);
    filterBar->addSpacing(8);
    filterBar->addWidget(m_showInactive);
    filterBar->addStretch(1);
    filterBar->addWidget(addButton);
    filterBar->addWidget(editButton);
    filterBar->addWidget(leaveButton);

    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addLayout(filterBar);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &PeopleFilterProxy::setSearchText);
    connect(m_search, &QLineEdit::textChanged, this, &Page::statusTextChanged);
    connect(m_showInactive, &QCheckBox::toggled, m_proxy, &PeopleFilterProxy::setShowInactive);
    connect(m_showInactive, &QCheckBox::toggled, this, &Page::statusTextChanged);
    connect(m_unitFilter, &QComboBox::activated, this, &PeoplePage::applyUnitFilter);
    connect(m_table, &QTableView::activated, this, &PeoplePage::editCurrent);
    connect(m_table, &QWidget::customContextMenuRequested, this, &PeoplePage::showContextMenu);
    // Files dropped on a person's row become their evidence (minh chứng).
    EvidenceDrop::install(m_table->viewport(), workspace, [this](const QPoint& position) {
        EvidenceDrop::Target target;
        const qint64 personId = m_table->indexAt(position).data(PeopleTableModel::PersonIdRole).toLongLong();
        target.onRecord = personId > 0;
        target.link.kind = EvidenceLink::Kind::Person;
        target.link.targetId = personId;
        return target;
    });
    connect(m_addAction, &QAction::triggered, this, &PeoplePage::addPerson);
    connect(m_editAction, &QAction::triggered, this, &PeoplePage::editCurrent);
    connect(m_deactivateAction, &QAction::triggered, this, &PeoplePage::deactivateCurrent);
    connect(m_reactivateAction, &QAction::triggered, this, &PeoplePage::reactivateCurrent);
    connect(m_removeAction, &QAction::triggered, this, &PeoplePage::removeCurrent);
    m_reportAction = new QAction(tr("Achievement &report…"), this);
    m_reportAction->setObjectName(QStringLiteral("achievementReport"));
    m_reportAction->setEnabled(m_editAction->isEnabled());
    connect(m_editAction, &QAction::enabledChanged, m_reportAction, &QAction::setEnabled); // a person is chosen
    connect(m_reportAction, &QAction::triggered, this, [this] {
        if (const int row = currentSourceRow(); row >= 0)
            this->workspace().requestAchievementReport(false, m_store.model()->person(row).id);
    });
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &Page::statusTextChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &Page::statusTextChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &Page::statusTextChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &Page::statusTextChanged);
    connect(&m_store, &PeopleStore::changed, this, [this] {
        if (isLoaded())
            rebuildUnitFilter();
        emit statusTextChanged();
    });
    auto updateHeading = [this] {
        const SchoolYear& year = this->workspace().currentYear();
        m_heading->setText(year.id > 0 ? tr("%1 – school year %2").arg(title(), year.name()) : title());
    };
    connect(&workspace, &Workspace::currentYearChanged, this, [this, updateHeading] {
        updateHeading();
        updateActions();
    });
    updateHeading();
    updateActions();
}

QString PeoplePage::title() const
{
    return m_kind == PersonKind::Student ? tr("Students") : tr("Staff");
}

QIcon PeoplePage::icon() const
{
    return style()->standardIcon(
        m_kind == PersonKind::Student ? QStyle::SP_FileDialogListView : QStyle::SP_FileDialogDetailedView);
}

QString PeoplePage::key() const
{
    return m_kind == PersonKind::Student ? QStringLiteral("students") : QStringLiteral("staff");
}

QString PeoplePage::statusText() const
{
    if (!m_store.isLoaded())
        return {};
    const int total = m_store.model()->count(m_kind, !m_proxy->showInactive());
    const QString shown = VietnameseFormat::integer(m_proxy->rowCount());
    const QString all = VietnameseFormat::integer(total);
    return m_kind == PersonKind::Student ? tr("%1 of %2 students shown").arg(shown, all)
                                         : tr("%1 of %2 staff shown").arg(shown, all);
}

QList<QAction*> PeoplePage::editActions() const
{
    return { m_addAction, m_editAction, m_deactivateAction, m_reactivateAction, m_removeAction };
}

void PeoplePage::saveLayout(QSettings& settings) const
{
    settings.setValue(QStringLiteral("header"), isLoaded() ? m_table->horizontalHeader()->saveState() : m_headerState);
    settings.setValue(QStringLiteral("showInactive"), m_showInactive->isChecked());
}

void PeoplePage::restoreLayout(QSettings& settings)
{
    m_headerState = settings.value(QStringLiteral("header")).toByteArray();
    if (isLoaded())
        m_table->horizontalHeader()->restoreState(m_headerState);
    m_showInactive->setChecked(settings.value(QStringLiteral("showInactive"), false).toBool());
}

void PeoplePage::load()
{
    if (auto loaded = m_store.ensureLoaded(); !loaded)
        ErrorMessage::show(this, tr("The list of people could not be read."), loaded.error());
    m_proxy->setSourceModel(m_store.model());
    // Wide enough for typical values and for the header with its sort arrow.
    const QFontMetrics metrics = m_table->fontMetrics();
    const QStringList samples { QStringLiteral("Nguyễn Thị Ngọc Huyền"),
        QStringLiteral("00/00/0000"),
        QStringLiteral("Nam"),
        QStringLiteral("0123456789"),
        QStringLiteral("Phó Hiệu trưởng"),
        QStringLiteral("Giáo dục thể chất") };
    for (int column = 0; column < samples.size(); ++column) {
        const QString header = m_proxy->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(
            column, qMax(metrics.horizontalAdvance(samples[column]), metrics.horizontalAdvance(header) + 16) + 20);
    }
    m_table->sortByColumn(PeopleTableModel::NameColumn, Qt::AscendingOrder);
    if (!m_headerState.isEmpty())
        m_table->horizontalHeader()->restoreState(m_headerState);
    // A click makes the row current before it selects it, an arrow key selects first: the actions follow both.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PeoplePage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PeoplePage::updateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &PeoplePage::updateActions);
    rebuildUnitFilter();
    updateActions();
    emit statusTextChanged();
}

int PeoplePage::currentSourceRow() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return -1;
    return m_proxy->mapToSource(current).row();
}

void PeoplePage::updateActions()
{
    const int row = isLoaded() ? currentSourceRow() : -1;
    const bool active = row >= 0 && m_store.model()->isActive(row);
    m_addAction->setEnabled(isLoaded());
    m_editAction->setEnabled(row >= 0);
    m_deactivateAction->setEnabled(row >= 0 && active);
    m_reactivateAction->setEnabled(row >= 0 && !active);
    m_reactivateAction->setVisible(row >= 0 && !active);
    m_removeAction->setEnabled(row >= 0);
}

void PeoplePage::rebuildUnitFilter()
{
    const QString previousData = m_unitFilter->currentData().toString();
    const QString previousText = m_unitFilter->currentText();
    m_unitFilter->clear();
    m_unitFilter->addItem(m_kind == PersonKind::Student ? tr("All classes") : tr("All groups"), FilterAll);

    const PeopleTableModel* model = m_store.model();
    QList<Collective> units;
    QList<Collective> others;
    for (const Collective& c : model->collectives()) {
        if (PeopleService::isUnitKind(c.kind, m_kind))
            units << c;
        else if (m_kind == PersonKind::Staff && c.kind != CollectiveKind::School && c.kind != CollectiveKind::Class
            && c.kind != CollectiveKind::Grade)
            others << c;
    }
    auto byName = [model](const Collective& a, const Collective& b) {
        return model->collectiveSortKey(a.id) < model->collectiveSortKey(b.id);
    };
    std::sort(units.begin(), units.end(), byName);
    std::sort(others.begin(), others.end(), byName);
    if (m_kind == PersonKind::Student) {
        QList<int> grades;
        for (const Collective& c : std::as_const(units)) {
            if (c.grade > 0 && !grades.contains(c.grade))
                grades << c.grade;
        }
        std::sort(grades.begin(), grades.end());
        for (int grade : std::as_const(grades))
            m_unitFilter->addItem(tr("Grade %1").arg(grade), FilterGrade + QString::number(grade));
    }
    if (m_unitFilter->count() > 1 && !units.isEmpty())
        m_unitFilter->insertSeparator(m_unitFilter->count());
    for (const Collective& c : std::as_const(units))
        m_unitFilter->addItem(c.name, QString::number(c.id));
    if (!others.isEmpty()) {
        m_unitFilter->insertSeparator(m_unitFilter->count());
        for (const Collective& c : std::as_const(others))
            m_unitFilter->addItem(c.name, QString::number(c.id));
    }
    m_unitFilter->insertSeparator(m_unitFilter->count());
    m_unitFilter->addItem(m_kind == PersonKind::Student ? tr("(no class)") : tr("(no group)"), FilterNone);

    // The same choice as before: by id, or by name for a class of another year ("10A1" again).
    int index = previousData.isEmpty() ? -1 : m_unitFilter->findData(previousData);
    if (index < 0 && !previousText.isEmpty())
        index = m_unitFilter->findText(previousText);
    m_unitFilter->setCurrentIndex(qMax(0, index));
    applyUnitFilter();
}

void PeoplePage::applyUnitFilter()
{
    const QString data = m_unitFilter->currentData().toString();
    PeopleFilterProxy::CollectiveFilter filter;
    if (data == FilterNone) {
        filter.mode = PeopleFilterProxy::CollectiveFilter::Mode::WithoutUnit;
    } else if (data.startsWith(FilterGrade)) {
        const int grade = data.mid(FilterGrade.size()).toInt();
        filter.mode = PeopleFilterProxy::CollectiveFilter::Mode::AnyOf;
        for (const Collective& c : m_store.model()->collectives()) {
            if (c.kind == CollectiveKind::Class && c.grade == grade)
                filter.ids.insert(c.id);
        }
    } else if (data != FilterAll && !data.isEmpty()) {
        filter.mode = PeopleFilterProxy::CollectiveFilter::Mode::AnyOf;
        filter.ids.insert(data.toLongLong());
    }
    m_proxy->setCollectiveFilter(filter);
    emit statusTextChanged();
}

void PeoplePage::showContextMenu(const QPoint& position)
{
    QMenu menu(this);
    menu.addAction(m_addAction);
    menu.addAction(m_editAction);
    menu.addAction(m_reportAction);
    menu.addSeparator();
    menu.addAction(m_deactivateAction);
    if (m_reactivateAction->isVisible())
        menu.addAction(m_reactivateAction);
    menu.addAction(m_removeAction);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

PersonDialog* PeoplePage::createDialog()
{
    QList<PersonDialog::Unit> units;
    const PeopleTableModel* model = m_store.model();
    QList<Collective> collectives;
    for (const Collective& c : model->collectives()) {
        if (PeopleService::isUnitKind(c.kind, m_kind))
            collectives << c;
    }
    std::sort(collectives.begin(), collectives.end(), [model](const Collective& a, const Collective& b) {
        return model->collectiveSortKey(a.id) < model->collectiveSortKey(b.id);
    });
    for (const Collective& c : std::as_const(collectives))
        units << PersonDialog::Unit { c.id, c.name };
    const SchoolYear& year = workspace().currentYear();
    auto* dialog = new PersonDialog(m_kind, units, year.id > 0 ? year.name() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Workspace* ws = &workspace();
    dialog->setValidator(
        [ws](const Person& person) { return PeopleQuery(ws->connection()).check(person, ws->today()); });
    return dialog;
}

void PeoplePage::addPerson()
{
    if (!isLoaded())
        return;
    PersonDialog* dialog = createDialog();
    const qint64 yearId = workspace().currentYear().id;
    // The unit chosen in the filter is the likely one for a new person.
    const qint64 filteredUnit = m_unitFilter->currentData().toString().toLongLong();
    if (filteredUnit > 0) {
        Person blank;
        blank.kind = m_kind;
        dialog->setPerson(blank, filteredUnit);
        dialog->setWindowTitle(m_kind == PersonKind::Student ? tr("New student") : tr("New member of staff"));
    }
    dialog->setSaver([this, yearId](const Person& person, qint64 unitId) -> Status {
        auto command = std::make_unique<AddPersonCommand>(
            workspace(), person, PeopleService::Placement { yearId, unitId, Membership::Role::Member });
        AddPersonCommand* added = command.get();
        if (auto done = workspace().execute(std::move(command)); !done)
            return done;
        selectPerson(added->personId());
        return {};
    });
    dialog->open();
}

void PeoplePage::editCurrent()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const Person before = m_store.model()->person(row);
    const qint64 yearId = workspace().currentYear().id;
    PeopleService::Placement placementBefore { yearId, 0, Membership::Role::Member };
    if (yearId > 0) {
        auto placement = PeopleService(workspace().connection()).placement(before.id, yearId);
        if (!placement) {
            ErrorMessage::show(
                this, tr("The record of %1 could not be read.").arg(before.fullName()), placement.error());
            return;
        }
        placementBefore = *placement;
    }
    PersonDialog* dialog = createDialog();
    dialog->setPerson(before, placementBefore.collectiveId);
    EvidenceDrop::install(dialog, workspace(), [personId = before.id](const QPoint&) {
        EvidenceDrop::Target target { true, { EvidenceLink::Kind::Person, personId, QString() }, QString() };
        return target;
    });
    dialog->setSaver([this, before, placementBefore](const Person& after, qint64 unitId) -> Status {
        PeopleService::Placement placementAfter = placementBefore;
        if (unitId != placementBefore.collectiveId) {
            placementAfter.collectiveId = unitId;
            placementAfter.role = Membership::Role::Member;
        }
        if (auto done = workspace().execute(
                std::make_unique<EditPersonCommand>(workspace(), before, placementBefore, after, placementAfter));
            !done)
            return done;
        selectPerson(before.id);
        return {};
    });
    dialog->open();
}

void PeoplePage::deactivateCurrent()
{
    const int row = currentSourceRow();
    if (row < 0 || !m_store.model()->isActive(row))
        return;
    const Person person = m_store.model()->person(row);
    auto* dialog = new DeactivatePersonDialog(person, workspace().today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, person] { deactivate(person, dialog->leftOn()); });
    dialog->open();
}

void PeoplePage::deactivate(const Person& person, const QDate& leftOn)
{
    auto command = std::make_unique<DeactivatePersonCommand>(workspace(), person, leftOn);
    if (auto done = workspace().execute(std::move(command)); !done) {
        ErrorMessage::show(this,
            tr("%1 could not be marked as having left.").arg(person.fullName()),
            done.error(),
            [this, person, leftOn] { deactivate(person, leftOn); });
    }
}

void PeoplePage::reactivateCurrent()
{
    const int row = currentSourceRow();
    if (row < 0 || m_store.model()->isActive(row))
        return;
    reactivate(m_store.model()->person(row));
}

void PeoplePage::reactivate(const Person& person)
{
    auto command = std::make_unique<DeactivatePersonCommand>(workspace(), person, QDate());
    if (auto done = workspace().execute(std::move(command)); !done) {
        ErrorMessage::show(
            this, tr("%1 could not be reinstated.").arg(person.fullName()), done.error(), [this, person] {
                reactivate(person);
            });
    }
}

void PeoplePage::removeCurrent()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const Person person = m_store.model()->person(row);
    auto* box = new QMessageBox(QMessageBox::Question,
        tr("Delete %1").arg(person.fullName()),
        tr("Delete %1 from the list?").arg(person.fullName()),
        QMessageBox::NoButton,
        this);
    box->setObjectName(QStringLiteral("confirmRemove"));
    box->setInformativeText(tr("Only a record added by mistake can be deleted, while nothing else refers to it. "
                               "Someone who left the school is marked as having left instead. Undo brings the "
                               "record back."));
    QPushButton* remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, person](QAbstractButton* clicked) {
        if (clicked == remove)
            this->remove(person);
    });
    box->open();
}

void PeoplePage::remove(const Person& person)
{
    if (auto done = workspace().execute(std::make_unique<RemovePersonCommand>(workspace(), person)); !done) {
        ErrorMessage::show(this, tr("%1 could not be deleted.").arg(person.fullName()), done.error(), [this, person] {
            remove(person);
        });
    }
}

bool PeoplePage::selectPerson(qint64 personId)
{
    const int sourceRow = m_store.model()->rowOf(personId);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_store.model()->index(sourceRow, 0));
    if (!index.isValid()) {
        m_search->clear();
        if (!m_store.model()->isActive(sourceRow))
            m_showInactive->setChecked(true);
        index = m_proxy->mapFromSource(m_store.model()->index(sourceRow, 0));
        if (!index.isValid()) {
            m_unitFilter->setCurrentIndex(0);
            applyUnitFilter();
            index = m_proxy->mapFromSource(m_store.model()->index(sourceRow, 0));
        }
    }
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    return true;
}

} // namespace thidua
