#pragma once

#include "core/people/PeopleService.h"
#include "ui/common/WorkspaceCommand.h"

namespace thidua {

// Adds a person with their unit in one school year. Undo removes them (with anything attached to them since,
// which redo puts back); redo inserts them again under the same id.
class AddPersonCommand : public WorkspaceCommand
{
public:
    AddPersonCommand(Workspace& workspace, const Person& person, const PeopleService::Placement& placement);

    Status apply() override;
    Status revert() override;
    // The id the person got (0 before the first apply()).
    qint64 personId() const { return m_person.id; }

private:
    Person m_person;
    PeopleService::Placement m_placement;
    PeopleService::Snapshot m_removed; // what undo took away
    bool m_undone = false;
};

} // namespace thidua
