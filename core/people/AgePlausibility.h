#pragma once

#include "core/common/PartialDate.h"
#include "core/people/Person.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace thidua {

// Whether a date of birth makes a plausible age for the person's kind and class: a warning to look at the date, never
// a reason to refuse it (a repeater, a child who started early, an older learner all happen).
//
// Ages are counted by years, as Vietnamese schools count them (Thông tư 32/2020/TT-BGDĐT, Điều 33: "tuổi của học
// sinh được tính theo năm"): the first calendar year of the school year minus the year of birth, so a date known only
// by its year is checked like a full one. A pupil of grade g (1–12) is usually g + 5 (lớp 1: 6, lớp 6: 11, lớp 10: 15);
// the regulation lets pupils be up to three years older, and a few start a year or two early. Mầm non classes are
// named after the children's age: nhà trẻ (under 3), mẫu giáo bé / mầm (3), nhỡ / chồi (4), lớn / lá (5), or "lớp 5
// tuổi". Staff are of working age.
class AgePlausibility
{
    Q_DECLARE_TR_FUNCTIONS(AgePlausibility)

public:
    struct Range
    {
        int from = 0;
        int to = 0;
        bool contains(int age) const { return from <= age && age <= to; }
        bool operator==(const Range& other) const = default;
    };

    // The ages expected of a member of staff, of a student of the class (by its name: "10A3", "Lớp 6/2", "Mẫu giáo
    // lớn", "Lá 2"), or of a student whose class is unknown (an empty or unrecognised name).
    static Range expectedAges(PersonKind kind, const QString& className);
    // The age by years in the school year that starts in `schoolStartYear` (2025 for 2025-2026).
    static int ageIn(const PartialDate& birthDate, int schoolStartYear) { return schoolStartYear - birthDate.year(); }
    // The school year under way on `day`, by its first calendar year: from August on, the one starting then.
    static int startYearOn(const QDate& day) { return day.month() >= 8 ? day.year() : day.year() - 1; }
    // The khối of a class as its name says (1–12), 0 for mầm non or when it says none.
    static int gradeOf(const QString& className);
    // A warning in plain words when the age is outside the expected range; empty when it is plausible, or when
    // there is no date of birth or no school year to judge by.
    static QString warning(
        PersonKind kind, const PartialDate& birthDate, int schoolStartYear, const QString& className = QString());

private:
    // The usual age of a mầm non class by its name; -1 when the name is not one.
    static int preschoolAge(const QString& className);
};

} // namespace thidua
