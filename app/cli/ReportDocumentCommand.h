#pragma once

#include "app/cli/CliContext.h"

namespace thidua {

// The report sub-commands that write files (issue 17, point 6); ReportCommand dispatches here. `args` are those after
// "report annual", "report stage" or "report stats".
//   report annual --year 2024-2025 --out FILE.pdf|FILE.docx [--date YYYY-MM-DD] [--recipient "Phòng GDĐT …"]
//   report stage --from 2023 --to 2025 --out FILE.pdf|FILE.docx [--date YYYY-MM-DD] [--recipient "…"]
//   report stats --year 2024-2025 --out FILE.xlsx
int runReportAnnual(CliContext& context, const QStringList& args);
int runReportStage(CliContext& context, const QStringList& args);
int runReportStats(CliContext& context, const QStringList& args);

} // namespace thidua
