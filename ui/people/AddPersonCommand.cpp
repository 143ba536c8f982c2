#include "ui/people/AddPersonCommand.h"

#include "ui/common/Workspace.h"

#include <QCoreApplication>

namespace thidua {

AddPersonCommand::AddPersonCommand(
    Workspace& workspace, const Person& person, const PeopleService::Placement& placement)
    : WorkspaceCommand(workspace, QCoreApplication::translate("AddPersonCommand", "add %1").arg(person.fullName()))
    , m_person(person)
    , m_placement(placement)
{}

Status AddPersonCommand::apply()
{
    PeopleService service(workspace().connection());
    if (m_undone) {
        if (auto restored = service.restore(m_removed); !restored)
            return restored;
    } else {
        m_person.id = 0;
        auto id = service.add(m_person, m_placement);
        if (!id)
            return id.error();
    }
    m_undone = false;
    workspace().notifyPeopleChanged({ m_person.id });
    return {};
}

Status AddPersonCommand::revert()
{
    auto removed = PeopleService(workspace().connection()).remove(m_person.id);
    if (!removed)
        return removed.error();
    m_removed = *removed;
    m_undone = true;
    workspace().notifyPeopleChanged({ m_person.id });
    return {};
}

} // namespace thidua
