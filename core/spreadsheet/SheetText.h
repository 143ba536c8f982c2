#pragma once

#include "core/spreadsheet/Workbook.h"

#include <functional>
#include <optional>

namespace thidua {

// The last step of every reader: text cells typed in a legacy font (.VnTime = TCVN3, VNI-Times) that a spreadsheet
// or a UTF-8 export turned into Windows-1252 characters are converted back to Vietnamese, then every text cell goes
// through VietnameseText::clean() (NFC, one line, trimmed). Sheet::encoding/encodingConfidence tell what was used.
class SheetText
{
public:
    // `legacy`: the user's choice of font encoding (Utf8/Utf16: leave the text as it is); nullopt: detect per sheet.
    // A sheet mixing Unicode and legacy cells is handled cell by cell: a cell is converted only when it can be
    // legacy text (Windows-1252 characters only) and its conversion reads as Vietnamese at least as well as it does.
    // `byFont` (xlsx): for a cell whose font tells its encoding, that encoding (TCVN3, VNI: convert; Utf8: the text
    // is proper already), else nullopt. Such cells are converted by their font, not by detection.
    using CellEncoding = std::function<std::optional<LegacyEncoding::Encoding>(int row, int column)>;
    static void finish(
        Sheet& sheet, std::optional<LegacyEncoding::Encoding> legacy, const CellEncoding& byFont = CellEncoding());
    // Only the clean() step, for text that was decoded from legacy bytes already.
    static void clean(Sheet& sheet);
    // Drops the empty rows at the end.
    static void trim(Sheet& sheet);

    // Cell::text of numbers as a General cell shows them ("1990", "2.5"), and of dates (serial days, 1900 system)
    // as "dd/MM/yyyy".
    static QString numberText(double value);
    static QString dateText(double serial);
    // The day of an Excel serial number (1900 system: 1 is 01/01/1900; Excel counts a 29/02/1900 that never was, so
    // 60 gives an invalid date, as does anything before 1 or after 31/12/9999). The time of day is dropped.
    static QDate dateOfSerial(double serial);
};

} // namespace thidua
