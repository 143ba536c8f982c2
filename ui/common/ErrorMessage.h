#pragma once

#include "core/common/Error.h"

#include <QString>

class QWidget;

namespace thidua {

// Shows what failed and why in a message box that does not block (no nested event loop): "what" is the lead
// ("The person could not be saved."), the error gives the details with file, row and column when known.
class ErrorMessage
{
public:
    static void show(QWidget* parent, const QString& what, const Error& error);
};

} // namespace thidua
