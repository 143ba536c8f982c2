#include "core/documents/DocxBodyWriter.h"

#include "core/documents/DocumentLayouter.h"
#include "core/documents/PageSetup.h"
#include "core/text/VietnameseFormat.h"
#include "core/text/VietnameseText.h"

namespace thidua {

namespace {

using units::mmToTwips;
using units::ptToTwips;

QString alignValue(Paragraph::Align align)
{
    switch (align) {
    case Paragraph::Align::Center:
        return QStringLiteral("center");
    case Paragraph::Align::Right:
        return QStringLiteral("right");
    case Paragraph::Align::Justify:
        return QStringLiteral("both");
    case Paragraph::Align::Default:
    case Paragraph::Align::Left:
        break;
    }
    return QStringLiteral("left");
}

} // namespace

DocxBodyWriter::DocxBodyWriter(QXmlStreamWriter& xml)
    : m_xml(xml)
{}

QString DocxBodyWriter::styleId(Paragraph::Style style)
{
    switch (style) {
    case Paragraph::Style::Body:
        return QStringLiteral("ThiDuaBody");
    case Paragraph::Style::Heading1:
        return QStringLiteral("ThiDuaHeading1");
    case Paragraph::Style::Heading2:
        return QStringLiteral("ThiDuaHeading2");
    case Paragraph::Style::Heading3:
        return QStringLiteral("ThiDuaHeading3");
    case Paragraph::Style::Bullet:
        return QStringLiteral("ThiDuaBullet");
    case Paragraph::Style::Basis:
        return QStringLiteral("ThiDuaBasis");
    case Paragraph::Style::Centered:
        return QStringLiteral("ThiDuaCentered");
    case Paragraph::Style::CenteredBold:
        return QStringLiteral("ThiDuaCenteredBold");
    case Paragraph::Style::Plain:
        return QStringLiteral("ThiDuaPlain");
    }
    return QStringLiteral("ThiDuaBody");
}

QList<Paragraph::Style> DocxBodyWriter::styles()
{
    return { Paragraph::Style::Body,
        Paragraph::Style::Heading1,
        Paragraph::Style::Heading2,
        Paragraph::Style::Heading3,
        Paragraph::Style::Bullet,
        Paragraph::Style::Basis,
        Paragraph::Style::Centered,
        Paragraph::Style::CenteredBold,
        Paragraph::Style::Plain };
}

void DocxBodyWriter::beginSection(const PageSetup& page, bool landscape)
{
    if (m_hasSection) {
        // The properties of the section that ends go into its last paragraph, a tiny empty one.
        QXmlStreamWriter& xml = m_xml.xml();
        xml.writeStartElement(QStringLiteral("w:p"));
        xml.writeStartElement(QStringLiteral("w:pPr"));
        xml.writeEmptyElement(QStringLiteral("w:spacing"));
        xml.writeAttribute(QStringLiteral("w:before"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("w:after"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("w:line"), QStringLiteral("20"));
        xml.writeAttribute(QStringLiteral("w:lineRule"), QStringLiteral("exact"));
        xml.writeStartElement(QStringLiteral("w:rPr"));
        xml.writeEmptyElement(QStringLiteral("w:sz"));
        xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("2"));
        xml.writeEndElement(); // rPr
        m_xml.sectionProperties(m_section.page, m_section.landscape);
        xml.writeEndElement(); // pPr
        xml.writeEndElement(); // p
    }
    m_section = Section { page, landscape };
    m_hasSection = true;
}

void DocxBodyWriter::finish()
{
    if (!m_hasSection)
        return;
    // A table may not end the body: a tiny empty paragraph follows.
    ParagraphProps props;
    props.before = props.after = 0;
    props.line = 20;
    props.exactLine = true;
    m_xml.paragraph(props, {});
    m_xml.sectionProperties(m_section.page, m_section.landscape);
}

void DocxBodyWriter::writeDocument(const Document& document)
{
    beginSection(document.page, document.landscape);
    const int width = mmToTwips(document.page.textWidthMm(document.landscape));
    const Nd30Geometry::Header geometry = Nd30Geometry::header(document);
    if (const double shift = DocumentLayouter::verticalCentringMm(document); shift > 0) {
        // Set in the middle of its page as the PDF sets it (Writer ignores a section's w:vAlign).
        ParagraphProps spacer;
        spacer.before = spacer.after = 0;
        spacer.line = ptToTwips(units::mmToPt(shift));
        spacer.exactLine = true;
        m_xml.paragraph(spacer, {});
    }
    header(document, geometry);
    if (!document.title.isEmpty())
        title(document.title, document.summary, document.summaryRule, width, true);
    blocks(document.body, document.page, width);
    signatures(document, geometry, width);
    for (const Appendix& appendix : document.appendices) {
        beginSection(document.page, appendix.landscape);
        const int appendixWidth = mmToTwips(document.page.textWidthMm(appendix.landscape));
        ParagraphProps centred;
        centred.align = QStringLiteral("center");
        centred.before = centred.after = 0;
        centred.line = 240;
        m_xml.paragraph(centred,
            { { appendix.label.isEmpty() ? QStringLiteral("Phụ lục") : appendix.label,
                RunProps { PageSetup::AppendixLabelSize, true } } });
        if (!appendix.title.isEmpty())
            m_xml.paragraph(
                centred, { { VietnameseText::upper(appendix.title), RunProps { PageSetup::TitleSize, true } } });
        if (!appendix.attachedTo.isEmpty())
            m_xml.paragraph(centred, { { appendix.attachedTo, RunProps { PageSetup::TitleSize, false, true } } });
        const double ruleMm = appendix.title.isEmpty()
            ? document.page.textWidthMm(appendix.landscape) / 4
            : Nd30Geometry::summaryRule(VietnameseText::upper(appendix.title),
                PageSetup::TitleSize,
                document.page.textWidthMm(appendix.landscape));
        m_xml.rule(appendixWidth, ruleMm);
        blocks(appendix.body, document.page, appendixWidth);
    }
}

void DocxBodyWriter::header(const Document& document, const Nd30Geometry::Header& geometry)
{
    const DocumentHeader& header = document.header;
    const int width = mmToTwips(document.page.textWidthMm(document.landscape));
    ParagraphProps centred;
    centred.align = QStringLiteral("center");
    centred.before = centred.after = 0;
    centred.line = 240;
    ParagraphProps row2 = centred;
    row2.before = ptToTwips(6);
    const QString date = VietnameseFormat::dateLine(header.placeName, header.date);
    QXmlStreamWriter& xml = m_xml.xml();

    if (header.issuer.isEmpty()) {
        m_xml.paragraph(
            centred, { { Nd30Geometry::nationalTitle(), RunProps { PageSetup::NationalTitleSize, true } } });
        m_xml.paragraph(centred, { { Nd30Geometry::motto(), RunProps { PageSetup::MottoSize, true } } });
        m_xml.rule(width, geometry.mottoRule);
        if (header.showDateLine) {
            ParagraphProps right = row2;
            right.align = QStringLiteral("right");
            m_xml.paragraph(right, { { date, RunProps { geometry.dateSize, false, true, false, false } } });
        }
        return;
    }
    const int left = mmToTwips(geometry.leftWidth);
    const int right = width - left;
    // A long date line gets a wider cell in the second row than the quốc hiệu has in the first: a middle grid column
    // that the first row gives to the left cell and the second row to the right one.
    const int dateCell = qMax(right, mmToTwips(geometry.dateWidth));
    const int middle = dateCell - right;
    QList<int> grid { left - middle };
    if (middle > 0)
        grid << middle;
    grid << right;
    m_xml.tableStart(grid, false, 0, 0);

    xml.writeStartElement(QStringLiteral("w:tr"));
    // The names keep a clear gutter before the quốc hiệu and break where Nd30Geometry broke them.
    const int gutter = left - mmToTwips(geometry.leftTextWidth);
    ParagraphProps names = centred;
    names.right = gutter;
    m_xml.cellStart(left, middle > 0 ? 2 : 1);
    if (!geometry.governingBody.isEmpty())
        m_xml.paragraph(names, { { geometry.governingBody, RunProps { geometry.bodyNameSize, false } } });
    m_xml.paragraph(names, { { geometry.issuer, RunProps { geometry.bodyNameSize, true } } });
    if (header.showIssuerRule)
        m_xml.rule(left, geometry.issuerRule, 0, gutter);
    xml.writeEndElement(); // tc
    m_xml.cellStart(right);
    m_xml.paragraph(centred, { { Nd30Geometry::nationalTitle(), RunProps { PageSetup::NationalTitleSize, true } } });
    m_xml.paragraph(centred, { { Nd30Geometry::motto(), RunProps { PageSetup::MottoSize, true } } });
    m_xml.rule(right, geometry.mottoRule);
    xml.writeEndElement(); // tc
    xml.writeEndElement(); // tr

    if (!header.number.isEmpty() || header.showDateLine) {
        // Số and the date on one line (ô 3 and ô 4).
        xml.writeStartElement(QStringLiteral("w:tr"));
        m_xml.cellStart(width - dateCell);
        ParagraphProps number = row2;
        number.right = qMax(0, width - dateCell - mmToTwips(geometry.leftTextWidth)); // centred under the names
        m_xml.paragraph(number,
            header.number.isEmpty()
                ? DocxXml::Runs {}
                : DocxXml::Runs { { QStringLiteral("Số: ") + header.number,
                    RunProps { PageSetup::NumberSize, false, false, false, false } } }); // a line of its own
        xml.writeEndElement(); // tc
        m_xml.cellStart(dateCell, middle > 0 ? 2 : 1);
        m_xml.paragraph(row2,
            header.showDateLine ? DocxXml::Runs { { date, RunProps { geometry.dateSize, false, true, false, false } } }
                                : DocxXml::Runs {});
        xml.writeEndElement(); // tc
        xml.writeEndElement(); // tr
    }
    xml.writeEndElement(); // tbl
}

void DocxBodyWriter::title(const QString& title, const QString& summary, bool rule, int width, bool spaceBefore)
{
    ParagraphProps centred;
    centred.align = QStringLiteral("center");
    centred.before = spaceBefore ? ptToTwips(14) : 0;
    centred.after = 0;
    centred.line = 240;
    centred.keepNext = true;
    m_xml.paragraph(centred, { { VietnameseText::upper(title), RunProps { PageSetup::TitleSize, true } } });
    centred.before = 0;
    const double widthMm = width / (units::PointsPerMm * units::TwipsPerPoint);
    double ruleMm = Nd30Geometry::summaryRule(VietnameseText::upper(title), PageSetup::TitleSize, widthMm);
    if (!summary.isEmpty()) {
        m_xml.paragraph(centred, { { summary, RunProps { PageSetup::SummarySize, true } } });
        ruleMm = Nd30Geometry::summaryRule(summary, PageSetup::SummarySize, widthMm);
    }
    if (rule)
        m_xml.rule(width, ruleMm, ptToTwips(8));
}

void DocxBodyWriter::blocks(const Blocks& blocks, const PageSetup& page, int width)
{
    for (const Block& block : blocks) {
        switch (block.kind) {
        case Block::Kind::Paragraph:
            bodyParagraph(block.paragraph, page);
            break;
        case Block::Kind::Table:
            table(block.table, page, width);
            break;
        case Block::Kind::Addressees:
            addressees(block.addressees, page, width);
            break;
        case Block::Kind::Spacer: {
            ParagraphProps props;
            props.before = props.after = 0;
            props.line = qMax(20, ptToTwips(units::mmToPt(block.spaceMm)));
            props.exactLine = true;
            m_xml.paragraph(props, {});
            break;
        }
        case Block::Kind::PageBreak: {
            QXmlStreamWriter& xml = m_xml.xml();
            xml.writeStartElement(QStringLiteral("w:p"));
            xml.writeStartElement(QStringLiteral("w:r"));
            xml.writeEmptyElement(QStringLiteral("w:br"));
            xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("page"));
            xml.writeEndElement();
            xml.writeEndElement();
            break;
        }
        case Block::Kind::Image:
            picture(block, page);
            break;
        }
    }
}

void DocxBodyWriter::picture(const Block& block, const PageSetup& page)
{
    const bool landscape = m_section.landscape;
    const QSizeF size = block.pictureSizeMm(page.textWidthMm(landscape), page.textHeightMm(landscape));
    if (size.isEmpty())
        return;
    const int number = int(m_media.size()) + 1;
    const Media media {
        QStringLiteral("image%1.png").arg(number), QStringLiteral("rIdImage%1").arg(number), block.picture
    };
    m_media.append(media);
    // Centred, with the space the PDF leaves around it; single line spacing grows to the picture's height.
    ParagraphProps props;
    props.align = QStringLiteral("center");
    props.before = ptToTwips(6);
    props.after = ptToTwips(page.paragraphSpacingPt);
    props.line = 240;
    props.indents = true;
    DocxXml::Picture picture;
    picture.relationId = media.relationId;
    picture.id = number;
    picture.name = media.name;
    picture.widthEmu = qRound64(size.width() * DocxXml::EmuPerMm);
    picture.heightEmu = qRound64(size.height() * DocxXml::EmuPerMm);
    m_xml.pictureParagraph(props, picture);
}

void DocxBodyWriter::bodyParagraph(const Paragraph& paragraph, const PageSetup& page)
{
    // The style carries the usual format; only what this paragraph changes is written on it.
    Paragraph plain;
    plain.style = paragraph.style;
    const ParagraphFormat base = ParagraphFormat::of(plain, page);
    const ParagraphFormat format = ParagraphFormat::of(paragraph, page);
    ParagraphProps props;
    props.style = styleId(paragraph.style);
    if (format.align != base.align)
        props.align = alignValue(format.align);
    if (format.firstIndentMm != base.firstIndentMm) {
        props.firstLine = mmToTwips(format.firstIndentMm);
        props.indents = true;
    }
    if (format.spaceBeforePt > 0)
        props.before = ptToTwips(format.spaceBeforePt);
    props.keepNext = format.keepWithNext && !base.keepWithNext;
    DocxXml::Runs runs;
    for (const TextRun& run : paragraph.runs) {
        runs.append(
            { run.text, RunProps { format.size != base.size ? format.size : 0, run.bold, run.italic, run.underline } });
    }
    m_xml.paragraph(props, runs);
}

void DocxBodyWriter::addressees(const QStringList& items, const PageSetup& page, int width)
{
    const double widthMm = width / (units::PointsPerMm * units::TwipsPerPoint);
    const Nd30Geometry::Addressees geometry = Nd30Geometry::addressees(items, page.bodySize, widthMm);
    const QStringList lines = Nd30Geometry::addresseeLines(items);
    ParagraphProps props;
    props.style = styleId(Paragraph::Style::Plain);
    props.before = 0;
    props.after = 0;
    props.keepNext = true;
    props.indents = true;
    props.align = QStringLiteral("left");
    if (geometry.singleLine) {
        props.before = ptToTwips(6);
        props.after = ptToTwips(page.paragraphSpacingPt);
        props.left = mmToTwips(geometry.itemLeft);
        props.firstLine = -(mmToTwips(geometry.itemLeft) - mmToTwips(geometry.labelLeft));
        m_xml.paragraph(props, { { Nd30Geometry::kinhGuiLabel() + QLatin1Char(' ') + lines.value(0), RunProps {} } });
        return;
    }
    props.before = ptToTwips(6);
    props.left = mmToTwips(geometry.labelLeft);
    m_xml.paragraph(props, { { Nd30Geometry::kinhGuiLabel(), RunProps {} } });
    const int dash = mmToTwips(Nd30Geometry::textWidth(QStringLiteral("- "), page.bodySize));
    props.before = 0;
    props.left = mmToTwips(geometry.itemLeft) + dash;
    props.firstLine = -dash;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i + 1 == lines.size()) {
            props.after = ptToTwips(page.paragraphSpacingPt);
            props.keepNext = false;
        }
        m_xml.paragraph(props, { { lines[i], RunProps {} } });
    }
}

void DocxBodyWriter::table(const Table& table, const PageSetup& page, int width)
{
    const double size = table.fontSize > 0 ? table.fontSize : page.bodySize - 1;
    double total = 0;
    for (double weight : table.columnWeights)
        total += weight;
    QList<int> columns;
    int used = 0;
    for (qsizetype i = 0; i < table.columnWeights.size(); ++i) {
        const int column = i + 1 == table.columnWeights.size()
            ? width - used
            : qRound(width * table.columnWeights[i] / (total > 0 ? total : 1));
        columns << column;
        used += column;
    }
    QXmlStreamWriter& xml = m_xml.xml();
    m_xml.tableStart(columns, table.borders, 108, ptToTwips(2));
    auto row = [&](const Table::Row& cells, bool header) {
        xml.writeStartElement(QStringLiteral("w:tr"));
        xml.writeStartElement(QStringLiteral("w:trPr"));
        xml.writeEmptyElement(QStringLiteral("w:cantSplit"));
        if (header)
            xml.writeEmptyElement(QStringLiteral("w:tblHeader"));
        xml.writeEndElement(); // trPr
        int column = 0;
        for (const Table::Cell& cell : cells) {
            const int span = qMax(1, cell.columnSpan);
            const int last = qMin(int(columns.size()), column + span);
            if (column >= last)
                break;
            int cellWidth = 0;
            for (int c = column; c < last; ++c)
                cellWidth += columns[c];
            m_xml.cellStart(cellWidth, last - column, header);
            ParagraphProps props;
            props.style = styleId(Paragraph::Style::Plain);
            const Paragraph::Align align =
                header && cell.align == Paragraph::Align::Left ? Paragraph::Align::Center : cell.align;
            props.align = alignValue(align);
            m_xml.paragraph(props, { { cell.text, RunProps { size, cell.bold || header, cell.italic } } });
            xml.writeEndElement(); // tc
            column = last;
        }
        xml.writeEndElement(); // tr
    };
    for (const Table::Row& cells : table.headerRows)
        row(cells, true);
    for (const Table::Row& cells : table.rows)
        row(cells, false);
    xml.writeEndElement(); // tbl
    // The space after a table, as after a paragraph (the PDF leaves the same): an empty paragraph that tall.
    ParagraphProps after;
    after.before = after.after = 0;
    after.line = qMax(20, ptToTwips(page.paragraphSpacingPt));
    after.exactLine = true;
    m_xml.paragraph(after, {});
}

void DocxBodyWriter::signerCell(const SignatureBlock& signer, int width)
{
    m_xml.cellStart(width);
    ParagraphProps centred;
    centred.align = QStringLiteral("center");
    centred.before = centred.after = 0;
    centred.line = 240;
    const RunProps bold { PageSetup::SignerSize, true };
    ParagraphProps first = centred; // the line after the date line stands apart from it
    if (!signer.placeDate.isEmpty()) {
        m_xml.paragraph(centred, { { signer.placeDate, RunProps { PageSetup::DateLineSize, false, true } } });
        first.before = ptToTwips(Nd30Geometry::PlaceDateGapPt);
    }
    if (!signer.authority.isEmpty()) {
        m_xml.paragraph(first, { { VietnameseText::upper(signer.authority), bold } });
        first = centred;
    }
    for (const QString& title : signer.titles) {
        m_xml.paragraph(first, { { VietnameseText::upper(title), bold } });
        first = centred;
    }
    if (!signer.hint.isEmpty())
        m_xml.paragraph(centred, { { signer.hint, RunProps { PageSetup::SignerSize, false, true } } });
    centred.before = ptToTwips(units::mmToPt(signer.signatureSpaceMm));
    m_xml.paragraph(centred, { { signer.name, bold } });
    m_xml.xml().writeEndElement(); // tc
}

void DocxBodyWriter::distributionParagraphs(const Distribution& distribution)
{
    ParagraphProps props;
    props.align = QStringLiteral("left");
    props.before = props.after = 0;
    props.line = 240;
    m_xml.paragraph(
        props, { { QStringLiteral("Nơi nhận:"), RunProps { PageSetup::DistributionLabelSize, true, true } } });
    const int dash = mmToTwips(Nd30Geometry::textWidth(QStringLiteral("- "), PageSetup::DistributionSize));
    props.left = dash;
    props.firstLine = -dash;
    for (const QString& line : Nd30Geometry::distributionLines(distribution.recipients))
        m_xml.paragraph(props, { { line, RunProps { PageSetup::DistributionSize } } });
}

void DocxBodyWriter::signatures(const Document& document, const Nd30Geometry::Header& geometry, int width)
{
    const SignatureArea& area = document.signatures;
    if (area.signers.isEmpty() && area.distribution.isEmpty() && area.leftNotes.isEmpty())
        return;
    QXmlStreamWriter& xml = m_xml.xml();
    ParagraphProps spacer;
    spacer.before = 0;
    spacer.after = 0;
    spacer.line = ptToTwips(6);
    spacer.exactLine = true;
    spacer.keepNext = true;
    m_xml.paragraph(spacer, {});
    const bool two = area.signers.size() >= 2;
    const int signerWidth = two ? width / 2 : mmToTwips(geometry.rightWidth);
    const int leftWidth = width - signerWidth;
    m_xml.tableStart({ leftWidth, signerWidth }, false, 0, 0);
    xml.writeStartElement(QStringLiteral("w:tr"));
    xml.writeStartElement(QStringLiteral("w:trPr"));
    xml.writeEmptyElement(QStringLiteral("w:cantSplit"));
    xml.writeEndElement();
    if (two) {
        const QList<SignatureBlock> signers = Nd30Geometry::alignedSigners(area.signers.mid(0, 2));
        signerCell(signers[0], leftWidth);
        signerCell(signers[1], signerWidth);
    } else {
        m_xml.cellStart(leftWidth);
        if (!area.distribution.isEmpty()) {
            distributionParagraphs(area.distribution);
        } else if (!area.leftNotes.isEmpty()) {
            ParagraphProps props;
            props.align = QStringLiteral("left");
            props.before = props.after = 0;
            for (const QString& line : area.leftNotes)
                m_xml.paragraph(props, { { line, RunProps { PageSetup::NumberSize } } });
        } else {
            m_xml.paragraph(ParagraphProps {}, {});
        }
        xml.writeEndElement(); // tc
        if (area.signers.isEmpty()) {
            m_xml.cellStart(signerWidth);
            m_xml.paragraph(ParagraphProps {}, {});
            xml.writeEndElement();
        } else {
            signerCell(area.signers[0], signerWidth);
        }
    }
    xml.writeEndElement(); // tr
    xml.writeEndElement(); // tbl
    if (two && !area.distribution.isEmpty()) {
        m_xml.paragraph(spacer, {});
        distributionParagraphs(area.distribution);
    }
}

} // namespace thidua
