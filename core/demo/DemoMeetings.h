#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// The demo school's awards and council meetings (issue 16), so that a new user sees both kinds of meeting: earlier
// awards in the history; last school year's meeting finished (the council present but one member, who left a written
// opinion; nominations of staff and tổ for Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Giấy khen and the collective
// titles; one ballot round counted twice, the counts agreeing; finalised, then the decisions entered, which fill the
// award history); and this school year's meeting open, with its nominations. Everything goes through
// NominationService, MeetingService and AwardService, inside DemoSchool's transaction (no backup copy is written for
// the demo's finished meeting).
class DemoMeetings
{
    Q_DECLARE_TR_FUNCTIONS(DemoMeetings)

public:
    // `lastStartYear`: the demo's last school year (2025 for 2025-2026); the finished meeting is in the year before,
    // when the demo has it.
    static Status add(const QSqlDatabase& db, int lastStartYear);
};

} // namespace thidua
