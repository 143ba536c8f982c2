// libFuzzer target: web pages and Excel 2003 XML, the lists school systems save under an .xls name
// (WorkbookReader::readMarkup: HtmlTableReader over libxml2's HTML parser, SpreadsheetMlReader over its XML parser,
// FileKind choosing between them). Each input is read once with the encoding detected and once with one forced by
// one of its bytes. Aborts when a read that succeeded breaks the reader's promises (FuzzCheck.h) or an error has no
// message.
#include "tests/fuzz/FuzzCheck.h"

#include <cstdint>

using namespace thidua;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    WorkbookReader::Options options = fuzz::smallLimits();
    options.limits.maxXmlDepth = 64;
    options.limits.maxXmlElements = 100'000;
    fuzz::check(WorkbookReader::readMarkup(bytes, QStringLiteral("fuzz.xls"), options), options.limits);
    if (size > 0) {
        const QList<LegacyEncoding::Encoding> all = LegacyEncoding::all();
        options.encoding = all.at(data[size / 2] % all.size());
        fuzz::check(WorkbookReader::readMarkup(bytes, QStringLiteral("fuzz.xls"), options), options.limits);
    }
    return 0;
}
