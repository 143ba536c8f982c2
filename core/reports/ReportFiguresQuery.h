#pragma once

#include "core/common/Result.h"
#include "core/reports/YearFigures.h"

#include <QSqlDatabase>

namespace thidua {

// Reads the figures of the annual report and the stage reviews from the records, through the queries and services
// that own them (MovementStatsQuery, ActivityService, NominationService, CriteriaQuery): nothing here is typed.
class ReportFiguresQuery
{
public:
    explicit ReportFiguresQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // One school year (NotFound when there is none). `on`: the day nominations are checked on.
    Result<YearFigures> year(qint64 schoolYearId, const QDate& on) const;
    // The school years starting from `fromStartYear` to `toStartYear` (both included) that the database has, oldest
    // first; NotFound when it has none of them.
    Result<YearFiguresList> years(int fromStartYear, int toStartYear, const QDate& on) const;

private:
    Status readNames(YearFigures& figures) const;

    QSqlDatabase m_db;
};

} // namespace thidua
