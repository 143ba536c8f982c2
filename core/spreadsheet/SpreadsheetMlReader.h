#pragma once

#include "core/spreadsheet/WorkbookReader.h"

namespace thidua {

// Excel 2003 XML ("XML Spreadsheet 2003", namespace urn:schemas-microsoft-com:office:spreadsheet), which school
// systems write under an .xls name: Worksheet (ss:Name), Table, Row (ss:Index), Cell (ss:Index, ss:MergeAcross,
// ss:MergeDown, ss:StyleID), Data (ss:Type String, Number, DateTime, Boolean, Error); comments are left out. Parsed
// by libxml2 as a stream (SAX): no document tree, no network, and a file that declares a DTD is refused before
// anything in it is expanded. The bytes are first watched by an XmlGuard, with WorkbookReader's XML limits. Text in
// a style whose font is a legacy one (.VnTime, VNI-Times) is converted as in an .xlsx.
class SpreadsheetMlReader
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetMlReader)

public:
    static Result<Workbook> read(
        const QByteArray& bytes, const QString& fileName, const WorkbookReader::Options& options);
};

} // namespace thidua
