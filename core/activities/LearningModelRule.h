#pragma once

#include "core/activities/LearningModel.h"
#include "core/people/Collective.h"

#include <QHash>

namespace thidua {

// Seed 003: every tổ builds at least one learning model a year. Pure functions over loaded records, for the calendar,
// the dashboard and the annual report.
class LearningModelRule
{
public:
    // Whether the collective is a tổ that is expected to build a model: a tổ chuyên môn or tổ văn phòng, active.
    static bool isExpected(const Collective& collective);
    // The tổ of `collectives` with no model of `schoolYearId` in `models`, in the order of `collectives`. Collectives
    // of another year (a class of last year) and inactive ones are left out; models of other years do not count.
    static Collectives withoutModel(const Collectives& collectives, const LearningModels& models, qint64 schoolYearId);
    // How many models of `schoolYearId` each collective has (collective id → count; missing = 0).
    static QHash<qint64, int> countByCollective(const LearningModels& models, qint64 schoolYearId);
};

} // namespace thidua
