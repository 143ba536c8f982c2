#pragma once

#include "core/school/School.h"
#include "ui/common/WorkspaceCommand.h"

namespace thidua {

// Replaces the emulation council of one school year (members, roles, titles, order) through CouncilService; undo
// puts the previous council back. Members keep their rows: undoing an addition ends the new member's row, undoing a
// removal makes the member sit again in the same row, and a redo reuses the rows the first change made.
class SetCouncilCommand : public WorkspaceCommand
{
public:
    SetCouncilCommand(
        Workspace& workspace, qint64 schoolYearId, CouncilMembers before, CouncilMembers after, const QString& text);

    Status apply() override;
    Status revert() override;

private:
    Result<CouncilMembers> save(const CouncilMembers& members);

    qint64 m_yearId;
    CouncilMembers m_before;
    CouncilMembers m_after;
};

} // namespace thidua
