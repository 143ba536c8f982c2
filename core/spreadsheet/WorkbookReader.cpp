#include "core/spreadsheet/WorkbookReader.h"

#include "core/common/FileProblem.h"
#include "core/spreadsheet/TextSheetReader.h"
#include "core/spreadsheet/XlsReader.h"
#include "core/spreadsheet/XlsxReader.h"

#include <QFile>
#include <QFileInfo>

#include <new>

namespace thidua {

namespace {

bool isZip(const QByteArray& bytes)
{
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
}

bool isOle2(const QByteArray& bytes)
{
    return bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

} // namespace

template <typename Read> Result<Workbook> WorkbookReader::guarded(const QString& fileName, Read read)
{
    // The limits keep every reader far below what a computer has; this is the last line, not the defence.
    try {
        return read();
    } catch (const std::bad_alloc&) {
        return Error(Error::Code::TooLarge,
            tr("The file cannot be read: it needs more memory than this computer can give (it is damaged or made "
               "to exhaust memory)."),
            fileName);
    }
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

    const QString suffix = info.suffix().toLower();
    if (isZip(bytes))
        return XlsxReader::read(bytes, path, options);
    if (isOle2(bytes)) {
        // An .xlsx saved with a password is an OLE2 file holding an "EncryptedPackage" stream.
        static const QByteArray encrypted =
            QByteArray::fromRawData("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
        if (bytes.contains(encrypted)) {
            return Error(Error::Code::Format,
                tr("The workbook is protected by a password: open it in Excel, remove the password and save "
                   "it again."),
                path);
        }
        return XlsReader::read(path, options);
    }
    if (suffix == u"xlsx" || suffix == u"xlsm" || suffix == u"xls") {
        return Error(Error::Code::Format,
            tr("The file is named .%1 but is not an Excel workbook (it is damaged, cut short or another kind "
               "of file).")
                .arg(suffix),
            path);
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

Result<Workbook> WorkbookReader::readXls(const QString& path, const Options& options)
{
    return guarded(path, [&] { return XlsReader::read(path, options); });
}

} // namespace thidua
