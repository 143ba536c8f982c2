#pragma once

#include "core/common/Result.h"
#include "core/db/StatementCache.h"
#include "core/people/Collective.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// The SQL for collectives and memberships. One repository for the writes of an import prepares each statement once.
class CollectiveRepository
{
    Q_DECLARE_TR_FUNCTIONS(CollectiveRepository)

public:
    explicit CollectiveRepository(QSqlDatabase db)
        : m_db(db)
        , m_statements(std::move(db))
    {}

    // All collectives, or those that exist in a school year (lasting ones and that year's classes).
    Result<Collectives> list(qint64 schoolYearId = 0) const;
    Result<Collective> get(qint64 id) const;
    // The collective of this kind and name in that year (or lasting), id 0 when there is none.
    Result<Collective> find(CollectiveKind kind, const QString& name, qint64 schoolYearId) const;
    Result<qint64> insert(Collective& collective);
    Status update(const Collective& collective);

    Result<qint64> addMember(Membership& membership);
    Status removeMember(qint64 membershipId);
    // Memberships of one school year (all collectives), or of one collective in that year.
    Result<Memberships> memberships(qint64 schoolYearId, qint64 collectiveId = 0) const;
    // All memberships of one person, every year (to put them back after an undone removal).
    Result<Memberships> membershipsOfPerson(qint64 personId) const;

private:
    QSqlDatabase m_db;
    StatementCache m_statements; // the writes, parsed once for all the rows of an import
};

} // namespace thidua
