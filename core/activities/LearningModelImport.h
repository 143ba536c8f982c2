#pragma once

#include "core/activities/ActivityImport.h"
#include "core/activities/LearningModel.h"

namespace thidua {

// Importing learning models (mô hình học tập) from a list (.xlsx, .xls, .csv) with the columns Tổ (or Tập thể, Đơn
// vị), Năm học, Tên mô hình, Mô tả, Kết quả. The collective is matched by its name, with or without “Tổ” in front
// (“Tổ Toán” finds the tổ stored as “Toán”); the school year is the row's, else `defaultStartYear`. Nothing is
// added but the models: an unknown collective is a problem. A model already stored (same year, collective and name)
// is left unchanged. plan() writes nothing; apply() writes every row in one transaction, all or nothing unless
// skipBadRows, adding the school years named that are not stored yet.
class LearningModelImport
{
    Q_DECLARE_TR_FUNCTIONS(LearningModelImport)

public:
    using Problem = ActivityImport::Problem;
    using Options = ActivityImport::Options;
    using Summary = ActivityImport::Summary;

    struct Row
    {
        QString sheet;
        int sourceRow = 0; // 1-based
        int startYear = 0;
        LearningModel model; // schoolYearId 0 until apply() when the year is new
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

    explicit LearningModelImport(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // `defaultStartYear`: the school year of rows that name none (0: such a row is a problem).
    Result<Plan> plan(const Workbook& workbook, int defaultStartYear) const;
    Result<Summary> apply(const Plan& plan, const Options& options);

    // The name a collective is matched by: folded, without a leading “Tổ” / “Tổ chuyên môn”.
    static QString collectiveKey(const QString& name);

private:
    QSqlDatabase m_db;
};

} // namespace thidua
