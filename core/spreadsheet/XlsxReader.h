#pragma once

#include "core/spreadsheet/WorkbookReader.h"

namespace thidua {

// Excel 2007+ workbooks: the package through XlsxPackage (libzip), its XML parts through QXmlStreamReader (a part
// with a DTD is refused, so no entity can expand). Reads the sheets in workbook order with their names, shared and
// inline strings (rich text runs joined), numbers, booleans, formula results, dates (cells whose number format is a
// date format: built-in 14–22, 27–36, 45–47, 50–58, or a custom format with d, m, y, h or s outside quotes; 1904
// workbooks moved to the 1900 date system), and merged cells. Text in a legacy font (.VnTime… = TCVN3, VNI-…) is
// converted by the font of its cell or run, the rest by SheetText's detection per sheet.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    static Result<Workbook> read(
        const QByteArray& bytes, const QString& fileName, const WorkbookReader::Options& options);

    // Excel's escapes in text: "_x000D_" is a carriage return, any "_xHHHH_" the UTF-16 code unit HHHH, and
    // "_x005F_" the underscore that keeps a literal "_x000D_" from being read as one.
    static QString unescape(const QString& text);

    // "AB12" → row 11, column 27 (0-based); false when malformed.
    static bool parseCellReference(QStringView reference, int* row, int* column);
};

} // namespace thidua
