#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace thidua {

// Why a file given by the user cannot be read, in the user's language, from what the file system says about it
// (the operating system's own text, "Permission denied", is English and never shown). The error names the file.
class FileProblem
{
    Q_DECLARE_TR_FUNCTIONS(FileProblem)

public:
    // For a path that could not be opened for reading (or is about to be refused): missing, a folder, a name
    // that is not valid UTF-8, no permission to read, or another failure of the drive.
    static Error unreadable(const QString& path);
    // A name given on a command line in an encoding other than UTF-8 reaches Qt with U+FFFD in place of the bytes
    // it could not decode: no file of that name can be found or created faithfully.
    static bool hasUndecodableName(const QString& path);
    static Error undecodableName(const QString& path);
};

} // namespace thidua
