#pragma once

#include "core/common/Result.h"
#include "core/people/Person.h"
#include "core/people/RosterImport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace thidua {

class RosterRowReader;

// Finds the stored person a row of a list is, as the people import does: by code, else by full name + date of birth
// (a row and a stored person that both have a code must share it). Used by RosterImport and by the imports of
// results about people (LearningCitizenImport), so that every list matches people the same way.
class PersonMatcher
{
    Q_DECLARE_TR_FUNCTIONS(RosterImport) // its messages are the import's

public:
    using Problem = RosterImport::Problem;

    // The people stored. With `kind`, a list of that kind: names match among them only, and a code of a person of
    // the other kind is an error ("a student in a staff list"); without, any person.
    static Result<PersonMatcher> load(const QSqlDatabase& db, std::optional<PersonKind> kind);

    // The stored person the row read at 0-based sheet row `r` is; id 0 when none. Appends the problems of the match
    // (a code of the other kind; several stored people with that name and date of birth).
    Person match(const RosterRowReader& reader, int r, const Person& person, QList<Problem>& problems) const;
    // Stored people of the list's kind with the same name folded and the same year of birth (likely duplicates).
    QList<Person> alike(const Person& person) const;

    static QString codeKey(const QString& code);
    static QString nameDateKey(const Person& person);

private:
    std::optional<PersonKind> m_kind;
    QHash<QString, Person> m_byCode;
    QHash<QString, QList<Person>> m_byNameDate; // of the list's kind
    QHash<QString, QList<Person>> m_byFoldYear; // of the list's kind, with a date of birth
};

} // namespace thidua
