// libFuzzer target: the .xlsx reader (XlsxPackage over libzip, QXmlStreamReader parts, styles, shared strings,
// legacy-font repair). An input starting with "PK" is read as a whole package. Any other input is one XML part —
// its first byte chooses which: worksheet, shared strings, styles or workbook — put into an otherwise valid
// package, so that mutations reach the XML readers instead of stopping at the zip's CRC checks. Aborts when a read
// that succeeded breaks the reader's promises or an error has no message.
#include "core/documents/ZipArchive.h"
#include "core/spreadsheet/WorkbookReader.h"
#include "core/text/VietnameseText.h"

#include <cstdint>
#include <cstdlib>

using namespace thidua;

namespace {

const QByteArray kNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                       "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

QList<ZipArchive::Entry> templateParts()
{
    return {
        { QStringLiteral("[Content_Types].xml"),
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>" },
        { QStringLiteral("_rels/.rels"),
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
            "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            "Target=\"xl/workbook.xml\"/></Relationships>" },
        { QStringLiteral("xl/workbook.xml"),
            "<workbook " + kNs + "><sheets><sheet name=\"A\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>" },
        { QStringLiteral("xl/_rels/workbook.xml.rels"),
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
            "Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
            "Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
            "Target=\"styles.xml\"/></Relationships>" },
        { QStringLiteral("xl/sharedStrings.xml"), "<sst " + kNs + "><si><t>An</t></si></sst>" },
        { QStringLiteral("xl/styles.xml"),
            "<styleSheet " + kNs
                + "><fonts><font><name val=\".VnTime\"/></font></fonts><cellXfs><xf numFmtId=\"14\" "
                  "fontId=\"0\"/></cellXfs></styleSheet>" },
        { QStringLiteral("xl/worksheets/sheet1.xml"),
            "<worksheet " + kNs
                + "><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>" },
    };
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    if (!bytes.startsWith("PK") && size > 0) {
        static const char* const parts[] = {
            "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml"
        };
        const QString part = QString::fromLatin1(parts[data[0] % 4]);
        QList<ZipArchive::Entry> entries = templateParts();
        for (ZipArchive::Entry& entry : entries) {
            if (entry.first == part)
                entry.second = bytes.mid(1);
        }
        Result<QByteArray> zip = ZipArchive::write(entries);
        if (!zip.ok())
            return 0;
        bytes = std::move(zip).value();
    }
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
