#pragma once

#include "core/school/School.h"
#include "ui/common/WorkspaceCommand.h"

namespace thidua {

// Saves the school profile with its leaders; undo saves the previous one back.
class SaveSchoolProfileCommand : public WorkspaceCommand
{
public:
    SaveSchoolProfileCommand(Workspace& workspace, SchoolProfile before, SchoolProfile after);

    Status apply() override;
    Status revert() override;

private:
    Status save(const SchoolProfile& profile);

    SchoolProfile m_before;
    SchoolProfile m_after;
};

} // namespace thidua
