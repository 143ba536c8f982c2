#pragma once

#include "core/calendar/CalendarEntry.h"
#include "ui/common/WorkspaceCommand.h"

namespace thidua {

// Saves changed dates of the calendar through CalendarService::updateAll (one transaction); undo puts the earlier
// ones back.
class SaveCalendarCommand : public WorkspaceCommand
{
public:
    SaveCalendarCommand(Workspace& workspace, CalendarEntries before, CalendarEntries after);

    Status apply() override;
    Status revert() override;

private:
    Status save(const CalendarEntries& entries);

    CalendarEntries m_before;
    CalendarEntries m_after;
};

} // namespace thidua
