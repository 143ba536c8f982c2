#include "ui/council/SetCouncilCommand.h"

#include "core/school/SchoolRepository.h"
#include "ui/common/Workspace.h"

namespace thidua {

SetCouncilCommand::SetCouncilCommand(
    Workspace& workspace, qint64 schoolYearId, CouncilMembers before, CouncilMembers after, const QString& text)
    : WorkspaceCommand(workspace, text)
    , m_yearId(schoolYearId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

Status SetCouncilCommand::save(const CouncilMembers& members)
{
    if (auto saved = SchoolRepository(workspace().connection()).setCouncil(m_yearId, members); !saved)
        return saved;
    workspace().notifyCouncilChanged(m_yearId);
    return {};
}

Status SetCouncilCommand::apply()
{
    return save(m_after);
}

Status SetCouncilCommand::revert()
{
    return save(m_before);
}

} // namespace thidua
