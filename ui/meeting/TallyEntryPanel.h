#pragma once

#include "core/meeting/MeetingRules.h"
#include "ui/meeting/TallyDraft.h"

#include <QWidget>

#include <array>
#include <optional>

class QLabel;
class QLineEdit;

namespace thidua {

// The two counts of a ballot round side by side, typed from the keyboard: entry 1 (the secretary) and entry 2 (the
// Ban kiểm phiếu), each the ballots (issued, returned, valid, invalid) and then agree / disagree of the nominee shown.
// Enter moves on (after a nominee's disagree to the next nominee of the round, after the last one the entry is
// complete), Up and Down move between rows. A complete entry that changed is handed on (submitRequested); the
// meeting mode window enters it through MeetingService and gives back the differences, shown cell by cell in red
// until corrected (MeetingRules::differences, recomputed as the user types).
class TallyEntryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TallyEntryPanel(QWidget* parent = nullptr);

    // A round of `nominees`, with the entries already stored; `editable` false for an accepted round or a locked
    // meeting. Keeps what was typed when the same round is set again.
    void setRound(qint64 roundId,
        int roundNumber,
        int nominees,
        const std::optional<MeetingRules::Tally>& first,
        const std::optional<MeetingRules::Tally>& second,
        bool editable);
    void clearRound(const QString& message);
    qint64 roundId() const { return m_roundId; }
    // The nominee shown, by its index in the round (-1: the nominee shown is not in this round).
    void setNominee(int index);
    int nominee() const { return m_nominee; }

    const TallyDraft& draft(int entry) const { return m_drafts[entry - 1]; }
    QString countedBy(int entry) const;
    void setCountedBy(int entry, const QString& name);
    // Stored by the service: later Enters hand it on again only when it changed.
    void markSubmitted(int entry, const MeetingRules::Tally& tally);
    void setMessage(const QString& text, bool problem);

    QLineEdit* cell(int entry, TallyDraft::Row row) const { return m_edits[entry - 1][row]; }
    // Focuses the first empty cell of the entry (changing the nominee when needed), else its first cell.
    void focusEntry(int entry);
    // Focuses the first cell that differs, in entry `entry`; false when none differs.
    bool focusFirstDifference(int entry);
    bool differs(TallyDraft::Row row, int nominee) const;
    const QList<MeetingRules::TallyDifference>& differences() const { return m_differences; }

signals:
    void submitRequested(int entry);
    // The nominee of the round with that index should be shown (Enter went past a nominee's last cell).
    void nomineeRequested(int index);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void build();
    void edited(int entry, TallyDraft::Row row, const QString& text);
    void enterPressed(int entry, TallyDraft::Row row);
    void focusCell(int entry, TallyDraft::Row row, int nominee);
    void refreshCells();
    void refreshDifferences();
    bool rowEnabled(TallyDraft::Row row) const;

    std::array<std::array<QLineEdit*, TallyDraft::RowCount>, 2> m_edits {};
    std::array<QLineEdit*, 2> m_names {};
    std::array<QLabel*, TallyDraft::RowCount> m_rowLabels {};
    QLabel* m_heading;
    QLabel* m_message;
    std::array<TallyDraft, 2> m_drafts;
    std::array<std::optional<MeetingRules::Tally>, 2> m_submitted;
    QList<MeetingRules::TallyDifference> m_differences;
    qint64 m_roundId = 0;
    int m_nominees = 0;
    int m_nominee = -1;
    bool m_editable = false;
    bool m_refreshing = false;
};

} // namespace thidua
