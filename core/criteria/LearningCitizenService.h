#pragma once

#include "core/common/Result.h"
#include "core/criteria/LearningCitizenResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace thidua {

// The use cases of Công dân học tập results: recording one person's result of a school year, or many at once (the
// bulk grid, a paste), each as one transaction. The grid's undo commands and the command line go through it; plain
// reads go through LearningCitizenQuery, imports through LearningCitizenImport.
class LearningCitizenService
{
    Q_DECLARE_TR_FUNCTIONS(LearningCitizenService)

public:
    // `today` bounds the dates of assessment; invalid: the current date.
    explicit LearningCitizenService(QSqlDatabase db, QDate today = QDate())
        : m_db(std::move(db))
        , m_today(today.isValid() ? today : QDate::currentDate())
    {}

    // What is wrong with a result before it is stored (empty when nothing): a score outside 0–100, a date in the
    // future of `today`… Pure; the person and the year are checked by set().
    static QStringList problems(const LearningCitizenResult& result, const QDate& today);

    // Records the result (its personId and schoolYearId say whose and when); an empty NotAssessed result removes the
    // row. Returns what was stored before (a NotAssessed result with id 0 when nothing was), for undo.
    Result<LearningCitizenResult> set(const LearningCitizenResult& result);
    // The same for many results, all or nothing; returns what was stored before each, in the same order.
    Result<LearningCitizenResults> setMany(const LearningCitizenResults& results);

private:
    Status check(const LearningCitizenResult& result) const;

    QSqlDatabase m_db;
    QDate m_today;
};

} // namespace thidua
