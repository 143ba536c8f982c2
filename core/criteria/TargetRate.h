#pragma once

#include <QString>

#include <optional>

namespace thidua {

// The rules of a rate target, as pure functions in integer arithmetic (no rounding decides a result): a share
// numerator / denominator meets a target of T tenths of a percent when numerator × 1000 ≥ T × denominator, i.e.
// numerator × 100 ≥ target × denominator for a whole-percent target. Exactly 95,0 % meets "≥ 95 %"; 12 of 13
// (92,3 %) misses 100 %.
class TargetRate
{
public:
    // How a figure stands against its target, as the dashboard colours it.
    enum class Level
    {
        Empty, // nobody to count (denominator 0): neither met nor missed
        Met, // green
        Near, // amber: missed by at most 5 percentage points
        Missed, // red
    };

    static constexpr int NearTenths = 50; // "within 5 points below"

    // numerator × 1000 ≥ targetTenths × denominator, for a denominator above 0; false for an empty one.
    static bool meets(qint64 numerator, qint64 denominator, int targetTenths);
    static Level level(qint64 numerator, qint64 denominator, int targetTenths);
    // A count target (learning models): met at or above the minimum, else missed (a count is not a share).
    static Level countLevel(qint64 count, qint64 minimum);
    // The share in tenths of a percent, rounded down (17 of 18 → 944, 2374 of 2500 → 949); nullopt for an empty
    // denominator.
    static std::optional<qint64> tenths(qint64 numerator, qint64 denominator);

    // A percentage as people type it: "97", "97,5", "97.5", "97 %", "97,5%". At most one decimal, from 0,1 to 100;
    // nullopt for anything else.
    static std::optional<int> parseTenths(const QString& text);
};

} // namespace thidua
