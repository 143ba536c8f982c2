#include "ui/common/Page.h"

#include "ui/common/Workspace.h"

namespace thidua {

Page::Page(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{}

void Page::activate()
{
    if (m_loaded)
        return;
    m_loaded = true;
    load();
}

} // namespace thidua
