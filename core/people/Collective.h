#pragma once

#include "core/people/Person.h"

#include <QList>
#include <QString>

namespace thidua {

// Tập thể. Kinds and their Vietnamese names:
enum class CollectiveKind
{
    School, // trường
    SubjectGroup, // tổ chuyên môn
    OfficeGroup, // tổ văn phòng
    Office, // phòng
    Faculty, // khoa
    Centre, // trung tâm
    Grade, // khối
    Class, // lớp
    YouthUnion, // chi đoàn
    TradeUnion, // công đoàn
    Other,
};

struct Collective
{
    qint64 id = 0;
    CollectiveKind kind = CollectiveKind::SubjectGroup;
    QString name;
    qint64 parentId = 0; // 0: none
    qint64 schoolYearId = 0; // 0: lasts across years (a tổ); else exists in that year only (a lớp)
    int grade = 0; // khối of a class (10, 11, 12…), 0 when not a class
    bool active = true;

    static QString kindKey(CollectiveKind kind);
    static CollectiveKind kindFromKey(const QString& key, bool* ok = nullptr);
    // The Vietnamese name of the kind as printed ("Tổ chuyên môn", "Lớp").
    static QString kindName(CollectiveKind kind);
    // Whether a list of people of `person` kind puts them into collectives of this kind: classes for students, tổ
    // (subject or office) for staff.
    static bool isGroupOf(CollectiveKind kind, PersonKind person);
};

using Collectives = QList<Collective>;

// A person's place in a collective in one school year.
struct Membership
{
    enum class Role
    {
        Member,
        Head,
        Deputy
    }; // thành viên / tổ trưởng, lớp trưởng / tổ phó
    qint64 id = 0;
    qint64 personId = 0;
    qint64 collectiveId = 0;
    qint64 schoolYearId = 0;
    Role role = Role::Member;

    static QString roleKey(Role role);
    static Role roleFromKey(const QString& key);
};

using Memberships = QList<Membership>;

} // namespace thidua
