#pragma once

#include "core/spreadsheet/WorkbookReader.h"

namespace thidua {

// Excel 97–2003 workbooks through Debian's FreeXL: sheets in order with their names, text (FreeXL converts the
// workbook's code page or UTF-16 to UTF-8), whole and decimal numbers, dates, date-times and times (as serial days in
// the 1900 system, isDate set). FreeXL reports neither fonts nor merged cells: text typed in a legacy font is found
// by SheetText's detection per sheet, and Sheet::merged stays empty.
class XlsReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsReader)

public:
    static Result<Workbook> read(const QString& path, const WorkbookReader::Options& options);
};

} // namespace thidua
