#include "core/spreadsheet/TextSheetReader.h"

#include "core/spreadsheet/SheetText.h"
#include "core/text/EncodingDetector.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace thidua {

namespace {

using Encoding = LegacyEncoding::Encoding;

constexpr QChar kSeparators[] = { u',', u';', u'\t' };

// Binary data decodes to control characters (or U+FFFD); text has next to none.
bool looksBinary(QStringView text)
{
    const qsizetype sample = std::min<qsizetype>(text.size(), 1 << 20);
    qsizetype bad = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const char16_t u = text[i].unicode();
        if (u == 0)
            return true;
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != 0x0B && u != 0x0C) || u == 0x7F || u == 0xFFFD)
            ++bad;
    }
    return bad >= 2 && bad * 50 > sample;
}

QString baseName(const QString& fileName)
{
    const QString base = QFileInfo(fileName).completeBaseName();
    return base.isEmpty() ? fileName : base;
}

} // namespace

QChar TextSheetReader::detectSeparator(QStringView text)
{
    // Counts per record (outside quotes) for the first records.
    constexpr int kRecords = 50;
    QList<std::array<int, 3>> counts;
    std::array<int, 3> current {};
    bool quoted = false;
    bool any = false;
    const qsizetype limit = std::min<qsizetype>(text.size(), 256 * 1024);
    for (qsizetype i = 0; i < limit && counts.size() < kRecords; ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (c == u'\n' || c == u'\r') {
            if (any)
                counts.append(current);
            current = {};
            any = false;
            continue;
        }
        any = true;
        for (int k = 0; k < 3; ++k) {
            if (c == kSeparators[k])
                ++current[k];
        }
    }
    if (any && counts.size() < kRecords)
        counts.append(current);

    // For each separator, the most frequent non-zero count and how many records have exactly it: a real separator
    // splits every record into the same number of fields, a comma inside names does not.
    QChar best = u',';
    int bestRecords = 0;
    int bestCount = 0;
    for (int k = 0; k < 3; ++k) {
        QHash<int, int> frequency;
        for (const auto& record : counts) {
            if (record[k] > 0)
                ++frequency[record[k]];
        }
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > bestRecords || (it.value() == bestRecords && it.key() > bestCount)) {
                best = kSeparators[k];
                bestRecords = it.value();
                bestCount = it.key();
            }
        }
    }
    return best;
}

Result<Workbook> TextSheetReader::read(
    const QByteArray& bytes, const QString& fileName, const WorkbookReader::Options& options)
{
    const WorkbookReader::Limits& limits = options.limits;
    if (bytes.size() > limits.maxFileBytes) {
        return Error(Error::Code::TooLarge,
            tr("The file is larger than %1 MB, the most that is imported.").arg(limits.maxFileBytes / (1024 * 1024)),
            fileName);
    }

    const auto binary = [&] {
        return Error(Error::Code::Format,
            tr("The file is not a text (CSV) file: it holds binary data. Spreadsheets must be saved as "
               ".xlsx, .xls or .csv."),
            fileName);
    };
    // On the raw bytes first, before anything is decoded: binary data is refused at once, whatever its size.
    if (EncodingDetector::looksBinary(bytes))
        return binary();
    EncodingDetector::Detection detection;
    if (options.encoding)
        detection = { *options.encoding, 1.0 };
    else
        detection = EncodingDetector::detect(bytes);
    const QString text = LegacyEncoding::decode(bytes, detection.encoding);
    if (looksBinary(text))
        return binary();

    QStringView rest(text);
    QChar separator;
    // Excel's hint line: "sep=;".
    if (rest.startsWith(u"sep=") && rest.size() >= 5 && (rest.size() == 5 || rest[5] == u'\r' || rest[5] == u'\n')) {
        separator = rest[4];
        rest = rest.mid(5);
        if (rest.startsWith(u"\r\n"))
            rest = rest.mid(2);
        else if (!rest.isEmpty())
            rest = rest.mid(1);
    } else {
        separator = detectSeparator(rest);
    }

    Sheet sheet;
    sheet.name = baseName(fileName);
    sheet.encoding = detection.encoding;
    sheet.encodingConfidence = detection.confidence;

    QList<Cell> row;
    qint64 cellCount = 0;
    QString field;
    bool fieldQuoted = false;
    int line = 1;
    const qsizetype n = rest.size();
    qsizetype i = 0;

    auto endField = [&]() -> Status {
        if (field.size() > limits.maxCellChars) {
            return Error(Error::Code::TooLarge,
                tr("The cell holds more than %1 characters, the most that is imported.").arg(limits.maxCellChars),
                fileName,
                int(sheet.rows.size()) + 1,
                int(row.size()) + 1);
        }
        if (row.size() >= limits.maxColumns) {
            return Error(Error::Code::TooLarge,
                tr("The row has more than %1 columns, the most that is imported.").arg(limits.maxColumns),
                fileName,
                int(sheet.rows.size()) + 1,
                int(row.size()) + 1);
        }
        if (++cellCount > limits.maxCells) {
            return Error(Error::Code::TooLarge,
                tr("The file has more than %1 cells, the most that is imported.").arg(limits.maxCells),
                fileName,
                int(sheet.rows.size()) + 1,
                int(row.size()) + 1);
        }
        Cell cell;
        if (!field.isEmpty() || fieldQuoted) {
            cell.type = Cell::Type::Text;
            cell.text = field;
        }
        row.append(cell);
        field.clear();
        fieldQuoted = false;
        return {};
    };
    auto endRecord = [&]() -> Status {
        // Trailing empty cells are dropped: an empty line is an empty row.
        while (!row.isEmpty() && row.constLast().type == Cell::Type::Empty)
            row.removeLast();
        if (sheet.rows.size() >= limits.maxRows) {
            return Error(Error::Code::TooLarge,
                tr("The file has more than %1 rows, the most that is imported from one sheet.").arg(limits.maxRows),
                fileName,
                int(sheet.rows.size()) + 1);
        }
        sheet.rows.append(row);
        row.clear();
        return {};
    };

    bool atRecordStart = true;
    while (i < n) {
        const QChar c = rest[i];
        if (field.isEmpty() && !fieldQuoted && c == u'"') {
            // A quoted field: up to the closing quote; "" is a quote; line breaks belong to the field.
            const int openLine = line;
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar q = rest[i];
                if (q == u'"') {
                    if (i + 1 < n && rest[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (q == u'\n')
                    ++line;
                field += q;
                ++i;
                if (field.size() > limits.maxCellChars)
                    break; // reported by endField
            }
            fieldQuoted = true;
            if (!closed && field.size() <= limits.maxCellChars) {
                return Error(Error::Code::Format,
                    tr("A quoted cell that starts on line %1 is never closed: the file is cut short or "
                       "has a stray quote mark.")
                        .arg(openLine),
                    fileName,
                    int(sheet.rows.size()) + 1,
                    int(row.size()) + 1);
            }
            if (!closed) {
                if (Status s = endField(); !s)
                    return s.error();
            }
            atRecordStart = false;
            continue;
        }
        if (c == separator) {
            if (Status s = endField(); !s)
                return s.error();
            atRecordStart = false;
            ++i;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && rest[i + 1] == u'\n')
                ++i;
            ++i;
            ++line;
            if (Status s = endField(); !s)
                return s.error();
            if (Status s = endRecord(); !s)
                return s.error();
            atRecordStart = true;
            continue;
        }
        field += c;
        if (field.size() > limits.maxCellChars) {
            if (Status s = endField(); !s)
                return s.error();
        }
        atRecordStart = false;
        ++i;
    }
    if (!atRecordStart) {
        if (Status s = endField(); !s)
            return s.error();
        if (Status s = endRecord(); !s)
            return s.error();
    }
    while (!sheet.rows.isEmpty() && sheet.rows.constLast().isEmpty())
        sheet.rows.removeLast();

    // Text decoded from legacy bytes is proper already; a Unicode file may still hold cells typed in a legacy
    // font (an Excel sheet in .VnTime saved as CSV UTF-8).
    if (detection.encoding == Encoding::Utf8 || detection.encoding == Encoding::Utf16)
        SheetText::finish(sheet, options.encoding);
    else
        SheetText::clean(sheet);
    // Empty cells after cleaning may leave empty rows at the end.
    while (!sheet.rows.isEmpty()
        && std::all_of(sheet.rows.constLast().cbegin(), sheet.rows.constLast().cend(), [](const Cell& cell) {
               return cell.type == Cell::Type::Empty;
           }))
        sheet.rows.removeLast();

    Workbook workbook;
    workbook.fileName = fileName;
    workbook.sheets.append(std::move(sheet));
    return workbook;
}

} // namespace thidua
