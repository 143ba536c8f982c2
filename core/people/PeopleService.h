#pragma once

#include "core/common/Result.h"
#include "core/criteria/LearningCitizenResult.h"
#include "core/people/Collective.h"
#include "core/people/Person.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

class Transaction;

// The use cases of people: adding, changing, marking as left and removing a person together with their unit in one
// school year (the tổ of a member of staff, the lớp of a student), each as one transaction. The GUI's undo commands
// and the command line go through it; plain reads go through PeopleQuery.
class PeopleService
{
    Q_DECLARE_TR_FUNCTIONS(PeopleService)

public:
    explicit PeopleService(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // A person's unit in one school year. collectiveId 0: none.
    struct Placement
    {
        qint64 schoolYearId = 0;
        qint64 collectiveId = 0;
        Membership::Role role = Membership::Role::Member;
        bool operator==(const Placement&) const = default;
    };

    // Everything needed to put a removed person back: the person, their memberships and their Công dân học tập
    // results of every year.
    struct Snapshot
    {
        Person person;
        Memberships memberships;
        LearningCitizenResults learningCitizen;
    };

    // Whether a collective of this kind is a person's unit: a tổ, phòng, khoa or trung tâm for staff, a lớp for
    // students. (Công đoàn, chi đoàn and the school are memberships besides the unit.)
    static bool isUnitKind(CollectiveKind kind, PersonKind personKind);

    // The person's unit in that year; collectiveId 0 when they have none.
    Result<Placement> placement(qint64 personId, qint64 schoolYearId) const;
    // Inserts the person (sets person.id) and, when placement.collectiveId is set, their unit.
    Result<qint64> add(Person& person, const Placement& placement);
    // Saves the person; when placement.schoolYearId is set, also makes placement their only unit of that year.
    Status update(Person& person, const Placement& placement);
    // Removes the person and returns what restore() needs to put them back.
    Result<Snapshot> remove(qint64 personId);
    // Deletes a person added by mistake, with their unit: refused (Error::Code::Validation, the database untouched)
    // while anything else refers to them (a council seat, the school's leaders, restrictions, memberships of more than
    // one school year or with a role, Công dân học tập results), since they are then part of the school's history:
    // mark them as having left.
    Result<Snapshot> removePerson(qint64 personId);
    Status restore(Snapshot snapshot);
    // Marks the person as having left on `day` (kept for the history of earlier years); an invalid day: back again.
    Status setLeftOn(qint64 personId, const QDate& day);

private:
    Result<Snapshot> snapshot(const Person& person) const;
    Status place(qint64 personId, const Placement& placement);
    // The last step of remove() and removePerson(), in their transaction: the memberships kept for restore(), the
    // row deleted, the commit.
    Result<Snapshot> removeInside(Transaction& transaction, const Person& person);

    QSqlDatabase m_db;
};

} // namespace thidua
