#pragma once

#include "core/criteria/Targets.h"
#include "ui/common/WorkspaceCommand.h"

namespace thidua {

// Saves a year's targets and learning-model counts through TargetService (one transaction); undo puts the earlier
// ones back.
class SaveTargetsCommand : public WorkspaceCommand
{
public:
    struct State
    {
        Targets targets;
        LearningModelCounts counts;
    };

    SaveTargetsCommand(Workspace& workspace, State before, State after);

    Status apply() override;
    Status revert() override;

private:
    Status save(const State& state);

    State m_before;
    State m_after;
};

} // namespace thidua
