#include "core/documents/DocxXml.h"

#include "core/documents/LineBreaks.h"

namespace thidua {

namespace {

using units::mmToTwips;

QString halfPoints(double points)
{
    return QString::number(qRound(points * 2));
}

} // namespace

const QString DocxXml::NumberHeaderId = QStringLiteral("rIdHeaderNumber");
const QString DocxXml::FirstHeaderId = QStringLiteral("rIdHeaderFirst");

DocxXml::DocxXml(QXmlStreamWriter& xml)
    : m_xml(xml)
{}

QString DocxXml::xmlSafe(const QString& text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 || u == u'\t' || u == u'\n')
            safe += (u == 0xFFFE || u == 0xFFFF) ? QChar(u' ') : c;
    }
    return safe;
}

void DocxXml::sectionProperties(const PageSetup& page, bool landscape)
{
    const QSizeF size = page.pageSizeMm(landscape);
    m_xml.writeStartElement(QStringLiteral("w:sectPr"));
    m_xml.writeEmptyElement(QStringLiteral("w:headerReference"));
    m_xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("default"));
    m_xml.writeAttribute(QStringLiteral("r:id"), NumberHeaderId);
    m_xml.writeEmptyElement(QStringLiteral("w:headerReference"));
    m_xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("first"));
    m_xml.writeAttribute(QStringLiteral("r:id"), FirstHeaderId);
    m_xml.writeEmptyElement(QStringLiteral("w:pgSz"));
    m_xml.writeAttribute(QStringLiteral("w:w"), QString::number(mmToTwips(size.width())));
    m_xml.writeAttribute(QStringLiteral("w:h"), QString::number(mmToTwips(size.height())));
    if (landscape)
        m_xml.writeAttribute(QStringLiteral("w:orient"), QStringLiteral("landscape"));
    m_xml.writeEmptyElement(QStringLiteral("w:pgMar"));
    m_xml.writeAttribute(QStringLiteral("w:top"), QString::number(mmToTwips(page.topMm)));
    m_xml.writeAttribute(QStringLiteral("w:right"), QString::number(mmToTwips(page.rightMm)));
    m_xml.writeAttribute(QStringLiteral("w:bottom"), QString::number(mmToTwips(page.bottomMm)));
    m_xml.writeAttribute(QStringLiteral("w:left"), QString::number(mmToTwips(page.leftMm)));
    m_xml.writeAttribute(QStringLiteral("w:header"), QString::number(mmToTwips(10)));
    m_xml.writeAttribute(QStringLiteral("w:footer"), QString::number(mmToTwips(10)));
    m_xml.writeAttribute(QStringLiteral("w:gutter"), QStringLiteral("0"));
    m_xml.writeEmptyElement(QStringLiteral("w:pgNumType"));
    m_xml.writeAttribute(QStringLiteral("w:start"), QStringLiteral("1"));
    m_xml.writeEmptyElement(QStringLiteral("w:cols"));
    m_xml.writeAttribute(QStringLiteral("w:space"), QStringLiteral("720"));
    m_xml.writeEmptyElement(QStringLiteral("w:titlePg"));
    m_xml.writeEndElement(); // sectPr
}

void DocxXml::paragraph(const ParagraphProps& props, const QList<QPair<QString, RunProps>>& runs)
{
    m_xml.writeStartElement(QStringLiteral("w:p"));
    paragraphProperties(props, runs.isEmpty());
    for (const auto& run : runs)
        text(run.first, run.second);
    m_xml.writeEndElement(); // p
}

void DocxXml::pictureParagraph(const ParagraphProps& props, const Picture& picture)
{
    m_xml.writeStartElement(QStringLiteral("w:p"));
    paragraphProperties(props, false);
    m_xml.writeStartElement(QStringLiteral("w:r"));
    drawing(picture);
    m_xml.writeEndElement(); // r
    m_xml.writeEndElement(); // p
}

void DocxXml::drawing(const Picture& picture)
{
    // The markup Word itself writes for an inline picture (ECMA-376 Part 1, §20.4.2.8 inline, §20.2.2.6 pic).
    const QString cx = QString::number(picture.widthEmu), cy = QString::number(picture.heightEmu);
    const QString id = QString::number(picture.id);
    m_xml.writeStartElement(QStringLiteral("w:drawing"));
    m_xml.writeStartElement(QStringLiteral("wp:inline"));
    m_xml.writeNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"), QStringLiteral("wp"));
    m_xml.writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main"), QStringLiteral("a"));
    m_xml.writeNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"), QStringLiteral("pic"));
    for (const char* side : { "distT", "distB", "distL", "distR" })
        m_xml.writeAttribute(QLatin1String(side), QStringLiteral("0"));
    m_xml.writeEmptyElement(QStringLiteral("wp:extent"));
    m_xml.writeAttribute(QStringLiteral("cx"), cx);
    m_xml.writeAttribute(QStringLiteral("cy"), cy);
    m_xml.writeEmptyElement(QStringLiteral("wp:effectExtent"));
    for (const char* side : { "l", "t", "r", "b" })
        m_xml.writeAttribute(QLatin1String(side), QStringLiteral("0"));
    m_xml.writeEmptyElement(QStringLiteral("wp:docPr"));
    m_xml.writeAttribute(QStringLiteral("id"), id);
    m_xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Picture ") + id);
    m_xml.writeStartElement(QStringLiteral("wp:cNvGraphicFramePr"));
    m_xml.writeEmptyElement(QStringLiteral("a:graphicFrameLocks"));
    m_xml.writeAttribute(QStringLiteral("noChangeAspect"), QStringLiteral("1"));
    m_xml.writeEndElement(); // cNvGraphicFramePr
    m_xml.writeStartElement(QStringLiteral("a:graphic"));
    m_xml.writeStartElement(QStringLiteral("a:graphicData"));
    m_xml.writeAttribute(
        QStringLiteral("uri"), QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
    m_xml.writeStartElement(QStringLiteral("pic:pic"));
    m_xml.writeStartElement(QStringLiteral("pic:nvPicPr"));
    m_xml.writeEmptyElement(QStringLiteral("pic:cNvPr"));
    m_xml.writeAttribute(QStringLiteral("id"), id);
    m_xml.writeAttribute(QStringLiteral("name"), picture.name);
    m_xml.writeEmptyElement(QStringLiteral("pic:cNvPicPr"));
    m_xml.writeEndElement(); // nvPicPr
    m_xml.writeStartElement(QStringLiteral("pic:blipFill"));
    m_xml.writeEmptyElement(QStringLiteral("a:blip"));
    m_xml.writeAttribute(QStringLiteral("r:embed"), picture.relationId);
    m_xml.writeStartElement(QStringLiteral("a:stretch"));
    m_xml.writeEmptyElement(QStringLiteral("a:fillRect"));
    m_xml.writeEndElement(); // stretch
    m_xml.writeEndElement(); // blipFill
    m_xml.writeStartElement(QStringLiteral("pic:spPr"));
    m_xml.writeStartElement(QStringLiteral("a:xfrm"));
    m_xml.writeEmptyElement(QStringLiteral("a:off"));
    m_xml.writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
    m_xml.writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
    m_xml.writeEmptyElement(QStringLiteral("a:ext"));
    m_xml.writeAttribute(QStringLiteral("cx"), cx);
    m_xml.writeAttribute(QStringLiteral("cy"), cy);
    m_xml.writeEndElement(); // xfrm
    m_xml.writeStartElement(QStringLiteral("a:prstGeom"));
    m_xml.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
    m_xml.writeEmptyElement(QStringLiteral("a:avLst"));
    m_xml.writeEndElement(); // prstGeom
    m_xml.writeEndElement(); // spPr
    m_xml.writeEndElement(); // pic
    m_xml.writeEndElement(); // graphicData
    m_xml.writeEndElement(); // graphic
    m_xml.writeEndElement(); // inline
    m_xml.writeEndElement(); // drawing
}

void DocxXml::paragraphProperties(const ParagraphProps& props, bool empty)
{
    m_xml.writeStartElement(QStringLiteral("w:pPr"));
    if (!props.style.isEmpty()) {
        m_xml.writeEmptyElement(QStringLiteral("w:pStyle"));
        m_xml.writeAttribute(QStringLiteral("w:val"), props.style);
    }
    if (props.keepNext)
        m_xml.writeEmptyElement(QStringLiteral("w:keepNext"));
    if (props.keepLines)
        m_xml.writeEmptyElement(QStringLiteral("w:keepLines"));
    if (props.topBorder) {
        m_xml.writeStartElement(QStringLiteral("w:pBdr"));
        m_xml.writeEmptyElement(QStringLiteral("w:top"));
        m_xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("single"));
        m_xml.writeAttribute(QStringLiteral("w:sz"), QStringLiteral("6"));
        m_xml.writeAttribute(QStringLiteral("w:space"), QStringLiteral("1"));
        m_xml.writeAttribute(QStringLiteral("w:color"), QStringLiteral("000000"));
        m_xml.writeEndElement();
    }
    if (props.before >= 0 || props.after >= 0 || props.line >= 0) {
        m_xml.writeEmptyElement(QStringLiteral("w:spacing"));
        if (props.before >= 0)
            m_xml.writeAttribute(QStringLiteral("w:before"), QString::number(props.before));
        if (props.after >= 0)
            m_xml.writeAttribute(QStringLiteral("w:after"), QString::number(props.after));
        if (props.line >= 0) {
            m_xml.writeAttribute(QStringLiteral("w:line"), QString::number(props.line));
            m_xml.writeAttribute(
                QStringLiteral("w:lineRule"), props.exactLine ? QStringLiteral("exact") : QStringLiteral("auto"));
        }
    }
    if (props.indents || props.left || props.right || props.firstLine) {
        m_xml.writeEmptyElement(QStringLiteral("w:ind"));
        m_xml.writeAttribute(QStringLiteral("w:left"), QString::number(props.left));
        m_xml.writeAttribute(QStringLiteral("w:right"), QString::number(props.right));
        if (props.firstLine >= 0)
            m_xml.writeAttribute(QStringLiteral("w:firstLine"), QString::number(props.firstLine));
        else
            m_xml.writeAttribute(QStringLiteral("w:hanging"), QString::number(-props.firstLine));
    }
    if (!props.align.isEmpty()) {
        m_xml.writeEmptyElement(QStringLiteral("w:jc"));
        m_xml.writeAttribute(QStringLiteral("w:val"), props.align);
    }
    if (props.exactLine && empty) {
        m_xml.writeStartElement(QStringLiteral("w:rPr"));
        m_xml.writeEmptyElement(QStringLiteral("w:sz"));
        m_xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("2"));
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement(); // pPr
}

void DocxXml::text(const QString& content, const RunProps& props)
{
    const QStringList lines = xmlSafe(content).split(QLatin1Char('\n'));
    m_xml.writeStartElement(QStringLiteral("w:r"));
    if (props.bold || props.italic || props.underline || props.size > 0) {
        m_xml.writeStartElement(QStringLiteral("w:rPr"));
        if (props.bold)
            m_xml.writeEmptyElement(QStringLiteral("w:b"));
        if (props.italic)
            m_xml.writeEmptyElement(QStringLiteral("w:i"));
        if (props.size > 0) {
            m_xml.writeEmptyElement(QStringLiteral("w:sz"));
            m_xml.writeAttribute(QStringLiteral("w:val"), halfPoints(props.size));
            m_xml.writeEmptyElement(QStringLiteral("w:szCs"));
            m_xml.writeAttribute(QStringLiteral("w:val"), halfPoints(props.size));
        }
        if (props.underline) {
            m_xml.writeEmptyElement(QStringLiteral("w:u"));
            m_xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("single"));
        }
        m_xml.writeEndElement();
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            m_xml.writeEmptyElement(QStringLiteral("w:br"));
        // A non-breaking hyphen is an element of its own in WordprocessingML.
        const QStringList pieces =
            (props.keepSpans ? LineBreaks::withNoBreaks(lines[i]) : lines[i]).split(QChar(0x2011));
        for (qsizetype p = 0; p < pieces.size(); ++p) {
            if (p > 0)
                m_xml.writeEmptyElement(QStringLiteral("w:noBreakHyphen"));
            if (pieces[p].isEmpty())
                continue;
            m_xml.writeStartElement(QStringLiteral("w:t"));
            m_xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            m_xml.writeCharacters(pieces[p]);
            m_xml.writeEndElement();
        }
    }
    m_xml.writeEndElement(); // r
}

void DocxXml::rule(int width, double lengthMm, int afterTwips, int rightTwips)
{
    // A short solid line: an empty paragraph whose top border runs between its indents.
    ParagraphProps props;
    const int inset = qMax(0, (width - rightTwips - mmToTwips(lengthMm)) / 2);
    props.left = inset;
    props.right = inset + rightTwips;
    props.indents = true;
    props.before = RuleGapTwips;
    props.after = afterTwips;
    props.line = 40;
    props.exactLine = true;
    props.topBorder = true;
    props.align = QStringLiteral("center");
    paragraph(props, {});
}

void DocxXml::tableStart(const QList<int>& columns, bool borders, int cellMarginX, int cellMarginY)
{
    int total = 0;
    for (int column : columns)
        total += column;
    m_xml.writeStartElement(QStringLiteral("w:tbl"));
    m_xml.writeStartElement(QStringLiteral("w:tblPr"));
    m_xml.writeEmptyElement(QStringLiteral("w:tblW"));
    m_xml.writeAttribute(QStringLiteral("w:w"), QString::number(total));
    m_xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
    m_xml.writeEmptyElement(QStringLiteral("w:tblInd"));
    m_xml.writeAttribute(QStringLiteral("w:w"), QString::number(0));
    m_xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
    m_xml.writeStartElement(QStringLiteral("w:tblBorders"));
    for (const char* side : { "top", "left", "bottom", "right", "insideH", "insideV" }) {
        m_xml.writeEmptyElement(QStringLiteral("w:") + QLatin1String(side));
        m_xml.writeAttribute(QStringLiteral("w:val"), borders ? QStringLiteral("single") : QStringLiteral("nil"));
        if (borders) {
            m_xml.writeAttribute(QStringLiteral("w:sz"), QStringLiteral("4"));
            m_xml.writeAttribute(QStringLiteral("w:space"), QStringLiteral("0"));
            m_xml.writeAttribute(QStringLiteral("w:color"), QStringLiteral("000000"));
        }
    }
    m_xml.writeEndElement(); // tblBorders
    m_xml.writeEmptyElement(QStringLiteral("w:tblLayout"));
    m_xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("fixed"));
    m_xml.writeStartElement(QStringLiteral("w:tblCellMar"));
    const QList<QPair<const char*, int>> margins = {
        { "top", cellMarginY }, { "left", cellMarginX }, { "bottom", cellMarginY }, { "right", cellMarginX }
    };
    for (const auto& margin : margins) {
        m_xml.writeEmptyElement(QStringLiteral("w:") + QLatin1String(margin.first));
        m_xml.writeAttribute(QStringLiteral("w:w"), QString::number(margin.second));
        m_xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
    }
    m_xml.writeEndElement(); // tblCellMar
    m_xml.writeEndElement(); // tblPr
    m_xml.writeStartElement(QStringLiteral("w:tblGrid"));
    for (int column : columns) {
        m_xml.writeEmptyElement(QStringLiteral("w:gridCol"));
        m_xml.writeAttribute(QStringLiteral("w:w"), QString::number(column));
    }
    m_xml.writeEndElement(); // tblGrid
}

void DocxXml::cellStart(int width, int span, bool centreVertically)
{
    m_xml.writeStartElement(QStringLiteral("w:tc"));
    m_xml.writeStartElement(QStringLiteral("w:tcPr"));
    m_xml.writeEmptyElement(QStringLiteral("w:tcW"));
    m_xml.writeAttribute(QStringLiteral("w:w"), QString::number(width));
    m_xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
    if (span > 1) {
        m_xml.writeEmptyElement(QStringLiteral("w:gridSpan"));
        m_xml.writeAttribute(QStringLiteral("w:val"), QString::number(span));
    }
    if (centreVertically) {
        m_xml.writeEmptyElement(QStringLiteral("w:vAlign"));
        m_xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("center"));
    }
    m_xml.writeEndElement(); // tcPr
}

} // namespace thidua
