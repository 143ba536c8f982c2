#pragma once

#include <QSize>

class QWidget;

namespace thidua {

// Sizes top-level windows and dialogs for the screen they open on: the school office's 1366×768 laptop with a
// taskbar must show every window whole, with its buttons, without maximising it (issue 13, point 11).
class WindowSize
{
public:
    // What a window manager adds around a window's contents (title bar and borders), allowed for on every screen.
    static QSize frameAllowance() { return { 16, 40 }; }
    // The largest size for the contents of a top-level window on the screen of `widget` (its parent's, or the
    // primary screen, before it is shown): the screen's free area less the frame.
    static QSize available(const QWidget* widget);
    // Resizes `window` to `preferred`, or less where the screen is smaller.
    static void fit(QWidget* window, const QSize& preferred);
};

} // namespace thidua
