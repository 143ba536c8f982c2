#include "core/common/FileProblem.h"

#include <QFileInfo>

namespace thidua {

bool FileProblem::hasUndecodableName(const QString& path)
{
    return path.contains(QChar::ReplacementCharacter);
}

Error FileProblem::undecodableName(const QString& path)
{
    return { Error::Code::Io,
        tr("The name of this file is not valid Unicode text (UTF-8), so the file cannot be found. Rename it, using "
           "letters typed on this computer, then try again."),
        path };
}

Error FileProblem::unreadable(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (hasUndecodableName(path))
            return undecodableName(path);
        return { Error::Code::Io, tr("The file does not exist."), path };
    }
    if (info.isDir())
        return { Error::Code::Io, tr("This is a folder, not a file. Choose a file inside it."), path };
    if (!info.isReadable()) {
        return { Error::Code::Io,
            tr("You may not read this file (no permission). Ask the owner of the file or the administrator of this "
               "computer for access, or copy the file to one of your own folders."),
            path };
    }
    return { Error::Code::Io,
        tr("The file cannot be read. Check that the drive holding it is still connected, then try again."),
        path };
}

} // namespace thidua
