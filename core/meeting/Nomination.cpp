#include "core/meeting/Nomination.h"

#include "core/text/VietnameseText.h"

#include <algorithm>
#include <array>

namespace thidua {

namespace {

struct StateRow
{
    Nomination::State state;
    const char* key;
    const char* name;
};

constexpr std::array<StateRow, 8> States { {
    { Nomination::State::Proposed, "proposed", "Đề xuất" },
    { Nomination::State::Reviewed, "reviewed", "Rà soát" },
    { Nomination::State::Voted, "voted", "Đã bỏ phiếu" },
    { Nomination::State::Passed, "passed", "Đạt" },
    { Nomination::State::Failed, "failed", "Không đạt" },
    { Nomination::State::Submitted, "submitted", "Trình cấp trên" },
    { Nomination::State::Decided, "decided", "Có quyết định" },
    { Nomination::State::Awarded, "awarded", "Đã trao" },
} };

} // namespace

QString Nomination::stateKey(State state)
{
    for (const StateRow& row : States) {
        if (row.state == state)
            return QString::fromLatin1(row.key);
    }
    return {};
}

bool Nomination::stateFromKey(const QString& key, State* state)
{
    for (const StateRow& row : States) {
        if (key == QLatin1StringView(row.key)) {
            *state = row.state;
            return true;
        }
    }
    return false;
}

// The names of the states are the committee's own words, the same in every language of the program.
QString Nomination::stateName(State state)
{
    for (const StateRow& row : States) {
        if (row.state == state)
            return QString::fromUtf8(row.name);
    }
    return {};
}

QString Nomination::effectiveAchievementKey() const
{
    const QString key = achievementKey.isEmpty() ? movement + u'\n' + period : achievementKey;
    return VietnameseText::lowerCanonical(VietnameseText::clean(key));
}

QList<Eligibility::Problem> NominationView::openProblems() const
{
    QList<Eligibility::Problem> open;
    for (const Eligibility::Problem& problem : problems) {
        const bool overridden = std::any_of(
            overrides.begin(), overrides.end(), [&](const NominationOverride& o) { return o.rule == problem.rule; });
        if (!overridden)
            open << problem;
    }
    return open;
}

} // namespace thidua
