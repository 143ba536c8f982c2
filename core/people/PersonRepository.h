#pragma once

#include "core/common/Result.h"
#include "core/db/StatementCache.h"
#include "core/people/Person.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace thidua {

// The SQL for people. Writes of several rows belong in the caller's Transaction; one repository for all of them
// prepares each write statement once.
class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)

public:
    explicit PersonRepository(QSqlDatabase db)
        : m_db(db)
        , m_statements(std::move(db))
    {}

    struct Filter
    {
        std::optional<PersonKind> kind;
        bool activeOnly = false;
    };

    // In storage order; callers sort with VietnameseCollator.
    Result<People> list(const Filter& filter) const;
    Result<People> list() const { return list(Filter()); }
    Result<Person> get(qint64 id) const;
    // The person with this code, or id 0 when there is none.
    Result<Person> findByCode(const QString& code) const;
    Result<qint64> count(const Filter& filter) const;

    // Cleans the text fields (NFC, spaces) and checks them; sets person.id.
    Result<qint64> insert(Person& person);
    Status update(Person& person);
    // Marks the person as having left on `day` (kept for history; never deleted while referenced).
    Status deactivate(qint64 id, const QDate& day);
    Status reactivate(qint64 id);
    Status remove(qint64 id);

    // What refers to a person besides their own record (rows other areas keep about them).
    struct References
    {
        int councilSeats = 0; // council_member rows, past ones included
        int leaderEntries = 0; // school_leader rows naming them
        int restrictions = 0; // person_restriction rows
        int memberships = 0; // membership rows, every year
        int membershipYears = 0; // distinct school years of those
        int rolesHeld = 0; // memberships as head or deputy (tổ trưởng, lớp trưởng…)
        int learningCitizenResults = 0; // cdht_result rows, every year
    };
    Result<References> references(qint64 id) const;

    // Puts a removed person back under the same id (undo of an addition), so later edits that refer to the id
    // still apply. Fails when the id is taken.
    Status insertWithId(Person& person);

private:
    QSqlDatabase m_db;
    StatementCache m_statements; // the writes, parsed once for all the rows of an import
};

} // namespace thidua
