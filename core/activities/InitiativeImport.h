#pragma once

#include "core/activities/ActivityImport.h"
#include "core/activities/Initiative.h"

namespace thidua {

// Importing initiatives (sáng kiến, giải pháp) from a list (.xlsx, .xls, .csv) with the columns Tên sáng kiến, Tác
// giả (codes or full names separated by “;”, “,” or lines), Năm học, Cấp (cơ sở, huyện, tỉnh, toàn quốc), Số quyết
// định, Ngày quyết định, Cơ quan ban hành. Authors are matched by code, else by full name; nobody is added. The school
// year is the row's, else `defaultStartYear`. An initiative already stored (same year and title) is left unchanged.
// plan() writes nothing; apply() writes every row in one transaction, all or nothing unless skipBadRows, adding the
// school years named that are not stored yet.
class InitiativeImport
{
    Q_DECLARE_TR_FUNCTIONS(InitiativeImport)

public:
    using Problem = ActivityImport::Problem;
    using Options = ActivityImport::Options;
    using Summary = ActivityImport::Summary;

    struct Row
    {
        QString sheet;
        int sourceRow = 0; // 1-based
        int startYear = 0;
        Initiative initiative; // schoolYearId 0 until apply() when the year is new
        ActivityImport::Row::Action action = ActivityImport::Row::Action::Add;
    };

    struct Plan
    {
        QList<Row> rows;
        QList<Problem> problems;
        QList<int> newYears;
        int added = 0;
        int unchanged = 0;
        int skipped = 0;
        int errors = 0;
    };

    explicit InitiativeImport(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<Plan> plan(const Workbook& workbook, int defaultStartYear) const;
    Result<Summary> apply(const Plan& plan, const Options& options);

private:
    QSqlDatabase m_db;
};

} // namespace thidua
