#pragma once

#include "core/common/Result.h"
#include "core/school/School.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace thidua {

// The use cases of the emulation council (Hội đồng Thi đua – Khen thưởng) of a school year, each one transaction.
// Members keep their rows: an edit updates them in place, a member who leaves gets an end date (so past meetings
// keep who sat), and someone added later gets a new row. `today` is the day changes take effect.
class CouncilService
{
    Q_DECLARE_TR_FUNCTIONS(CouncilService)

public:
    CouncilService(QSqlDatabase db, QDate today)
        : m_db(std::move(db))
        , m_today(today)
    {}

    // The members sitting today, by sort order.
    Result<CouncilMembers> council(qint64 schoolYearId) const;
    // Makes `members` (in this order) the year's council; returns them as saved, with their ids (keep them: an
    // undo or redo that passes them back restores the same rows).
    Result<CouncilMembers> setCouncil(qint64 schoolYearId, const CouncilMembers& members);
    // The council to propose for a year: the members of the nearest earlier year that had one (as new members of
    // this year, ids 0). NotFound when no earlier year has a council.
    Result<CouncilMembers> previousCouncil(const SchoolYear& year) const;

private:
    QSqlDatabase m_db;
    QDate m_today;
};

} // namespace thidua
