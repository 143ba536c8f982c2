#include "ui/dashboard/DashboardPage.h"

#include "core/criteria/CriteriaQuery.h"
#include "core/text/VietnameseFormat.h"
#include "ui/calendar/CalendarPanel.h"
#include "ui/common/ErrorMessage.h"
#include "ui/common/Workspace.h"
#include "ui/dashboard/CollectiveFigureModel.h"
#include "ui/dashboard/MissingPeopleModel.h"
#include "ui/dashboard/SaveTargetsCommand.h"
#include "ui/dashboard/TargetSummaryModel.h"
#include "ui/dashboard/TargetsDialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace thidua {

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

// Each column as wide as its header or its widest expected text (an empty sample leaves the column as it is).
void fitColumns(QTableView* table, const QStringList& samples)
{
    const QFontMetrics metrics = table->fontMetrics();
    const QFontMetrics header = table->horizontalHeader()->fontMetrics();
    for (int c = 0; c < samples.size(); ++c) {
        if (samples[c].isEmpty())
            continue;
        const QString title = table->model()->headerData(c, Qt::Horizontal).toString();
        table->setColumnWidth(c, qMax(metrics.horizontalAdvance(samples[c]), header.horizontalAdvance(title)) + 20);
    }
}

} // namespace

DashboardPage::DashboardPage(Workspace& workspace, QWidget* parent)
    : Page(workspace, parent)
    , m_summary(new TargetSummaryModel(this))
    , m_collectives(new CollectiveFigureModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_missing(new MissingPeopleModel(this))
    , m_heading(new QLabel(this))
    , m_info(new QLabel(this))
    , m_missingLabel(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_summaryTable(makeTable(m_summary, QStringLiteral("summary"), this))
    , m_collectiveTable(nullptr)
    , m_missingTable(makeTable(m_missing, QStringLiteral("missing"), this))
    , m_targetsAction(new QAction(tr("&Targets of the year…"), this))
    , m_calendar(new CalendarPanel(workspace, this))
{
    setObjectName(key());
    m_proxy->setSourceModel(m_collectives);
    m_proxy->setSortRole(CollectiveFigureModel::SortRole);
    m_proxy->setFilterRole(CollectiveFigureModel::FilterRole);
    m_collectiveTable = makeTable(m_proxy, QStringLiteral("collectives"), this);
    m_collectiveTable->setSortingEnabled(true);
    m_collectiveTable->sortByColumn(CollectiveFigureModel::NameColumn, Qt::AscendingOrder);
    m_targetsAction->setObjectName(QStringLiteral("editTargets"));
    addAction(m_targetsAction);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_info->setObjectName(QStringLiteral("info"));
    m_info->setWordWrap(true);
    auto* targetsButton = new QPushButton(tr("Targets…"), this);
    targetsButton->setObjectName(QStringLiteral("targetsButton"));
    connect(targetsButton, &QPushButton::clicked, m_targetsAction, &QAction::trigger);
    auto* top = new QHBoxLayout;
    top->addWidget(m_info, 1);
    top->addWidget(targetsButton, 0, Qt::AlignTop);

    // The summary shows its five rows whole.
    m_summaryTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_summaryTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summaryTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_summaryTable->horizontalHeader()->setSectionResizeMode(TargetSummaryModel::TargetColumn, QHeaderView::Stretch);
    fitColumns(m_summaryTable,
        { QString(),
            QStringLiteral("2.750"),
            QStringLiteral("2.750"),
            QStringLiteral("100,0 %"),
            QStringLiteral("≥ 97,5 %"),
            QStringLiteral("không có ai để tính"),
            QStringLiteral("2.750") });
    m_summaryTable->setFixedHeight(m_summaryTable->horizontalHeader()->sizeHint().height()
        + TargetSummaryModel::RowCount * m_summaryTable->verticalHeader()->defaultSectionSize() + 4);

    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->addItem(tr("All groups and classes"), QString());
    m_filter->addItem(tr("Groups (tổ)"), QStringLiteral("^group"));
    m_filter->addItem(tr("Classes"), QStringLiteral("^class"));
    m_filter->addItem(tr("Not reaching their target"), QStringLiteral("missed$"));
    connect(m_filter, &QComboBox::currentIndexChanged, this, &DashboardPage::applyFilter);
    fitColumns(m_collectiveTable,
        { QStringLiteral("Tổ Giáo dục thể chất"),
            QStringLiteral("45"),
            QStringLiteral("45"),
            QStringLiteral("100,0 %"),
            QStringLiteral("chưa đạt"),
            QStringLiteral("10 / 1"),
            QStringLiteral("45") });
    m_collectiveTable->horizontalHeader()->setStretchLastSection(true);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* filterRow = new QHBoxLayout;
    auto* filterLabel = new QLabel(tr("&Show:"), left);
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_collectiveTable, 1);

    m_missingLabel->setObjectName(QStringLiteral("missingLabel"));
    // One line: its count changes with every result, and a wrapping label would lay the page out again.
    m_missingLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_missingTable->horizontalHeader()->setStretchLastSection(true);
    fitColumns(m_missingTable,
        { QStringLiteral("Nguyễn Thị Ngọc Huyền"),
            QStringLiteral("7920001234"),
            QStringLiteral("Học sinh"),
            QStringLiteral("chưa đánh giá") });
    auto* hint = new QLabel(tr("Double-click a person or press Enter to open their entry."), this);
    hint->setWordWrap(true);
    auto* missing = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(missing);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_missingLabel);
    rightLayout->addWidget(m_missingTable, 1);
    rightLayout->addWidget(hint);
    // The year's calendar above the missing people: what is due first, then who is still missing.
    auto* right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(QStringLiteral("calendarSplitter"));
    right->addWidget(m_calendar);
    right->addWidget(missing);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    right->setSizes({ 550, 450 }); // in proportion: the calendar a little more than half
    right->setChildrenCollapsible(false);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 6);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addLayout(top);
    layout->addWidget(m_summaryTable);
    layout->addWidget(splitter, 1);

    connect(m_targetsAction, &QAction::triggered, this, [this] { editTargets(); });
    connect(
        m_summaryTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
            if (!i.isValid() || i.row() > TargetSummaryModel::AllRow)
                return;
            m_source = Source::Group;
            m_group = TargetSummaryModel::group(i.row());
            m_collectiveTable->clearSelection();
            showMissing();
        });
    connect(m_collectiveTable->selectionModel(),
        &QItemSelectionModel::currentRowChanged,
        this,
        [this](const QModelIndex& i) {
            if (!i.isValid())
                return;
            m_source = Source::Collective;
            m_collectiveId = i.data(CollectiveFigureModel::CollectiveIdRole).toLongLong();
            m_summaryTable->clearSelection();
            showMissing();
        });
    connect(m_missingTable, &QAbstractItemView::activated, this, [this](const QModelIndex& i) {
        if (i.isValid())
            emit openPersonRequested(m_missing->personId(i.row()));
    });

    auto reloadIfLoaded = [this] {
        if (isLoaded())
            reload();
    };
    connect(&workspace, &Workspace::currentYearChanged, this, reloadIfLoaded);
    connect(&workspace, &Workspace::yearsChanged, this, reloadIfLoaded);
    connect(&workspace, &Workspace::collectivesChanged, this, reloadIfLoaded);
    connect(&workspace, &Workspace::targetsChanged, this, [this](qint64 yearId) {
        if (isLoaded() && yearId == m_data.year.id)
            reload();
    });
    connect(&workspace, &Workspace::peopleChanged, this, [this](const QList<qint64>& ids) {
        if (isLoaded())
            refreshPeople(ids);
    });
    connect(&workspace, &Workspace::learningResultsChanged, this, [this](qint64 yearId, const QList<qint64>& ids) {
        if (isLoaded() && yearId == m_data.year.id)
            refreshPeople(ids);
    });
    connect(&workspace, &Workspace::learningModelsChanged, this, [this](qint64 yearId) {
        if (isLoaded() && yearId == m_data.year.id)
            refreshModels();
    });
    m_heading->setText(title());
}

QString DashboardPage::title() const
{
    return tr("Emulation – Learning citizens");
}

QIcon DashboardPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogInfoView);
}

QString DashboardPage::statusText() const
{
    if (!m_hasYear)
        return {};
    const auto& all = m_stats.group(MovementStats::Group::All).rate;
    return tr("%1 counted, %2 recognised, %3 still missing")
        .arg(VietnameseFormat::integer(all.denominator),
            VietnameseFormat::integer(all.numerator),
            VietnameseFormat::integer(all.denominator - all.numerator));
}

QList<QAction*> DashboardPage::editActions() const
{
    return { m_targetsAction };
}

QString DashboardPage::schoolLearningUnitStatus() const
{
    const qint64 yearId = workspace().currentYear().id;
    if (yearId <= 0)
        return QString();
    auto status = CriteriaQuery(workspace().connection()).schoolLearningUnitStatus(yearId);
    if (!status)
        return tr("could not be read: %1").arg(status.error().message);
    return status->reason.isEmpty() ? status->text() : tr("%1 – %2").arg(status->text(), status->reason);
}

void DashboardPage::load()
{
    reload();
}

void DashboardPage::reload()
{
    const SchoolYear year = workspace().currentYear();
    m_hasYear = false;
    m_data = {};
    if (year.id > 0) {
        auto data = MovementStatsQuery(workspace().connection()).load(year.id);
        if (data) {
            m_data = std::move(data).value();
            m_hasYear = true;
        } else {
            ErrorMessage::show(this, tr("The figures of the school year could not be read."), data.error());
        }
    }
    m_targetsAction->setEnabled(m_hasYear);
    updateInfo(); // the year and its targets: not after every result (a relayout of the page)
    // The school's Đơn vị học tập status is one query of its own: read with the year, not after every result.
    m_summary->setLearningUnitStatus(schoolLearningUnitStatus());
    recompute();
}

void DashboardPage::refreshPeople(const QList<qint64>& personIds)
{
    if (!m_hasYear)
        return;
    if (personIds.isEmpty())
        return reload();
    auto members = MovementStatsQuery(workspace().connection()).members(m_data.year.id, personIds);
    if (!members)
        return reload();
    QSet<qint64> found;
    for (const MovementRoster::Member& m : std::as_const(*members)) {
        if (!m_data.roster.sameUnits(m))
            return reload(); // someone joined the year or moved: read it all again
        found.insert(m.personId);
        m_data.roster.updatePerson(m);
    }
    for (qint64 id : personIds) {
        if (!found.contains(id) && m_data.roster.indexOf(id) >= 0)
            return reload(); // someone left the year (or was removed)
    }
    recompute();
}

void DashboardPage::refreshModels()
{
    if (!m_hasYear)
        return;
    auto counts = MovementStatsQuery(workspace().connection()).modelCounts(m_data.year.id);
    if (!counts)
        return reload();
    m_data.counts = std::move(counts).value();
    recompute();
}

void DashboardPage::recompute()
{
    m_stats = MovementStats::compute(m_data.roster, m_data.targets, m_data.counts);
    m_summary->setStats(m_stats, m_data.targets.modelsPerGroup);
    m_collectives->setStats(m_data.roster, m_stats);
    showMissing();
    emit statusTextChanged();
}

void DashboardPage::showMissing()
{
    static const QList<int> none;
    const QList<int>* people = &none;
    QString where;
    if (m_source == Source::Group) {
        people = &m_stats.group(m_group).missing;
        where = MovementStats::groupName(m_group);
    } else if (const int row = m_collectives->rowOf(m_collectiveId); row >= 0) {
        people = &m_stats.collectives()[row].missing;
        where = m_collectives->index(row, CollectiveFigureModel::NameColumn).data().toString();
    }
    m_missing->setPeople(m_data.roster, *people);
    m_missingLabel->setText(m_hasYear
            ? tr("Not recognised yet – %1: %2 person(s)").arg(where, VietnameseFormat::integer(people->size()))
            : QString());
}

void DashboardPage::applyFilter()
{
    m_proxy->setFilterRegularExpression(m_filter->currentData().toString());
}

void DashboardPage::updateInfo()
{
    if (!m_hasYear) {
        m_heading->setText(title());
        m_info->setText(tr("Add a school year first (School years page)."));
        return;
    }
    const Targets& t = m_data.targets;
    m_heading->setText(tr("%1, school year %2").arg(title(), m_data.year.name()));
    m_info->setText(tr("Counted: people at the school on %1 who belong to a group or class of the year. Targets: at "
                       "least %2 of staff, of students and of each class recognised Learning citizens; %3 of each "
                       "group's members; %4 learning model(s) per group.")
                        .arg(VietnameseFormat::shortDate(t.referenceDateIn(m_data.year)),
                            VietnameseFormat::percentTenthsShort(t.rateTenths),
                            VietnameseFormat::percentTenthsShort(t.groupRateTenths),
                            QString::number(t.modelsPerGroup)));
}

TargetsDialog* DashboardPage::editTargets()
{
    if (!m_hasYear)
        return nullptr;
    auto* dialog = new TargetsDialog(m_data.year, m_data.targets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TargetsDialog::saveRequested, this, [this, dialog] { saveTargets(dialog); });
    dialog->open();
    return dialog;
}

void DashboardPage::saveTargets(TargetsDialog* dialog)
{
    auto command = std::make_unique<SaveTargetsCommand>(workspace(), m_data.targets, dialog->targets());
    if (auto done = workspace().execute(std::move(command)); !done) {
        ErrorMessage::show(dialog, tr("The targets could not be saved."), done.error());
        return;
    }
    dialog->accept();
}

} // namespace thidua
