#pragma once

#include "core/people/Person.h"
#include "ui/common/WorkspaceCommand.h"

#include <QDate>

namespace thidua {

// Marks a person as having left on a day (kept for the history of earlier years), or, with an invalid day, as
// being back. Undo restores the previous state.
class DeactivatePersonCommand : public WorkspaceCommand
{
public:
    DeactivatePersonCommand(Workspace& workspace, const Person& person, const QDate& leftOn);

    Status apply() override;
    Status revert() override;

private:
    Status setLeftOn(const QDate& day);

    qint64 m_personId;
    QDate m_before;
    QDate m_after;
};

} // namespace thidua
