#pragma once

#include "core/common/Result.h"
#include "core/criteria/LearningCitizenResult.h"
#include "core/db/StatementCache.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// The SQL for Công dân học tập results (table cdht_result). Writes of several rows belong in the caller's
// Transaction; one repository for all of them prepares each write statement once.
class LearningCitizenRepository
{
    Q_DECLARE_TR_FUNCTIONS(LearningCitizenRepository)

public:
    explicit LearningCitizenRepository(QSqlDatabase db)
        : m_db(db)
        , m_statements(std::move(db))
    {}

    // The stored result of a person in a year; a NotAssessed result with id 0 when there is none.
    Result<LearningCitizenResult> get(qint64 personId, qint64 schoolYearId) const;
    // Every result of a school year, by person id.
    Result<LearningCitizenResults> forYear(qint64 schoolYearId) const;
    // Every result of a person, every year (to put them back after an undone removal).
    Result<LearningCitizenResults> forPerson(qint64 personId) const;
    // Inserts or replaces the person's result of that year; sets result.id.
    Status save(LearningCitizenResult& result);
    // Deletes the person's result of that year (none: nothing happens).
    Status remove(qint64 personId, qint64 schoolYearId);

private:
    QSqlDatabase m_db;
    StatementCache m_statements;
};

} // namespace thidua
