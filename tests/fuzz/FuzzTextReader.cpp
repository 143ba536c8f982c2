// libFuzzer target: CSV/TXT decoding with encoding detection (EncodingDetector, LegacyEncoding), separator
// detection and quoting (WorkbookReader::readText). Each input is read once with detection and once with the
// encoding forced by one of its bytes. Aborts when a read that succeeded breaks the reader's promises.
#include "core/spreadsheet/WorkbookReader.h"
#include "core/text/VietnameseText.h"

#include <cstdint>
#include <cstdlib>

using namespace thidua;

namespace {

void check(const Result<Workbook>& workbook, const WorkbookReader::Limits& limits)
{
    if (!workbook.ok()) {
        if (workbook.error().message.isEmpty())
            std::abort();
        return;
    }
    if (workbook->sheets.size() != 1)
        std::abort();
    const Sheet& sheet = workbook->sheets.constFirst();
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

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    WorkbookReader::Options options;
    options.limits.maxRows = 5'000;
    options.limits.maxColumns = 200;
    options.limits.maxCellChars = 4'096;
    options.limits.maxCells = 200'000;
    check(WorkbookReader::readText(bytes, QStringLiteral("fuzz.csv"), options), options.limits);
    if (size > 0) {
        const QList<LegacyEncoding::Encoding> all = LegacyEncoding::all();
        options.encoding = all.at(data[size / 2] % all.size());
        check(WorkbookReader::readText(bytes, QStringLiteral("fuzz.csv"), options), options.limits);
    }
    return 0;
}
