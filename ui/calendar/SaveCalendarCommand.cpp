#include "ui/calendar/SaveCalendarCommand.h"

#include "core/calendar/CalendarService.h"
#include "ui/common/Workspace.h"

#include <QCoreApplication>

namespace thidua {

SaveCalendarCommand::SaveCalendarCommand(Workspace& workspace, CalendarEntries before, CalendarEntries after)
    : WorkspaceCommand(workspace, QCoreApplication::translate("SaveCalendarCommand", "change the calendar's dates"))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

Status SaveCalendarCommand::save(const CalendarEntries& entries)
{
    auto saved = CalendarService(workspace().connection()).updateAll(entries);
    if (saved)
        workspace().notifyCalendarChanged();
    return saved;
}

Status SaveCalendarCommand::apply()
{
    return save(m_after);
}

Status SaveCalendarCommand::revert()
{
    return save(m_before);
}

} // namespace thidua
