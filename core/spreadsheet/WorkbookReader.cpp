#include "core/spreadsheet/WorkbookReader.h"

#include "core/common/FileProblem.h"
#include "core/spreadsheet/FileKind.h"
#include "core/spreadsheet/HtmlTableReader.h"
#include "core/spreadsheet/SpreadsheetMlReader.h"
#include "core/spreadsheet/TextSheetReader.h"
#include "core/spreadsheet/XlsReader.h"
#include "core/spreadsheet/XlsxReader.h"

#include <QFile>
#include <QFileInfo>

#include <new>

namespace thidua {

template <typename Read> Result<Workbook> WorkbookReader::guarded(const QString& fileName, Read read)
{
    // The limits keep every reader far below what a computer has; this is the last line, not the defence.
    try {
        return read();
    } catch (const std::bad_alloc&) {
        return outOfMemory(fileName);
    }
}

Error WorkbookReader::outOfMemory(const QString& fileName)
{
    return Error(Error::Code::TooLarge,
        tr("The file cannot be read: it needs more memory than this computer can give (it is damaged or made to "
           "exhaust memory)."),
        fileName);
}

Result<Workbook> WorkbookReader::read(const QString& path, const Options& options)
{
    return guarded(path, [&] { return readFile(path, options); });
}

Result<Workbook> WorkbookReader::readFile(const QString& path, const Options& options)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return FileProblem::unreadable(path);
    if (info.size() > options.limits.maxFileBytes) {
        return Error(Error::Code::TooLarge,
            tr("The file is larger than %1 MB, the most that is imported.")
                .arg(options.limits.maxFileBytes / (1024 * 1024)),
            path);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileProblem::unreadable(path);
    // Never more than the limit, even when the file grows while we read it.
    const QByteArray bytes = file.read(options.limits.maxFileBytes + 1);
    if (bytes.size() > options.limits.maxFileBytes) {
        return Error(Error::Code::TooLarge,
            tr("The file is larger than %1 MB, the most that is imported.")
                .arg(options.limits.maxFileBytes / (1024 * 1024)),
            path);
    }

    return readBytes(bytes, path, info.suffix().toLower(), options);
}

Result<Workbook> WorkbookReader::readBytes(
    const QByteArray& bytes, const QString& path, const QString& suffix, const Options& options)
{
    const auto refuse = [&](const QString& message) { return Error(Error::Code::Format, message, path); };
    const bool namedWorkbook = suffix == u"xlsx" || suffix == u"xlsm" || suffix == u"xls";
    switch (FileKind::sniff(bytes)) {
    case FileKind::Kind::Zip:
        return XlsxReader::read(bytes, path, options);
    case FileKind::Kind::Ole2: {
        // An .xlsx saved with a password is an OLE2 file holding an "EncryptedPackage" stream.
        static const QByteArray encrypted =
            QByteArray::fromRawData("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
        if (bytes.contains(encrypted)) {
            return refuse(tr("The workbook is protected by a password: open it in Excel, remove the password and "
                             "save it again."));
        }
        return XlsReader::read(path, options);
    }
    case FileKind::Kind::Html:
        return HtmlTableReader::read(bytes, path, options);
    case FileKind::Kind::SpreadsheetMl:
        return SpreadsheetMlReader::read(bytes, path, options);
    case FileKind::Kind::WordOle2:
        return refuse(tr("The file is a Word document, not a spreadsheet: copy its table into Excel and save it as "
                         ".xlsx, or ask for the list as an Excel file."));
    case FileKind::Kind::Rtf:
        return refuse(tr("The file is a Word document (RTF), not a spreadsheet: copy its table into Excel and save "
                         "it as .xlsx, or ask for the list as an Excel file."));
    case FileKind::Kind::Pdf:
        return refuse(tr("The file is a PDF document, not a spreadsheet: ask for the list as an Excel file, or copy "
                         "its table into Excel and save it as .xlsx."));
    case FileKind::Kind::Image:
        return refuse(tr("The file is a picture (a photo or a scan), not a spreadsheet: ask for the list as an "
                         "Excel file."));
    case FileKind::Kind::Archive:
        return refuse(tr("The file is a compressed archive (RAR, 7-Zip or gzip), not a spreadsheet: extract it "
                         "first and import the list inside."));
    case FileKind::Kind::WebArchive:
        return refuse(tr("The file is a single-file web page (MHTML), which cannot be read: open it in Excel and "
                         "save it as .xlsx."));
    case FileKind::Kind::Xml:
        return refuse(tr("The file is an XML document but not an Excel 2003 workbook (XML Spreadsheet): open it in "
                         "Excel and save it as .xlsx."));
    case FileKind::Kind::Empty:
        if (namedWorkbook)
            return refuse(tr("The file is empty."));
        break;
    case FileKind::Kind::Binary:
        if (namedWorkbook) {
            return refuse(tr("The file is named .%1 but is not an Excel workbook (it is damaged, cut short or "
                             "another kind of file).")
                              .arg(suffix));
        }
        break;
    case FileKind::Kind::Text:
        break; // a CSV or tab-separated list, whatever its name: web applications often call one .xls
    }
    return TextSheetReader::read(bytes, path, options);
}

Result<Workbook> WorkbookReader::readText(const QByteArray& bytes, const QString& fileName, const Options& options)
{
    return guarded(fileName, [&] { return TextSheetReader::read(bytes, fileName, options); });
}

Result<Workbook> WorkbookReader::readXlsx(const QByteArray& bytes, const QString& fileName, const Options& options)
{
    return guarded(fileName, [&] { return XlsxReader::read(bytes, fileName, options); });
}

Result<Workbook> WorkbookReader::readMarkup(const QByteArray& bytes, const QString& fileName, const Options& options)
{
    return guarded(fileName, [&] {
        return FileKind::sniff(bytes) == FileKind::Kind::SpreadsheetMl
            ? SpreadsheetMlReader::read(bytes, fileName, options)
            : HtmlTableReader::read(bytes, fileName, options);
    });
}

Result<Workbook> WorkbookReader::readXls(const QString& path, const Options& options)
{
    return guarded(path, [&] { return XlsReader::readInProcess(path, options); });
}

} // namespace thidua
