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
    qint64 id = 0;
    qint64 schoolYearId = 0;
    qint64 personId = 0;
    Role role = Role::Member;
    QString title; // post in the school: "Hiệu trưởng", "Tổ trưởng tổ Toán"
    int sortOrder = 0;

    static QString roleKey(Role role);
    static Role roleFromKey(const QString& key, bool* ok = nullptr);
    // Printed name of the council role ("Chủ tịch Hội đồng").
    static QString roleName(Role role);
};

using CouncilMembers = QList<CouncilMember>;

} // namespace thidua
