#pragma once

#include "core/activities/ActivityImport.h"
#include "core/activities/ActivityRepository.h"
#include "core/common/Result.h"
#include "core/db/Transaction.h"
#include "core/school/SchoolRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

namespace thidua::ImportApply {

// The apply step the activity, learning-model and initiative imports share, in one transaction: a plan with errors
// is refused unless bad rows are skipped; the school years the file names are added; each row to add goes through
// `insert(repository, row, newYearId)` (newYearId: the id of the row's year when it was added here, else 0), whose
// error is reported at the row's sheet and line.
template <class Summary, class Plan, class Options, class Insert>
Result<Summary> run(const QSqlDatabase& db, const Plan& plan, const Options& options, Insert insert)
{
    using Action = ActivityImport::Row::Action;
    Summary summary;
    summary.errors = plan.errors;
    if (plan.errors > 0 && !options.skipBadRows)
        return Error { Error::Code::Validation,
            QCoreApplication::translate(
                "ActivityImport", "The file has %n error(s); nothing was imported.", nullptr, plan.errors) };
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QHash<int, qint64> yearIds;
    SchoolRepository years(db);
    for (const int startYear : plan.newYears) {
        auto year = years.ensureYear(startYear);
        if (!year)
            return year.error();
        yearIds.insert(startYear, year->id);
    }
    ActivityRepository repository(db);
    for (const auto& row : plan.rows) {
        if (row.action != Action::Add) {
            summary.skipped += row.action == Action::Skip ? 1 : 0;
            summary.unchanged += row.action == Action::Unchanged ? 1 : 0;
            continue;
        }
        if (Result<qint64> id = insert(repository, row, yearIds.value(row.startYear)); !id)
            return Error { id.error().code, id.error().message, row.sheet, row.sourceRow, 0 };
        ++summary.added;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

} // namespace thidua::ImportApply
