#include "ui/calendar/CalendarPanel.h"

#include "core/calendar/CalendarService.h"
#include "ui/calendar/CalendarDatesDialog.h"
#include "ui/calendar/CalendarModel.h"
#include "ui/calendar/SaveCalendarCommand.h"
#include "ui/common/ErrorMessage.h"
#include "ui/common/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace thidua {

CalendarPanel::CalendarPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new CalendarModel(this))
    , m_view(new QTableView(this))
    , m_heading(new QLabel(this))
    , m_datesButton(new QPushButton(tr("Change dates…"), this))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("calendarPanel"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setObjectName(QStringLiteral("calendarHeading"));
    m_datesButton->setObjectName(QStringLiteral("calendarDatesButton"));
    m_view->setObjectName(QStringLiteral("calendar"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setVisible(false); // the rows say it themselves: "25/11 … còn 12 ngày"
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(CalendarModel::NameColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_view->fontMetrics();
    m_view->setColumnWidth(CalendarModel::DateColumn, metrics.horizontalAdvance(QStringLiteral("00/00–00/00")) + 16);
    m_view->setColumnWidth(
        CalendarModel::DueColumn, metrics.horizontalAdvance(QStringLiteral("quá hạn 365 ngày")) + 20);

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_datesButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, &CalendarPanel::reload);
    connect(m_datesButton, &QPushButton::clicked, this, [this] { editDates(); });
    for (auto signal : { &Workspace::yearsChanged, &Workspace::collectivesChanged, &Workspace::calendarChanged })
        connect(&workspace, signal, this, &CalendarPanel::scheduleReload);
    connect(&workspace, &Workspace::currentYearChanged, this, &CalendarPanel::scheduleReload);
    connect(&workspace, &Workspace::peopleChanged, this, &CalendarPanel::scheduleReload);
    connect(&workspace, &Workspace::learningResultsChanged, this, &CalendarPanel::scheduleReload);
    connect(&workspace, &Workspace::councilChanged, this, &CalendarPanel::scheduleReload);
    m_heading->setText(tr("Calendar"));
}

QSize CalendarPanel::sizeHint() const
{
    const int rows = 4 * m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth();
    return { QWidget::sizeHint().width(), m_heading->sizeHint().height() + layout()->spacing() + rows };
}

void CalendarPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Each time the page comes back: activities, models or report texts may have changed elsewhere meanwhile.
    reload();
}

void CalendarPanel::scheduleReload()
{
    if (isVisible())
        m_reloadTimer->start();
}

void CalendarPanel::reload()
{
    m_reloadTimer->stop();
    const QDate today = m_workspace.today();
    const SchoolYear& year = m_workspace.currentYear();
    const int startYear = year.id > 0 ? year.startYear : CalendarService::defaultYear(m_workspace.years(), today);
    m_heading->setText(tr("Calendar %1-%2").arg(startYear).arg(startYear + 1));
    auto items = CalendarService(m_workspace.connection()).year(startYear, today);
    if (!items) {
        m_model->setItems({});
        m_heading->setText(tr("Calendar: could not be read (%1)").arg(items.error().message));
        return;
    }
    m_model->setItems(*items);
    spanMissingRows();
}

void CalendarPanel::spanMissingRows()
{
    m_view->clearSpans();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(CalendarModel::MissingRole).toBool())
            m_view->setSpan(row, 0, 1, CalendarModel::ColumnCount);
    }
}

CalendarDatesDialog* CalendarPanel::editDates()
{
    auto entries = CalendarService(m_workspace.connection()).entries();
    if (!entries) {
        ErrorMessage::show(this, tr("The calendar could not be read."), entries.error());
        return nullptr;
    }
    auto* dialog = new CalendarDatesDialog(*entries, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CalendarDatesDialog::saveRequested, this, [this, dialog] { saveDates(dialog); });
    dialog->open();
    return dialog;
}

void CalendarPanel::saveDates(CalendarDatesDialog* dialog)
{
    CalendarEntries after;
    QString problem;
    if (!dialog->changedEntries(&after, &problem))
        return dialog->showProblem(problem);
    if (after.isEmpty())
        return dialog->accept();
    auto stored = CalendarService(m_workspace.connection()).entries();
    if (!stored)
        return dialog->showProblem(stored.error().message);
    CalendarEntries before;
    for (const CalendarEntry& changed : std::as_const(after)) {
        for (const CalendarEntry& e : std::as_const(*stored)) {
            if (e.key == changed.key)
                before.append(e);
        }
    }
    auto done = m_workspace.execute(std::make_unique<SaveCalendarCommand>(m_workspace, before, after));
    if (!done)
        return dialog->showProblem(done.error().message);
    dialog->accept();
}

} // namespace thidua
