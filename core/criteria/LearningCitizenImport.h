#pragma once

#include "core/common/Result.h"
#include "core/criteria/LearningCitizenResult.h"
#include "core/people/Person.h"
#include "core/people/RosterImport.h"
#include "core/spreadsheet/Workbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace thidua {

// Importing Công dân học tập results from a list (.xlsx, .xls, .csv: code, full name, date of birth, result, and
// optionally score, date and note), one sheet per class or tổ or all in one. Each row is matched to a stored person
// exactly as the people import matches (PersonMatcher: by code, else by full name + date of birth); people are
// never added. plan() writes nothing (the dry run and the problem list come from it); apply() writes every result in
// one transaction, all or nothing unless skipBadRows. Problems are RosterImport's "sheet:row:column: message".
class LearningCitizenImport
{
    Q_DECLARE_TR_FUNCTIONS(LearningCitizenImport)

public:
    using Problem = RosterImport::Problem;

    struct Options
    {
        qint64 schoolYearId = 0;
        bool skipBadRows = false; // false: any error stops apply() and nothing is written
        QDate today; // bounds the dates of assessment and of birth; invalid: the current date
    };

    // Where a sheet's result columns are (0-based; -1 when absent), found from their headers in the header row that
    // RosterColumns found: "Kết quả", "Công dân học tập", "CĐHT", "Xếp loại", "Đánh giá"…; "Điểm", "Tổng điểm";
    // "Ngày đánh giá", "Ngày công nhận".
    struct Columns
    {
        int status = -1;
        int score = -1;
        int date = -1;
    };
    static Columns detect(const Sheet& sheet, int headerRow, int headerRowCount);

    struct Row
    {
        enum class Action
        {
            Set, // the result changes
            Unchanged, // stored already as the file says
            Skip, // has an error
        };
        QString sheet;
        int sourceRow = 0; // 1-based
        Person person; // the stored person the row is (id 0 when none was found)
        LearningCitizenResult result; // as it will be stored
        Action action = Action::Set;
    };

    struct Plan
    {
        QList<Row> rows; // in sheet order, sheet after sheet
        QList<Problem> problems;
        int set = 0;
        int unchanged = 0;
        int skipped = 0;
        int errors = 0; // problems of Error severity
    };

    struct Summary
    {
        int set = 0;
        int unchanged = 0;
        int skipped = 0; // rows not written because of an error (with skipBadRows)
        int errors = 0;
        // "recorded N, unchanged N, skipped N, errors N" (the CLI's summary line; not translated, scripts read it)
        QString line() const;
    };

    explicit LearningCitizenImport(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Reads and checks every sheet that has a list of people; writes nothing. An Error when no sheet has one.
    Result<Plan> plan(const Workbook& workbook, const Options& options) const;
    // Writes the plan's results in one transaction. With errors and without skipBadRows, writes nothing and returns
    // an Error.
    Result<Summary> apply(const Plan& plan, const Options& options);

private:
    QSqlDatabase m_db;
};

} // namespace thidua
