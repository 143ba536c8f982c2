#include "ui/meeting/TallyDraft.h"

#include <algorithm>

namespace thidua {

TallyDraft::TallyDraft(int nominees)
    : m_agree(qMax(0, nominees))
    , m_disagree(qMax(0, nominees))
{}

TallyDraft TallyDraft::from(const MeetingRules::Tally& tally, int nominees)
{
    TallyDraft draft(nominees);
    draft.m_ballots = { tally.issued, tally.returned, tally.valid, tally.invalid };
    for (int i = 0; i < nominees && i < tally.nominees.size(); ++i) {
        draft.m_agree[i] = tally.nominees[i].agree;
        draft.m_disagree[i] = tally.nominees[i].disagree;
    }
    return draft;
}

std::optional<int> TallyDraft::value(Row row, int nominee) const
{
    if (row < Agree)
        return m_ballots[row];
    if (nominee < 0 || nominee >= nominees())
        return std::nullopt;
    return row == Agree ? m_agree[nominee] : m_disagree[nominee];
}

void TallyDraft::setValue(Row row, int nominee, std::optional<int> value)
{
    if (row < Agree)
        m_ballots[row] = value;
    else if (nominee >= 0 && nominee < nominees())
        (row == Agree ? m_agree : m_disagree)[nominee] = value;
}

std::optional<std::pair<TallyDraft::Row, int>> TallyDraft::firstEmpty() const
{
    for (int row = Issued; row < Agree; ++row) {
        if (!m_ballots[row])
            return std::pair { Row(row), 0 };
    }
    for (int i = 0; i < nominees(); ++i) {
        if (!m_agree[i])
            return std::pair { Agree, i };
        if (!m_disagree[i])
            return std::pair { Disagree, i };
    }
    return std::nullopt;
}

bool TallyDraft::complete() const
{
    return !firstEmpty().has_value();
}

bool TallyDraft::isBlank() const
{
    const auto empty = [](const std::optional<int>& cell) { return !cell.has_value(); };
    return std::all_of(m_ballots.cbegin(), m_ballots.cend(), empty)
        && std::all_of(m_agree.cbegin(), m_agree.cend(), empty)
        && std::all_of(m_disagree.cbegin(), m_disagree.cend(), empty);
}

MeetingRules::Tally TallyDraft::tally() const
{
    MeetingRules::Tally tally;
    tally.issued = m_ballots[Issued].value_or(0);
    tally.returned = m_ballots[Returned].value_or(0);
    tally.valid = m_ballots[Valid].value_or(0);
    tally.invalid = m_ballots[Invalid].value_or(0);
    for (int i = 0; i < nominees(); ++i)
        tally.nominees.append({ m_agree[i].value_or(0), m_disagree[i].value_or(0) });
    return tally;
}

QString TallyDraft::fieldName(Row row)
{
    switch (row) {
    case Issued:
        return QStringLiteral("issued");
    case Returned:
        return QStringLiteral("returned");
    case Valid:
        return QStringLiteral("valid");
    case Invalid:
        return QStringLiteral("invalid");
    case Agree:
        return QStringLiteral("agree");
    case Disagree:
    case RowCount:
        break;
    }
    return QStringLiteral("disagree");
}

TallyDraft::Row TallyDraft::rowOf(const QString& field)
{
    for (int row = Issued; row < RowCount; ++row) {
        if (fieldName(Row(row)) == field)
            return Row(row);
    }
    return Disagree;
}

} // namespace thidua
