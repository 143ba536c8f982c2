#include "ui/people/EditPersonCommand.h"

#include "ui/common/Workspace.h"

#include <QCoreApplication>

namespace thidua {

EditPersonCommand::EditPersonCommand(Workspace& workspace,
    const Person& before,
    const PeopleService::Placement& placementBefore,
    const Person& after,
    const PeopleService::Placement& placementAfter)
    : WorkspaceCommand(workspace, QCoreApplication::translate("EditPersonCommand", "edit %1").arg(after.fullName()))
    , m_before(before)
    , m_placementBefore(placementBefore)
    , m_after(after)
    , m_placementAfter(placementAfter)
{}

Status EditPersonCommand::save(Person person, const PeopleService::Placement& placement)
{
    // The unit is only touched when it changes, so an edit made while another year is shown leaves that
    // year's unit alone.
    PeopleService::Placement where = placement;
    if (m_placementBefore == m_placementAfter)
        where.schoolYearId = 0;
    if (auto saved = PeopleService(workspace().connection()).update(person, where); !saved)
        return saved;
    workspace().notifyPeopleChanged({ person.id });
    return {};
}

Status EditPersonCommand::apply()
{
    return save(m_after, m_placementAfter);
}

Status EditPersonCommand::revert()
{
    return save(m_before, m_placementBefore);
}

} // namespace thidua
