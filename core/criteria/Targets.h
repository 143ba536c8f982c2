#pragma once

#include "core/school/School.h"

#include <QDate>
#include <QList>

namespace thidua {

// The movement's targets (chỉ tiêu) for one school year. The defaults are the seed plans': at least 95 % of staff
// and students recognised Công dân học tập (seed 003; seed 002 sets 97 %), 100 % of each tổ's members (seed 003
// §IV.1), at least one learning model (mô hình học tập) per tổ per year (seed 003). Rates are in tenths of a
// percent, so that 97,5 % can be set. Stored by TargetRepository (migration 0007 has the same defaults).
struct Targets
{
    static constexpr int DefaultRateTenths = 950;
    static constexpr int DefaultGroupRateTenths = 1000;
    static constexpr int DefaultModelsPerGroup = 1;
    static constexpr int MaxModelsPerGroup = 100;

    qint64 schoolYearId = 0;
    int rateTenths = DefaultRateTenths; // staff, students, both together, and each class
    int groupRateTenths = DefaultGroupRateTenths; // the members of each tổ
    int modelsPerGroup = DefaultModelsPerGroup; // learning models per tổ
    // Who counts in a denominator: the people at the school on that day (Person::isActiveOn) with a membership in
    // the year. Invalid: the year's last day.
    QDate referenceDate;

    // The reference date in force for that year.
    QDate referenceDateIn(const SchoolYear& year) const
    {
        return referenceDate.isValid() ? referenceDate : year.endDate;
    }
    friend bool operator==(const Targets&, const Targets&) = default;
};

// The number of learning models (mô hình học tập) a tổ built in a school year: the learning_model rows of that tổ and
// year (MovementStatsQuery::modelCounts), never typed. A tổ without a model counts 0.
struct LearningModelCount
{
    qint64 collectiveId = 0;
    int count = 0;
    friend bool operator==(const LearningModelCount&, const LearningModelCount&) = default;
};

using LearningModelCounts = QList<LearningModelCount>;

} // namespace thidua
