#include "core/people/Collective.h"

#include <array>
#include <utility>

namespace thidua {

namespace {
struct KindInfo
{
    CollectiveKind kind;
    const char* key;
    const char* name; // printed name, always Vietnamese (documents are Vietnamese)
};
constexpr std::array<KindInfo, 11> Kinds { {
    { CollectiveKind::School, "school", "Trường" },
    { CollectiveKind::SubjectGroup, "subject_group", "Tổ chuyên môn" },
    { CollectiveKind::OfficeGroup, "office_group", "Tổ văn phòng" },
    { CollectiveKind::Office, "office", "Phòng" },
    { CollectiveKind::Faculty, "faculty", "Khoa" },
    { CollectiveKind::Centre, "centre", "Trung tâm" },
    { CollectiveKind::Grade, "grade", "Khối" },
    { CollectiveKind::Class, "class", "Lớp" },
    { CollectiveKind::YouthUnion, "youth_union", "Chi đoàn" },
    { CollectiveKind::TradeUnion, "trade_union", "Công đoàn" },
    { CollectiveKind::Other, "other", "Khác" },
} };
} // namespace

QString Collective::kindKey(CollectiveKind kind)
{
    for (const auto& info : Kinds) {
        if (info.kind == kind)
            return QString::fromLatin1(info.key);
    }
    return QStringLiteral("other");
}

CollectiveKind Collective::kindFromKey(const QString& key, bool* ok)
{
    for (const auto& info : Kinds) {
        if (key == QLatin1String(info.key)) {
            if (ok)
                *ok = true;
            return info.kind;
        }
    }
    if (ok)
        *ok = false;
    return CollectiveKind::Other;
}

QString Collective::kindName(CollectiveKind kind)
{
    for (const auto& info : Kinds) {
        if (info.kind == kind)
            return QString::fromUtf8(info.name);
    }
    return {};
}

QString Membership::roleKey(Role role)
{
    switch (role) {
    case Role::Head:
        return QStringLiteral("head");
    case Role::Deputy:
        return QStringLiteral("deputy");
    case Role::Member:
        break;
    }
    return QStringLiteral("member");
}

Membership::Role Membership::roleFromKey(const QString& key)
{
    if (key == QStringLiteral("head"))
        return Role::Head;
    if (key == QStringLiteral("deputy"))
        return Role::Deputy;
    return Role::Member;
}

bool Collective::isGroupOf(CollectiveKind kind, PersonKind person)
{
    if (person == PersonKind::Student)
        return kind == CollectiveKind::Class;
    return kind == CollectiveKind::SubjectGroup || kind == CollectiveKind::OfficeGroup;
}

} // namespace thidua
