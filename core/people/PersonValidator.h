#pragma once

#include "core/common/Error.h"
#include "core/people/Person.h"

#include <QCoreApplication>
#include <QList>

namespace thidua {

class PersonRepository;

// Checks a person before saving: required name, plausible dates, unique code. Each problem names the field.
class PersonValidator
{
    Q_DECLARE_TR_FUNCTIONS(PersonValidator)

public:
    enum class Field
    {
        FullName,
        Code,
        BirthDate,
        ActiveFrom,
        ActiveTo,
        Email
    };
    struct Problem
    {
        Field field;
        QString message;
    };

    // Normalises the text fields in place (NFC, single spaces).
    static void clean(Person& person);
    // `today` bounds birth dates; the repository (may be null) checks that the code is not taken by someone else.
    static QList<Problem> validate(const Person& person, const QDate& today, const PersonRepository* repository);
};

} // namespace thidua
