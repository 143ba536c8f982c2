#include "ui/school/SaveSchoolProfileCommand.h"

#include "core/school/SchoolService.h"
#include "ui/common/Workspace.h"

#include <QCoreApplication>

namespace thidua {

SaveSchoolProfileCommand::SaveSchoolProfileCommand(Workspace& workspace, SchoolProfile before, SchoolProfile after)
    : WorkspaceCommand(workspace, QCoreApplication::translate("SaveSchoolProfileCommand", "edit the school profile"))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

Status SaveSchoolProfileCommand::save(const SchoolProfile& profile)
{
    if (auto saved = SchoolService(workspace().connection()).saveProfile(profile); !saved)
        return saved;
    workspace().notifySchoolChanged();
    return {};
}

Status SaveSchoolProfileCommand::apply()
{
    return save(m_after);
}

Status SaveSchoolProfileCommand::revert()
{
    return save(m_before);
}

} // namespace thidua
