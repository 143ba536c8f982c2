#pragma once

#include "core/documents/PageSetup.h"

#include <QList>
#include <QPair>
#include <QXmlStreamWriter>

namespace thidua {

// WordprocessingML building blocks on a QXmlStreamWriter, written in the element order the schema requires (Word
// refuses files that break it): paragraphs with their properties, runs, short rules, tables, cells, section
// properties. Lengths in twips (1/20 pt).
class DocxXml
{
public:
    static const QString NumberHeaderId; // relationship id of the header with the page number
    static const QString FirstHeaderId; // relationship id of the empty header of first pages

    struct ParagraphProps
    {
        QString style;
        QString align; // "left", "center", "right", "both"; empty = the style's
        int left = 0, right = 0, firstLine = 0; // twips; firstLine < 0 = hanging
        int before = -1, after = -1; // twips; -1 = the style's
        int line = -1; // 240 = single; -1 = the style's
        bool exactLine = false;
        bool keepNext = false;
        bool keepLines = false;
        bool topBorder = false;
        bool indents = false; // write <w:ind> even when zero
    };
    struct RunProps
    {
        double size = 0; // points; 0 = the style's
        bool bold = false;
        bool italic = false;
        bool underline = false;
        bool keepSpans = true; // spans that stay on one line get non-breaking spaces and hyphens (LineBreaks)
    };
    using Runs = QList<QPair<QString, RunProps>>;
    // A picture in the package (word/media/…) placed inline, as Word writes one: <w:drawing><wp:inline>.
    struct Picture
    {
        QString relationId; // its relationship in word/_rels/document.xml.rels
        int id = 0; // docPr id, unique in the document
        QString name; // "image1.png"
        qint64 widthEmu = 0, heightEmu = 0; // English Metric Units: 36 000 a millimetre
    };
    static constexpr qint64 EmuPerMm = 36000;

    explicit DocxXml(QXmlStreamWriter& xml);
    QXmlStreamWriter& xml() { return m_xml; }

    void paragraph(const ParagraphProps& props, const Runs& runs);
    // A paragraph holding only `picture`.
    void pictureParagraph(const ParagraphProps& props, const Picture& picture);
    // A run; '\n' becomes a line break. Spans that stay on one line (LineBreaks) get non-breaking spaces and
    // hyphens.
    void text(const QString& text, const RunProps& props);
    // A short solid line centred in `width` (less `rightTwips` kept free on the right): an empty paragraph whose top
    // border runs between its indents, RuleGapTwips below the text above it, as the PDF draws it.
    void rule(int width, double lengthMm, int afterTwips = 0, int rightTwips = 0);
    static constexpr int RuleGapTwips = 60; // 3 pt: clear of the descenders of the line above
    // <w:tbl> with its properties and grid; close with xml().writeEndElement().
    void tableStart(const QList<int>& columns, bool borders, int cellMarginX, int cellMarginY);
    // <w:tc> with its properties; close with xml().writeEndElement().
    void cellStart(int width, int span = 1, bool centreVertically = false);
    // <w:sectPr>: A4, margins, both headers, numbering from 1, first page different.
    void sectionProperties(const PageSetup& page, bool landscape);

    // XML cannot carry most control characters; they are dropped.
    static QString xmlSafe(const QString& text);

private:
    void paragraphProperties(const ParagraphProps& props, bool empty);
    void drawing(const Picture& picture);

    QXmlStreamWriter& m_xml;
};

} // namespace thidua
