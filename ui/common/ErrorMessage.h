#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace thidua {

// Shows what failed and why in a message box that does not block (no nested event loop): "what" is the lead
// ("The person could not be saved."), the error gives the details with file, row and column when known.
// When the data file was held by another program (Error::Code::Busy) and the caller can run the same use case
// again, the box offers "Try again" and "Cancel"; "Try again" calls `retry`.
class ErrorMessage
{
    Q_DECLARE_TR_FUNCTIONS(ErrorMessage)

public:
    static void show(QWidget* parent, const QString& what, const Error& error);
    static void show(QWidget* parent, const QString& what, const Error& error, std::function<void()> retry);
};

} // namespace thidua
