#pragma once

#include "core/people/PeopleService.h"
#include "ui/common/WorkspaceCommand.h"

namespace thidua {

// Changes a person's record and their unit in one school year; undo puts the old record and unit back.
class EditPersonCommand : public WorkspaceCommand
{
public:
    EditPersonCommand(Workspace& workspace,
        const Person& before,
        const PeopleService::Placement& placementBefore,
        const Person& after,
        const PeopleService::Placement& placementAfter);

    Status apply() override;
    Status revert() override;

private:
    Status save(Person person, const PeopleService::Placement& placement);

    Person m_before;
    PeopleService::Placement m_placementBefore;
    Person m_after;
    PeopleService::Placement m_placementAfter;
};

} // namespace thidua
