#pragma once

#include "core/common/Result.h"
#include "core/school/School.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// The SQL for the school profile, its leaders, its school years and the emulation council.
class SchoolRepository
{
    Q_DECLARE_TR_FUNCTIONS(SchoolRepository)

public:
    explicit SchoolRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<SchoolProfile> profile() const;
    // Saves the profile and replaces the leaders, in one transaction.
    Status saveProfile(SchoolProfile profile);

    Result<SchoolYears> years() const; // oldest first
    // The year starting in startYear, id 0 when there is none.
    Result<SchoolYear> yearByStart(int startYear) const;
    Result<qint64> addYear(SchoolYear& year);
    // The year with that start, created with the standard dates when missing.
    Result<SchoolYear> ensureYear(int startYear);

    Result<CouncilMembers> council(qint64 schoolYearId) const; // by sort order
    // Replaces the council of a year, in one transaction.
    Status setCouncil(qint64 schoolYearId, const CouncilMembers& members);

private:
    QSqlDatabase m_db;
};

} // namespace thidua
