#include "ui/common/WindowSize.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace thidua {

QSize WindowSize::available(const QWidget* widget)
{
    QScreen* screen = widget ? widget->screen() : nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    // Without a screen: a 1366×768 one less a 40-pixel taskbar.
    const QSize free = screen ? screen->availableGeometry().size() : QSize(1366, 728);
    return (free - frameAllowance()).expandedTo(QSize(320, 240));
}

void WindowSize::fit(QWidget* window, const QSize& preferred)
{
    window->resize(preferred.boundedTo(available(window)));
}

} // namespace thidua
