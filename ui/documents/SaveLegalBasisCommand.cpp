#include "ui/documents/SaveLegalBasisCommand.h"

#include "core/documents/DocumentService.h"
#include "ui/common/Workspace.h"

#include <QCoreApplication>

namespace thidua {

SaveLegalBasisCommand::SaveLegalBasisCommand(Workspace& workspace, const LegalBasis& before, const LegalBasis& after)
    : WorkspaceCommand(workspace,
        before.id == 0
            ? QCoreApplication::translate("SaveLegalBasisCommand", "add the legal basis %1").arg(after.citation())
            : QCoreApplication::translate("SaveLegalBasisCommand", "edit the legal basis %1").arg(after.citation()))
    , m_before(before)
    , m_after(after)
{}

Status SaveLegalBasisCommand::apply()
{
    DocumentService service(workspace().connection(), workspace().today());
    // Added again on redo under the id it had, so that later commands on it still find it.
    const bool again = m_before.id == 0 && m_after.id != 0;
    if (auto saved = again ? service.restoreLegalBasis(m_after) : service.saveLegalBasis(m_after); !saved)
        return saved;
    workspace().notifyDocumentsChanged();
    return {};
}

Status SaveLegalBasisCommand::revert()
{
    DocumentService service(workspace().connection(), workspace().today());
    if (auto reverted = m_before.id == 0 ? service.removeLegalBasis(m_after.id) : service.saveLegalBasis(m_before);
        !reverted)
        return reverted;
    workspace().notifyDocumentsChanged();
    return {};
}

} // namespace thidua
