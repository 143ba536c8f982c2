#pragma once

#include "core/common/Result.h"
#include "core/spreadsheet/Workbook.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace thidua {

// Reads the lists schools keep: .xlsx (libzip + QXmlStreamReader), .xls (FreeXL), web pages and Excel 2003 XML (what
// school systems save under an .xls name; libxml2), .csv/.txt (separator and encoding detected). Hostile files (zip
// bombs, entity expansion, truncated archives, garbage, huge cells or row counts) are refused with an Error naming the
// file, never a crash; the limits below are documented in the README. The limits keep memory and time bounded; should
// an allocation fail anyway, std::bad_alloc is caught here and becomes an Error.
class WorkbookReader
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)

public:
    struct Limits
    {
        qint64 maxFileBytes = 64ll * 1024 * 1024;
        qint64 maxUnpackedBytes = 256ll * 1024 * 1024; // all parts of an .xlsx together, uncompressed
        int maxRows = 100'000; // per sheet
        int maxColumns = 1'000;
        int maxCellChars = 32'767; // Excel's own limit
        int maxSheets = 256;
        // All sheets together, empty cells inside rows included: what keeps memory under 256 MB (a million cells
        // that are each their own text take ~180 MB).
        qint64 maxCells = 1'000'000;
        // Each XML part of an .xlsx, checked while it streams (XmlGuard): how deep elements nest, how many elements
        // (and comments) it holds, how long one text or tag is. Far above any real workbook.
        int maxXmlDepth = 256;
        qint64 maxXmlElements = 20'000'000;
        qint64 maxXmlTokenBytes = 1024 * 1024;
    };

    struct Options
    {
        // Text files: the byte encoding; .xlsx/.xls: the legacy font encoding of text cells. nullopt: detect (the
        // result is in Sheet::encoding/encodingConfidence). For .xlsx/.xls, Utf8 or Utf16 means "leave every cell
        // as it is" and TCVN3/VNI/CP1258 converts every cell that can be legacy text, whatever its font.
        std::optional<LegacyEncoding::Encoding> encoding;
        Limits limits;
    };

    // Chooses the format from the content, never the name (FileKind): zip, OLE2, HTML, Excel 2003 XML, text (a CSV
    // named .xls is read as one); a PDF, a Word document, a picture… is refused with a message saying what it is, and
    // binary data named .xlsx/.xls as damaged. Every Text cell comes out cleaned (VietnameseText::clean:
    // NFC, one line, trimmed, never empty); Number cells carry `text` as a General cell shows them, dates as
    // dd/MM/yyyy.
    static Result<Workbook> read(const QString& path, const Options& options);
    static Result<Workbook> read(const QString& path) { return read(path, Options()); }

    // The same from memory (the fuzz targets use these). `fileName` is used in messages only.
    static Result<Workbook> readXlsx(const QByteArray& bytes, const QString& fileName, const Options& options);
    static Result<Workbook> readText(const QByteArray& bytes, const QString& fileName, const Options& options);
    // A web page (HTML) or an Excel 2003 XML workbook, by its content.
    static Result<Workbook> readMarkup(const QByteArray& bytes, const QString& fileName, const Options& options);
    // Excel 97–2003 (FreeXL reads from a path only), in this process behind XlsPrecheck (read() reads .xls files in
    // a child process).
    static Result<Workbook> readXls(const QString& path, const Options& options);

    // The refusal of a file whose reading ran out of memory (every reader's last line of defence).
    static Error outOfMemory(const QString& fileName);

private:
    static Result<Workbook> readFile(const QString& path, const Options& options);
    static Result<Workbook> readBytes(
        const QByteArray& bytes, const QString& path, const QString& suffix, const Options& options);
    // Runs `read`, turning an allocation failure into an Error naming the file.
    template <typename Read> static Result<Workbook> guarded(const QString& fileName, Read read);
};

} // namespace thidua
