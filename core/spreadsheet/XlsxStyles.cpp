#include "core/spreadsheet/XlsxStyles.h"

#include "core/spreadsheet/XlsxPackage.h"

#include <QHash>
#include <QXmlStreamReader>

namespace thidua {

std::optional<LegacyEncoding::Encoding> XlsxStyles::fontEncoding(const QString& font)
{
    if (font.startsWith(u"VNI", Qt::CaseInsensitive))
        return LegacyEncoding::Encoding::Vni;
    if (font.startsWith(u".Vn", Qt::CaseInsensitive) || font.startsWith(u"Vn", Qt::CaseInsensitive)
        || font.startsWith(u"ABC", Qt::CaseInsensitive))
        return LegacyEncoding::Encoding::Tcvn3;
    return std::nullopt;
}

bool XlsxStyles::isDateFormat(int numFmtId, const QString& formatCode)
{
    if ((numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 27 && numFmtId <= 36) || (numFmtId >= 45 && numFmtId <= 47)
        || (numFmtId >= 50 && numFmtId <= 58))
        return true;
    if (formatCode.isEmpty())
        return false;
    // Only the first section (positive numbers) counts; quoted text, escaped characters and [colour]/[$-42A]
    // blocks are not format letters.
    bool quoted = false;
    bool bracket = false;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode[i];
        if (quoted) {
            quoted = c != u'"';
            continue;
        }
        if (bracket) {
            if (c == u']')
                bracket = false;
            else if (c == u'h' || c == u'H' || c == u's' || c == u'S' || c == u'm' || c == u'M') {
                // [h], [mm], [ss]: elapsed time
                if (i > 0 && formatCode[i - 1] == u'[')
                    return true;
            }
            continue;
        }
        if (c == u'"')
            quoted = true;
        else if (c == u'[')
            bracket = true;
        else if (c == u'\\' || c == u'_' || c == u'*')
            ++i; // the next character is literal or padding
        else if (c == u';')
            break;
        else if (QStringView(u"dDmMyYhHsS").contains(c))
            return true;
        else if (c == u'@')
            return false;
    }
    return false;
}

Result<QList<XlsxStyles::CellStyle>> XlsxStyles::read(XlsxPackage& package, const QString& part)
{
    QList<CellStyle> styles;
    QHash<int, QString> formats;
    QList<std::optional<LegacyEncoding::Encoding>> fonts;
    bool inFonts = false;
    bool inCellXfs = false;
    bool inFont = false;
    const Status status = package.parseXml(part, [&](QXmlStreamReader& xml) -> Status {
        const QStringView name = xml.name();
        const QXmlStreamAttributes a = xml.attributes();
        // QXmlStreamReader gives start elements only here: track the containers by their start and the next one.
        if (name == u"numFmt") {
            formats.insert(a.value(QLatin1String("numFmtId")).toInt(), a.value(QLatin1String("formatCode")).toString());
        } else if (name == u"fonts") {
            inFonts = true;
            inCellXfs = false;
        } else if (name == u"font" && inFonts) {
            fonts.append(std::nullopt);
            inFont = true;
        } else if (name == u"name" && inFont && !fonts.isEmpty()) {
            fonts.last() = fontEncoding(a.value(QLatin1String("val")).toString());
        } else if (name == u"cellXfs") {
            inCellXfs = true;
            inFonts = false;
            inFont = false;
        } else if (name == u"cellStyleXfs" || name == u"fills" || name == u"borders" || name == u"dxfs"
            || name == u"cellStyles") {
            inFonts = false;
            inFont = false;
            inCellXfs = false;
        } else if (name == u"xf" && inCellXfs) {
            if (styles.size() >= 100'000)
                return Error(Error::Code::TooLarge, tr("The workbook has too many cell styles."), package.fileName());
            const int numFmtId = a.value(QLatin1String("numFmtId")).toInt();
            const int fontId = a.value(QLatin1String("fontId")).toInt();
            CellStyle style;
            style.isDate = isDateFormat(numFmtId, formats.value(numFmtId));
            if (fontId >= 0 && fontId < fonts.size())
                style.fontEncoding = fonts.at(fontId);
            styles.append(style);
        }
        return {};
    });
    if (!status)
        return status.error();
    return styles;
}

} // namespace thidua
