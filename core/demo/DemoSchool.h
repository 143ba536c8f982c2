#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// Fills an empty database with a plausible Vietnamese upper-secondary school: staff in their tổ, students in
// their classes for each school year, the school profile and leaders, and the emulation council of each year.
// The same seed gives the same school.
class DemoSchool
{
    Q_DECLARE_TR_FUNCTIONS(DemoSchool)

public:
    struct Size
    {
        int staff = 64;
        int students = 640;
        int subjectGroups = 8; // tổ chuyên môn (a tổ văn phòng is added)
        int classes = 20; // per school year, over grades 10–12
        int years = 2; // school years, the last one being lastStartYear
        int lastStartYear = 2025;
        quint32 seed = 2023;
    };

    // The reference size for benchmarks: a large upper-secondary school with eight years of history.
    static Size reference();

    // Refuses a database that already has people. One transaction: all or nothing.
    static Status build(const QSqlDatabase& db, const Size& size);
};

} // namespace thidua
