#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// Fills an empty database with a plausible Vietnamese upper-secondary school: staff in their tổ, the school profile
// and leaders, the emulation council of each year, and the students of every year as a real school has them. Each
// year holds the three intakes (khóa) then at the school, in grades 10, 11 and 12; an intake keeps its classes as it
// moves up (10A2, 11A2, 12A2) and leaves when it finishes grade 12 (activeTo: the end of that school year), a new one
// enters each year (activeFrom: its first day). Every student at the school in a year is in one class of that year;
// each class has one lớp trưởng (membership Head, position "Lớp trưởng") and one lớp phó (Deputy, "Lớp phó"), the
// same students every year; dates of birth fit the grades (AgePlausibility warns about none). The last two years
// have Công dân học tập results: most people đạt, a few không đạt, some classes and one tổ short of the targets.
// The same seed gives the same school.
class DemoSchool
{
    Q_DECLARE_TR_FUNCTIONS(DemoSchool)

public:
    struct Size
    {
        int staff = 64;
        int students = 640; // at the school in the last year (earlier intakes that have left come in addition)
        int subjectGroups = 8; // tổ chuyên môn (a tổ văn phòng is added)
        int classes = 16; // in the last year, over grades 10–12 (640 students: 40 a class)
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
