#pragma once

#include "core/people/PeopleService.h"
#include "ui/common/WorkspaceCommand.h"

namespace thidua {

// Deletes a person added by mistake (PeopleService::removePerson: refused while anything else refers to them).
// Undo puts them back under the same id with their unit; redo deletes them again.
class RemovePersonCommand : public WorkspaceCommand
{
public:
    RemovePersonCommand(Workspace& workspace, const Person& person);

    Status apply() override;
    Status revert() override;

private:
    qint64 m_personId;
    PeopleService::Snapshot m_removed;
};

} // namespace thidua
