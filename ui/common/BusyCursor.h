#pragma once

#include <QApplication>

namespace thidua {

// A wait cursor for as long as the UI thread works on something the user waits for (planning an import, writing a
// file through this thread's database connection).
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace thidua
