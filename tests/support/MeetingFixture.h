#pragma once

// What the nomination and meeting tests share (issue 16): a school year 2024-2025 with a council of eleven (chair,
// secretary, nine members: the first member heads Tổ Toán), twelve more teachers recognised Công dân học tập (but
// the last two), the school as a collective above Tổ Toán and Tổ Văn, written straight into the tables; the program
// itself writes them through its services.
#include "core/db/Database.h"
#include "core/db/Sql.h"
#include "core/school/CouncilService.h"
#include "core/school/SchoolService.h"

#include <QStringList>

#include <memory>

namespace thidua::test {

struct MeetingSchool
{
    std::unique_ptr<Database> db;
    qint64 yearId = 0;
    QList<qint64> councilPeople; // 11: chair, secretary, members
    QList<qint64> councilMemberIds; // council_member ids, same order
    QList<qint64> teachers; // 12 nominees-to-be; the last two are not Công dân học tập
    qint64 school = 0; // collective 'school'
    qint64 toan = 0; // Tổ Toán (under the school), headed by councilPeople[2]
    qint64 van = 0; // Tổ Văn (under the school)
};

inline qint64 meetingRow(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {})
{
    auto q = Sql::exec(db, statement, values);
    return q ? q->lastInsertId().toLongLong() : 0;
}

inline qint64 meetingPerson(const QSqlDatabase& db,
    const QString& family,
    const QString& middle,
    const QString& given,
    const QString& code,
    const QString& position = QStringLiteral("Giáo viên"))
{
    return meetingRow(db,
        QStringLiteral("INSERT INTO person (kind, family_name, middle_name, given_name, code, position) "
                       "VALUES ('staff', ?, ?, ?, ?, ?)"),
        { family, middle, given, code, position });
}

// The school in `path` (created); yearId 0 on a failure.
inline MeetingSchool makeMeetingSchool(const QString& path)
{
    MeetingSchool s;
    auto db = Database::open(path);
    if (!db)
        return s;
    s.db = std::move(db).value();
    const QSqlDatabase c = s.db->connection();
    auto year = SchoolService(c).ensureYear(2024);
    if (!year)
        return s;
    const QStringList council = { QStringLiteral("Nguyễn Văn An"),
        QStringLiteral("Trần Thị Bình"),
        QStringLiteral("Lê Văn Cường"),
        QStringLiteral("Phạm Thị Dung"),
        QStringLiteral("Hoàng Văn Em"),
        QStringLiteral("Vũ Thị Giang"),
        QStringLiteral("Đặng Văn Hải"),
        QStringLiteral("Bùi Thị Hoà"),
        QStringLiteral("Đỗ Văn Khánh"),
        QStringLiteral("Hồ Thị Lan"),
        QStringLiteral("Ngô Văn Minh") };
    CouncilMembers members;
    for (int i = 0; i < council.size(); ++i) {
        const QStringList parts = council[i].split(u' ');
        const qint64 id = meetingPerson(c,
            parts[0],
            parts[1],
            parts[2],
            QStringLiteral("HD%1").arg(i + 1, 2, 10, QLatin1Char('0')),
            i == 0 ? QStringLiteral("Hiệu trưởng") : QStringLiteral("Giáo viên"));
        s.councilPeople << id;
        const auto role = i == 0 ? CouncilMember::Role::Chair
            : i == 1             ? CouncilMember::Role::Secretary
                                 : CouncilMember::Role::Member;
        members << CouncilMember(0, year->id, id, role, i == 0 ? QStringLiteral("Hiệu trưởng") : QString(), i);
    }
    const QStringList teachers = { QStringLiteral("Phan Thị Ánh"),
        QStringLiteral("Lý Văn Bảo"),
        QStringLiteral("Mai Thị Chi"),
        QStringLiteral("Tô Văn Duy"),
        QStringLiteral("Kiều Thị Hằng"),
        QStringLiteral("Lâm Văn Khoa"),
        QStringLiteral("Trịnh Thị Loan"),
        QStringLiteral("Đinh Văn Nam"),
        QStringLiteral("Cao Thị Oanh"),
        QStringLiteral("Lưu Văn Phúc"),
        QStringLiteral("Tạ Thị Quyên"),
        QStringLiteral("Văn Đức Sơn") };
    for (int i = 0; i < teachers.size(); ++i) {
        const QStringList parts = teachers[i].split(u' ');
        s.teachers << meetingPerson(
            c, parts[0], parts[1], parts[2], QStringLiteral("GV%1").arg(i + 1, 2, 10, QLatin1Char('0')));
    }
    auto saved = CouncilService(c, QDate(2024, 9, 5)).setCouncil(year->id, members);
    if (!saved)
        return s;
    for (const CouncilMember& m : std::as_const(*saved))
        s.councilMemberIds << m.id;
    s.school =
        meetingRow(c, QStringLiteral("INSERT INTO collective (kind, name) VALUES ('school', 'Trường THPT Demo')"));
    s.toan = meetingRow(c,
        QStringLiteral("INSERT INTO collective (kind, name, parent_id) VALUES ('subject_group', 'Tổ Toán', ?)"),
        { s.school });
    s.van = meetingRow(c,
        QStringLiteral("INSERT INTO collective (kind, name, parent_id) VALUES ('subject_group', 'Tổ Văn', ?)"),
        { s.school });
    meetingRow(c,
        QStringLiteral(
            "INSERT INTO membership (person_id, collective_id, school_year_id, role) VALUES (?, ?, ?, 'head')"),
        { s.councilPeople[2], s.toan, year->id });
    for (int i = 0; i < s.teachers.size(); ++i) {
        meetingRow(c,
            QStringLiteral("INSERT INTO membership (person_id, collective_id, school_year_id) VALUES (?, ?, ?)"),
            { s.teachers[i], i % 2 == 0 ? s.toan : s.van, year->id });
        if (i < s.teachers.size() - 2)
            meetingRow(c,
                QStringLiteral("INSERT INTO cdht_result (person_id, school_year_id, status) VALUES (?, ?, 'dat')"),
                { s.teachers[i], year->id });
    }
    for (qint64 id : std::as_const(s.councilPeople))
        meetingRow(c,
            QStringLiteral("INSERT INTO cdht_result (person_id, school_year_id, status) VALUES (?, ?, 'dat')"),
            { id, year->id });
    s.yearId = year->id;
    return s;
}

} // namespace thidua::test
