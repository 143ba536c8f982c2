#include "ui/dashboard/SaveTargetsCommand.h"

#include "core/criteria/TargetService.h"
#include "ui/common/Workspace.h"

#include <QCoreApplication>

namespace thidua {

SaveTargetsCommand::SaveTargetsCommand(Workspace& workspace, Targets before, Targets after)
    : WorkspaceCommand(workspace, QCoreApplication::translate("SaveTargetsCommand", "change the targets"))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

Status SaveTargetsCommand::save(const Targets& targets)
{
    auto saved = TargetService(workspace().connection()).setTargets(targets);
    if (saved)
        workspace().notifyTargetsChanged(targets.schoolYearId);
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
