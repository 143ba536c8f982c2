#include "ui/meeting/MeetingModeWindow.h"

#include "core/evidence/EvidenceStore.h"
#include "core/meeting/MeetingQuery.h"
#include "core/meeting/MeetingService.h"
#include "ui/common/ErrorMessage.h"
#include "ui/common/Workspace.h"
#include "ui/evidence/ThumbnailCache.h"
#include "ui/meeting/AttendanceDialog.h"
#include "ui/meeting/EvidenceStrip.h"
#include "ui/meeting/MeetingResultModel.h"
#include "ui/meeting/NomineeFacts.h"
#include "ui/meeting/TallyEntryPanel.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace thidua {

namespace {

QLabel* label(QWidget* parent, const QString& name, qreal points, bool bold = false)
{
    auto* result = new QLabel(parent);
    result->setObjectName(name);
    QFont font = result->font();
    font.setPointSizeF(points);
    font.setBold(bold);
    result->setFont(font);
    result->setWordWrap(true);
    result->setTextInteractionFlags(Qt::NoTextInteraction);
    return result;
}

} // namespace

MeetingModeWindow::MeetingModeWindow(Workspace& workspace, qint64 meetingId, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_meetingId(meetingId)
    , m_thumbnails(new ThumbnailCache([store = EvidenceStore::forDatabase(workspace.databasePath())](
                                          const QString& sha256) { return store.objectPath(sha256); },
          ThumbnailCache::defaultDiskFolder(),
          this))
    , m_results(new MeetingResultModel(this))
    , m_tally(new TallyEntryPanel(this))
{
    setObjectName(QStringLiteral("meetingMode"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Meeting mode"));
    applyLook();
    m_title = label(this, QStringLiteral("meetingTitle"), 16, true);
    m_attendance = label(this, QStringLiteral("attendance"), 20, true);
    m_attendance->setWordWrap(false);
    m_position = label(this, QStringLiteral("position"), 16);
    m_position->setWordWrap(false);
    m_finishedNote = label(this, QStringLiteral("finishedNote"), 14);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_attendance, 0, Qt::AlignRight | Qt::AlignVCenter);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(28);
    columns->addWidget(buildNomineePanel(), 1);
    columns->addWidget(buildSidePanel(), 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 14, 24, 14);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(columns, 1);
    layout->addWidget(m_finishedNote);
    layout->addLayout(buildButtons());

    connect(m_tally, &TallyEntryPanel::submitRequested, this, &MeetingModeWindow::submitEntry);
    connect(m_tally, &TallyEntryPanel::nomineeRequested, this, &MeetingModeWindow::showRoundNominee);
    addShortcuts();
    reload();
    showNominee(0);
}

MeetingModeWindow::~MeetingModeWindow() = default;

void MeetingModeWindow::applyLook()
{
    // Dark text on white everywhere, for a projector in a lit room.
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf2, 0xf2, 0xf2));
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(role, QColor(0x11, 0x11, 0x11));
    // Greyed when disabled, still readable: a button that cannot be used must look so.
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, QColor(0x75, 0x75, 0x75));
    palette.setColor(QPalette::Button, QColor(0xe8, 0xe8, 0xe8));
    palette.setColor(QPalette::Highlight, QColor(0x0d, 0x47, 0xa1));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    setPalette(palette);
    setAutoFillBackground(true);
    QFont base = font();
    base.setPointSizeF(16);
    setFont(base);
}

QWidget* MeetingModeWindow::buildNomineePanel()
{
    auto* panel = new QWidget(this);
    m_name = label(panel, QStringLiteral("nomineeName"), 30, true);
    m_subtitle = label(panel, QStringLiteral("nomineeSubtitle"), 20);
    m_form = label(panel, QStringLiteral("nomineeForm"), 20, true);
    m_achievement = label(panel, QStringLiteral("nomineeAchievement"), 17);
    m_criteria = label(panel, QStringLiteral("nomineeCriteria"), 17);
    m_notes = label(panel, QStringLiteral("nomineeNotes"), 15);
    m_evidence = new EvidenceStrip(m_thumbnails, panel);
    // The achievement may be long: it scrolls instead of pushing the rest off a 768-pixel screen.
    auto* details = new QWidget;
    details->setAutoFillBackground(false);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 8, 0);
    detailsLayout->setSpacing(8);
    for (QLabel* part : { m_form, m_achievement, m_criteria, m_notes })
        detailsLayout->addWidget(part);
    detailsLayout->addWidget(m_evidence);
    detailsLayout->addStretch(1);
    auto* scroll = new QScrollArea(panel);
    scroll->setObjectName(QStringLiteral("nomineeDetails"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(details);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_position);
    layout->addWidget(m_name);
    layout->addWidget(m_subtitle);
    layout->addWidget(scroll, 1);
    return panel;
}

QWidget* MeetingModeWindow::buildSidePanel()
{
    auto* panel = new QWidget(this);
    QFont tallyFont = font();
    tallyFont.setPointSizeF(20);
    m_tally->setFont(tallyFont);
    m_resultView = new QTableView(panel);
    m_resultView->setObjectName(QStringLiteral("results"));
    m_resultView->setModel(m_results);
    m_resultView->setFocusPolicy(Qt::NoFocus);
    m_resultView->setSelectionMode(QAbstractItemView::NoSelection);
    m_resultView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultView->verticalHeader()->hide();
    m_resultView->setAlternatingRowColors(true);
    QFont tableFont = font();
    tableFont.setPointSizeF(14);
    m_resultView->setFont(tableFont);
    m_resultView->horizontalHeader()->setFont(tableFont);
    m_resultView->verticalHeader()->setDefaultSectionSize(QFontMetrics(tableFont).height() + 8);
    m_resultView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_resultView->horizontalHeader()->setSectionResizeMode(MeetingResultModel::NomineeColumn, QHeaderView::Stretch);
    m_resultView->hideColumn(MeetingResultModel::FormColumn);
    m_resultView->setWordWrap(false);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_tally);
    layout->addWidget(m_resultView, 1);
    return panel;
}

QHBoxLayout* MeetingModeWindow::buildButtons()
{
    m_previous = new QPushButton(tr("◀ Previous (PgUp)"), this);
    m_next = new QPushButton(tr("Next (PgDn) ▶"), this);
    m_roundButton = new QPushButton(tr("Open a ballot round (F5)"), this);
    m_attendanceButton = new QPushButton(tr("Attendance (F2)"), this);
    m_finishButton = new QPushButton(tr("Finish and print the minutes"), this);
    m_leaveButton = new QPushButton(tr("Leave (Esc)"), this);
    m_finishButton->setObjectName(QStringLiteral("finish"));
    m_roundButton->setObjectName(QStringLiteral("openRound"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button :
        { m_previous, m_next, m_roundButton, m_attendanceButton, m_finishButton, m_leaveButton }) {
        button->setFocusPolicy(Qt::NoFocus); // the keys stay with the tally cells
        button->setMinimumHeight(QFontMetrics(font()).height() + 16);
        buttons->addWidget(button);
        if (button == m_attendanceButton)
            buttons->addStretch(1);
    }
    connect(m_previous, &QPushButton::clicked, this, [this] { showNominee(m_current - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showNominee(m_current + 1); });
    connect(m_roundButton, &QPushButton::clicked, this, &MeetingModeWindow::openRound);
    connect(m_finishButton, &QPushButton::clicked, this, &MeetingModeWindow::confirmFinish);
    connect(m_attendanceButton, &QPushButton::clicked, this, &MeetingModeWindow::editAttendance);
    connect(m_leaveButton, &QPushButton::clicked, this, &QWidget::close);
    return buttons;
}

void MeetingModeWindow::addShortcuts()
{
    const auto add = [this](QKeySequence keys, auto slot) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence(Qt::Key_PageUp), [this] { showNominee(m_current - 1); });
    add(QKeySequence(Qt::Key_PageDown), [this] { showNominee(m_current + 1); });
    add(QKeySequence(Qt::Key_F5), [this] { openRound(); });
    add(QKeySequence(Qt::Key_F2), [this] { editAttendance(); });
    add(QKeySequence(Qt::Key_Escape), [this] { close(); });
}

void MeetingModeWindow::keyPressEvent(QKeyEvent* event)
{
    // Outside the tally cells the arrows change the nominee too (inside they move the cursor).
    if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) {
        showNominee(m_current + (event->key() == Qt::Key_Left ? -1 : 1));
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool MeetingModeWindow::reload()
{
    auto record = MeetingQuery(m_workspace.connection()).record(m_meetingId);
    if (!record) {
        ErrorMessage::show(this, tr("The meeting could not be read."), record.error());
        return false;
    }
    m_record = *record;
    m_results->setNominees(m_record.nominees);
    if (m_tally->countedBy(1).isEmpty() && m_record.secretary())
        m_tally->setCountedBy(1, m_record.secretary()->name);
    const int current = qBound(-1, m_current, int(m_record.nominees.size()) - 1);
    m_current = -2; // shown again below
    showNominee(current < 0 ? 0 : current);
    return true;
}

void MeetingModeWindow::showNominee(int row)
{
    if (m_record.nominees.isEmpty()) {
        m_current = -1;
    } else if (row < 0 || row >= m_record.nominees.size()) {
        return; // past either end: stay
    } else if (row == m_current) {
        return;
    } else {
        m_current = row;
    }
    m_results->setCurrent(m_current);
    if (m_current >= 0)
        m_resultView->scrollTo(m_results->index(m_current, 0));
    updateHeader();
    updateNominee();
    updateTally();
    updateButtons();
}

MeetingRules::Counts MeetingModeWindow::attendance() const
{
    // Recused members do not count for the nominee shown.
    if (m_current >= 0 && !m_record.nominees[m_current].recusedMemberIds.isEmpty())
        return m_record.nominees[m_current].counts;
    return { m_record.membersTotal(), m_record.presentCount(), 0 };
}

QString MeetingModeWindow::attendanceText() const
{
    const MeetingRules::Counts counts = attendance();
    if (MeetingRules::quorumMet(counts.present, counts.members, m_record.quorum))
        return tr("%1/%2 present – quorum met").arg(counts.present).arg(counts.members);
    return tr("%1/%2 present – no quorum (%3 needed)")
        .arg(counts.present)
        .arg(counts.members)
        .arg(MeetingRules::quorumNeeded(counts.members, m_record.quorum));
}

void MeetingModeWindow::updateHeader()
{
    m_title->setText(
        QStringLiteral("%1 – %2").arg(m_record.title, m_record.startsAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    m_attendance->setText(attendanceText());
    const MeetingRules::Counts counts = attendance();
    const bool quorum = MeetingRules::quorumMet(counts.present, counts.members, m_record.quorum);
    m_attendance->setStyleSheet(quorum ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b71c1c;"));
    m_position->setText(m_current >= 0
            ? tr("Nominee %1 of %2").arg(m_current + 1).arg(m_record.nominees.size())
            : tr("This meeting has no nominees yet: choose them on the page Nominations and meetings."));
    if (m_record.finalized()) {
        m_finishedNote->setText(tr("Finished at %1; the meeting is locked. Backup: %2")
                                    .arg(m_record.finalizedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                        QDir::toNativeSeparators(m_record.backupPath)));
    }
    m_finishedNote->setVisible(m_record.finalized());
}

void MeetingModeWindow::updateNominee()
{
    if (m_current < 0) {
        for (QLabel* part : { m_name, m_subtitle, m_form, m_achievement, m_criteria, m_notes })
            part->clear();
        m_evidence->setEvidence({});
        return;
    }
    const MeetingRecord::Nominee& nominee = m_record.nominees[m_current];
    const NominationView& view = nominee.view;
    m_name->setText(view.subjectName);
    QStringList subtitle;
    for (const QString& part : { view.position, view.unit })
        if (!part.isEmpty())
            subtitle << part;
    if (!view.proposedByName.isEmpty())
        subtitle << tr("proposed by %1").arg(view.proposedByName);
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));
    m_form->setText(QStringLiteral("%1: %2").arg(AwardForm::categoryName(view.form.category), view.form.name));
    m_achievement->setText(view.nomination.achievement.isEmpty()
            ? tr("Achievement: (not written)")
            : tr("Achievement: %1").arg(view.nomination.achievement));
    const NomineeFacts facts = NomineeFacts::read(m_workspace.connection(), m_record, nominee);
    m_criteria->setText(facts.criteria.join(QLatin1Char('\n')));
    QStringList notes;
    for (const NominationOverride& done : view.overrides)
        notes << tr("Check overridden: %1").arg(done.reason);
    QStringList recused;
    for (const MeetingRecord::Member& member : m_record.members) {
        if (nominee.recusedMemberIds.contains(member.councilMemberId))
            recused << member.name;
    }
    if (!recused.isEmpty())
        notes << tr("Does not vote on this nominee: %1").arg(recused.join(QStringLiteral(", ")));
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    m_evidence->setEvidence(facts.evidence);
}

const MeetingRecord::Round* MeetingModeWindow::shownRound() const
{
    // The latest round that voted on the nominee shown, else the latest one still open.
    const qint64 nominationId = m_current >= 0 ? m_record.nominees[m_current].view.nomination.id : 0;
    for (auto it = m_record.rounds.crbegin(); it != m_record.rounds.crend(); ++it) {
        if (it->nominationIds.contains(nominationId))
            return &*it;
    }
    for (auto it = m_record.rounds.crbegin(); it != m_record.rounds.crend(); ++it) {
        if (!it->accepted())
            return &*it;
    }
    return nullptr;
}

void MeetingModeWindow::updateTally()
{
    const MeetingRecord::Round* round = shownRound();
    if (!round) {
        m_tally->clearRound(m_record.finalized() ? QString()
                                                 : tr("No ballot round is open. Press F5 to open one for the "
                                                      "nominees not voted yet."));
        return;
    }
    const auto tallyOf = [](const std::optional<MeetingRecord::Entry>& entry) {
        return entry ? std::optional<MeetingRules::Tally>(entry->tally) : std::nullopt;
    };
    m_tally->setRound(round->id,
        round->number,
        int(round->nominationIds.size()),
        tallyOf(round->first),
        tallyOf(round->second),
        !round->accepted() && !m_record.finalized());
    const qint64 nominationId = m_current >= 0 ? m_record.nominees[m_current].view.nomination.id : 0;
    m_tally->setNominee(int(round->nominationIds.indexOf(nominationId)));
    if (round->accepted())
        m_tally->setMessage(tr("Both entries agree: the count of round %1 is accepted.").arg(round->number), false);
    else if (!m_tally->differences().isEmpty())
        m_tally->setMessage(tr("The two entries differ in %n cell(s), shown in red. Correct them until they agree.",
                                nullptr,
                                int(m_tally->differences().size())),
            true);
    else if (round->first && !round->second)
        m_tally->setMessage(tr("Entry 1 is stored. Waiting for the ballot counters' entry."), false);
    else if (!round->first && round->second)
        m_tally->setMessage(tr("Entry 2 is stored. Waiting for the secretary's entry."), false);
    else
        m_tally->setMessage(tr("Type the counts; Enter moves on."), false);
}

void MeetingModeWindow::updateButtons()
{
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current >= 0 && m_current + 1 < m_record.nominees.size());
    const bool open = !m_record.finalized();
    const bool notVoted = std::any_of(
        m_record.nominees.cbegin(), m_record.nominees.cend(), [](const auto& nominee) { return !nominee.voted; });
    const bool roundOpen = std::any_of(
        m_record.rounds.cbegin(), m_record.rounds.cend(), [](const auto& round) { return !round.accepted(); });
    m_roundButton->setEnabled(open && notVoted && !roundOpen);
    m_attendanceButton->setEnabled(open);
    m_finishButton->setEnabled(open && !m_record.nominees.isEmpty() && !notVoted);
    m_finishButton->setText(open ? tr("Finish and print the minutes") : tr("Print the minutes again"));
    if (!open)
        m_finishButton->setEnabled(true);
}

void MeetingModeWindow::showRoundNominee(int index)
{
    const MeetingRecord::Round* round = shownRound();
    if (!round || index < 0 || index >= round->nominationIds.size())
        return;
    const qint64 nominationId = round->nominationIds[index];
    for (int row = 0; row < m_record.nominees.size(); ++row) {
        if (m_record.nominees[row].view.nomination.id == nominationId) {
            showNominee(row);
            return;
        }
    }
}

void MeetingModeWindow::openRound()
{
    if (!m_roundButton->isEnabled())
        return;
    auto opened = MeetingService(m_workspace.connection()).openRound(m_meetingId);
    if (!opened) {
        ErrorMessage::show(this, tr("The ballot round could not be opened."), opened.error());
        return;
    }
    reload();
    emit meetingChanged(m_meetingId);
    m_tally->focusEntry(1);
}

AttendanceDialog* MeetingModeWindow::editAttendance()
{
    if (m_record.finalized())
        return nullptr;
    auto* dialog = new AttendanceDialog(m_record, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        MeetingService service(m_workspace.connection());
        for (const MeetingRecord::Member& member : dialog->changed()) {
            auto set = service.setAttendance(
                m_meetingId, member.councilMemberId, member.present, member.reason, member.writtenOpinion);
            if (!set) {
                ErrorMessage::show(this, tr("The attendance of %1 could not be saved.").arg(member.name), set.error());
                break;
            }
        }
        reload();
        emit meetingChanged(m_meetingId);
    });
    // The keys come back to meeting mode when the roll call closes.
    connect(dialog, &QDialog::finished, this, [this] { activateWindow(); });
    dialog->open();
    return dialog;
}

void MeetingModeWindow::submitEntry(int entry)
{
    const MeetingRecord::Round* round = shownRound();
    if (!round || round->id != m_tally->roundId())
        return;
    const MeetingRules::Tally tally = m_tally->draft(entry).tally();
    if (const QStringList problems = MeetingRules::problems(tally); !problems.isEmpty()) {
        m_tally->setMessage(tr("Entry %1: %2").arg(entry).arg(problems.join(QStringLiteral("; "))), true);
        return;
    }
    QString by = m_tally->countedBy(entry);
    if (by.isEmpty())
        by = entry == 1 && m_record.secretary() ? m_record.secretary()->name : QStringLiteral("Ban kiểm phiếu");
    auto entered = MeetingService(m_workspace.connection()).enterTally(m_meetingId, round->number, entry, by, tally);
    if (!entered) {
        m_tally->setMessage(tr("Entry %1 was not stored: %2").arg(entry).arg(entered.error().message), true);
        return;
    }
    m_tally->markSubmitted(entry, tally);
    reload();
    emit meetingChanged(m_meetingId);
}

void MeetingModeWindow::confirmFinish()
{
    if (m_record.finalized()) {
        static_cast<void>(finishAndPrint()); // its error is shown
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question,
        tr("Finish the meeting"),
        tr("Finish the meeting now? Each nominee is then passed or not passed, the meeting is locked and a backup of "
           "the data file is made; the minutes and the ballot count record are printed."),
        QMessageBox::Yes | QMessageBox::Cancel,
        this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box](int) {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            static_cast<void>(finishAndPrint()); // its error is shown
    });
    box->open();
}

Status MeetingModeWindow::finishAndPrint()
{
    if (!m_record.finalized()) {
        const QString backups = QFileInfo(m_workspace.databasePath()).dir().filePath(QStringLiteral("backups"));
        auto done = MeetingService(m_workspace.connection()).finalize(m_meetingId, backups);
        if (!done) {
            ErrorMessage::show(this, tr("The meeting could not be finished."), done.error());
            return done;
        }
        reload();
        emit meetingChanged(m_meetingId);
        emit finalized(m_meetingId);
    }
    if (!m_printer) {
        m_finishedNote->setText(m_finishedNote->text() + QLatin1Char('\n')
            + tr("Printing the minutes is not available in this version yet."));
        return {};
    }
    auto printed = m_printer(m_meetingId, this);
    if (!printed)
        ErrorMessage::show(this, tr("The minutes could not be printed."), printed.error());
    return printed;
}

} // namespace thidua
