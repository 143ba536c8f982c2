#include "ui/meeting/MeetingPage.h"

#include "core/awards/AwardService.h"
#include "core/documents/DocumentQuery.h"
#include "core/meeting/MeetingQuery.h"
#include "core/meeting/MeetingService.h"
#include "core/meeting/NominationService.h"
#include "core/people/PeopleQuery.h"
#include "ui/common/ErrorMessage.h"
#include "ui/common/Workspace.h"
#include "ui/meeting/MeetingListModel.h"
#include "ui/meeting/MeetingPrinting.h"
#include "ui/meeting/NewMeetingDialog.h"
#include "ui/meeting/NominationDialog.h"
#include "ui/meeting/NominationTableModel.h"
#include "ui/meeting/OverrideDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
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

MeetingPage::MeetingPage(Workspace& workspace, QWidget* parent)
    : Page(workspace, parent)
    , m_nominations(new NominationTableModel(this))
    , m_meetings(new MeetingListModel(this))
    , m_heading(new QLabel(this))
    , m_nominationView(table(this, QStringLiteral("nominations"), m_nominations))
    , m_meetingView(table(this, QStringLiteral("meetings"), m_meetings))
    , m_addAction(new QAction(tr("Add a &nomination…"), this))
    , m_overrideAction(new QAction(tr("&Override a check…"), this))
    , m_createMeetingAction(new QAction(tr("&New meeting…"), this))
    , m_meetingModeAction(new QAction(tr("&Meeting mode"), this))
    , m_printer([&workspace](
                    qint64 meetingId, QWidget* parent) { return printMeetingDocuments(workspace, meetingId, parent); })
{
    setObjectName(key());
    m_addAction->setObjectName(QStringLiteral("addNomination"));
    m_overrideAction->setObjectName(QStringLiteral("overrideCheck"));
    m_createMeetingAction->setObjectName(QStringLiteral("createMeeting"));
    m_meetingModeAction->setObjectName(QStringLiteral("meetingMode"));
    m_meetingModeAction->setShortcut(QKeySequence(Qt::Key_F11));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    const QFontMetrics metrics = m_nominationView->fontMetrics();
    m_nominationView->setColumnWidth(NominationTableModel::SubjectColumn,
        metrics.horizontalAdvance(QStringLiteral("Nguyễn Thị Ngọc Huyền (Giáo viên)")) + 20);
    m_nominationView->setColumnWidth(
        NominationTableModel::FormColumn, metrics.horizontalAdvance(QStringLiteral("Tập thể lao động xuất sắc")) + 20);
    m_nominationView->setColumnWidth(
        NominationTableModel::CategoryColumn, metrics.horizontalAdvance(QStringLiteral("Hình thức khen thưởng")) + 20);
    m_nominationView->setColumnWidth(
        NominationTableModel::ProposedByColumn, metrics.horizontalAdvance(QStringLiteral("Tổ Toán - Tin học")) + 20);
    m_nominationView->setColumnWidth(
        NominationTableModel::StateColumn, metrics.horizontalAdvance(QStringLiteral("Trình cấp trên")) + 20);
    m_meetingView->setColumnWidth(MeetingListModel::TitleColumn,
        metrics.horizontalAdvance(QStringLiteral("Họp xét thi đua, khen thưởng năm học 2024-2025")) + 20);
    m_meetingView->setColumnWidth(
        MeetingListModel::StartsColumn, metrics.horizontalAdvance(QStringLiteral("20/05/2025 14:00")) + 30);

    auto* nominationButtons = new QHBoxLayout;
    nominationButtons->addWidget(button(this, m_addAction));
    nominationButtons->addWidget(button(this, m_overrideAction));
    nominationButtons->addStretch(1);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(new QLabel(tr("Nominations of the year. A nomination goes to the vote when no eligibility "
                                       "check is open; hover over a problem to read it."),
        top));
    topLayout->addLayout(nominationButtons);
    topLayout->addWidget(m_nominationView, 1);

    auto* meetingButtons = new QHBoxLayout;
    meetingButtons->addWidget(button(this, m_createMeetingAction));
    meetingButtons->addWidget(button(this, m_meetingModeAction));
    meetingButtons->addStretch(1);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto* meetingsTitle = new QLabel(tr("Council meetings"), bottom);
    QFont bold = meetingsTitle->font();
    bold.setBold(true);
    meetingsTitle->setFont(bold);
    bottomLayout->addWidget(meetingsTitle);
    bottomLayout->addLayout(meetingButtons);
    bottomLayout->addWidget(m_meetingView, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("meetingSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);

    connect(m_addAction, &QAction::triggered, this, &MeetingPage::addNomination);
    connect(m_overrideAction, &QAction::triggered, this, &MeetingPage::overrideProblem);
    connect(m_createMeetingAction, &QAction::triggered, this, &MeetingPage::createMeeting);
    connect(m_meetingModeAction, &QAction::triggered, this, &MeetingPage::openMeetingMode);
    connect(m_meetingView, &QTableView::doubleClicked, this, &MeetingPage::openMeetingMode);
    connect(
        m_nominationView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MeetingPage::updateActions);
    connect(
        m_meetingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MeetingPage::updateActions);
    auto reloadIfLoaded = [this] {
        if (isLoaded())
            reload();
    };
    connect(&workspace, &Workspace::currentYearChanged, this, reloadIfLoaded);
    connect(&workspace, &Workspace::peopleChanged, this, reloadIfLoaded);
    connect(&workspace, &Workspace::collectivesChanged, this, reloadIfLoaded);
    connect(&workspace, &Workspace::councilChanged, this, reloadIfLoaded);
    connect(&workspace, &Workspace::learningResultsChanged, this, reloadIfLoaded);
    m_heading->setText(title());
    updateActions();
}

QString MeetingPage::title() const
{
    return tr("Nominations and meetings");
}

QIcon MeetingPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogContentsView);
}

QString MeetingPage::statusText() const
{
    return tr("%1 nomination(s), %2 meeting(s) in %3")
        .arg(m_nominations->rowCount())
        .arg(m_meetings->rowCount())
        .arg(workspace().currentYear().name());
}

QList<QAction*> MeetingPage::editActions() const
{
    return { m_addAction, m_overrideAction, m_createMeetingAction, m_meetingModeAction };
}

void MeetingPage::load()
{
    reload();
}

void MeetingPage::reload()
{
    const SchoolYear& year = workspace().currentYear();
    m_heading->setText(year.id > 0 ? tr("%1 – school year %2").arg(title(), year.name()) : title());
    const qint64 nomination = selectedNomination();
    const qint64 meeting = selectedMeeting();
    NominationViews nominations;
    QList<MeetingQuery::Summary> meetings;
    if (year.id > 0) {
        auto listed = NominationService(workspace().connection()).list(year.id, workspace().today());
        if (!listed)
            ErrorMessage::show(this, tr("The nominations of %1 could not be read.").arg(year.name()), listed.error());
        else
            nominations = *listed;
        auto held = MeetingQuery(workspace().connection()).list(year.id);
        if (!held)
            ErrorMessage::show(this, tr("The meetings of %1 could not be read.").arg(year.name()), held.error());
        else
            meetings = *held;
    }
    m_nominations->setNominations(nominations);
    m_meetings->setMeetings(meetings);
    if (const int row = m_nominations->rowOf(nomination); row >= 0)
        m_nominationView->selectRow(row);
    if (const int row = m_meetings->rowOf(meeting); row >= 0)
        m_meetingView->selectRow(row);
    else if (m_meetings->rowCount() > 0)
        m_meetingView->selectRow(0);
    updateActions();
    emit statusTextChanged();
}

qint64 MeetingPage::selectedNomination() const
{
    const NominationView* view = m_nominations->at(m_nominationView->currentIndex().row());
    return view ? view->nomination.id : 0;
}

qint64 MeetingPage::selectedMeeting() const
{
    const MeetingQuery::Summary* meeting = m_meetings->at(m_meetingView->currentIndex().row());
    return meeting ? meeting->id : 0;
}

void MeetingPage::updateActions()
{
    const bool year = workspace().currentYear().id > 0 && isLoaded();
    const NominationView* view = m_nominations->at(m_nominationView->currentIndex().row());
    m_addAction->setEnabled(year);
    m_overrideAction->setEnabled(view && !view->openProblems().isEmpty());
    m_createMeetingAction->setEnabled(year);
    m_meetingModeAction->setEnabled(selectedMeeting() > 0);
}

Result<QList<AwardForm>> MeetingPage::awardForms() const
{
    return AwardService(workspace().connection()).forms();
}

void MeetingPage::addNomination()
{
    const SchoolYear& year = workspace().currentYear();
    if (year.id <= 0)
        return;
    auto forms = awardForms();
    auto subjects = DocumentQuery(workspace().connection()).subjects(workspace().today());
    auto units = PeopleQuery(workspace().connection()).collectives(year.id);
    if (!forms || !subjects || !units) {
        ErrorMessage::show(this,
            tr("The awards, people and collectives could not be read."),
            !forms          ? forms.error()
                : !subjects ? subjects.error()
                            : units.error());
        return;
    }
    auto* dialog = new NominationDialog(*forms, *subjects, *units, year, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Accepting adds it; a refusal keeps the dialog and its input open.
    dialog->setSubmit([this, dialog](const Nomination& nomination) -> Status {
        auto added = NominationService(workspace().connection()).add(nomination);
        if (!added) {
            ErrorMessage::show(dialog, tr("The nomination could not be added."), added.error());
            return added.error();
        }
        reload();
        if (const int row = m_nominations->rowOf(*added); row >= 0)
            m_nominationView->selectRow(row);
        return {};
    });
    dialog->open();
}

void MeetingPage::overrideProblem()
{
    const NominationView* view = m_nominations->at(m_nominationView->currentIndex().row());
    if (!view || view->openProblems().isEmpty())
        return;
    auto* dialog = new OverrideDialog(*view, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = view->nomination.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        auto done =
            NominationService(workspace().connection()).override(id, dialog->rule(), dialog->reason(), dialog->by());
        if (!done)
            ErrorMessage::show(this, tr("The check could not be overridden."), done.error());
        reload();
    });
    dialog->open();
}

void MeetingPage::createMeeting()
{
    const SchoolYear& year = workspace().currentYear();
    if (year.id <= 0)
        return;
    const QDateTime startsAt(workspace().today(), QTime(14, 0));
    auto* dialog = new NewMeetingDialog(year.id, m_nominations->nominations(), startsAt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        MeetingService service(workspace().connection());
        auto created = service.create(dialog->meeting());
        if (!created) {
            ErrorMessage::show(this, tr("The meeting could not be created."), created.error());
            return;
        }
        if (const QList<qint64> ids = dialog->nominationIds(); !ids.isEmpty()) {
            if (auto set = service.setNominees(*created, ids); !set)
                ErrorMessage::show(this, tr("The nominees could not be put on the meeting's list."), set.error());
        }
        reload();
        if (const int row = m_meetings->rowOf(*created); row >= 0)
            m_meetingView->selectRow(row);
    });
    dialog->open();
}

MeetingModeWindow* MeetingPage::openMeetingMode()
{
    const qint64 meeting = selectedMeeting();
    if (meeting <= 0)
        return nullptr;
    if (m_meetingMode)
        m_meetingMode->close();
    m_meetingMode = new MeetingModeWindow(workspace(), meeting, this);
    m_meetingMode->setDocumentPrinter(m_printer);
    connect(m_meetingMode, &MeetingModeWindow::meetingChanged, this, &MeetingPage::reload);
    m_meetingMode->showFullScreen();
    return m_meetingMode;
}

} // namespace thidua
