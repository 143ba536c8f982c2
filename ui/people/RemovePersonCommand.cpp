#include "ui/people/RemovePersonCommand.h"

#include "ui/common/Workspace.h"

#include <QCoreApplication>

namespace thidua {

RemovePersonCommand::RemovePersonCommand(Workspace& workspace, const Person& person)
    : WorkspaceCommand(
        workspace, QCoreApplication::translate("RemovePersonCommand", "delete %1").arg(person.fullName()))
    , m_personId(person.id)
{}

Status RemovePersonCommand::apply()
{
    auto removed = PeopleService(workspace().connection()).removePerson(m_personId);
    if (!removed)
        return removed.error();
    m_removed = *removed;
    workspace().notifyPeopleChanged({ m_personId });
    return {};
}

Status RemovePersonCommand::revert()
{
    if (auto restored = PeopleService(workspace().connection()).restore(m_removed); !restored)
        return restored;
    workspace().notifyPeopleChanged({ m_personId });
    return {};
}

} // namespace thidua
