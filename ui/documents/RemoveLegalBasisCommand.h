#pragma once

#include "core/documents/LegalBasis.h"
#include "ui/common/WorkspaceCommand.h"

namespace thidua {

// Removes a căn cứ through DocumentService; undo adds it back under its id.
class RemoveLegalBasisCommand : public WorkspaceCommand
{
public:
    RemoveLegalBasisCommand(Workspace& workspace, const LegalBasis& basis);

    Status apply() override;
    Status revert() override;

private:
    LegalBasis m_basis;
};

} // namespace thidua
