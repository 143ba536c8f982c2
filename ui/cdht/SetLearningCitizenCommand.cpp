#include "ui/cdht/SetLearningCitizenCommand.h"

#include "core/criteria/LearningCitizenService.h"
#include "ui/common/Workspace.h"

namespace thidua {

SetLearningCitizenCommand::SetLearningCitizenCommand(
    Workspace& workspace, LearningCitizenResults after, const QString& text)
    : WorkspaceCommand(workspace, text)
    , m_after(std::move(after))
{}

Result<LearningCitizenResults> SetLearningCitizenCommand::write(const LearningCitizenResults& results)
{
    auto before = LearningCitizenService(workspace().connection(), workspace().today()).setMany(results);
    if (before) {
        QList<qint64> ids;
        ids.reserve(results.size());
        for (const LearningCitizenResult& r : results)
            ids.append(r.personId);
        workspace().notifyLearningResultsChanged(results.isEmpty() ? 0 : results.first().schoolYearId, ids);
    }
    return before;
}

Status SetLearningCitizenCommand::apply()
{
    auto before = write(m_after);
    if (!before)
        return before.error();
    if (m_before.isEmpty())
        m_before = *before;
    return {};
}

Status SetLearningCitizenCommand::revert()
{
    auto done = write(m_before);
    if (!done)
        return done.error();
    return {};
}

} // namespace thidua
