#include "core/people/Person.h"

#include "core/text/PersonName.h"
#include "core/text/VietnameseText.h"

namespace thidua {

QString Person::fullName() const
{
    return PersonName { familyName, middleName, givenName }.full();
}

void Person::setFullName(const QString& fullName)
{
    const PersonName name = PersonName::split(fullName);
    familyName = name.family;
    middleName = name.middle;
    givenName = name.given;
}

bool Person::isActiveOn(const QDate& day) const
{
    return (!activeFrom.isValid() || activeFrom <= day) && (!activeTo.isValid() || day <= activeTo);
}

QString Person::kindKey(PersonKind kind)
{
    return kind == PersonKind::Student ? QStringLiteral("student") : QStringLiteral("staff");
}

PersonKind Person::kindFromKey(const QString& key, bool* ok)
{
    const bool student = key == QStringLiteral("student");
    if (ok)
        *ok = student || key == QStringLiteral("staff");
    return student ? PersonKind::Student : PersonKind::Staff;
}

QString Person::genderKey(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return QStringLiteral("male");
    case Gender::Female:
        return QStringLiteral("female");
    case Gender::Unknown:
        break;
    }
    return {};
}

Gender Person::genderFromKey(const QString& key)
{
    if (key == QStringLiteral("male"))
        return Gender::Male;
    if (key == QStringLiteral("female"))
        return Gender::Female;
    return Gender::Unknown;
}

Gender Person::genderFromText(const QString& text)
{
    const QString folded = VietnameseText::fold(text).trimmed();
    if (folded == QStringLiteral("nam") || folded == QStringLiteral("male") || folded == QStringLiteral("m"))
        return Gender::Male;
    if (folded == QStringLiteral("nu") || folded == QStringLiteral("female") || folded == QStringLiteral("f"))
        return Gender::Female;
    return Gender::Unknown;
}

QString Person::genderName(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return QStringLiteral("Nam");
    case Gender::Female:
        return QStringLiteral("Nữ");
    case Gender::Unknown:
        break;
    }
    return {};
}

} // namespace thidua
