#include "ui/council/SetCouncilCommand.h"

#include "core/school/CouncilService.h"
#include "ui/common/Workspace.h"

namespace thidua {

SetCouncilCommand::SetCouncilCommand(
    Workspace& workspace, qint64 schoolYearId, CouncilMembers before, CouncilMembers after, const QString& text)
    : WorkspaceCommand(workspace, text)
    , m_yearId(schoolYearId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

Result<CouncilMembers> SetCouncilCommand::save(const CouncilMembers& members)
{
    auto saved = CouncilService(workspace().connection(), workspace().today()).setCouncil(m_yearId, members);
    if (saved)
        workspace().notifyCouncilChanged(m_yearId);
    return saved;
}

Status SetCouncilCommand::apply()
{
    auto saved = save(m_after);
    if (!saved)
        return saved.error();
    m_after = *saved; // with the ids of new members, so that a redo brings back the same rows
    return {};
}

Status SetCouncilCommand::revert()
{
    auto saved = save(m_before);
    if (!saved)
        return saved.error();
    return {};
}

} // namespace thidua
