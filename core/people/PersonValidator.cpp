#include "core/people/PersonValidator.h"

#include "core/people/PersonRepository.h"
#include "core/text/VietnameseText.h"

#include <QRegularExpression>

namespace thidua {

void PersonValidator::clean(Person& person)
{
    for (QString* field : { &person.familyName,
             &person.middleName,
             &person.givenName,
             &person.code,
             &person.position,
             &person.phone,
             &person.email }) {
        *field = VietnameseText::clean(*field);
    }
    person.note = VietnameseText::cleanLines(person.note);
}

QList<PersonValidator::Problem> PersonValidator::validate(
    const Person& person, const QDate& today, const PersonRepository* repository)
{
    QList<Problem> problems;
    if (person.givenName.isEmpty())
        problems.append({ Field::FullName, tr("The full name is empty.") });
    for (const QString& part : { person.familyName, person.middleName, person.givenName }) {
        static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{M}' .\\-]*$"));
        if (!allowed.match(part).hasMatch()) {
            problems.append({ Field::FullName, tr("The name “%1” contains digits or symbols.").arg(part) });
            break;
        }
    }
    if (person.birthDate.isValid()) {
        const int minimumAge = person.kind == PersonKind::Staff ? 16 : 2;
        if (person.birthDate.year() < today.year() - 100)
            problems.append(
                { Field::BirthDate, tr("The date of birth %1 is too long ago.").arg(person.birthDate.toDisplay()) });
        else if (person.birthDate.year() > today.year() - minimumAge)
            problems.append({ Field::BirthDate,
                tr("The date of birth %1 is too recent for a %2.")
                    .arg(person.birthDate.toDisplay(),
                        person.kind == PersonKind::Staff ? tr("member of staff") : tr("student")) });
    }
    if (person.activeFrom.isValid() && person.activeTo.isValid() && person.activeTo < person.activeFrom)
        problems.append({ Field::ActiveTo, tr("The end date is before the start date.") });
    if (!person.email.isEmpty() && !person.email.contains(QLatin1Char('@')))
        problems.append({ Field::Email, tr("“%1” is not an e-mail address.").arg(person.email) });
    if (!person.code.isEmpty() && repository) {
        auto other = repository->findByCode(person.code);
        if (other && other->id != 0 && other->id != person.id)
            problems.append(
                { Field::Code, tr("The code %1 already belongs to %2.").arg(person.code, other->fullName()) });
    }
    return problems;
}

} // namespace thidua
