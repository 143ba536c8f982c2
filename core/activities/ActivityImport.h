#pragma once

#include "core/activities/Activity.h"
#include "core/common/Result.h"
#include "core/people/RosterImport.h"
#include "core/spreadsheet/Workbook.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// Importing activities (hoạt động) from a list (.xlsx, .xls, .csv) with the columns Loại hoạt động, Năm học, Tên hoạt
// động, Từ ngày, Đến ngày, Đơn vị tổ chức, Người tham gia, Tập thể tham gia, Số người tham gia, Mô tả
// (ActivityColumns). The kind is a key or a Vietnamese name (Activity::kindFromText); the school year, when not
// given, is the one the start date falls in; people are matched by code, else by full name; collectives by name.
// Nobody and no collective is added: an unknown name is a problem. An activity already stored (same year, title and
// start date) is left unchanged. plan() writes nothing; apply() writes every row in one transaction, all or nothing
// unless skipBadRows, adding the school years the list names that are not stored yet.
class ActivityImport
{
    Q_DECLARE_TR_FUNCTIONS(ActivityImport)

public:
    using Problem = RosterImport::Problem;

    struct Options
    {
        bool skipBadRows = false; // false: any error stops apply() and nothing is written
    };

    struct Row
    {
        enum class Action
        {
            Add,
            Unchanged, // the same activity is stored already
            Skip, // has an error
        };
        QString sheet;
        int sourceRow = 0; // 1-based
        int startYear = 0; // the school year (2024 for 2024-2025)
        Activity activity; // as it will be stored; schoolYearId 0 until apply() when the year is new
        Action action = Action::Add;
    };

    struct Plan
    {
        QList<Row> rows;
        QList<Problem> problems;
        QList<int> newYears; // start years of the school years apply() adds
        int added = 0;
        int unchanged = 0;
        int skipped = 0;
        int errors = 0;
    };

    struct Summary
    {
        int added = 0;
        int unchanged = 0;
        int skipped = 0;
        int errors = 0;
        QString line() const; // "added N, unchanged N, skipped N, errors N" (not translated, scripts read it)
    };

    explicit ActivityImport(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Reads and checks every sheet that has a list of activities; writes nothing. An Error when no sheet has one.
    Result<Plan> plan(const Workbook& workbook) const;
    // Writes the plan's new rows in one transaction. With errors and without skipBadRows, writes nothing and returns
    // an Error.
    Result<Summary> apply(const Plan& plan, const Options& options);

private:
    QSqlDatabase m_db;
};

} // namespace thidua
