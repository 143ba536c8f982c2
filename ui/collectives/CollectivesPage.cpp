#include "ui/collectives/CollectivesPage.h"

#include "core/people/PeopleQuery.h"
#include "core/text/VietnameseFormat.h"
#include "ui/collectives/CollectiveMembersModel.h"
#include "ui/collectives/CollectiveTreeModel.h"
#include "ui/common/ErrorMessage.h"
#include "ui/common/PaddedItemDelegate.h"
#include "ui/common/Workspace.h"
#include "ui/evidence/EvidenceDrop.h"
#include "ui/people/PeopleStore.h"
#include "ui/people/PeopleTableModel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace thidua {

CollectivesPage::CollectivesPage(Workspace& workspace, PeopleStore& store, QWidget* parent)
    : Page(workspace, parent)
    , m_store(store)
    , m_treeModel(new CollectiveTreeModel(this))
    , m_membersModel(new CollectiveMembersModel(this))
    , m_heading(new QLabel(this))
    , m_membersTitle(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tree(new QTreeView(m_splitter))
    , m_members(new QTableView(this))
{
    setObjectName(key());
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_tree->setObjectName(QStringLiteral("tree"));
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setHighlightSections(false);
    // Files dropped on a collective (not on a khối heading) become its evidence (minh chứng).
    EvidenceDrop::install(m_tree->viewport(), workspace, [this](const QPoint& position) {
        EvidenceDrop::Target target;
        const qint64 collectiveId = m_tree->indexAt(position).data(CollectiveTreeModel::CollectiveIdRole).toLongLong();
        target.onRecord = collectiveId > 0;
        target.link.kind = EvidenceLink::Kind::Collective;
        target.link.targetId = collectiveId;
        return target;
    });
    const QFontMetrics metrics = m_tree->fontMetrics();
    m_tree->setColumnWidth(CollectiveTreeModel::NameColumn,
        metrics.horizontalAdvance(QStringLiteral("Giáo dục thể chất – Quốc phòng")) + 50);
    m_tree->setColumnWidth(
        CollectiveTreeModel::KindColumn, metrics.horizontalAdvance(QStringLiteral("Tổ chuyên môn")) + 16);
    m_tree->setColumnWidth(
        CollectiveTreeModel::MembersColumn, metrics.horizontalAdvance(QStringLiteral("Thành viên")) + 16);
    m_tree->setItemDelegate(new PaddedItemDelegate(m_tree));

    auto* right = new QWidget(m_splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    QFont titleFont = m_membersTitle->font();
    titleFont.setBold(true);
    m_membersTitle->setFont(titleFont);
    m_membersTitle->setObjectName(QStringLiteral("membersTitle"));
    m_members->setObjectName(QStringLiteral("members"));
    m_members->setModel(m_membersModel);
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setAlternatingRowColors(true);
    m_members->setWordWrap(false);
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_members->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_members->horizontalHeader()->setHighlightSections(false);
    m_members->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
    m_members->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_members->setColumnWidth(
        CollectiveMembersModel::NameColumn, metrics.horizontalAdvance(QStringLiteral("Nguyễn Thị Ngọc Huyền")) + 16);
    m_members->setColumnWidth(
        CollectiveMembersModel::BirthDateColumn, metrics.horizontalAdvance(QStringLiteral("00/00/0000")) + 20);
    rightLayout->addWidget(m_membersTitle);
    rightLayout->addWidget(m_members, 1);

    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(right);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_splitter, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &CollectivesPage::showMembers);
    // Báo cáo thành tích… of the chosen collective (right click); the Văn bản menu's actions open it.
    auto* report = new QAction(tr("Achievement &report…"), this);
    report->setObjectName(QStringLiteral("achievementReport"));
    report->setEnabled(false);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addAction(report);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, report, [report](const QModelIndex& now) {
        report->setEnabled(now.data(CollectiveTreeModel::CollectiveIdRole).toLongLong() > 0);
    });
    connect(report, &QAction::triggered, this, [this] {
        const qint64 id = m_tree->currentIndex().data(CollectiveTreeModel::CollectiveIdRole).toLongLong();
        if (id > 0)
            this->workspace().requestAchievementReport(true, id);
    });
    auto reloadIfLoaded = [this] {
        if (isLoaded())
            reload();
    };
    connect(&workspace, &Workspace::currentYearChanged, this, reloadIfLoaded);
    connect(&workspace, &Workspace::collectivesChanged, this, reloadIfLoaded);
    connect(&store, &PeopleStore::changed, this, reloadIfLoaded);
    m_heading->setText(title());
}

QString CollectivesPage::title() const
{
    return tr("Collectives");
}

QIcon CollectivesPage::icon() const
{
    return style()->standardIcon(QStyle::SP_DirIcon);
}

QString CollectivesPage::statusText() const
{
    return tr("%1 collectives in %2").arg(m_collectives.size()).arg(workspace().currentYear().name());
}

void CollectivesPage::saveLayout(QSettings& settings) const
{
    settings.setValue(QStringLiteral("splitter"), isLoaded() ? m_splitter->saveState() : m_splitterState);
}

void CollectivesPage::restoreLayout(QSettings& settings)
{
    m_splitterState = settings.value(QStringLiteral("splitter")).toByteArray();
    if (!m_splitterState.isEmpty())
        m_splitter->restoreState(m_splitterState);
}

void CollectivesPage::load()
{
    if (auto loaded = m_store.ensureLoaded(); !loaded)
        ErrorMessage::show(this, tr("The list of people could not be read."), loaded.error());
    reload();
    if (m_splitterState.isEmpty())
        m_splitter->setSizes({ 620, 400 });
}

void CollectivesPage::reload()
{
    const SchoolYear& year = workspace().currentYear();
    m_heading->setText(year.id > 0 ? tr("%1 – school year %2").arg(title(), year.name()) : title());
    const qint64 selected = m_tree->currentIndex().data(CollectiveTreeModel::CollectiveIdRole).toLongLong();
    const int selectedGrade = m_tree->currentIndex().data(CollectiveTreeModel::GradeRole).toInt();
    const QString selectedName = m_tree->currentIndex().data().toString();
    const PeopleQuery query(workspace().connection());
    auto collectives = query.collectives(year.id);
    Memberships memberships;
    if (collectives && year.id > 0) {
        auto ofYear = query.memberships(year.id);
        if (!ofYear) {
            ErrorMessage::show(this, tr("The members of %1 could not be read.").arg(year.name()), ofYear.error());
            return;
        }
        memberships = *ofYear;
    }
    if (!collectives) {
        ErrorMessage::show(this, tr("The collectives could not be read."), collectives.error());
        return;
    }
    m_collectives = *collectives;
    m_memberships = memberships;
    m_treeModel->setData(m_collectives, m_memberships, m_store.model());
    m_tree->expandToDepth(0);

    // The same collective again, or the one of that name in the new year (a class "10A1").
    QModelIndex again = m_treeModel->indexOf(selected);
    if (!again.isValid() && !selectedName.isEmpty()) {
        const QModelIndexList found = m_treeModel->match(
            m_treeModel->index(0, 0), Qt::DisplayRole, selectedName, 1, Qt::MatchExactly | Qt::MatchRecursive);
        if (!found.isEmpty() && found.first().data(CollectiveTreeModel::GradeRole).toInt() == selectedGrade)
            again = found.first();
    }
    if (!again.isValid()) // the first tổ rather than the school, which has no members of its own
        again = m_treeModel->index(0, 0, m_treeModel->index(0, 0));
    if (!again.isValid())
        again = m_treeModel->index(0, 0);
    m_tree->setCurrentIndex(again);
    showMembers();
    emit statusTextChanged();
}

void CollectivesPage::showMembers()
{
    const QModelIndex current = m_tree->currentIndex();
    const qint64 id = current.data(CollectiveTreeModel::CollectiveIdRole).toLongLong();
    const auto found =
        std::find_if(m_collectives.cbegin(), m_collectives.cend(), [id](const Collective& c) { return c.id == id; });
    if (id == 0 || found == m_collectives.cend()) {
        m_membersModel->clear();
        m_membersTitle->setText(current.isValid()
                ? tr("%1: choose a collective below it to see its members.").arg(current.data().toString())
                : QString());
        return;
    }
    Memberships members;
    for (const Membership& m : std::as_const(m_memberships)) {
        if (m.collectiveId == id)
            members.append(m);
    }
    m_membersModel->setMembers(*found, members, *m_store.model());
    m_membersTitle->setText(members.isEmpty()
            ? tr("%1 has no members in this school year.").arg(found->name)
            : tr("Members of %1: %2").arg(found->name, VietnameseFormat::integer(members.size())));
}

} // namespace thidua
