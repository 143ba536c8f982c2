#include "core/school/School.h"

#include <QRegularExpression>

namespace thidua {

QStringList SchoolProfile::keys()
{
    return { QStringLiteral("full_name"),
        QStringLiteral("governing_body"),
        QStringLiteral("abbreviation"),
        QStringLiteral("place_name"),
        QStringLiteral("address"),
        QStringLiteral("phone"),
        QStringLiteral("email"),
        QStringLiteral("website") };
}

QString SchoolProfile::field(const QString& key) const
{
    const QList<const QString*> fields {
        &fullName, &governingBody, &abbreviation, &placeName, &address, &phone, &email, &website
    };
    const qsizetype index = keys().indexOf(key);
    return index < 0 ? QString() : *fields[index];
}

bool SchoolProfile::setField(const QString& key, const QString& value)
{
    const QList<QString*> fields {
        &fullName, &governingBody, &abbreviation, &placeName, &address, &phone, &email, &website
    };
    const qsizetype index = keys().indexOf(key);
    if (index < 0)
        return false;
    *fields[index] = value;
    return true;
}

int SchoolYear::parseStartYear(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{4})\\s*[-–—/]\\s*(\\d{4})\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return 0;
    const int first = match.captured(1).toInt();
    return match.captured(2).toInt() == first + 1 ? first : 0;
}

SchoolYear SchoolYear::standard(int startYear)
{
    return SchoolYear { 0, startYear, QDate(startYear, 9, 5), QDate(startYear + 1, 5, 31) };
}

QString CouncilMember::roleKey(Role role)
{
    switch (role) {
    case Role::Chair:
        return QStringLiteral("chair");
    case Role::ViceChair:
        return QStringLiteral("vice_chair");
    case Role::Secretary:
        return QStringLiteral("secretary");
    case Role::Member:
        break;
    }
    return QStringLiteral("member");
}

CouncilMember::Role CouncilMember::roleFromKey(const QString& key, bool* ok)
{
    const QList<Role> roles { Role::Chair, Role::ViceChair, Role::Secretary, Role::Member };
    for (Role role : roles) {
        if (roleKey(role) == key) {
            if (ok)
                *ok = true;
            return role;
        }
    }
    if (ok)
        *ok = false;
    return Role::Member;
}

QString CouncilMember::roleName(Role role)
{
    switch (role) {
    case Role::Chair:
        return QStringLiteral("Chủ tịch Hội đồng");
    case Role::ViceChair:
        return QStringLiteral("Phó Chủ tịch Hội đồng");
    case Role::Secretary:
        return QStringLiteral("Thư ký Hội đồng");
    case Role::Member:
        break;
    }
    return QStringLiteral("Ủy viên");
}

} // namespace thidua
