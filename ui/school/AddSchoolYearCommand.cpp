#include "ui/school/AddSchoolYearCommand.h"

#include "core/school/SchoolService.h"
#include "ui/common/Workspace.h"

#include <QCoreApplication>

namespace thidua {

AddSchoolYearCommand::AddSchoolYearCommand(Workspace& workspace, const SchoolYear& year)
    : WorkspaceCommand(
        workspace, QCoreApplication::translate("AddSchoolYearCommand", "add the school year %1").arg(year.name()))
    , m_year(year)
{}

Status AddSchoolYearCommand::apply()
{
    m_previousYearId = workspace().currentYear().id;
    auto added = SchoolService(workspace().connection()).addYear(m_year);
    if (!added)
        return added.error();
    m_year = *added;
    showYears(m_year.id);
    return {}; // the year is in: a list that could not be read again does not undo that
}

Status AddSchoolYearCommand::revert()
{
    if (auto removed = SchoolService(workspace().connection()).removeYear(m_year.id); !removed)
        return removed;
    showYears(m_previousYearId);
    return {};
}

void AddSchoolYearCommand::showYears(qint64 yearId)
{
    if (auto reloaded = workspace().reloadYears(); !reloaded)
        workspace().reportError(
            QCoreApplication::translate("AddSchoolYearCommand", "The school years could not be read."),
            reloaded.error());
    workspace().setCurrentYear(yearId);
}

} // namespace thidua
