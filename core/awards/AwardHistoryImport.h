#pragma once

#include "core/awards/AwardService.h"
#include "core/common/Result.h"
#include "core/people/RosterImport.h"
#include "core/spreadsheet/Workbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace thidua {

// Importing the award history (lịch sử khen thưởng) from a list (.xlsx, .xls, .csv) with the columns Họ và tên / Mã or
// Tập thể, Năm học, Hình thức / Danh hiệu, Số quyết định, Ngày quyết định, Cơ quan ban hành (AwardHistoryColumns).
// A person is matched by code, else by full name (and date of birth when the row gives one); a collective by its
// name. Nobody is added: an unknown name is a problem. The form is matched to the catalogue by its name, key or
// initials ("LĐTT"); a form not in the catalogue is kept as written. plan() writes nothing (the dry run and the
// problem list, "sheet:row:column: message", come from it); apply() writes every row in one transaction, all or
// nothing unless skipBadRows, adding the school years the list names that are not stored yet.
class AwardHistoryImport
{
    Q_DECLARE_TR_FUNCTIONS(AwardHistoryImport)

public:
    using Problem = RosterImport::Problem;

    struct Options
    {
        bool skipBadRows = false; // false: any error stops apply() and nothing is written
        QDate today; // decisions after it are refused; invalid: the current date
    };

    struct Row
    {
        enum class Action
        {
            Add,
            Unchanged, // the same award is in the history already
            Skip, // has an error
        };
        QString sheet;
        int sourceRow = 0; // 1-based
        QString subjectName; // the person or collective matched (as stored), else as written
        int startYear = 0; // the school year named (2024 for "2024-2025"), 0 when none
        AwardRecord record; // as it will be stored; schoolYearId 0 until apply() when the year is new
        Action action = Action::Add;
    };

    struct Plan
    {
        QList<Row> rows; // in sheet order, sheet after sheet
        QList<Problem> problems;
        QList<int> newYears; // start years of the school years apply() adds
        int added = 0;
        int unchanged = 0;
        int skipped = 0;
        int errors = 0; // problems of Error severity
    };

    struct Summary
    {
        int added = 0;
        int unchanged = 0;
        int skipped = 0; // rows not written because of an error (with skipBadRows)
        int errors = 0;
        // "added N, unchanged N, skipped N, errors N" (the CLI's summary line; not translated, scripts read it)
        QString line() const;
    };

    explicit AwardHistoryImport(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Reads and checks every sheet that has a list of awards; writes nothing. An Error when no sheet has one.
    Result<Plan> plan(const Workbook& workbook, const Options& options) const;
    // Writes the plan's new rows in one transaction. With errors and without skipBadRows, writes nothing and returns
    // an Error.
    Result<Summary> apply(const Plan& plan, const Options& options);

private:
    QSqlDatabase m_db;
};

} // namespace thidua
