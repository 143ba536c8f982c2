#include "ui/documents/RemoveLegalBasisCommand.h"

#include "core/documents/DocumentService.h"
#include "ui/common/Workspace.h"

#include <QCoreApplication>

namespace thidua {

RemoveLegalBasisCommand::RemoveLegalBasisCommand(Workspace& workspace, const LegalBasis& basis)
    : WorkspaceCommand(workspace,
        QCoreApplication::translate("RemoveLegalBasisCommand", "remove the legal basis %1").arg(basis.citation()))
    , m_basis(basis)
{}

Status RemoveLegalBasisCommand::apply()
{
    DocumentService service(workspace().connection(), workspace().today());
    if (auto removed = service.removeLegalBasis(m_basis.id); !removed)
        return removed;
    workspace().notifyDocumentsChanged();
    return {};
}

Status RemoveLegalBasisCommand::revert()
{
    DocumentService service(workspace().connection(), workspace().today());
    if (auto restored = service.restoreLegalBasis(m_basis); !restored)
        return restored;
    workspace().notifyDocumentsChanged();
    return {};
}

} // namespace thidua
