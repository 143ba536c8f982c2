#include "core/spreadsheet/FileKind.h"

#include "core/text/EncodingDetector.h"

namespace thidua {

namespace {

constexpr qsizetype kHeadBytes = 4096;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
}

QByteArray utf16Name(const char* name)
{
    QByteArray out;
    for (const char* p = name; *p; ++p)
        out.append(*p).append('\0');
    return out;
}

} // namespace

QByteArray FileKind::head(const QByteArray& bytes)
{
    QByteArray out;
    qsizetype start = 0;
    int step = 1;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        start = 3;
    } else if (bytes.startsWith("\xFF\xFE")) {
        start = 2;
        step = 2;
    } else if (bytes.startsWith("\xFE\xFF")) {
        start = 3;
        step = 2;
    } else if (bytes.size() >= 4 && bytes[0] == '<' && bytes[1] == '\0') {
        step = 2; // UTF-16 LE without a byte order mark
    } else if (bytes.size() >= 4 && bytes[0] == '\0' && bytes[1] == '<') {
        start = 1;
        step = 2;
    }
    const qsizetype end = std::min<qsizetype>(bytes.size(), start + kHeadBytes * step);
    for (qsizetype i = start; i < end; i += step) {
        const char c = bytes[i];
        if (out.isEmpty() && isSpace(c))
            continue;
        out.append(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
    }
    return out;
}

FileKind::Kind FileKind::sniff(const QByteArray& bytes)
{
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06"))
        return Kind::Zip;
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        // The names of the streams: "Workbook" (Excel 97 and later), "Book" (Excel 5), "WordDocument".
        static const QByteArray word = utf16Name("WordDocument");
        static const QByteArray workbook = utf16Name("Workbook");
        static const QByteArray book = utf16Name("Book");
        if (bytes.contains(word) && !bytes.contains(workbook) && !bytes.contains(book))
            return Kind::WordOle2;
        return Kind::Ole2;
    }
    if (bytes.startsWith("%PDF-"))
        return Kind::Pdf;
    if (bytes.startsWith("{\\rtf"))
        return Kind::Rtf;
    if (bytes.startsWith("\x89PNG") || bytes.startsWith("\xFF\xD8\xFF") || bytes.startsWith("GIF8")
        || bytes.startsWith(QByteArray("II*\0", 4)) || bytes.startsWith(QByteArray("MM\0*", 4))
        || (bytes.startsWith("BM") && EncodingDetector::looksBinary(bytes)))
        return Kind::Image;
    if (bytes.startsWith("Rar!") || bytes.startsWith("7z\xBC\xAF\x27\x1C") || bytes.startsWith("\x1F\x8B\x08"))
        return Kind::Archive;

    const QByteArray start = head(bytes);
    if (start.isEmpty())
        return Kind::Empty;
    if (start.startsWith("mime-version:") || start.contains("\ncontent-type: multipart/related")
        || start.startsWith("content-type: multipart/related"))
        return Kind::WebArchive;
    if (start.startsWith('<')) {
        if (start.contains("urn:schemas-microsoft-com:office:spreadsheet") || start.contains("progid=\"excel.sheet\""))
            return Kind::SpreadsheetMl;
        if (start.contains("<html") || start.contains("<!doctype html") || start.contains("<table")
            || start.contains("<body") || start.contains("<head") || start.contains("<meta"))
            return Kind::Html;
        if (start.startsWith("<?xml"))
            return Kind::Xml;
    }
    return EncodingDetector::looksBinary(bytes) ? Kind::Binary : Kind::Text;
}

} // namespace thidua
