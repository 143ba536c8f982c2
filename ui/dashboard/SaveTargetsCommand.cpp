#include "ui/dashboard/SaveTargetsCommand.h"

#include "core/criteria/TargetService.h"
#include "ui/common/Workspace.h"

#include <QCoreApplication>

namespace thidua {

SaveTargetsCommand::SaveTargetsCommand(Workspace& workspace, State before, State after)
    : WorkspaceCommand(workspace, QCoreApplication::translate("SaveTargetsCommand", "change the targets"))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

Status SaveTargetsCommand::save(const State& state)
{
    auto saved = TargetService(workspace().connection()).save(state.targets, state.counts);
    if (saved)
        workspace().notifyTargetsChanged(state.targets.schoolYearId);
    return saved;
}

Status SaveTargetsCommand::apply()
{
    return save(m_after);
}

Status SaveTargetsCommand::revert()
{
    return save(m_before);
}

} // namespace thidua
