#pragma once

#include "core/people/PersonService.h"
#include "ui/common/WorkspaceCommand.h"

namespace thidua {

// Changes a person's record and their unit in one school year; undo puts the old record and unit back.
class EditPersonCommand : public WorkspaceCommand
{
public:
    EditPersonCommand(Workspace& workspace,
        const Person& before,
        const PersonService::Placement& placementBefore,
        const Person& after,
        const PersonService::Placement& placementAfter);

    Status apply() override;
    Status revert() override;

private:
    Status save(Person person, const PersonService::Placement& placement);

    Person m_before;
    PersonService::Placement m_placementBefore;
    Person m_after;
    PersonService::Placement m_placementAfter;
};

} // namespace thidua
