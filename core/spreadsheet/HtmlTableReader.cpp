#include "core/spreadsheet/HtmlTableReader.h"

#include "core/spreadsheet/SaxCallback.h"
#include "core/spreadsheet/SheetText.h"
#include "core/spreadsheet/WorkbookReader.h"
#include "core/text/EncodingDetector.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <vector>

namespace thidua {

namespace {

using Encoding = LegacyEncoding::Encoding;

constexpr int kMaxColspan = 1000; // HTML's own limits
constexpr int kMaxRowspan = 65534;
constexpr int kMaxMerged = 100'000;
constexpr qsizetype kChunkBytes = 64 * 1024;
constexpr qsizetype kMaxSearch = 1024 * 1024;

// One <table> being read.
struct Table
{
    int order = 0; // which table of the page, by where it starts
    Sheet sheet;
    int row = -1;
    int column = 0;
    std::vector<int> blockedUntil; // per column: the last row a rowspan above covers
    bool inCell = false;
    int cellRow = 0;
    int cellColumn = 0;
    QString text;
};

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == QChar(0x00A0);
}

// White space runs become one space, explicit breaks ('\v' while collecting) become line breaks.
QString collapse(const QString& raw)
{
    QString out;
    out.reserve(raw.size());
    bool space = false;
    for (const QChar c : raw) {
        if (c == u'\v') {
            while (out.endsWith(u' '))
                out.chop(1);
            out += u'\n';
            space = false;
        } else if (isHtmlSpace(c)) {
            space = true;
        } else {
            if (space && !out.isEmpty() && !out.endsWith(u'\n'))
                out += u' ';
            space = false;
            out += c;
        }
    }
    while (out.endsWith(u'\n'))
        out.chop(1);
    while (out.startsWith(u'\n'))
        out.remove(0, 1);
    return out;
}

int spanOf(const xmlChar** attributes, const char* name, int max)
{
    for (const xmlChar** a = attributes; a && a[0]; a += 2) {
        if (xmlStrcasecmp(a[0], reinterpret_cast<const xmlChar*>(name)) == 0 && a[1]) {
            bool ok = false;
            const int value = QByteArray(reinterpret_cast<const char*>(a[1])).trimmed().toInt(&ok);
            return ok && value >= 1 ? std::min(value, max) : 1;
        }
    }
    return 1;
}

bool is(const xmlChar* name, const char* what)
{
    return xmlStrcmp(name, reinterpret_cast<const xmlChar*>(what)) == 0;
}

bool breaksLine(const xmlChar* name)
{
    static const char* const blocks[] = { "br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6" };
    return std::any_of(std::begin(blocks), std::end(blocks), [&](const char* b) { return is(name, b); });
}

void ignoreMessage(void*, const char*, ...) {}

// The state of one page being read, shared with the SAX callbacks.
class Parse
{
    Q_DECLARE_TR_FUNCTIONS(HtmlTableReader)

public:
    Parse(const QString& fileName, const WorkbookReader::Limits& limits)
        : m_fileName(fileName)
        , m_limits(limits)
    {}

    void start(const xmlChar* name, const xmlChar** attributes);
    void end(const xmlChar* name);
    void text(const xmlChar* characters, int length);
    // Tables the page never closed (a page cut short).
    void closeAll()
    {
        while (!error && !m_tables.empty())
            end(reinterpret_cast<const xmlChar*>("table"));
    }

    // An allocation failed inside a callback: it must not unwind through libxml2.
    void outOfMemory() { fail(WorkbookReader::outOfMemory(m_fileName)); }

    htmlParserCtxtPtr context = nullptr;
    std::optional<Error> error;
    QList<Table> finished;

private:
    void fail(Error e)
    {
        if (!error)
            error = std::move(e);
        xmlStopParser(context);
    }
    Error sheetError(const QString& message, int row = 0, int column = 0) const
    {
        return Error(
            Error::Code::TooLarge, tr("Table %1: %2").arg(m_tables.back().order).arg(message), m_fileName, row, column);
    }
    void startRow();
    void startCell(const xmlChar** attributes);
    void endCell();

    QString m_fileName;
    const WorkbookReader::Limits& m_limits;
    std::vector<Table> m_tables; // the open ones, innermost last
    int m_depth = 0;
    qint64 m_elements = 0;
    int m_ignored = 0; // inside <script>, <style>
    int m_started = 0; // tables started so far
    qint64 m_cells = 0;
};

void Parse::start(const xmlChar* name, const xmlChar** attributes)
{
    if (error)
        return;
    if (++m_depth > m_limits.maxXmlDepth) {
        fail(Error(Error::Code::TooLarge,
            tr("The web page is refused: it nests elements more than %1 deep (it is damaged or made to exhaust "
               "memory).")
                .arg(m_limits.maxXmlDepth),
            m_fileName));
        return;
    }
    if (++m_elements > m_limits.maxXmlElements) {
        fail(Error(Error::Code::TooLarge,
            tr("The web page is refused: it holds more than %1 elements, far more than any list.")
                .arg(m_limits.maxXmlElements),
            m_fileName));
        return;
    }
    if (is(name, "script") || is(name, "style")) {
        ++m_ignored;
    } else if (is(name, "table")) {
        Table table;
        table.order = ++m_started;
        table.sheet.name = QString::number(table.order);
        m_tables.push_back(std::move(table));
    } else if (m_tables.empty()) {
        return;
    } else if (is(name, "tr")) {
        startRow();
    } else if (is(name, "td") || is(name, "th")) {
        startCell(attributes);
    } else if (m_tables.back().inCell && breaksLine(name)) {
        m_tables.back().text += u'\v';
    }
}

void Parse::end(const xmlChar* name)
{
    if (error)
        return;
    --m_depth;
    if (is(name, "script") || is(name, "style")) {
        m_ignored = std::max(0, m_ignored - 1);
    } else if (m_tables.empty()) {
        return;
    } else if (is(name, "table")) {
        endCell();
        if (!error) {
            finished.append(std::move(m_tables.back()));
            m_tables.pop_back();
        }
    } else if (is(name, "td") || is(name, "th")) {
        endCell();
    } else if (m_tables.back().inCell && breaksLine(name) && !is(name, "br")) {
        m_tables.back().text += u'\v';
    }
}

void Parse::text(const xmlChar* characters, int length)
{
    if (error || m_ignored > 0 || m_tables.empty() || !m_tables.back().inCell)
        return;
    Table& table = m_tables.back();
    table.text += QString::fromUtf8(reinterpret_cast<const char*>(characters), length);
    // Collapsing white space can only shorten it: a text over the limit twice over is refused as it streams.
    if (table.text.size() > 2 * qsizetype(m_limits.maxCellChars)) {
        fail(sheetError(
            tr("the cell holds more than %1 characters, the most that is imported.").arg(m_limits.maxCellChars),
            table.cellRow + 1,
            table.cellColumn + 1));
    }
}

void Parse::startRow()
{
    endCell();
    Table& table = m_tables.back();
    ++table.row;
    table.column = 0;
    if (table.row >= m_limits.maxRows) {
        fail(sheetError(
            tr("more than %1 rows, the most that is imported from one sheet.").arg(m_limits.maxRows), table.row + 1));
    }
}

void Parse::startCell(const xmlChar** attributes)
{
    endCell();
    if (error)
        return;
    Table& table = m_tables.back();
    if (table.row < 0)
        startRow();
    if (error)
        return;
    while (table.column < int(table.blockedUntil.size()) && table.blockedUntil[table.column] >= table.row)
        ++table.column;
    const int colspan = spanOf(attributes, "colspan", kMaxColspan);
    const int rowspan = spanOf(attributes, "rowspan", kMaxRowspan);
    const int last = table.column + colspan - 1;
    if (last >= m_limits.maxColumns) {
        fail(sheetError(tr("more than %1 columns, the most that is imported.").arg(m_limits.maxColumns),
            table.row + 1,
            m_limits.maxColumns + 1));
        return;
    }
    if (rowspan > 1) {
        if (int(table.blockedUntil.size()) <= last)
            table.blockedUntil.resize(last + 1, -1);
        for (int c = table.column; c <= last; ++c)
            table.blockedUntil[c] = table.row + rowspan - 1;
    }
    if (colspan > 1 || rowspan > 1) {
        if (table.sheet.merged.size() >= kMaxMerged) {
            fail(sheetError(tr("too many merged cells.")));
            return;
        }
        table.sheet.merged.append({ table.row, table.column, table.row + rowspan - 1, last });
    }
    table.inCell = true;
    table.cellRow = table.row;
    table.cellColumn = table.column;
    table.text.clear();
    table.column = last + 1;
}

void Parse::endCell()
{
    if (m_tables.empty() || !m_tables.back().inCell)
        return;
    Table& table = m_tables.back();
    table.inCell = false;
    const QString value = collapse(table.text);
    table.text.clear();
    if (value.isEmpty())
        return;
    if (value.size() > m_limits.maxCellChars) {
        fail(sheetError(
            tr("the cell holds more than %1 characters, the most that is imported.").arg(m_limits.maxCellChars),
            table.cellRow + 1,
            table.cellColumn + 1));
        return;
    }
    QList<QList<Cell>>& rows = table.sheet.rows;
    if (rows.size() <= table.cellRow)
        rows.resize(table.cellRow + 1);
    QList<Cell>& cells = rows[table.cellRow];
    if (cells.size() <= table.cellColumn) {
        m_cells += table.cellColumn + 1 - cells.size();
        if (m_cells > m_limits.maxCells) {
            fail(
                sheetError(tr("the workbook has more than %1 cells, the most that is imported.").arg(m_limits.maxCells),
                    table.cellRow + 1,
                    table.cellColumn + 1));
            return;
        }
        cells.resize(table.cellColumn + 1);
    }
    Cell& cell = cells[table.cellColumn];
    cell.type = Cell::Type::Text;
    cell.text = value;
}

// The encoding of the page.
EncodingDetector::Detection encodingOf(const QByteArray& bytes, const WorkbookReader::Options& options)
{
    if (options.encoding)
        return { *options.encoding, 1.0 };
    const bool bom = bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (const auto declared = HtmlTableReader::declaredEncoding(bytes); declared && !bom)
        return { *declared, 1.0 };
    return EncodingDetector::detect(bytes);
}

// Gives the page to `feed` as UTF-8, a piece at a time, so that no copy of the whole page is held: valid UTF-8 as it
// is; the legacy encodings (ASCII-compatible, so a piece cut before a '<' never cuts a letter) decoded piece by piece;
// UTF-16 and broken UTF-8 decoded whole.
template <typename Feed> void feedUtf8(const QByteArray& bytes, LegacyEncoding::Encoding encoding, Feed feed)
{
    const auto pieces = [&](const QByteArray& data, qsizetype start, bool decode) {
        for (qsizetype at = start; at < data.size();) {
            // Cut before a '<' (never inside a character), or after 1 MB more when there is none.
            qsizetype end = std::min(data.size(), at + kChunkBytes);
            if (end < data.size()) {
                const auto* tag = static_cast<const char*>(
                    std::memchr(data.constData() + end, '<', size_t(std::min(data.size() - end, kMaxSearch))));
                end = tag ? tag - data.constData() : std::min(data.size(), end + kMaxSearch);
            }
            const QByteArrayView piece(data.constData() + at, end - at);
            const bool more = decode
                ? feed(QByteArrayView(LegacyEncoding::decode(piece.toByteArray(), encoding).toUtf8()))
                : feed(piece);
            if (!more)
                return;
            at = end;
        }
    };
    const qsizetype bom = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (encoding == Encoding::Utf8 && QByteArrayView(bytes).sliced(bom).isValidUtf8()) {
        pieces(bytes, bom, false);
    } else if (encoding == Encoding::Utf8 || encoding == Encoding::Utf16) {
        QByteArray utf8 = LegacyEncoding::decode(bytes, encoding).toUtf8();
        pieces(utf8, utf8.startsWith("\xEF\xBB\xBF") ? 3 : 0, false);
    } else {
        pieces(bytes, 0, true);
    }
}

} // namespace

std::optional<LegacyEncoding::Encoding> HtmlTableReader::declaredEncoding(const QByteArray& bytes)
{
    static const QRegularExpression charset(QStringLiteral(R"(<meta[^>]*charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = charset.match(QString::fromLatin1(bytes.left(4096)));
    if (!match.hasMatch())
        return std::nullopt;
    const QString name = match.captured(1).toLower();
    if (name == u"utf-8" || name == u"utf8") {
        // Only when it is true: pages saved in another encoding often keep the template's declaration.
        if (EncodingDetector::detect(bytes).encoding == Encoding::Utf8)
            return Encoding::Utf8;
        return std::nullopt;
    }
    if (name.startsWith(u"utf-16") || name == u"unicode")
        return Encoding::Utf16;
    if (name == u"windows-1258" || name == u"cp1258" || name == u"x-cp1258")
        return Encoding::Cp1258;
    if (name.startsWith(u"tcvn") || name == u"x-viet-tcvn5712" || name == u"vn3")
        return Encoding::Tcvn3;
    if (name.startsWith(u"vni") || name == u"x-viet-vni")
        return Encoding::Vni;
    return std::nullopt;
}

Result<Workbook> HtmlTableReader::read(
    const QByteArray& bytes, const QString& fileName, const WorkbookReader::Options& options)
{
    const WorkbookReader::Limits& limits = options.limits;
    if (bytes.size() > limits.maxFileBytes) {
        return Error(Error::Code::TooLarge,
            tr("The file is larger than %1 MB, the most that is imported.").arg(limits.maxFileBytes / (1024 * 1024)),
            fileName);
    }
    const EncodingDetector::Detection detection = encodingOf(bytes, options);

    xmlInitParser();
    htmlSAXHandler sax {};
    sax.startElement = [](void* data, const xmlChar* name, const xmlChar** attributes) {
        saxCallback<Parse>(data, [&](Parse* p) { p->start(name, attributes); });
    };
    sax.endElement = [](void* data, const xmlChar* name) { saxCallback<Parse>(data, [&](Parse* p) { p->end(name); }); };
    sax.characters = [](void* data, const xmlChar* text, int length) {
        saxCallback<Parse>(data, [&](Parse* p) { p->text(text, length); });
    };
    sax.cdataBlock = sax.characters;
    sax.warning = ignoreMessage;
    sax.error = ignoreMessage;
    sax.fatalError = ignoreMessage;

    Parse parse(fileName, limits);
    htmlParserCtxtPtr context = htmlCreatePushParserCtxt(&sax, &parse, nullptr, 0, nullptr, XML_CHAR_ENCODING_UTF8);
    if (!context)
        return Error(Error::Code::TooLarge, tr("The web page cannot be read: not enough memory."), fileName);
    parse.context = context;
    // No network, no encoding switch on <meta> (the text is UTF-8 already); errors are the page's, not ours.
    htmlCtxtUseOptions(context, HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC);
    context->sax->warning = ignoreMessage;
    context->sax->error = ignoreMessage;
    context->sax->fatalError = ignoreMessage;
    feedUtf8(bytes, detection.encoding, [&](QByteArrayView utf8) {
        htmlParseChunk(context, utf8.data(), int(utf8.size()), 0);
        return !parse.error;
    });
    if (!parse.error)
        htmlParseChunk(context, nullptr, 0, 1);
    parse.closeAll();
    htmlFreeParserCtxt(context);
    if (parse.error)
        return *parse.error;

    QList<Table> tables = std::move(parse.finished);
    tables.removeIf([](const Table& t) { return t.sheet.rows.isEmpty(); });
    if (tables.isEmpty()) {
        return Error(Error::Code::Format,
            tr("The file is a web page (HTML) with no table in it, so there is no list to import."),
            fileName);
    }
    if (tables.size() > limits.maxSheets) {
        return Error(Error::Code::TooLarge,
            tr("The web page holds more than %1 tables, the most that is imported.").arg(limits.maxSheets),
            fileName);
    }
    std::sort(tables.begin(), tables.end(), [](const Table& a, const Table& b) { return a.order < b.order; });
    Workbook workbook;
    workbook.fileName = fileName;
    const QString base = QFileInfo(fileName).completeBaseName();
    for (int i = 0; i < tables.size(); ++i) {
        Sheet& sheet = tables[i].sheet;
        sheet.name = tables.size() == 1 && !base.isEmpty() ? base : tr("Table %1").arg(i + 1);
        for (CellRange& range : sheet.merged)
            range.lastRow = std::min(range.lastRow, std::max(range.firstRow, int(sheet.rows.size()) - 1));
        sheet.encoding = detection.encoding;
        sheet.encodingConfidence = detection.confidence;
        // Text decoded from legacy bytes is proper already; a Unicode page may hold text typed in a legacy font.
        if (detection.encoding == Encoding::Utf8 || detection.encoding == Encoding::Utf16)
            SheetText::finish(sheet, options.encoding);
        else
            SheetText::clean(sheet);
        SheetText::trim(sheet);
        workbook.sheets.append(std::move(sheet));
    }
    return workbook;
}

} // namespace thidua
