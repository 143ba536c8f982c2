#pragma once

#include "core/school/School.h"
#include "ui/common/WorkspaceCommand.h"

namespace thidua {

// Adds a school year and shows it. Undo removes it again while nothing refers to it (and shows the year chosen
// before); redo adds it back under the same id.
class AddSchoolYearCommand : public WorkspaceCommand
{
public:
    AddSchoolYearCommand(Workspace& workspace, const SchoolYear& year);

    Status apply() override;
    Status revert() override;
    // The id the year got (0 before the first apply()).
    qint64 yearId() const { return m_year.id; }

private:
    void showYears(qint64 yearId);

    SchoolYear m_year;
    qint64 m_previousYearId = 0; // the year shown before
};

} // namespace thidua
