#pragma once

#include "core/criteria/LearningCitizenResult.h"
#include "ui/common/WorkspaceCommand.h"

namespace thidua {

// Records Công dân học tập results (one typed in the grid, or a pasted column) through LearningCitizenService as one
// transaction; undo puts back what was stored before. Announces the people concerned (Workspace::peopleChanged),
// which the grid and the dashboard listen to.
class SetLearningCitizenCommand : public WorkspaceCommand
{
public:
    SetLearningCitizenCommand(Workspace& workspace, LearningCitizenResults after, const QString& text);

    Status apply() override;
    Status revert() override;

private:
    Result<LearningCitizenResults> write(const LearningCitizenResults& results);

    LearningCitizenResults m_before; // filled by the first apply()
    LearningCitizenResults m_after;
};

} // namespace thidua
