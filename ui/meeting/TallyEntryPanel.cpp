#include "ui/meeting/TallyEntryPanel.h"

#include <QEvent>
#include <QGridLayout>
#include <QIntValidator>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace thidua {

namespace {

const QString NormalCell =
    QStringLiteral("QLineEdit { background: white; color: #111111; border: 2px solid #555555; font-size: 22pt; }"
                   "QLineEdit:focus { border: 4px solid #0d47a1; }"
                   "QLineEdit:disabled { background: #eeeeee; color: #333333; }");
const QString DifferentCell = QStringLiteral("QLineEdit { background: #c62828; color: white; border: 2px solid #7f0000;"
                                             " font-size: 22pt; font-weight: bold; }"
                                             "QLineEdit:focus { border: 4px solid #0d47a1; }");

} // namespace

TallyEntryPanel::TallyEntryPanel(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("tallyPanel"));
    build();
    clearRound(QString());
}

void TallyEntryPanel::build()
{
    const QStringList labels { tr("Ballots issued"),
        tr("Ballots returned"),
        tr("Valid ballots"),
        tr("Invalid ballots"),
        tr("Agree"),
        tr("Disagree") };
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(4);
    const QStringList entryNames { tr("Secretary"), tr("Ballot counters") };
    for (int entry = 0; entry < 2; ++entry) {
        auto* title = new QLabel(entryNames[entry], this);
        title->setAlignment(Qt::AlignCenter);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        grid->addWidget(title, 0, entry + 1);
        m_names[entry] = new QLineEdit(this);
        m_names[entry]->setObjectName(QStringLiteral("countedBy%1").arg(entry + 1));
        m_names[entry]->setPlaceholderText(tr("Counted by"));
        m_names[entry]->setStyleSheet(QStringLiteral("QLineEdit { font-size: 13pt; }"));
        grid->addWidget(m_names[entry], 1, entry + 1);
    }
    for (int row = 0; row < TallyDraft::RowCount; ++row) {
        m_rowLabels[row] = new QLabel(labels[row], this);
        grid->addWidget(m_rowLabels[row], row + 2, 0);
        for (int entry = 0; entry < 2; ++entry) {
            auto* edit = new QLineEdit(this);
            edit->setObjectName(
                QStringLiteral("entry%1_%2").arg(entry + 1).arg(TallyDraft::fieldName(TallyDraft::Row(row))));
            edit->setValidator(new QIntValidator(0, 9999, edit));
            edit->setAlignment(Qt::AlignCenter);
            edit->setMaximumWidth(150);
            edit->setStyleSheet(NormalCell);
            edit->installEventFilter(this);
            const auto r = TallyDraft::Row(row);
            connect(edit, &QLineEdit::textEdited, this, [this, entry, r](const QString& text) {
                edited(entry + 1, r, text);
            });
            connect(edit, &QLineEdit::returnPressed, this, [this, entry, r] { enterPressed(entry + 1, r); });
            m_edits[entry][row] = edit;
            grid->addWidget(edit, row + 2, entry + 1);
        }
    }
    grid->setColumnStretch(0, 1);
    m_heading->setObjectName(QStringLiteral("tallyHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_message->setObjectName(QStringLiteral("tallyMessage"));
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(m_message->fontMetrics().height() * 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(grid);
    layout->addWidget(m_message);
    layout->addStretch(1);
}

void TallyEntryPanel::setRound(qint64 roundId,
    int roundNumber,
    int nominees,
    const std::optional<MeetingRules::Tally>& first,
    const std::optional<MeetingRules::Tally>& second,
    bool editable)
{
    const bool sameRound = roundId == m_roundId && nominees == m_nominees;
    const std::array<std::optional<MeetingRules::Tally>, 2> stored { first, second };
    for (int i = 0; i < 2; ++i) {
        // What was typed and not stored yet stays while the round is the same.
        if (!sameRound || (m_drafts[i].isBlank() && stored[i]))
            m_drafts[i] = stored[i] ? TallyDraft::from(*stored[i], nominees) : TallyDraft(nominees);
        m_submitted[i] = stored[i];
    }
    m_roundId = roundId;
    m_nominees = nominees;
    m_editable = editable;
    m_heading->setText(tr("Ballot count – round %1").arg(roundNumber));
    if (!sameRound)
        m_nominee = nominees > 0 ? 0 : -1;
    refreshDifferences();
    refreshCells();
}

void TallyEntryPanel::clearRound(const QString& message)
{
    m_roundId = 0;
    m_nominees = 0;
    m_nominee = -1;
    m_editable = false;
    m_drafts = { TallyDraft(), TallyDraft() };
    m_submitted = {};
    m_differences.clear();
    m_heading->setText(tr("Ballot count"));
    setMessage(message, false);
    refreshCells();
}

void TallyEntryPanel::setNominee(int index)
{
    m_nominee = index >= 0 && index < m_nominees ? index : -1;
    refreshCells();
}

QString TallyEntryPanel::countedBy(int entry) const
{
    return m_names[entry - 1]->text().trimmed();
}

void TallyEntryPanel::setCountedBy(int entry, const QString& name)
{
    m_names[entry - 1]->setText(name);
    m_names[entry - 1]->setCursorPosition(0); // the name's start shows
}

void TallyEntryPanel::markSubmitted(int entry, const MeetingRules::Tally& tally)
{
    m_submitted[entry - 1] = tally;
}

void TallyEntryPanel::setMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; font-size: 15pt; }")
                                     : QStringLiteral("QLabel { font-size: 15pt; }"));
}

bool TallyEntryPanel::rowEnabled(TallyDraft::Row row) const
{
    return m_editable && m_roundId > 0 && (row < TallyDraft::Agree || m_nominee >= 0);
}

bool TallyEntryPanel::differs(TallyDraft::Row row, int nominee) const
{
    const QString field = TallyDraft::fieldName(row);
    const int at = row < TallyDraft::Agree ? -1 : nominee;
    return std::any_of(m_differences.cbegin(), m_differences.cend(), [&](const MeetingRules::TallyDifference& d) {
        return d.field == field && d.nominee == at;
    });
}

void TallyEntryPanel::refreshDifferences()
{
    // Cell by cell once both counts are whole; a corrected cell turns back at once.
    m_differences.clear();
    if (m_drafts[0].complete() && m_drafts[1].complete() && m_nominees > 0)
        m_differences = MeetingRules::differences(m_drafts[0].tally(), m_drafts[1].tally());
}

void TallyEntryPanel::refreshCells()
{
    m_refreshing = true;
    for (int row = 0; row < TallyDraft::RowCount; ++row) {
        const auto r = TallyDraft::Row(row);
        const bool different = m_roundId > 0 && (r < TallyDraft::Agree || m_nominee >= 0) && differs(r, m_nominee);
        for (int entry = 0; entry < 2; ++entry) {
            QLineEdit* edit = m_edits[entry][row];
            const std::optional<int> value = m_drafts[entry].value(r, m_nominee);
            const QString text = value ? QString::number(*value) : QString();
            if (edit->text() != text)
                edit->setText(text);
            edit->setEnabled(rowEnabled(r));
            edit->setProperty("differs", different);
            edit->setStyleSheet(different ? DifferentCell : NormalCell);
        }
    }
    for (QLineEdit* name : m_names)
        name->setEnabled(m_editable && m_roundId > 0);
    if (!m_differences.isEmpty())
        setMessage(tr("The two entries differ in %n cell(s), shown in red. Correct them until they agree.",
                       nullptr,
                       int(m_differences.size())),
            true);
    m_refreshing = false;
}

void TallyEntryPanel::edited(int entry, TallyDraft::Row row, const QString& text)
{
    if (m_refreshing)
        return;
    bool ok = false;
    const int value = text.toInt(&ok);
    m_drafts[entry - 1].setValue(row, m_nominee, ok ? std::optional<int>(value) : std::nullopt);
    refreshDifferences();
    refreshCells();
}

void TallyEntryPanel::focusCell(int entry, TallyDraft::Row row, int nominee)
{
    if (row >= TallyDraft::Agree && nominee != m_nominee) {
        emit nomineeRequested(nominee); // the window shows that nominee and sets it here
        setNominee(nominee);
    }
    QLineEdit* edit = m_edits[entry - 1][row];
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
}

void TallyEntryPanel::enterPressed(int entry, TallyDraft::Row row)
{
    const TallyDraft& draft = m_drafts[entry - 1];
    if (draft.complete()
        && (!m_submitted[entry - 1] || m_submitted[entry - 1]->nominees.size() != m_nominees
            || MeetingRules::differences(*m_submitted[entry - 1], draft.tally()).size() > 0)) {
        emit submitRequested(entry);
        if (!m_editable)
            return; // the round was accepted
    }
    const bool last = row == TallyDraft::Disagree && m_nominee == m_nominees - 1;
    if (!last) {
        if (row == TallyDraft::Disagree)
            focusCell(entry, TallyDraft::Agree, m_nominee + 1);
        else
            focusCell(entry, TallyDraft::Row(row + 1), m_nominee);
        return;
    }
    if (!m_drafts[entry - 1].complete()) {
        focusEntry(entry);
        return;
    }
    // The entry is whole: on to the other one, or to where the two disagree.
    const int other = entry == 1 ? 2 : 1;
    if (!m_differences.isEmpty())
        focusFirstDifference(entry);
    else if (!m_drafts[other - 1].complete())
        focusEntry(other);
}

void TallyEntryPanel::focusEntry(int entry)
{
    if (const auto empty = m_drafts[entry - 1].firstEmpty())
        focusCell(entry, empty->first, empty->second);
    else
        focusCell(entry, TallyDraft::Issued, qMax(0, m_nominee));
}

bool TallyEntryPanel::focusFirstDifference(int entry)
{
    if (m_differences.isEmpty())
        return false;
    const MeetingRules::TallyDifference& first = m_differences.first();
    focusCell(entry, TallyDraft::rowOf(first.field), first.nominee < 0 ? qMax(0, m_nominee) : first.nominee);
    return true;
}

bool TallyEntryPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() != Qt::Key_Up && key->key() != Qt::Key_Down)
        return QWidget::eventFilter(watched, event);
    for (int entry = 0; entry < 2; ++entry) {
        for (int row = 0; row < TallyDraft::RowCount; ++row) {
            if (m_edits[entry][row] != watched)
                continue;
            const int to = row + (key->key() == Qt::Key_Up ? -1 : 1);
            if (to >= 0 && to < TallyDraft::RowCount && rowEnabled(TallyDraft::Row(to)))
                focusCell(entry + 1, TallyDraft::Row(to), m_nominee);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace thidua
