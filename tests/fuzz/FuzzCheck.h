#pragma once

// What every reader promises, checked by the fuzz targets: an error has a message; a workbook read has at least one
// sheet and stays inside the limits; every text cell is non-empty, within the character limit and in NFC.
#include "core/spreadsheet/WorkbookReader.h"
#include "core/text/VietnameseText.h"

#include <cstdlib>

namespace thidua::fuzz {

inline WorkbookReader::Options smallLimits()
{
    WorkbookReader::Options options;
    options.limits.maxUnpackedBytes = 16 * 1024 * 1024;
    options.limits.maxRows = 5'000;
    options.limits.maxColumns = 200;
    options.limits.maxCellChars = 4'096;
    options.limits.maxCells = 200'000;
    options.limits.maxSheets = 16;
    return options;
}

inline void check(const Result<Workbook>& workbook, const WorkbookReader::Limits& limits)
{
    if (!workbook.ok()) {
        if (workbook.error().message.isEmpty())
            std::abort();
        return;
    }
    if (workbook->sheets.isEmpty() || workbook->sheets.size() > limits.maxSheets)
        std::abort();
    for (const Sheet& sheet : workbook->sheets) {
        if (sheet.rowCount() > limits.maxRows || sheet.columnCount() > limits.maxColumns)
            std::abort();
        for (const QList<Cell>& row : sheet.rows) {
            for (const Cell& cell : row) {
                if (cell.type == Cell::Type::Text
                    && (cell.text.isEmpty() || cell.text.size() > limits.maxCellChars
                        || cell.text != VietnameseText::nfc(cell.text)))
                    std::abort();
            }
        }
    }
}

} // namespace thidua::fuzz
