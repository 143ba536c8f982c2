#pragma once

#include "core/common/Result.h"
#include "core/text/LegacyEncoding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace thidua {

class XlsxPackage;

// The cell formats of an .xlsx (xl/styles.xml) as far as reading values needs them: which cell formats show
// dates, and which use a legacy Vietnamese font.
class XlsxStyles
{
    Q_DECLARE_TR_FUNCTIONS(XlsxStyles)

public:
    struct CellStyle
    {
        bool isDate = false;
        std::optional<LegacyEncoding::Encoding> fontEncoding; // TCVN3 or VNI when the font is a legacy one
    };

    // The cell formats (cellXfs) in order: a cell's s="N" indexes this list.
    static Result<QList<CellStyle>> read(XlsxPackage& package, const QString& part);

    // Whether an Excel number format shows a date or time: built-in 14–22, 27–36, 45–47, 50–58, or a format with
    // d, m, y, h or s outside quotes, escapes and [..] blocks, in its first section.
    static bool isDateFormat(int numFmtId, const QString& formatCode);
    // The encoding a font name implies: .VnTime, .VnArial, .VnTimeH, ABC… (TCVN3); VNI-Times, VNI-Helve (VNI).
    static std::optional<LegacyEncoding::Encoding> fontEncoding(const QString& font);
};

} // namespace thidua
