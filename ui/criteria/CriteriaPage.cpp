#include "ui/criteria/CriteriaPage.h"

#include "core/criteria/CriteriaJson.h"
#include "core/criteria/CriteriaQuery.h"
#include "core/criteria/CriteriaService.h"
#include "core/criteria/CriteriaXlsx.h"
#include "ui/common/Workspace.h"
#include "ui/criteria/AssessmentDialog.h"
#include "ui/criteria/CriteriaSetEditorDialog.h"
#include "ui/criteria/CriteriaSetListModel.h"
#include "ui/criteria/CriteriaTreeModel.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace thidua {

CriteriaPage::CriteriaPage(Workspace& workspace, QWidget* parent)
    : Page(workspace, parent)
    , m_list(new CriteriaSetListModel(this))
    , m_tree(new CriteriaTreeModel(CriteriaTreeModel::Mode::View, this))
    , m_listView(new QListView(this))
    , m_treeView(new QTreeView(this))
    , m_heading(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_itemDetails(new QLabel(this))
    , m_message(new QLabel(this))
    , m_importAction(new QAction(tr("&Import a criteria set…"), this))
    , m_exportAction(new QAction(tr("E&xport this criteria set…"), this))
    , m_editAction(new QAction(tr("&Edit this criteria set…"), this))
    , m_assessAction(new QAction(tr("&Assess the school (Đơn vị học tập)…"), this))
{
    setObjectName(key());
    m_importAction->setObjectName(QStringLiteral("importCriteria"));
    m_exportAction->setObjectName(QStringLiteral("exportCriteria"));
    m_editAction->setObjectName(QStringLiteral("editCriteria"));
    m_assessAction->setObjectName(QStringLiteral("assessSchool"));
    connect(m_importAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, m_importAction->text().remove(QLatin1Char('&')), QString(), tr("Criteria sets (*.json *.xlsx)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_exportAction, &QAction::triggered, this, [this] {
        const CriteriaSet* set = currentSet();
        if (!set)
            return;
        const QString path = QFileDialog::getSaveFileName(this,
            m_exportAction->text().remove(QLatin1Char('&')),
            set->key + QStringLiteral(".xlsx"),
            tr("Excel workbook (*.xlsx);;JSON (*.json)"));
        if (!path.isEmpty())
            exportFile(path);
    });
    connect(m_editAction, &QAction::triggered, this, &CriteriaPage::editSet);
    connect(m_assessAction, &QAction::triggered, this, &CriteriaPage::assessSchool);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    for (QLabel* label : { m_facts, m_itemDetails, m_message }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_message->setObjectName(QStringLiteral("message"));
    m_itemDetails->setObjectName(QStringLiteral("itemDetails"));
    m_itemDetails->setMinimumHeight(m_itemDetails->fontMetrics().height() * 3);
    m_itemDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_listView->setObjectName(QStringLiteral("sets"));
    m_listView->setModel(m_list);
    m_listView->setWordWrap(true);
    m_listView->setSpacing(2);
    m_treeView->setObjectName(QStringLiteral("tree"));
    m_treeView->setModel(m_tree);
    m_treeView->setAlternatingRowColors(true);
    m_treeView->setWordWrap(false);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_treeView->header()->setStretchLastSection(true);
    const QFontMetrics metrics = m_treeView->fontMetrics();
    m_treeView->setColumnWidth(CriteriaTreeModel::CodeColumn,
        metrics.horizontalAdvance(QStringLiteral("H2.TC3.CT1.b")) + 3 * m_treeView->indentation() + 16);
    m_treeView->setColumnWidth(CriteriaTreeModel::TextColumn, 330);
    m_treeView->setColumnWidth(
        CriteriaTreeModel::RequirementColumn, metrics.horizontalAdvance(QStringLiteral("tối đa 1000 điểm")) + 24);
    m_treeView->setColumnWidth(
        CriteriaTreeModel::CheckColumn, metrics.horizontalAdvance(QStringLiteral("cần đối chiếu văn bản gốc")) + 16);
    // The mark next to what passes; the evidence expected last, as long as room allows (in full below the tree).
    m_treeView->header()->moveSection(CriteriaTreeModel::CheckColumn, CriteriaTreeModel::EvidenceColumn);

    auto* buttons = new QHBoxLayout;
    for (QAction* action : { m_importAction, m_exportAction, m_editAction, m_assessAction }) {
        addAction(action);
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_facts);
    rightLayout->addWidget(m_treeView, 1);
    rightLayout->addWidget(m_itemDetails);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_listView);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 230, 1000 });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_listView->selectionModel(), &QItemSelectionModel::currentChanged, this, &CriteriaPage::showSet);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this, &CriteriaPage::showItem);
}

QString CriteriaPage::title() const
{
    return tr("Criteria sets");
}

QIcon CriteriaPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

QString CriteriaPage::statusText() const
{
    return tr("%n criteria set version(s)", nullptr, m_list->rowCount());
}

QList<QAction*> CriteriaPage::editActions() const
{
    return { m_importAction, m_exportAction, m_editAction, m_assessAction };
}

void CriteriaPage::load()
{
    if (auto installed = CriteriaService(workspace().connection()).installBuiltIns(); !installed)
        showMessage(tr("The built-in criteria sets could not be added: %1").arg(installed.error().message), true);
    reload(0);
}

void CriteriaPage::reload(qint64 selectId)
{
    const CriteriaQuery query(workspace().connection());
    auto sets = query.sets();
    if (!sets) {
        showMessage(tr("The criteria sets could not be read: %1").arg(sets.error().message), true);
        return;
    }
    QHash<qint64, qint64> uses;
    for (const CriteriaSet& set : std::as_const(*sets)) {
        auto n = query.uses(set.id);
        uses.insert(set.id, n ? *n : 0);
    }
    m_list->setSets(*sets, uses);
    if (!selectSet(selectId) && m_list->rowCount() > 0)
        m_listView->setCurrentIndex(m_list->index(0));
    emit statusTextChanged();
}

const CriteriaSet* CriteriaPage::currentSet() const
{
    return m_list->set(m_listView->currentIndex().row());
}

bool CriteriaPage::selectSet(qint64 setId)
{
    const int row = m_list->rowOf(setId);
    if (row < 0)
        return false;
    m_listView->setCurrentIndex(m_list->index(row));
    return true;
}

QString CriteriaPage::messageText() const
{
    return m_message->text();
}

void CriteriaPage::showSet()
{
    const CriteriaSet* set = currentSet();
    m_exportAction->setEnabled(set);
    m_editAction->setEnabled(set);
    if (!set) {
        m_tree->setSet(CriteriaSet());
        m_heading->clear();
        m_facts->clear();
        return;
    }
    m_tree->setSet(*set);
    m_treeView->expandAll();
    m_heading->setText(tr("%1 — version %2").arg(set->name).arg(set->version));
    QStringList facts { tr("For: %1").arg(CriteriaSet::targetName(set->target)),
        tr("Result: %1").arg(set->rule.describe()) };
    if (const qint64 n = m_list->uses(set->id); n > 0)
        facts << tr("used by %n assessment(s)", nullptr, int(n));
    if (const int n = set->unconfirmedCount(); n > 0)
        facts << tr("%n item(s) to check against the original text", nullptr, n);
    QString text = facts.join(QStringLiteral(" · "));
    if (!set->legalBasis.isEmpty())
        text += QLatin1Char('\n') + tr("Legal basis: %1").arg(set->legalBasis);
    if (!set->note.isEmpty())
        text += QLatin1Char('\n') + set->note;
    m_facts->setText(text);
    m_itemDetails->clear();
}

void CriteriaPage::showItem()
{
    const CriteriaItem* item = m_tree->item(m_treeView->currentIndex());
    if (!item) {
        m_itemDetails->clear();
        return;
    }
    QString text = QStringLiteral("%1 (%2): %3").arg(item->code, CriteriaItem::depthName(item->depth), item->text);
    if (item->isLeaf())
        text += QLatin1Char('\n') + tr("To pass: %1").arg(item->requirement());
    if (!item->evidence.isEmpty())
        text += QLatin1Char('\n') + tr("Evidence expected: %1").arg(item->evidence);
    if (item->unconfirmed)
        text += QLatin1Char('\n') + tr("To check against the original text: %1").arg(item->unconfirmedNote);
    m_itemDetails->setText(text);
}

void CriteriaPage::showMessage(const QString& text, bool problem)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, problem ? QColor(0xa0, 0x1c, 0x1c) : palette.color(QPalette::Text));
    m_message->setPalette(palette);
    m_message->setText(text);
}

void CriteriaPage::importFile(const QString& path)
{
    const bool xlsx = QFileInfo(path).suffix().compare(QStringLiteral("xlsx"), Qt::CaseInsensitive) == 0;
    auto set = xlsx ? CriteriaXlsx::read(path) : CriteriaJson::readFile(path);
    if (!set) {
        showMessage(tr("The criteria set was not imported: %1").arg(set.error().toString()), true);
        return;
    }
    auto previous = CriteriaQuery(workspace().connection()).latest(set->key);
    auto saved = CriteriaService(workspace().connection()).importSet(*set);
    if (!saved) {
        showMessage(tr("The criteria set was not imported: %1").arg(saved.error().toString()), true);
        return;
    }
    showMessage(CriteriaService::describe(*saved, previous ? previous->version : 0, 0), false);
    reload(saved->set.id);
}

void CriteriaPage::exportFile(const QString& path)
{
    const CriteriaSet* set = currentSet();
    if (!set)
        return;
    const bool xlsx = QFileInfo(path).suffix().compare(QStringLiteral("xlsx"), Qt::CaseInsensitive) == 0;
    const Status written = xlsx ? CriteriaXlsx::write(*set, path) : CriteriaJson::writeFile(*set, path);
    if (!written)
        showMessage(tr("The criteria set was not exported: %1").arg(written.error().toString()), true);
    else
        showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), false);
}

void CriteriaPage::editSet()
{
    const CriteriaSet* set = currentSet();
    if (!set)
        return;
    CriteriaSetEditorDialog dialog(workspace().connection(), *set, m_list->uses(set->id), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showMessage(dialog.outcomeText(), false);
    reload(dialog.savedSetId());
}

void CriteriaPage::assessSchool()
{
    AssessmentDialog dialog(workspace(), CriteriaQuery::learningUnitKeys(), this);
    dialog.exec();
    const qint64 shown = currentSet() ? currentSet()->id : 0;
    reload(shown);
}

} // namespace thidua
