#include "ui/people/DeactivatePersonCommand.h"

#include "core/people/PeopleService.h"
#include "ui/common/Workspace.h"

#include <QCoreApplication>

namespace thidua {

DeactivatePersonCommand::DeactivatePersonCommand(Workspace& workspace, const Person& person, const QDate& leftOn)
    : WorkspaceCommand(workspace,
        leftOn.isValid()
            ? QCoreApplication::translate("DeactivatePersonCommand", "mark %1 as left").arg(person.fullName())
            : QCoreApplication::translate("DeactivatePersonCommand", "reinstate %1").arg(person.fullName()))
    , m_personId(person.id)
    , m_before(person.activeTo)
    , m_after(leftOn)
{}

Status DeactivatePersonCommand::setLeftOn(const QDate& day)
{
    if (auto done = PeopleService(workspace().connection()).setLeftOn(m_personId, day); !done)
        return done;
    workspace().notifyPeopleChanged({ m_personId });
    return {};
}

Status DeactivatePersonCommand::apply()
{
    return setLeftOn(m_after);
}

Status DeactivatePersonCommand::revert()
{
    return setLeftOn(m_before);
}

} // namespace thidua
