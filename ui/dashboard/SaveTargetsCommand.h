#pragma once

#include "core/criteria/Targets.h"
#include "ui/common/WorkspaceCommand.h"

namespace thidua {

// Saves a year's targets through TargetService (one transaction); undo puts the earlier ones back.
class SaveTargetsCommand : public WorkspaceCommand
{
public:
    SaveTargetsCommand(Workspace& workspace, Targets before, Targets after);

    Status apply() override;
    Status revert() override;

private:
    Status save(const Targets& targets);

    Targets m_before;
    Targets m_after;
};

} // namespace thidua
