#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace thidua {

// Zip packages (DOCX, XLSX) in memory, through libzip.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)

public:
    using Entry = QPair<QString, QByteArray>; // name inside the package, content

    // The archive holding `entries` in that order, deflated (pictures, .png and .jpeg, stored as they are).
    static Result<QByteArray> write(const QList<Entry>& entries);
    // The entries of an archive, in their stored order.
    static Result<QList<Entry>> read(const QByteArray& archive);
};

} // namespace thidua
