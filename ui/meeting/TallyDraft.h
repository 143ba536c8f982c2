#pragma once

#include "core/meeting/MeetingRules.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace thidua {

// One count of a ballot round as it is being typed: every cell may still be empty. The rows are the ballots
// (issued, returned, valid, invalid) and, for each nominee of the round, agree and disagree; their names are those
// of MeetingRules::TallyDifference::field.
class TallyDraft
{
public:
    enum Row
    {
        Issued,
        Returned,
        Valid,
        Invalid,
        Agree,
        Disagree,
        RowCount
    };

    explicit TallyDraft(int nominees = 0);
    static TallyDraft from(const MeetingRules::Tally& tally, int nominees);

    int nominees() const { return int(m_agree.size()); }
    // The cell of `row`; `nominee` (its index in the round) matters for Agree and Disagree only.
    std::optional<int> value(Row row, int nominee) const;
    void setValue(Row row, int nominee, std::optional<int> value);
    bool complete() const;
    bool isBlank() const; // no cell typed
    // The first empty cell in entry order (ballots, then each nominee's agree and disagree); nullopt when complete.
    std::optional<std::pair<Row, int>> firstEmpty() const;
    // Empty cells count as 0.
    MeetingRules::Tally tally() const;

    // "issued", "returned", "valid", "invalid", "agree", "disagree"
    static QString fieldName(Row row);
    static Row rowOf(const QString& field);

private:
    std::array<std::optional<int>, 4> m_ballots;
    QList<std::optional<int>> m_agree;
    QList<std::optional<int>> m_disagree;
};

} // namespace thidua
