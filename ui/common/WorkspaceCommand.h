#pragma once

#include "core/common/Result.h"

#include <QUndoCommand>

namespace thidua {

class Workspace;

// An undoable edit that goes through the repositories. Subclasses write apply() and revert(); both return what
// failed instead of throwing. Workspace::execute() runs apply() once before the command enters the stack, so a
// failure is reported to the dialog that asked for it; later undo and redo failures go to
// Workspace::reportError() and drop the command from the stack (its change is then not known to be reversible).
class WorkspaceCommand : public QUndoCommand
{
public:
    WorkspaceCommand(Workspace& workspace, const QString& text);

    virtual Status apply() = 0;
    virtual Status revert() = 0;

    void redo() final;
    void undo() final;

protected:
    Workspace& workspace() const { return m_workspace; }

private:
    friend class Workspace;
    Workspace& m_workspace;
    bool m_applied = false; // apply() already ran in Workspace::execute()
};

} // namespace thidua
