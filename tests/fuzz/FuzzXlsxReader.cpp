// libFuzzer target: the .xlsx reader (XlsxPackage over libzip, QXmlStreamReader parts, styles, shared strings,
// legacy-font repair). Aborts when a read that succeeded breaks the reader's promises or an error has no message.
#include "core/spreadsheet/WorkbookReader.h"
#include "core/text/VietnameseText.h"

#include <cstdint>
#include <cstdlib>

using namespace thidua;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    WorkbookReader::Options options;
    options.limits.maxUnpackedBytes = 16 * 1024 * 1024;
    options.limits.maxRows = 5'000;
    options.limits.maxColumns = 200;
    options.limits.maxCellChars = 4'096;
    options.limits.maxCells = 200'000;
    options.limits.maxSheets = 16;
    const Result<Workbook> workbook = WorkbookReader::readXlsx(bytes, QStringLiteral("fuzz.xlsx"), options);
    if (!workbook.ok()) {
        if (workbook.error().message.isEmpty())
            std::abort();
        return 0;
    }
    if (workbook->sheets.isEmpty() || workbook->sheets.size() > options.limits.maxSheets)
        std::abort();
    for (const Sheet& sheet : workbook->sheets) {
        if (sheet.rowCount() > options.limits.maxRows || sheet.columnCount() > options.limits.maxColumns)
            std::abort();
        for (const QList<Cell>& row : sheet.rows) {
            for (const Cell& cell : row) {
                if (cell.type == Cell::Type::Text
                    && (cell.text.isEmpty() || cell.text.size() > options.limits.maxCellChars
                        || cell.text != VietnameseText::nfc(cell.text)))
                    std::abort();
            }
        }
    }
    return 0;
}
