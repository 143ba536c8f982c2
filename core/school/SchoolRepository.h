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
    // Inserts the year (under year.id when it is not 0, e.g. a redo) and sets year.id.
    Result<qint64> addYear(SchoolYear& year);
    // Rows that refer to the year and would stop its removal: memberships, collectives, council members who sat
    // (a member added and removed again before the year began never sat), Công dân học tập results.
    Result<int> yearUses(qint64 schoolYearId) const;
    // Deletes the year (council rows that never sat go with it). Check yearUses() first.
    Status removeYear(qint64 schoolYearId);
    // The year with that start, created with the standard dates when missing.
    Result<SchoolYear> ensureYear(int startYear);

    // The council of a year by sort order: the members sitting on `day`, or, when `day` is invalid, those who
    // have not left.
    Result<CouncilMembers> council(qint64 schoolYearId, const QDate& day = QDate()) const;
    // Every row of the year's council, past members included (by sort order, then id).
    Result<CouncilMembers> councilHistory(qint64 schoolYearId) const;
    // Makes `members` (in this order) the council of the year from `day` on, keeping each member's row: a member
    // with the id of one of the year's rows is updated in place (and sits again if they had left), one with id 0
    // takes over the row of the same person if they sit, else gets a new row (joined_on = `joinedOn`, which may be
    // invalid: from the start), and a sitting member left out
    // gets left_on = `day`. Returns the members as saved, with their ids. Run it inside a transaction
    // (CouncilService does).
    Result<CouncilMembers> setCouncil(
        qint64 schoolYearId, const CouncilMembers& members, const QDate& day, const QDate& joinedOn = QDate());

private:
    QSqlDatabase m_db;
};

} // namespace thidua
