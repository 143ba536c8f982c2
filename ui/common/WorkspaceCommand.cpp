#include "ui/common/WorkspaceCommand.h"

#include "ui/common/Workspace.h"

#include <QCoreApplication>

namespace thidua {

WorkspaceCommand::WorkspaceCommand(Workspace& workspace, const QString& text)
    : QUndoCommand(text)
    , m_workspace(workspace)
{}

void WorkspaceCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (auto done = apply(); !done) {
        m_workspace.reportError(
            QCoreApplication::translate("WorkspaceCommand", "Could not redo “%1”.").arg(text()), done.error());
        setObsolete(true);
    }
}

void WorkspaceCommand::undo()
{
    if (auto done = revert(); !done) {
        m_workspace.reportError(
            QCoreApplication::translate("WorkspaceCommand", "Could not undo “%1”.").arg(text()), done.error());
        setObsolete(true);
    }
}

} // namespace thidua
