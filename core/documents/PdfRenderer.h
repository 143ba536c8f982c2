#pragma once

#include "core/common/Result.h"
#include "core/documents/Document.h"
#include "core/documents/LaidOutDocument.h"

#include <QCoreApplication>

class QIODevice;

namespace thidua {

// Writes laid-out pages as PDF through QPdfWriter: A4, fonts embedded (subsets of Liberation Serif), text
// extractable. Needs a QGuiApplication.
class PdfRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PdfRenderer)

public:
    static constexpr int Resolution = 1200;

    static Status write(const LaidOutDocument& pages, QIODevice& device, const QString& title = QString());
    // Lays the documents out and saves them to `path` atomically (QSaveFile).
    static Status save(const Documents& documents, const QString& path);
    static Status save(const LaidOutDocument& pages, const QString& path, const QString& title = QString());
};

} // namespace thidua
