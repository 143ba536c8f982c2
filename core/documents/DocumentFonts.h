#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QFont>

namespace thidua {

// The typeface of printed documents. DOCX files name Times New Roman (Nghị định 30/2020); the PDF and the preview use
// Liberation Serif 2, metric-compatible with it and covering Vietnamese, compiled into the program from resources/fonts
// (SIL Open Font License, resources/fonts/LICENSE-OFL.txt), so the output is the same on every machine.
// Needs a QGuiApplication.
class DocumentFonts
{
    Q_DECLARE_TR_FUNCTIONS(DocumentFonts)

public:
    static QString docxFamily() { return QStringLiteral("Times New Roman"); }

    // Registers the four faces once (thread-safe); an error when the resources or the font database are missing.
    static Status ensureLoaded();
    // The family name to ask QFont for (after ensureLoaded()).
    static QString family();

    // Layout works in hundredths of a point so that text sizes are integral pixel sizes and never hinted:
    // a font of `points` at that scale.
    static constexpr double UnitsPerPoint = 100.0;
    static QFont font(double points, bool bold = false, bool italic = false, bool underline = false);
};

} // namespace thidua
