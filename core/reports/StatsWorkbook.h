#pragma once

#include "core/common/Result.h"
#include "core/reports/YearFigures.h"

namespace thidua {

// The movement's statistics of a school year as a workbook, in the form a district or department collects them
// (issue 17, point 5): one sheet per table, a header row in Vietnamese, values only (no formulas): the summary per
// group, per tổ, per class, the activities, the learning models, the initiatives and the nominations per award form.
// Rates are numbers of percent with one decimal, rounded down as the program shows them (94,4).
class StatsWorkbook
{
public:
    static QStringList sheetNames();
    [[nodiscard]] static Status save(const YearFigures& year, const QString& schoolName, const QString& path);
};

} // namespace thidua
