#pragma once

#include "core/documents/LegalBasis.h"
#include "ui/common/WorkspaceCommand.h"

namespace thidua {

// Adds a căn cứ (id 0) or changes one, through DocumentService; undo removes the added one or restores the
// previous text.
class SaveLegalBasisCommand : public WorkspaceCommand
{
public:
    SaveLegalBasisCommand(Workspace& workspace, const LegalBasis& before, const LegalBasis& after);

    Status apply() override;
    Status revert() override;
    const LegalBasis& saved() const { return m_after; }

private:
    LegalBasis m_before; // id 0 when the command adds
    LegalBasis m_after;
};

} // namespace thidua
