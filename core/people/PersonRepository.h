#pragma once

#include "core/common/Result.h"
#include "core/people/Person.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace thidua {

// The SQL for people. Writes of several rows belong in the caller's Transaction.
class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)

public:
    explicit PersonRepository(QSqlDatabase db)
        : m_db(std::move(db))
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

private:
    QSqlDatabase m_db;
};

} // namespace thidua
