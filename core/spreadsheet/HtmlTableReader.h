#pragma once

#include "core/spreadsheet/WorkbookReader.h"

namespace thidua {

// Web pages holding a list: what school-management systems export under an .xls name, and Excel's "Web Page". Read
// through libxml2's HTML parser as a stream of elements (no document tree is built, no entity beyond HTML's own is
// known, nothing is fetched from the network). Every <table> holding text becomes a sheet, in the order the tables
// start; <td> and <th> are cells; colspan and rowspan leave the cells they cover empty and are reported as merged
// ranges, as a merged cell in Excel; <br> is a line break inside a cell. The byte encoding comes from a byte order
// mark, a <meta charset> naming UTF-8, UTF-16 or Windows-1258, or else EncodingDetector (TCVN3, VNI…). The limits are
// WorkbookReader's: rows, columns, cells, characters per cell, sheets, and element depth and count.
class HtmlTableReader
{
    Q_DECLARE_TR_FUNCTIONS(HtmlTableReader)

public:
    static Result<Workbook> read(
        const QByteArray& bytes, const QString& fileName, const WorkbookReader::Options& options);
    // The encoding a <meta charset> or <meta http-equiv content="…; charset=…"> in the first bytes names, when it is
    // one the program decodes for certain (UTF-8, UTF-16, Windows-1258, TCVN3, VNI); nullopt otherwise.
    static std::optional<LegacyEncoding::Encoding> declaredEncoding(const QByteArray& bytes);
};

} // namespace thidua
