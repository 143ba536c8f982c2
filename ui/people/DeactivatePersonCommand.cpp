#include "ui/people/DeactivatePersonCommand.h"

#include "core/people/PersonRepository.h"
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
    PersonRepository people(workspace().connection());
    if (auto done = day.isValid() ? people.deactivate(m_personId, day) : people.reactivate(m_personId); !done)
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
