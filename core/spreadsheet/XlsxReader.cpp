#include "core/spreadsheet/XlsxReader.h"

#include "core/spreadsheet/SheetText.h"
#include "core/spreadsheet/XlsxPackage.h"
#include "core/spreadsheet/XlsxSharedStrings.h"
#include "core/spreadsheet/XlsxStyles.h"
#include "core/text/EncodingDetector.h"

#include <QDate>
#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <functional>

namespace thidua {

namespace {

using Encoding = LegacyEncoding::Encoding;

const QString kRelationshipsNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

struct Relationship
{
    QString type; // the last path segment of the type URI: "worksheet", "sharedStrings", "styles", "officeDocument"
    QString target; // the part's full name in the package
};

// State of one workbook being read.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    Reader(const QString& fileName, const WorkbookReader::Options& options)
        : m_fileName(fileName)
        , m_options(options)
        , m_limits(options.limits)
    {}

    Result<Workbook> read(const QByteArray& bytes);

private:
    Status parse(const QString& part, const XlsxPackage::ElementHandler& element)
    {
        return m_package->parseXml(part, element);
    }
    Error xmlError(const QString& part, const QXmlStreamReader& xml) const { return m_package->xmlError(part, xml); }

    Result<QHash<QString, Relationship>> relationships(const QString& part);
    // The text of an <si> or <is> element (the reader stands on its start); converts runs in legacy fonts.
    Result<QString> readRichText(QXmlStreamReader& xml, const QString& part, bool* converted);
    Result<Sheet> readSheet(const QString& name, const QString& part);
    // A zip archive without a workbook: what it is instead.
    Error notAWorkbook(const QString& workbookPart) const;

    Error sheetError(Error::Code code, const QString& sheet, const QString& message, int row = 0, int column = 0) const
    {
        return Error(code, tr("Sheet “%1”: %2").arg(sheet, message), m_fileName, row, column);
    }

    QString m_fileName;
    const WorkbookReader::Options& m_options;
    const WorkbookReader::Limits& m_limits;
    std::unique_ptr<XlsxPackage> m_package;
    bool m_date1904 = false;
    QList<XlsxStyles::CellStyle> m_styles;
    QList<SharedString> m_strings;
    qint64 m_cells = 0; // cells held in all sheets so far
};

QString resolve(const QString& base, const QString& target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    const qsizetype slash = base.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : base.left(slash + 1);
    return QDir::cleanPath(folder + target);
}

// The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels".
QString relationshipsOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

} // namespace

bool XlsxReader::parseCellReference(QStringView reference, int* row, int* column)
{
    qsizetype i = 0;
    qint64 col = 0;
    while (i < reference.size() && reference[i].isLetter() && reference[i].unicode() < 0x80) {
        col = col * 26 + (reference[i].toUpper().unicode() - u'A' + 1);
        if (col > 1'000'000)
            return false;
        ++i;
    }
    if (i == 0 || i == reference.size())
        return false;
    qint64 r = 0;
    for (; i < reference.size(); ++i) {
        if (!reference[i].isDigit() || reference[i].unicode() >= 0x80)
            return false;
        r = r * 10 + (reference[i].unicode() - u'0');
        if (r > 100'000'000)
            return false;
    }
    if (r < 1)
        return false;
    *row = int(r - 1);
    *column = int(col - 1);
    return true;
}

QString XlsxReader::unescape(const QString& text)
{
    if (!text.contains(u"_x"))
        return text;
    const auto hex = [](QChar c) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            return u - u'0';
        if (u >= u'A' && u <= u'F')
            return u - u'A' + 10;
        if (u >= u'a' && u <= u'f')
            return u - u'a' + 10;
        return -1;
    };
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (text[i] == u'_' && i + 6 < n && text[i + 1] == u'x' && text[i + 6] == u'_') {
            int code = 0;
            bool ok = true;
            for (qsizetype k = i + 2; k < i + 6 && ok; ++k) {
                const int digit = hex(text[k]);
                ok = digit >= 0;
                code = code * 16 + digit;
            }
            if (ok) {
                out += QChar(char16_t(code));
                i += 7;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

Error Reader::notAWorkbook(const QString& workbookPart) const
{
    if (m_package->contains(QStringLiteral("word/document.xml"))) {
        return Error(Error::Code::Format,
            tr("The file is a Word document (.docx), not a spreadsheet: copy its table into Excel and save it as "
               ".xlsx, or ask for the list as an Excel file."),
            m_fileName);
    }
    if (m_package->contains(QStringLiteral("ppt/presentation.xml"))) {
        return Error(Error::Code::Format,
            tr("The file is a PowerPoint presentation, not a spreadsheet: ask for the list as an Excel file."),
            m_fileName);
    }
    if (m_package->contains(QStringLiteral("content.xml")) && m_package->contains(QStringLiteral("mimetype"))) {
        return Error(Error::Code::Format,
            tr("The file is an OpenDocument file (LibreOffice, OpenOffice), not an Excel workbook: open it there and "
               "save it as Excel 2007–365 (.xlsx)."),
            m_fileName);
    }
    return Error(Error::Code::Format,
        tr("The file is a ZIP archive but not an Excel workbook (it has no %1): extract it first, or check that the "
           "right file was chosen.")
            .arg(workbookPart),
        m_fileName);
}

Result<Workbook> XlsxReader::read(
    const QByteArray& bytes, const QString& fileName, const WorkbookReader::Options& options)
{
    if (bytes.size() > options.limits.maxFileBytes) {
        return Error(Error::Code::TooLarge,
            tr("The file is larger than %1 MB, the most that is imported.")
                .arg(options.limits.maxFileBytes / (1024 * 1024)),
            fileName);
    }
    Reader reader(fileName, options);
    return reader.read(bytes);
}

Result<QHash<QString, Relationship>> Reader::relationships(const QString& part)
{
    QHash<QString, Relationship> out;
    const QString rels = relationshipsOf(part);
    if (!m_package->contains(rels))
        return out;
    const Status status = parse(rels, [&](QXmlStreamReader& xml) -> Status {
        if (xml.name() != u"Relationship")
            return {};
        const QXmlStreamAttributes a = xml.attributes();
        if (a.value(QLatin1String("TargetMode")) == u"External")
            return {};
        const QString type = a.value(QLatin1String("Type")).toString();
        out.insert(a.value(QLatin1String("Id")).toString(),
            { type.mid(type.lastIndexOf(u'/') + 1), resolve(part, a.value(QLatin1String("Target")).toString()) });
        return {};
    });
    if (!status)
        return status.error();
    return out;
}

Result<QString> Reader::readRichText(QXmlStreamReader& xml, const QString& part, bool* converted)
{
    // <si>/<is>: <t> directly, or runs <r><rPr><rFont val=".VnTime"/></rPr><t>…</t></r>; <rPh> (phonetic
    // guides) is not part of the text.
    const bool inlineString = xml.name() == u"is";
    QString text;
    // A plain value and a flag rather than std::optional: GCC 12 at -O2 wrongly reports the optional's
    // payload as maybe-uninitialized here.
    Encoding runFont = Encoding::Utf8;
    bool hasRunFont = false;
    bool inRun = false;
    int phonetic = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == u"rPh") {
                ++phonetic;
            } else if (name == u"r") {
                inRun = true;
                hasRunFont = false;
            } else if (name == u"rFont" && inRun) {
                const std::optional<Encoding> font =
                    XlsxStyles::fontEncoding(xml.attributes().value(QLatin1String("val")).toString());
                hasRunFont = font.has_value();
                if (hasRunFont)
                    runFont = *font;
            } else if (name == u"t" && phonetic == 0) {
                QString t = XlsxReader::unescape(xml.readElementText());
                if (xml.hasError())
                    break;
                if (inRun && hasRunFont && !m_options.encoding) {
                    const QString repaired = EncodingDetector::repairMojibake(t, runFont);
                    if (repaired != t) {
                        t = repaired;
                        *converted = true;
                    }
                }
                text += t;
                if (text.size() > m_limits.maxCellChars) {
                    return Error(Error::Code::TooLarge,
                        tr("A text in part %1 holds more than %2 characters, the most that is imported.")
                            .arg(part)
                            .arg(m_limits.maxCellChars),
                        m_fileName);
                }
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView name = xml.name();
            if (name == u"rPh")
                --phonetic;
            else if (name == u"r")
                inRun = false;
            else if (name == (inlineString ? u"is" : u"si"))
                break;
        } else if (token == QXmlStreamReader::DTD) {
            break;
        }
    }
    if (xml.hasError())
        return xmlError(part, xml);
    return text;
}

Result<Workbook> Reader::read(const QByteArray& bytes)
{
    XmlGuard::Limits xmlLimits;
    xmlLimits.maxDepth = m_limits.maxXmlDepth;
    xmlLimits.maxElements = m_limits.maxXmlElements;
    xmlLimits.maxTokenBytes = m_limits.maxXmlTokenBytes;
    auto package = XlsxPackage::open(bytes, m_fileName, m_limits.maxUnpackedBytes, xmlLimits);
    if (!package)
        return package.error();
    m_package = std::move(package).value();

    // The main part, from the package relationships (normally xl/workbook.xml).
    auto rootRels = relationships(QString());
    if (!rootRels)
        return rootRels.error();
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    for (const Relationship& r : *rootRels) {
        if (r.type == u"officeDocument")
            workbookPart = r.target;
    }
    if (!m_package->contains(workbookPart) || workbookPart.startsWith(u"word/") || workbookPart.startsWith(u"ppt/"))
        return notAWorkbook(workbookPart);
    auto rels = relationships(workbookPart);
    if (!rels)
        return rels.error();

    struct SheetEntry
    {
        QString name;
        QString part;
    };
    QList<SheetEntry> sheets;
    Status status = parse(workbookPart, [&](QXmlStreamReader& xml) -> Status {
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == u"workbookPr") {
            const QStringView date1904 = a.value(QLatin1String("date1904"));
            m_date1904 = date1904 == u"1" || date1904 == u"true";
        } else if (xml.name() == u"sheet") {
            QString id = a.value(kRelationshipsNs, QLatin1String("id")).toString();
            if (id.isEmpty())
                id = a.value(QLatin1String("r:id")).toString();
            const Relationship r = rels->value(id);
            if (r.type != u"worksheet")
                return {}; // chart sheets, dialog sheets, macro sheets
            if (sheets.size() >= m_limits.maxSheets) {
                return Error(Error::Code::TooLarge,
                    tr("The workbook has more than %1 sheets, the most that is imported.").arg(m_limits.maxSheets),
                    m_fileName);
            }
            sheets.append({ a.value(QLatin1String("name")).toString(), r.target });
        }
        return {};
    });
    if (!status)
        return status.error();
    if (sheets.isEmpty())
        return Error(Error::Code::Format, tr("The workbook has no worksheet."), m_fileName);

    for (const Relationship& r : *rels) {
        if (r.type == u"styles" && m_package->contains(r.target)) {
            auto styles = XlsxStyles::read(*m_package, r.target);
            if (!styles)
                return styles.error();
            m_styles = std::move(styles).value();
        }
    }
    for (const Relationship& r : *rels) {
        if (r.type == u"sharedStrings" && m_package->contains(r.target)) {
            auto strings = XlsxSharedStrings::read(*m_package, r.target, m_options);
            if (!strings)
                return strings.error();
            m_strings = std::move(strings).value();
        }
    }

    Workbook workbook;
    workbook.fileName = m_fileName;
    for (const SheetEntry& entry : sheets) {
        Result<Sheet> sheet = readSheet(entry.name, entry.part);
        if (!sheet)
            return sheet.error();
        workbook.sheets.append(std::move(sheet).value());
    }
    return workbook;
}

Result<Sheet> Reader::readSheet(const QString& name, const QString& part)
{
    Sheet sheet;
    sheet.name = name;
    // Per cell: the encoding its font implies (Utf8: decided already, leave it), for SheetText.
    QHash<quint64, Encoding> decided;
    const auto key = [](int row, int column) { return (quint64(quint32(row)) << 32) | quint32(column); };

    int nextRow = 0;
    int currentRow = -1;
    int nextColumn = 0;
    const Status status = parse(part, [&](QXmlStreamReader& xml) -> Status {
        const QStringView element = xml.name();
        const QXmlStreamAttributes a = xml.attributes();
        if (element == u"row") {
            bool ok = false;
            const int r = a.value(QLatin1String("r")).toInt(&ok);
            currentRow = ok && r >= 1 ? r - 1 : nextRow;
            if (currentRow >= m_limits.maxRows) {
                return sheetError(Error::Code::TooLarge,
                    name,
                    tr("more than %1 rows, the most that is imported from one sheet.").arg(m_limits.maxRows),
                    currentRow + 1);
            }
            nextRow = currentRow + 1;
            nextColumn = 0;
            return {};
        }
        if (element == u"mergeCell") {
            const QStringView ref = a.value(QLatin1String("ref"));
            const qsizetype colon = ref.indexOf(u':');
            CellRange range;
            if (colon > 0 && XlsxReader::parseCellReference(ref.left(colon), &range.firstRow, &range.firstColumn)
                && XlsxReader::parseCellReference(ref.mid(colon + 1), &range.lastRow, &range.lastColumn)) {
                if (sheet.merged.size() >= 100'000)
                    return sheetError(Error::Code::TooLarge, name, tr("too many merged cells."));
                sheet.merged.append(range);
            }
            return {};
        }
        if (element != u"c")
            return {};
        if (currentRow < 0)
            currentRow = nextRow++; // a cell outside any <row>: malformed, read it on a row of its own
        int row = currentRow;
        int column = nextColumn;
        const QStringView ref = a.value(QLatin1String("r"));
        if (!ref.isEmpty() && !XlsxReader::parseCellReference(ref, &row, &column)) {
            return sheetError(
                Error::Code::Format, name, tr("the cell reference “%1” is not valid.").arg(ref), currentRow + 1);
        }
        if (row >= m_limits.maxRows) {
            return sheetError(Error::Code::TooLarge,
                name,
                tr("more than %1 rows, the most that is imported from one sheet.").arg(m_limits.maxRows),
                row + 1);
        }
        if (column >= m_limits.maxColumns) {
            return sheetError(Error::Code::TooLarge,
                name,
                tr("more than %1 columns, the most that is imported.").arg(m_limits.maxColumns),
                row + 1,
                column + 1);
        }
        nextColumn = column + 1;
        const QStringView type = a.value(QLatin1String("t"));
        const int styleIndex = a.value(QLatin1String("s")).toInt();
        const XlsxStyles::CellStyle style =
            styleIndex >= 0 && styleIndex < m_styles.size() ? m_styles.at(styleIndex) : XlsxStyles::CellStyle();

        // The value: <v> (shared string index, number, boolean, formula result) or <is> (inline string).
        QString value;
        bool hasValue = false;
        bool inlineConverted = false;
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == u"v") {
                    value = xml.readElementText();
                    hasValue = true;
                } else if (xml.name() == u"is") {
                    Result<QString> text = readRichText(xml, part, &inlineConverted);
                    if (!text && text.error().code == Error::Code::TooLarge
                        && m_package->readError().message.isEmpty()) {
                        return sheetError(Error::Code::TooLarge,
                            name,
                            tr("the cell holds more than %1 characters, the most that is imported.")
                                .arg(m_limits.maxCellChars),
                            row + 1,
                            column + 1);
                    }
                    if (!text)
                        return text.error();
                    value = std::move(text).value();
                    hasValue = true;
                } else if (xml.name() == u"f") {
                    xml.skipCurrentElement();
                }
            } else if (token == QXmlStreamReader::EndElement && xml.name() == u"c") {
                break;
            } else if (token == QXmlStreamReader::DTD) {
                break;
            }
        }
        if (xml.hasError())
            return xmlError(part, xml);
        if (!hasValue)
            return {};

        Cell cell;
        bool converted = inlineConverted;
        if (type == u"s") {
            bool ok = false;
            const int index = value.toInt(&ok);
            if (!ok || index < 0 || index >= m_strings.size()) {
                return sheetError(Error::Code::Format,
                    name,
                    tr("the cell refers to a text that the workbook does not hold."),
                    row + 1,
                    column + 1);
            }
            cell.type = Cell::Type::Text;
            cell.text = m_strings.at(index).text;
            converted = converted || m_strings.at(index).converted;
        } else if (type == u"inlineStr" || type == u"str" || type == u"e") {
            cell.type = Cell::Type::Text;
            cell.text = type == u"str" ? XlsxReader::unescape(value) : value;
        } else if (type == u"b") {
            cell.type = Cell::Type::Boolean;
            cell.number = value.trimmed() == u"1" ? 1 : 0;
            cell.text = cell.number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type == u"d") {
            // ISO 8601 date (strict Open XML): as a serial in the 1900 system.
            const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
            if (date.isValid()) {
                cell.type = Cell::Type::Number;
                cell.isDate = true;
                cell.number = double(QDate(1899, 12, 30).daysTo(date));
                cell.text = SheetText::dateText(cell.number);
            } else {
                cell.type = Cell::Type::Text;
                cell.text = value;
            }
        } else {
            bool ok = false;
            const double number = value.trimmed().toDouble(&ok);
            if (ok && std::isfinite(number)) {
                cell.type = Cell::Type::Number;
                cell.number = number;
                cell.isDate = style.isDate;
                if (cell.isDate && m_date1904)
                    cell.number += 1462;
                cell.text = cell.isDate ? SheetText::dateText(cell.number) : SheetText::numberText(cell.number);
            } else if (!value.trimmed().isEmpty()) {
                cell.type = Cell::Type::Text;
                cell.text = value;
            }
        }
        if (cell.type == Cell::Type::Text && cell.text.size() > m_limits.maxCellChars) {
            return sheetError(Error::Code::TooLarge,
                name,
                tr("the cell holds more than %1 characters, the most that is imported.").arg(m_limits.maxCellChars),
                row + 1,
                column + 1);
        }
        if (cell.type == Cell::Type::Empty)
            return {};
        if (cell.type == Cell::Type::Text && !m_options.encoding) {
            if (converted)
                decided.insert(key(row, column), Encoding::Utf8);
            else if (style.fontEncoding)
                decided.insert(key(row, column), *style.fontEncoding);
        }

        if (sheet.rows.size() <= row)
            sheet.rows.resize(row + 1);
        QList<Cell>& cells = sheet.rows[row];
        if (cells.size() <= column) {
            m_cells += column + 1 - cells.size();
            if (m_cells > m_limits.maxCells) {
                return sheetError(Error::Code::TooLarge,
                    name,
                    tr("the workbook has more than %1 cells, the most that is imported.").arg(m_limits.maxCells),
                    row + 1,
                    column + 1);
            }
            cells.resize(column + 1);
        }
        cells[column] = std::move(cell);
        return {};
    });
    if (!status)
        return status.error();

    SheetText::finish(sheet, m_options.encoding, [&](int row, int column) -> std::optional<Encoding> {
        const auto it = decided.constFind(key(row, column));
        if (it == decided.cend())
            return std::nullopt;
        return *it;
    });
    SheetText::trim(sheet);
    return sheet;
}

} // namespace thidua
