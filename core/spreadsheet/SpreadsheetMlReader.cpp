#include "core/spreadsheet/SpreadsheetMlReader.h"

#include "core/spreadsheet/SaxCallback.h"
#include "core/spreadsheet/SheetText.h"
#include "core/spreadsheet/WorkbookReader.h"
#include "core/spreadsheet/XlsxStyles.h"
#include "core/spreadsheet/XmlGuard.h"

#include <QDate>
#include <QHash>
#include <QTime>

#include <cmath>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

namespace thidua {

namespace {

using Encoding = LegacyEncoding::Encoding;

constexpr qsizetype kChunkBytes = 64 * 1024;
constexpr int kMaxMerged = 100'000;
const char* const kNamespace = "urn:schemas-microsoft-com:office:spreadsheet";

QString toQString(const xmlChar* text, int length = -1)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(text), length);
}

bool is(const xmlChar* name, const char* what)
{
    return xmlStrcmp(name, reinterpret_cast<const xmlChar*>(what)) == 0;
}

// SAX2 attributes: localname, prefix, URI, value start, value end, for each.
QString attribute(int count, const xmlChar** attributes, const char* name)
{
    for (int i = 0; i < count; ++i) {
        const xmlChar** a = attributes + 5 * i;
        if (is(a[0], name) && (!a[2] || is(a[2], kNamespace)))
            return toQString(a[3], int(a[4] - a[3]));
    }
    return {};
}

int number(const QString& text, int fallback)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok ? value : fallback;
}

// "1980-02-01T07:30:00.000" → serial days in the 1900 date system.
std::optional<double> serial(const QString& text)
{
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    double days = double(QDate(1899, 12, 30).daysTo(date));
    const QTime time = QTime::fromString(text.mid(11, 8), Qt::ISODate);
    if (time.isValid())
        days += time.msecsSinceStartOfDay() / 86'400'000.0;
    return days;
}

class Parse
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetMlReader)

public:
    Parse(const QString& fileName, const WorkbookReader::Options& options)
        : m_fileName(fileName)
        , m_options(options)
        , m_limits(options.limits)
    {}

    void start(const xmlChar* name, const xmlChar* uri, int count, const xmlChar** attributes);
    void end(const xmlChar* name, const xmlChar* uri);
    void text(const xmlChar* characters, int length);
    void refuseDtd()
    {
        fail(Error(Error::Code::Format,
            tr("The Excel 2003 (XML) workbook is refused: it declares a DTD, which Excel never writes (it can make "
               "a small file expand without end)."),
            m_fileName));
    }
    void finishSheet();

    // An allocation failed inside a callback: it must not unwind through libxml2.
    void outOfMemory() { fail(WorkbookReader::outOfMemory(m_fileName)); }

    xmlParserCtxtPtr context = nullptr;
    std::optional<Error> error;
    Workbook workbook;

private:
    void fail(Error e)
    {
        if (!error)
            error = std::move(e);
        xmlStopParser(context);
    }
    Error sheetError(const QString& message, int row = 0, int column = 0) const
    {
        return Error(Error::Code::TooLarge, tr("Sheet “%1”: %2").arg(m_sheet.name, message), m_fileName, row, column);
    }
    void startRow(int count, const xmlChar** attributes);
    void startCell(int count, const xmlChar** attributes);
    void endCell();

    QString m_fileName;
    const WorkbookReader::Options& m_options;
    const WorkbookReader::Limits& m_limits;
    QHash<QString, Encoding> m_styleFonts; // style ID → the legacy encoding its font implies
    QString m_style; // the <Style> being read
    bool m_inSheet = false;
    Sheet m_sheet;
    QHash<quint64, Encoding> m_decided;
    int m_row = -1;
    int m_column = 0;
    bool m_inCell = false;
    int m_cellRow = 0;
    int m_cellColumn = 0;
    QString m_cellStyle;
    bool m_inData = false;
    int m_comment = 0;
    QString m_type;
    QString m_text;
    qint64 m_cells = 0;
};

void Parse::start(const xmlChar* name, const xmlChar* uri, int count, const xmlChar** attributes)
{
    if (error)
        return;
    if (m_inData) {
        return; // rich text inside <Data>: its characters belong to the cell
    }
    if (!uri || !is(uri, kNamespace))
        return;
    if (is(name, "Style")) {
        m_style = attribute(count, attributes, "ID");
    } else if (is(name, "Font") && !m_style.isEmpty()) {
        if (const auto font = XlsxStyles::fontEncoding(attribute(count, attributes, "FontName")))
            m_styleFonts.insert(m_style, *font);
    } else if (is(name, "Worksheet")) {
        if (workbook.sheets.size() >= m_limits.maxSheets) {
            fail(Error(Error::Code::TooLarge,
                tr("The workbook has more than %1 sheets, the most that is imported.").arg(m_limits.maxSheets),
                m_fileName));
            return;
        }
        m_inSheet = true;
        m_sheet = Sheet();
        m_sheet.name = attribute(count, attributes, "Name");
        if (m_sheet.name.isEmpty())
            m_sheet.name = tr("Sheet %1").arg(workbook.sheets.size() + 1);
        m_decided.clear();
        m_row = -1;
    } else if (!m_inSheet) {
        return;
    } else if (is(name, "Row")) {
        startRow(count, attributes);
    } else if (is(name, "Cell")) {
        startCell(count, attributes);
    } else if (is(name, "Comment")) {
        ++m_comment;
    } else if (is(name, "Data") && m_inCell && m_comment == 0) {
        m_inData = true;
        m_type = attribute(count, attributes, "Type");
    }
}

void Parse::end(const xmlChar* name, const xmlChar* uri)
{
    if (error || !uri || !is(uri, kNamespace))
        return;
    if (is(name, "Data")) {
        m_inData = false;
    } else if (is(name, "Style")) {
        m_style.clear();
    } else if (is(name, "Comment")) {
        m_comment = std::max(0, m_comment - 1);
    } else if (is(name, "Cell")) {
        endCell();
    } else if (is(name, "Worksheet") && m_inSheet) {
        finishSheet();
    }
}

void Parse::text(const xmlChar* characters, int length)
{
    if (error || !m_inData)
        return;
    m_text += toQString(characters, length);
    if (m_text.size() > m_limits.maxCellChars) {
        fail(sheetError(
            tr("the cell holds more than %1 characters, the most that is imported.").arg(m_limits.maxCellChars),
            m_cellRow + 1,
            m_cellColumn + 1));
    }
}

void Parse::startRow(int count, const xmlChar** attributes)
{
    const int index = number(attribute(count, attributes, "Index"), 0);
    m_row = index > m_row + 1 ? index - 1 : m_row + 1;
    m_column = 0;
    if (m_row >= m_limits.maxRows) {
        fail(sheetError(
            tr("more than %1 rows, the most that is imported from one sheet.").arg(m_limits.maxRows), m_row + 1));
    }
}

void Parse::startCell(int count, const xmlChar** attributes)
{
    if (m_row < 0)
        startRow(0, nullptr);
    if (error)
        return;
    const int index = number(attribute(count, attributes, "Index"), 0);
    if (index > m_column)
        m_column = index - 1;
    const int across = std::max(0, number(attribute(count, attributes, "MergeAcross"), 0));
    const int down = std::max(0, number(attribute(count, attributes, "MergeDown"), 0));
    const qint64 last = qint64(m_column) + across;
    if (last >= m_limits.maxColumns) {
        fail(sheetError(tr("more than %1 columns, the most that is imported.").arg(m_limits.maxColumns),
            m_row + 1,
            m_limits.maxColumns + 1));
        return;
    }
    if (across > 0 || down > 0) {
        if (m_sheet.merged.size() >= kMaxMerged) {
            fail(sheetError(tr("too many merged cells.")));
            return;
        }
        m_sheet.merged.append(
            { m_row, m_column, int(std::min<qint64>(qint64(m_row) + down, m_limits.maxRows)), int(last) });
    }
    m_inCell = true;
    m_cellRow = m_row;
    m_cellColumn = m_column;
    m_cellStyle = attribute(count, attributes, "StyleID");
    m_type.clear();
    m_text.clear();
    m_column = int(last) + 1;
}

void Parse::endCell()
{
    if (!m_inCell)
        return;
    m_inCell = false;
    m_inData = false;
    Cell cell;
    if (m_type == u"Number") {
        bool ok = false;
        const double value = m_text.trimmed().toDouble(&ok);
        if (ok && std::isfinite(value)) {
            cell.type = Cell::Type::Number;
            cell.number = value;
            cell.text = SheetText::numberText(value);
        }
    } else if (m_type == u"DateTime") {
        if (const auto days = serial(m_text.trimmed())) {
            cell.type = Cell::Type::Number;
            cell.number = *days;
            cell.isDate = true;
            cell.text = SheetText::dateText(*days);
        }
    } else if (m_type == u"Boolean") {
        cell.type = Cell::Type::Boolean;
        cell.number = m_text.trimmed() == u"1" ? 1 : 0;
        cell.text = cell.number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    }
    if (cell.type == Cell::Type::Empty && !m_text.trimmed().isEmpty()) {
        cell.type = Cell::Type::Text;
        cell.text = m_text;
    }
    m_text.clear();
    if (cell.type == Cell::Type::Empty)
        return;
    if (cell.type == Cell::Type::Text && !m_options.encoding) {
        const auto font = m_styleFonts.constFind(m_cellStyle);
        if (font != m_styleFonts.cend())
            m_decided.insert((quint64(quint32(m_cellRow)) << 32) | quint32(m_cellColumn), *font);
    }
    QList<QList<Cell>>& rows = m_sheet.rows;
    if (rows.size() <= m_cellRow)
        rows.resize(m_cellRow + 1);
    QList<Cell>& cells = rows[m_cellRow];
    if (cells.size() <= m_cellColumn) {
        m_cells += m_cellColumn + 1 - cells.size();
        if (m_cells > m_limits.maxCells) {
            fail(
                sheetError(tr("the workbook has more than %1 cells, the most that is imported.").arg(m_limits.maxCells),
                    m_cellRow + 1,
                    m_cellColumn + 1));
            return;
        }
        cells.resize(m_cellColumn + 1);
    }
    cells[m_cellColumn] = std::move(cell);
}

void Parse::finishSheet()
{
    m_inSheet = false;
    for (CellRange& range : m_sheet.merged)
        range.lastRow = std::min(range.lastRow, std::max(range.firstRow, int(m_sheet.rows.size()) - 1));
    SheetText::finish(m_sheet, m_options.encoding, [&](int row, int column) -> std::optional<Encoding> {
        const auto it = m_decided.constFind((quint64(quint32(row)) << 32) | quint32(column));
        if (it == m_decided.cend())
            return std::nullopt;
        return *it;
    });
    SheetText::trim(m_sheet);
    workbook.sheets.append(std::move(m_sheet));
    m_sheet = Sheet();
}

Error guardError(XmlGuard::Breach breach, const XmlGuard::Limits& limits, const QString& fileName)
{
    switch (breach) {
    case XmlGuard::Breach::Depth:
        return Error(Error::Code::TooLarge,
            SpreadsheetMlReader::tr("The Excel 2003 (XML) workbook is refused: it nests elements more than %1 deep "
                                    "(it is damaged or made to exhaust memory).")
                .arg(limits.maxDepth),
            fileName);
    case XmlGuard::Breach::Elements:
        return Error(Error::Code::TooLarge,
            SpreadsheetMlReader::tr("The Excel 2003 (XML) workbook is refused: it holds more than %1 elements, far "
                                    "more than any list.")
                .arg(limits.maxElements),
            fileName);
    case XmlGuard::Breach::Token:
    case XmlGuard::Breach::None:
        break;
    }
    return Error(Error::Code::TooLarge,
        SpreadsheetMlReader::tr("The Excel 2003 (XML) workbook is refused: it holds a text or a tag longer than %1 KB, "
                                "far more than any cell.")
            .arg(limits.maxTokenBytes / 1024),
        fileName);
}

} // namespace

Result<Workbook> SpreadsheetMlReader::read(
    const QByteArray& bytes, const QString& fileName, const WorkbookReader::Options& options)
{
    const WorkbookReader::Limits& limits = options.limits;
    if (bytes.size() > limits.maxFileBytes) {
        return Error(Error::Code::TooLarge,
            tr("The file is larger than %1 MB, the most that is imported.").arg(limits.maxFileBytes / (1024 * 1024)),
            fileName);
    }
    XmlGuard::Limits xmlLimits;
    xmlLimits.maxDepth = limits.maxXmlDepth;
    xmlLimits.maxElements = limits.maxXmlElements;
    xmlLimits.maxTokenBytes = limits.maxXmlTokenBytes;
    XmlGuard guard(xmlLimits);
    if (const XmlGuard::Breach breach = guard.feed(bytes.constData(), bytes.size()); breach != XmlGuard::Breach::None)
        return guardError(breach, xmlLimits, fileName);

    xmlInitParser();
    xmlSAXHandler sax {};
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = [](void* data,
                             const xmlChar* name,
                             const xmlChar*,
                             const xmlChar* uri,
                             int,
                             const xmlChar**,
                             int count,
                             int,
                             const xmlChar** attributes) {
        saxCallback<Parse>(data, [&](Parse* p) { p->start(name, uri, count, attributes); });
    };
    sax.endElementNs = [](void* data, const xmlChar* name, const xmlChar*, const xmlChar* uri) {
        saxCallback<Parse>(data, [&](Parse* p) { p->end(name, uri); });
    };
    sax.characters = [](void* data, const xmlChar* text, int length) {
        saxCallback<Parse>(data, [&](Parse* p) { p->text(text, length); });
    };
    sax.cdataBlock = sax.characters;
    // A DTD or an entity declaration stops the parse before anything is declared, let alone expanded.
    sax.internalSubset = [](void* data, const xmlChar*, const xmlChar*, const xmlChar*) {
        saxCallback<Parse>(data, [&](Parse* p) { p->refuseDtd(); });
    };
    sax.entityDecl = [](void* data, const xmlChar*, int, const xmlChar*, const xmlChar*, xmlChar*) {
        saxCallback<Parse>(data, [&](Parse* p) { p->refuseDtd(); });
    };
    sax.serror = [](void*, xmlErrorPtr) {};

    Parse parse(fileName, options);
    xmlParserCtxtPtr context = xmlCreatePushParserCtxt(&sax, &parse, nullptr, 0, nullptr);
    if (!context)
        return Error(
            Error::Code::TooLarge, tr("The Excel 2003 (XML) workbook cannot be read: not enough memory."), fileName);
    parse.context = context;
    xmlCtxtUseOptions(context, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    int status = 0;
    for (qsizetype at = 0; at < bytes.size() && !parse.error && status == 0; at += kChunkBytes) {
        const int length = int(std::min(kChunkBytes, bytes.size() - at));
        status = xmlParseChunk(context, bytes.constData() + at, length, 0);
    }
    if (!parse.error && status == 0)
        status = xmlParseChunk(context, nullptr, 0, 1);
    const int line = context->input ? context->input->line : 0;
    const bool wellFormed = context->wellFormed != 0;
    xmlFreeParserCtxt(context);
    if (parse.error)
        return *parse.error;
    if (status != 0 || !wellFormed) {
        return Error(Error::Code::Format,
            tr("The Excel 2003 (XML) workbook is damaged or cut short (line %1).").arg(line),
            fileName);
    }
    if (parse.workbook.sheets.isEmpty())
        return Error(Error::Code::Format, tr("The workbook has no worksheet."), fileName);
    parse.workbook.fileName = fileName;
    return std::move(parse.workbook);
}

} // namespace thidua
