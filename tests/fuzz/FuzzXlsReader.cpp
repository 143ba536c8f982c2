// libFuzzer target: Excel 97–2003 workbooks through FreeXL in this process, behind XlsPrecheck (XlsReader::
// readInProcess: sheets, cell types, dates, the legacy-font detection). What the pre-check lets through must not make
// FreeXL read or write outside its buffers, leak, or loop: the program reads .xls in a child process as well, but a
// finding here is a gap in the pre-check. FreeXL reads from a path only, so each input is written to a file of its own
// in the temporary folder first. Aborts when a read that succeeded breaks the reader's promises (FuzzCheck.h) or an
// error has no message.
#include "tests/fuzz/FuzzCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdint>

using namespace thidua;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QString path =
        QDir::temp().filePath(QStringLiteral("thidua-fuzz-xls-%1.xls").arg(QCoreApplication::applicationPid()));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        if (file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
            std::abort();
    }
    const WorkbookReader::Options options = fuzz::smallLimits();
    fuzz::check(WorkbookReader::readXls(path, options), options.limits);
    QFile::remove(path);
    return 0;
}
