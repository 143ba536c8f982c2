#pragma once

#include <QString>

#include <optional>

namespace thidua {

// What a report covers: the school years from the one starting in fromYear to the one starting in toYear. The annual
// report of 2024-2025 is {2024, 2024}; a stage review (sơ kết, tổng kết) is named by the first year and the year it
// ends in, as the plans write it: the sơ kết 2023–2025 covers 2023-2024 and 2024-2025, {2023, 2024}; the tổng kết
// 2023–2030 covers 2023-2024 … 2029-2030, {2023, 2029}. A one-year stage is the annual report of that year.
struct ReportPeriod
{
    int fromYear = 0;
    int toYear = 0;

    static ReportPeriod annual(int startYear) { return { startYear, startYear }; }
    // The stage "firstYear–endYear" (2023, 2025 → {2023, 2024}).
    static ReportPeriod stage(int firstYear, int endYear) { return { firstYear, endYear - 1 }; }
    // "2024-2025" (annual) or "2023–2025", "2023-2030" (a stage); the dash may be -, – or —, spaces allowed.
    // nullopt when the text names no period.
    static std::optional<ReportPeriod> parse(const QString& text);

    bool isValid() const { return fromYear >= 1900 && toYear >= fromYear && toYear <= 2200; }
    bool isAnnual() const { return fromYear == toYear; }
    int years() const { return toYear - fromYear + 1; }
    // "2024-2025" for a school year, "2023–2025" for a stage (an en dash, as the plans print it).
    QString name() const;
    // The period before, of the same length: the year before, or the stage that ends where this one begins
    // ({2023, 2024} → {2021, 2022}).
    ReportPeriod previous() const { return { fromYear - years(), toYear - years() }; }

    friend bool operator==(const ReportPeriod&, const ReportPeriod&) = default;
};

} // namespace thidua
