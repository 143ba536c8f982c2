#include "core/people/AgePlausibility.h"

#include "core/people/RosterImport.h"
#include "core/text/VietnameseText.h"

#include <QRegularExpression>

namespace thidua {

namespace {

constexpr int NurseryAge = 1; // nhà trẻ: from a few months to three years
constexpr AgePlausibility::Range NurseryAges { 0, 3 };
constexpr AgePlausibility::Range StaffAges { 18, 65 }; // working age
constexpr AgePlausibility::Range AnyStudentAges { 0, 25 }; // when the class says nothing
constexpr int EarlyYears = 2; // học trước tuổi, học vượt lớp
constexpr int LateYears = 3; // "không quá 3 tuổi" above the usual age (repeaters, late starters)

} // namespace

int AgePlausibility::preschoolAge(const QString& className)
{
    const QString lower = VietnameseText::lowerCanonical(VietnameseText::clean(className));
    const QString folded = VietnameseText::fold(lower);
    if (folded.contains(QStringLiteral("nha tre")) || folded.contains(QStringLiteral("thang")))
        return NurseryAge;
    static const QRegularExpression years(QStringLiteral("(\\d)\\s*(?:[-–]\\s*\\d\\s*)?tuoi"));
    if (const auto m = years.match(folded); m.hasMatch()) {
        const int age = m.captured(1).toInt();
        return age < 3 ? NurseryAge : age;
    }
    static const QRegularExpression named(
        QStringLiteral("^(?:lop\\s+)?(?:mau giao\\s+)?(mam|be|nho|choi|la|lon)(?:[\\s\\d/.\\-]|$)"));
    const auto m = named.match(folded);
    if (!m.hasMatch())
        return -1;
    const QString word = m.captured(1);
    if (word == QLatin1String("mam") || word == QLatin1String("be"))
        return 3;
    if (word == QLatin1String("nho")) // nhỡ (middle, 4) or nhỏ (small, 3)
        return lower.contains(QStringLiteral("nhỡ")) ? 4 : 3;
    if (word == QLatin1String("choi"))
        return 4;
    return 5; // lá, lớn
}

int AgePlausibility::gradeOf(const QString& className)
{
    if (className.trimmed().isEmpty() || preschoolAge(className) >= 0)
        return 0;
    return RosterImport::gradeOfClass(className);
}

AgePlausibility::Range AgePlausibility::expectedAges(PersonKind kind, const QString& className)
{
    if (kind == PersonKind::Staff)
        return StaffAges;
    if (const int age = preschoolAge(className); age == NurseryAge)
        return NurseryAges;
    else if (age >= 0)
        return { age - 1, age + 1 };
    if (const int grade = gradeOf(className); grade > 0)
        return { grade + 5 - EarlyYears, grade + 5 + LateYears };
    return AnyStudentAges;
}

QString AgePlausibility::warning(
    PersonKind kind, const PartialDate& birthDate, int schoolStartYear, const QString& className)
{
    if (!birthDate.isValid() || schoolStartYear <= 0)
        return {};
    const QString yearName = QStringLiteral("%1-%2").arg(schoolStartYear).arg(schoolStartYear + 1);
    const int age = ageIn(birthDate, schoolStartYear);
    if (age < 0) {
        return tr("Born in %1, after the school year %2 began: check the date of birth.")
            .arg(birthDate.year())
            .arg(yearName);
    }
    const Range expected = expectedAges(kind, className);
    if (expected.contains(age))
        return {};
    if (kind == PersonKind::Staff) {
        return tr("Aged %1 in the school year %2, outside working age (%3 to %4): check the date of birth.")
            .arg(age)
            .arg(yearName)
            .arg(expected.from)
            .arg(expected.to);
    }
    const QString name = VietnameseText::clean(className);
    if (expected == AnyStudentAges) {
        return tr("Aged %1 in the school year %2, unusual for a student (%3 to %4): check the date of birth.")
            .arg(age)
            .arg(yearName)
            .arg(expected.from)
            .arg(expected.to);
    }
    return tr("Aged %1 in the school year %2, unusual for class %3 (usually %4 to %5): check the date of birth.")
        .arg(age)
        .arg(yearName, name)
        .arg(expected.from)
        .arg(expected.to);
}

} // namespace thidua
