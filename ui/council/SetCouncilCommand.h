#pragma once

#include "core/school/School.h"
#include "ui/common/WorkspaceCommand.h"

namespace thidua {

// Replaces the emulation council of one school year (members, roles, titles, order); undo puts the previous
// council back.
class SetCouncilCommand : public WorkspaceCommand
{
public:
    SetCouncilCommand(
        Workspace& workspace, qint64 schoolYearId, CouncilMembers before, CouncilMembers after, const QString& text);

    Status apply() override;
    Status revert() override;

private:
    Status save(const CouncilMembers& members);

    qint64 m_yearId;
    CouncilMembers m_before;
    CouncilMembers m_after;
};

} // namespace thidua
