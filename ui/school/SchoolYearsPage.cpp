#include "ui/school/SchoolYearsPage.h"

#include "ui/common/ErrorMessage.h"
#include "ui/common/Workspace.h"
#include "ui/school/AddSchoolYearCommand.h"
#include "ui/school/AddSchoolYearDialog.h"
#include "ui/school/SchoolYearsModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace thidua {

SchoolYearsPage::SchoolYearsPage(Workspace& workspace, QWidget* parent)
    : Page(workspace, parent)
    , m_model(new SchoolYearsModel(this))
    , m_table(new QTableView(this))
    , m_addAction(new QAction(tr("&Add school year…"), this))
    , m_showAction(new QAction(tr("&Show this year"), this))
{
    setObjectName(key());
    m_addAction->setObjectName(QStringLiteral("addYear"));
    m_showAction->setObjectName(QStringLiteral("showYear"));
    addAction(m_addAction);
    addAction(m_showAction);

    auto* heading = new QLabel(title(), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* explanation = new QLabel(tr("Groups, classes, memberships and the council are kept per school year. The "
                                      "year chosen in the toolbar is the one the other pages show."),
        this);
    explanation->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    const int column = m_table->fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000")) + 60;
    for (int c = 0; c < SchoolYearsModel::ShownColumn; ++c)
        m_table->setColumnWidth(c, column);

    auto* addButton = new QPushButton(tr("Add school year…"), this);
    auto* showButton = new QPushButton(tr("Show this year"), this);
    connect(addButton, &QPushButton::clicked, m_addAction, &QAction::trigger);
    connect(showButton, &QPushButton::clicked, m_showAction, &QAction::trigger);
    connect(m_showAction, &QAction::enabledChanged, showButton, &QWidget::setEnabled);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(showButton);
    buttons->addStretch(1);

    auto* content = new QWidget(this);
    content->setMaximumWidth(720);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(explanation);
    contentLayout->addLayout(buttons);
    contentLayout->addWidget(m_table, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(content, 1); // left-aligned up to its maximum width

    connect(m_addAction, &QAction::triggered, this, &SchoolYearsPage::addYear);
    connect(m_showAction, &QAction::triggered, this, &SchoolYearsPage::showSelectedYear);
    connect(m_table, &QTableView::activated, this, &SchoolYearsPage::showSelectedYear);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            m_showAction->setEnabled(current.isValid());
        });
    connect(&workspace, &Workspace::yearsChanged, this, [this] {
        m_model->setYears(this->workspace().years(), this->workspace().currentYear().id);
        emit statusTextChanged();
    });
    connect(&workspace, &Workspace::currentYearChanged, this, [this](const SchoolYear& year) {
        m_model->setCurrentYear(year.id);
    });
    m_showAction->setEnabled(false);
}

QString SchoolYearsPage::title() const
{
    return tr("School years");
}

QIcon SchoolYearsPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogInfoView);
}

QString SchoolYearsPage::statusText() const
{
    return tr("%1 school years").arg(workspace().years().size());
}

QList<QAction*> SchoolYearsPage::editActions() const
{
    return { m_addAction, m_showAction };
}

void SchoolYearsPage::load()
{
    m_model->setYears(workspace().years(), workspace().currentYear().id);
}

void SchoolYearsPage::addYear()
{
    auto* dialog = new AddSchoolYearDialog(workspace().years(), workspace().today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addToSchool(dialog->year()); });
    dialog->open();
}

void SchoolYearsPage::addToSchool(const SchoolYear& year)
{
    // The command announces the new list (yearsChanged) and shows the year; undo takes it away again.
    if (auto added = workspace().execute(std::make_unique<AddSchoolYearCommand>(workspace(), year)); !added) {
        ErrorMessage::show(
            this, tr("The school year %1 could not be added.").arg(year.name()), added.error(), [this, year] {
                addToSchool(year);
            });
    }
}

void SchoolYearsPage::showSelectedYear()
{
    const qint64 id = m_model->yearId(m_table->currentIndex().row());
    if (id > 0)
        workspace().setCurrentYear(id);
}

} // namespace thidua
