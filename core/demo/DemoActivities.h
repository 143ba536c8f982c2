#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>

namespace thidua {

// The demo school's activities and initiatives (issue 17) for its last two school years, so that the annual report
// and the calendar show something real: last year's campaign, training, lifelong learning week (01–07/10), teachers'
// contest, a tổ's thematic session and the book day (21/04), with their participants as people, collectives or a
// count; this year's up to November. Three initiatives last year (recognised at school and at province level, one
// not yet), one this year. Through ActivityService, inside DemoSchool's transaction.
class DemoActivities
{
public:
    static Status add(const QSqlDatabase& db, int lastStartYear);
};

} // namespace thidua
