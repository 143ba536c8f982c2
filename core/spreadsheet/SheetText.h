#pragma once

#include "core/spreadsheet/Workbook.h"

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
    static void finish(Sheet& sheet, std::optional<LegacyEncoding::Encoding> legacy);
    // Only the clean() step, for text that was decoded from legacy bytes already.
    static void clean(Sheet& sheet);
};

} // namespace thidua
