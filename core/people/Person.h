#pragma once

#include "core/common/PartialDate.h"

#include <QDate>
#include <QList>
#include <QString>

namespace thidua {

enum class PersonKind
{
    Staff,
    Student
}; // cán bộ – giáo viên – nhân viên / học sinh
enum class Gender
{
    Unknown,
    Male,
    Female
};

// A member of staff or a student. Plain value; PersonRepository stores it.
struct Person
{
    qint64 id = 0;
    PersonKind kind = PersonKind::Staff;
    QString familyName; // họ
    QString middleName; // tên đệm
    QString givenName; // tên
    Gender gender = Gender::Unknown;
    PartialDate birthDate;
    QString code; // mã cán bộ / mã học sinh (mã định danh); empty when unknown
    QString position; // chức vụ
    QString phone;
    QString email;
    QString note;
    QDate activeFrom;
    QDate activeTo; // set when the person leaves (deactivated)

    QString fullName() const;
    // Sets the three name parts from a full name.
    void setFullName(const QString& fullName);
    bool isActiveOn(const QDate& day) const;

    static QString kindKey(PersonKind kind);
    static PersonKind kindFromKey(const QString& key, bool* ok = nullptr);
    static QString genderKey(Gender gender);
    static Gender genderFromKey(const QString& key);
    // What people write: "Nam", "Nữ", "nu", "male", "F"… Unknown for anything else.
    static Gender genderFromText(const QString& text);
    // "Nam" / "Nữ" / "" (printed lists are Vietnamese).
    static QString genderName(Gender gender);
};

using People = QList<Person>;

} // namespace thidua
