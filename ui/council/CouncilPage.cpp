#include "ui/council/CouncilPage.h"

#include "core/school/CouncilComposition.h"
#include "core/school/CouncilService.h"
#include "ui/common/ComboBoxDelegate.h"
#include "ui/common/ErrorMessage.h"
#include "ui/common/Workspace.h"
#include "ui/council/AddCouncilMemberDialog.h"
#include "ui/council/CouncilModel.h"
#include "ui/council/SetCouncilCommand.h"
#include "ui/people/PeopleStore.h"
#include "ui/people/PeopleTableModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace thidua {

CouncilPage::CouncilPage(Workspace& workspace, PeopleStore& store, QWidget* parent)
    : Page(workspace, parent)
    , m_store(store)
    , m_model(new CouncilModel(this))
    , m_heading(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_table(new QTableView(this))
    , m_addAction(new QAction(tr("&Add council member…"), this))
    , m_removeAction(new QAction(tr("&Remove from the council"), this))
    , m_copyAction(new QAction(tr("&Copy the council of the year before"), this))
    , m_upButton(new QPushButton(tr("Up"), this))
    , m_downButton(new QPushButton(tr("Down"), this))
{
    setObjectName(key());
    m_addAction->setObjectName(QStringLiteral("addCouncilMember"));
    m_removeAction->setObjectName(QStringLiteral("removeCouncilMember"));
    m_copyAction->setObjectName(QStringLiteral("copyCouncil"));
    for (QAction* action : { m_addAction, m_removeAction, m_copyAction })
        addAction(action);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    auto* explanation = new QLabel(tr("Double-click a role or a post to change it. The order here is the order of "
                                      "the council in printed documents."),
        this);
    explanation->setWordWrap(true);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    QPalette palette = m_warnings->palette();
    palette.setColor(QPalette::WindowText, QColor(0x9a, 0x5b, 0x00));
    m_warnings->setPalette(palette);

    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(
        CouncilModel::NameColumn, metrics.horizontalAdvance(QStringLiteral("Nguyễn Thị Ngọc Huyền")) + 30);
    m_table->setColumnWidth(
        CouncilModel::RoleColumn, metrics.horizontalAdvance(QStringLiteral("Phó Chủ tịch Hội đồng")) + 40);
    QList<ComboBoxDelegate::Choice> roles;
    for (auto role : { CouncilMember::Role::Chair,
             CouncilMember::Role::ViceChair,
             CouncilMember::Role::Secretary,
             CouncilMember::Role::Member })
        roles.append({ CouncilModel::roleText(role), int(role) });
    m_table->setItemDelegateForColumn(CouncilModel::RoleColumn, new ComboBoxDelegate(roles, m_table));

    auto* addButton = new QPushButton(tr("Add…"), this);
    auto* removeButton = new QPushButton(tr("Remove"), this);
    auto* copyButton = new QPushButton(tr("Copy from the year before"), this);
    connect(addButton, &QPushButton::clicked, m_addAction, &QAction::trigger);
    connect(removeButton, &QPushButton::clicked, m_removeAction, &QAction::trigger);
    connect(copyButton, &QPushButton::clicked, m_copyAction, &QAction::trigger);
    connect(m_addAction, &QAction::enabledChanged, addButton, &QWidget::setEnabled);
    connect(m_removeAction, &QAction::enabledChanged, removeButton, &QWidget::setEnabled);
    connect(m_copyAction, &QAction::enabledChanged, copyButton, &QWidget::setEnabled);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : { addButton, removeButton, m_upButton, m_downButton })
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(copyButton);

    auto* content = new QWidget(this);
    content->setMaximumWidth(1000);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(explanation);
    contentLayout->addLayout(buttons);
    contentLayout->addWidget(m_table, 1);
    contentLayout->addWidget(m_warnings);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(content, 1);

    connect(m_addAction, &QAction::triggered, this, &CouncilPage::addMember);
    connect(m_removeAction, &QAction::triggered, this, &CouncilPage::removeMember);
    connect(m_copyAction, &QAction::triggered, this, &CouncilPage::copyPreviousYear);
    connect(m_upButton, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { move(+1); });
    // Queued: the edit arrives from inside the delegate, which must finish before the model is reset.
    connect(
        m_model,
        &CouncilModel::changeRequested,
        this,
        [this](const CouncilMembers& after) { change(after, tr("edit the council")); },
        Qt::QueuedConnection);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CouncilPage::updateButtons);
    auto reloadIfLoaded = [this] {
        if (isLoaded())
            reload();
    };
    connect(&workspace, &Workspace::currentYearChanged, this, reloadIfLoaded);
    connect(&workspace, &Workspace::councilChanged, this, reloadIfLoaded);
    connect(&store, &PeopleStore::changed, this, reloadIfLoaded);
    m_heading->setText(title());
    updateButtons();
}

QString CouncilPage::title() const
{
    return tr("Emulation council");
}

QIcon CouncilPage::icon() const
{
    return style()->standardIcon(QStyle::SP_DialogYesButton);
}

QString CouncilPage::statusText() const
{
    return tr("%1 council members in %2").arg(m_model->rowCount()).arg(workspace().currentYear().name());
}

QList<QAction*> CouncilPage::editActions() const
{
    return { m_addAction, m_removeAction, m_copyAction };
}

void CouncilPage::load()
{
    if (auto loaded = m_store.ensureLoaded(); !loaded)
        ErrorMessage::show(this, tr("The list of people could not be read."), loaded.error());
    reload();
}

void CouncilPage::reload()
{
    const SchoolYear& year = workspace().currentYear();
    m_heading->setText(year.id > 0
            ? tr("%1 – school year %2").arg(tr("Emulation and commendation council"), year.name())
            : tr("Emulation and commendation council"));
    const int row = m_table->currentIndex().row();
    CouncilMembers members;
    if (year.id > 0) {
        auto council = CouncilService(workspace().connection(), workspace().today()).council(year.id);
        if (!council) {
            ErrorMessage::show(this, tr("The council of %1 could not be read.").arg(year.name()), council.error());
            return;
        }
        members = *council;
    }
    m_model->setCouncil(members, m_store.model());
    if (row >= 0 && row < m_model->rowCount())
        m_table->selectRow(row);
    updateButtons();
    updateWarnings();
    emit statusTextChanged();
}

void CouncilPage::change(const CouncilMembers& after, const QString& text)
{
    const qint64 yearId = workspace().currentYear().id;
    if (yearId <= 0)
        return;
    if (auto done = workspace().execute(
            std::make_unique<SetCouncilCommand>(workspace(), yearId, m_model->council(), after, text));
        !done) {
        ErrorMessage::show(
            this, tr("The council could not be changed."), done.error(), [this, after, text] { change(after, text); });
    }
}

void CouncilPage::addMember()
{
    if (workspace().currentYear().id <= 0)
        return;
    QSet<qint64> taken;
    for (const CouncilMember& m : m_model->council())
        taken.insert(m.personId);
    auto* dialog = new AddCouncilMemberDialog(*m_store.model(), taken, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        CouncilMembers after = m_model->council();
        CouncilMember member = dialog->member();
        member.schoolYearId = workspace().currentYear().id;
        after.append(member);
        change(after, tr("add a council member"));
    });
    dialog->open();
}

void CouncilPage::removeMember()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount())
        return;
    CouncilMembers after = m_model->council();
    after.removeAt(row);
    change(after, tr("remove a council member"));
}

void CouncilPage::move(int offset)
{
    const int row = m_table->currentIndex().row();
    const int to = row + offset;
    if (row < 0 || to < 0 || to >= m_model->rowCount())
        return;
    CouncilMembers after = m_model->council();
    after.move(row, to);
    change(after, tr("reorder the council"));
    m_table->selectRow(to);
}

void CouncilPage::copyPreviousYear()
{
    const SchoolYear& year = workspace().currentYear();
    auto previous = CouncilService(workspace().connection(), workspace().today()).previousCouncil(year);
    if (!previous) {
        ErrorMessage::show(this,
            previous.error().code == Error::Code::NotFound ? tr("There is no earlier council to copy.")
                                                           : tr("The earlier council could not be read."),
            previous.error());
        return;
    }
    CouncilMembers after;
    const PeopleTableModel* people = m_store.model();
    for (const CouncilMember& member : std::as_const(*previous)) {
        const int row = people->rowOf(member.personId);
        if (row >= 0 && people->isActive(row))
            after.append(member); // who has left the school stays out
    }
    change(after, tr("copy the council of the year before"));
}

void CouncilPage::updateButtons()
{
    const bool hasYear = workspace().currentYear().id > 0;
    const int row = m_table->currentIndex().row();
    m_addAction->setEnabled(hasYear && isLoaded());
    m_copyAction->setEnabled(hasYear && isLoaded());
    m_removeAction->setEnabled(row >= 0);
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
}

void CouncilPage::updateWarnings()
{
    QStringList warnings;
    if (workspace().currentYear().id > 0) {
        const CouncilMembers& council = m_model->council();
        for (auto problem : CouncilComposition::problems(council))
            warnings << CouncilComposition::text(problem, council);
    }
    m_warnings->setText(warnings.join(QLatin1Char(' ')));
    m_warnings->setVisible(!warnings.isEmpty());
}

} // namespace thidua
