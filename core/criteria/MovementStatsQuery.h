#pragma once

#include "core/common/Result.h"
#include "core/criteria/MovementRoster.h"
#include "core/criteria/Targets.h"
#include "core/school/School.h"

#include <QSqlDatabase>

namespace thidua {

// The reads behind the movement's figures (MovementStats): the year's people with their Công dân học tập result,
// its tổ and classes with their members, the targets and the learning models of each tổ, counted from the models
// recorded (learning_model). A full load is a few queries; after a result is entered, refreshing the people
// concerned is one, and after a model is added or removed, refreshing the counts is one.
class MovementStatsQuery
{
public:
    explicit MovementStatsQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    struct Data
    {
        SchoolYear year;
        Targets targets;
        LearningModelCounts counts;
        MovementRoster roster;
    };

    // Everything for one school year (NotFound when there is no such year).
    Result<Data> load(qint64 schoolYearId) const;
    // How many learning models each collective has in the year (the learning_model rows; a collective without one
    // is left out), by collective id.
    Result<LearningModelCounts> modelCounts(qint64 schoolYearId) const;
    // The roster of the year for a reference date.
    Result<MovementRoster> roster(qint64 schoolYearId, const QDate& referenceDate) const;
    // The current facts of some people in the year (their result of the year included); people without a
    // membership in the year are left out.
    Result<QList<MovementRoster::Member>> members(qint64 schoolYearId, const QList<qint64>& personIds) const;

private:
    QSqlDatabase m_db;
};

} // namespace thidua
