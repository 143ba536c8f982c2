#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace thidua {

// Ban giám hiệu member as printed in signature blocks.
struct SchoolLeader
{
    enum class Role
    {
        Head,
        Deputy
    }; // Hiệu trưởng / Phó Hiệu trưởng
    qint64 id = 0;
    Role role = Role::Head;
    QString fullName;
    QString title; // "Hiệu trưởng", "Phó Hiệu trưởng"
    qint64 personId = 0;
};

// Hồ sơ trường.
struct SchoolProfile
{
    QString fullName; // "Trường THPT Nguyễn Khuyến"
    QString governingBody; // cơ quan chủ quản: "Sở GDĐT TP Hồ Chí Minh"
    QString abbreviation; // in document numbers: "NK" in "282/KH-NK"
    QString placeName; // địa danh: "Gò Vấp"
    QString address;
    QString phone;
    QString email;
    QString website;
    QList<SchoolLeader> leaders; // head first, then deputies

    // The field names used by the command line and settings ("full_name", "governing_body", …).
    static QStringList keys();
    QString field(const QString& key) const;
    bool setField(const QString& key, const QString& value);
};

// Năm học.
struct SchoolYear
{
    qint64 id = 0;
    int startYear = 0; // 2024 for "2024-2025"
    QDate startDate;
    QDate endDate;

    QString name() const { return QStringLiteral("%1-%2").arg(startYear).arg(startYear + 1); }
    // "2024-2025" (also "2024 - 2025", "2024–2025") → 2024; 0 when it is not a school year.
    static int parseStartYear(const QString& text);
    // The usual dates: 05/9 to 31/5 of the next year.
    static SchoolYear standard(int startYear);
    bool contains(const QDate& day) const { return startDate <= day && day <= endDate; }
};

using SchoolYears = QList<SchoolYear>;

// Thành viên Hội đồng Thi đua – Khen thưởng.
struct CouncilMember
{
    enum class Role
    {
        Chair,
        ViceChair,
        Secretary,
        Member
    }; // chủ tịch, phó chủ tịch, thư ký, ủy viên

    CouncilMember() = default;
    // The dates are left out by most callers (a new member), hence a constructor rather than an aggregate.
    CouncilMember(qint64 id,
        qint64 schoolYearId,
        qint64 personId,
        Role role,
        QString title,
        int sortOrder,
        QDate joinedOn = QDate(),
        QDate leftOn = QDate())
        : id(id)
        , schoolYearId(schoolYearId)
        , personId(personId)
        , role(role)
        , title(std::move(title))
        , sortOrder(sortOrder)
        , joinedOn(joinedOn)
        , leftOn(leftOn)
    {}

    qint64 id = 0;
    qint64 schoolYearId = 0;
    qint64 personId = 0;
    Role role = Role::Member;
    QString title; // post in the school: "Hiệu trưởng", "Tổ trưởng tổ Toán"
    int sortOrder = 0;
    QDate joinedOn; // the day the member was entered; invalid = since the year began
    QDate leftOn; // the day the member left the council; invalid = still sits

    // Sat in the council on that day (joined on or before it, not yet left).
    bool sitsOn(const QDate& day) const
    {
        return (!joinedOn.isValid() || joinedOn <= day) && (!leftOn.isValid() || leftOn > day);
    }

    static QString roleKey(Role role);
    static Role roleFromKey(const QString& key, bool* ok = nullptr);
    // Printed name of the council role ("Chủ tịch Hội đồng").
    static QString roleName(Role role);
};

using CouncilMembers = QList<CouncilMember>;

} // namespace thidua
