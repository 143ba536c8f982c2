#include "core/documents/DocumentLayouter.h"

#include "core/documents/DocumentFonts.h"
#include "core/documents/ParagraphFormat.h"
#include "core/documents/TextBox.h"
#include "core/text/VietnameseFormat.h"
#include "core/text/VietnameseText.h"

namespace thidua {

namespace {

constexpr double U = LaidOutDocument::UnitsPerMm;
constexpr double P = DocumentFonts::UnitsPerPoint;
constexpr double RulePen = 0.75 * P; // 3/4 pt, what Word's "sz=6" border draws
constexpr double RuleGap = 3 * P; // from the bottom of a line box to its rule
constexpr double CellPaddingX = 5.4 * P; // Word's default cell margin, 0.19 cm
constexpr double CellPaddingY = 2 * P;
constexpr double BorderPen = 0.5 * P;

TextStyle styleOf(double size, bool bold, bool italic, Paragraph::Align align = Paragraph::Align::Center)
{
    TextStyle style;
    style.size = size;
    style.bold = bold;
    style.italic = italic;
    style.align = align;
    return style;
}

void addRule(LayoutPage& page, double centre, double y, double length)
{
    LayoutItem item;
    item.kind = LayoutItem::Kind::Rule;
    item.rule = QLineF(centre - length / 2, y, centre + length / 2, y);
    item.penWidth = RulePen;
    page.items.append(item);
}

void addLine(LayoutPage& page, const QLineF& line)
{
    LayoutItem item;
    item.kind = LayoutItem::Kind::Rule;
    item.rule = line;
    item.penWidth = BorderPen;
    page.items.append(item);
}

// A column of centred lines (header columns, signers), each with its own style, stacked with `gaps` before them.
struct Stack
{
    struct Entry
    {
        TextBox box;
        double top = 0;
    };
    QList<Entry> entries;
    double width = 0;
    double height = 0;

    double add(const QString& text, const TextStyle& style, double gapBefore = 0)
    {
        Entry entry { TextBox::make(text, style, width), height + gapBefore };
        height = entry.top + entry.box.height();
        entries.append(entry);
        return entry.top;
    }
    void place(LayoutPage& page, double left, double top) const
    {
        for (const Entry& entry : entries)
            entry.box.placeAll(page, left, top + entry.top);
    }
};

} // namespace

Result<LaidOutDocument> DocumentLayouter::layout(const Documents& documents)
{
    if (auto fonts = DocumentFonts::ensureLoaded(); !fonts)
        return fonts.error();
    LaidOutDocument out;
    for (const Document& document : documents) {
        if (auto valid = document.page.validate(); !valid)
            return valid.error();
        DocumentLayouter layouter(out, document);
        layouter.layoutDocument();
    }
    if (out.pages.isEmpty())
        return Error(Error::Code::Validation, tr("There is nothing to print."));
    return out;
}

DocumentLayouter::DocumentLayouter(LaidOutDocument& out, const Document& document)
    : m_out(out)
    , m_document(document)
    , m_flow(out, document.page)
{}

void DocumentLayouter::layoutDocument()
{
    const qsizetype firstPage = m_out.pages.size();
    m_flow.beginSection(m_document.landscape);
    m_header = Nd30Geometry::header(m_document);
    addHeader();
    if (!m_document.title.isEmpty())
        addTitle(m_document.title, m_document.summary, m_document.summaryRule, 14 * P);
    addBlocks(m_document.body);
    addSignatures();
    m_flow.endSection();
    if (m_document.centredOnPage && m_out.pages.size() == firstPage + 1)
        centreVertically(m_out.pages.last(), m_document.page);
    for (const Appendix& appendix : m_document.appendices)
        addAppendix(appendix);
}

double DocumentLayouter::verticalCentringMm(const Document& document)
{
    if (!document.centredOnPage)
        return 0;
    Document top = document;
    top.centredOnPage = false;
    const auto laidOut = layout(top);
    if (!laidOut || laidOut->pages.size() != 1)
        return 0;
    return centringShift(laidOut->pages.constFirst(), document.page) / U;
}

double DocumentLayouter::centringShift(const LayoutPage& page, const PageSetup& setup)
{
    double lowest = 0;
    for (const LayoutItem& item : std::as_const(page.items)) {
        if (item.kind == LayoutItem::Kind::TextLine) {
            const QTextLine line = item.layout->lineAt(item.line);
            lowest = qMax(lowest, item.offset.y() + line.y() + line.height());
        } else if (item.kind == LayoutItem::Kind::Rule) {
            lowest = qMax(lowest, qMax(item.rule.y1(), item.rule.y2()));
        } else {
            lowest = qMax(lowest, item.box.bottom());
        }
    }
    return qMax(0.0, (page.size.height() - setup.bottomMm * U - lowest) / 2);
}

void DocumentLayouter::centreVertically(LayoutPage& page, const PageSetup& setup)
{
    const double shift = centringShift(page, setup);
    if (shift <= 0)
        return;
    for (LayoutItem& item : page.items) {
        item.offset.ry() += shift;
        item.rule.translate(0, shift);
        item.box.translate(0, shift);
    }
}

void DocumentLayouter::addHeader()
{
    const DocumentHeader& header = m_document.header;
    const bool twoColumns = !header.issuer.isEmpty();
    const double width = m_flow.textWidth();
    const double leftWidth = twoColumns ? m_header.leftWidth * U : 0;
    const double rightWidth = width - leftWidth;

    // The names keep a clear gutter before the quốc hiệu and break where Nd30Geometry broke them.
    const double leftTextWidth = twoColumns ? m_header.leftTextWidth * U : 0;
    Stack left { {}, leftTextWidth, 0 };
    double issuerBottom = 0;
    if (twoColumns) {
        if (!m_header.governingBody.isEmpty())
            left.add(m_header.governingBody, styleOf(m_header.bodyNameSize, false, false));
        left.add(m_header.issuer, styleOf(m_header.bodyNameSize, true, false));
        issuerBottom = left.height;
    }
    Stack right { {}, rightWidth, 0 };
    right.add(Nd30Geometry::nationalTitle(), styleOf(PageSetup::NationalTitleSize, true, false));
    right.add(Nd30Geometry::motto(), styleOf(PageSetup::MottoSize, true, false));
    const double mottoBottom = right.height;

    const double ruleY = qMax(issuerBottom, mottoBottom) + RuleGap;
    const double rowTop = ruleY + 6 * P;
    // The second row may split differently: a long date line gets a wider cell (Nd30Geometry::Header::dateWidth).
    const double dateWidth = twoColumns ? m_header.dateWidth * U : width;
    const double numberWidth = width - dateWidth;
    TextBox number;
    if (twoColumns && !header.number.isEmpty())
        number = TextBox::make(QStringLiteral("Số: ") + header.number,
            styleOf(PageSetup::NumberSize, false, false),
            qMin(numberWidth, leftTextWidth)); // centred under the names
    TextBox date;
    if (header.showDateLine) {
        date = TextBox::make(VietnameseFormat::dateLine(header.placeName, header.date),
            styleOf(m_header.dateSize, false, true, twoColumns ? Paragraph::Align::Center : Paragraph::Align::Right),
            dateWidth);
    }
    // Số and the date share a baseline (ô 3 and ô 4 on the same line).
    const double baseline = qMax(number.lineCount() ? number.baseline() : 0, date.lineCount() ? date.baseline() : 0);
    const double height = rowTop + qMax(number.height(), date.height());

    PageFlow::Chunk chunk;
    chunk.height = header.showDateLine || number.lineCount() ? height : ruleY + RulePen;
    chunk.keepWithNext = true;
    const double x = m_flow.textLeft();
    const Nd30Geometry::Header geometry = m_header;
    const bool issuerRule = header.showIssuerRule;
    chunk.place = [=](LayoutPage& page, double top) {
        left.place(page, x, top);
        right.place(page, x + leftWidth, top);
        if (twoColumns && issuerRule)
            addRule(page, x + leftTextWidth / 2, top + issuerBottom + RuleGap, geometry.issuerRule * U);
        addRule(page, x + leftWidth + rightWidth / 2, top + mottoBottom + RuleGap, geometry.mottoRule * U);
        if (number.lineCount())
            number.placeAll(page, x, top + rowTop + baseline - number.baseline());
        if (date.lineCount())
            date.placeAll(page, x + numberWidth, top + rowTop + baseline - date.baseline());
    };
    m_flow.append(chunk);
}

void DocumentLayouter::addTitle(const QString& title, const QString& summary, bool rule, double spaceBefore)
{
    const double width = m_flow.textWidth();
    Stack stack { {}, width, 0 };
    stack.add(VietnameseText::upper(title), styleOf(PageSetup::TitleSize, true, false));
    double ruleLength = 0;
    if (!summary.isEmpty()) {
        stack.add(summary, styleOf(PageSetup::SummarySize, true, false));
        ruleLength = Nd30Geometry::summaryRule(summary, PageSetup::SummarySize, width / U) * U;
    } else {
        ruleLength = Nd30Geometry::summaryRule(VietnameseText::upper(title), PageSetup::TitleSize, width / U) * U;
    }
    const double ruleY = stack.height + RuleGap;
    PageFlow::Chunk chunk;
    chunk.spaceBefore = spaceBefore;
    chunk.height = rule ? ruleY + 10 * P : stack.height + 6 * P;
    chunk.keepWithNext = true;
    const double x = m_flow.textLeft();
    chunk.place = [=](LayoutPage& page, double top) {
        stack.place(page, x, top);
        if (rule)
            addRule(page, x + width / 2, top + ruleY, ruleLength);
    };
    m_flow.append(chunk);
}

void DocumentLayouter::addBlocks(const Blocks& blocks)
{
    for (const Block& block : blocks) {
        switch (block.kind) {
        case Block::Kind::Paragraph:
            addParagraph(block.paragraph);
            break;
        case Block::Kind::Table:
            addTable(block.table);
            break;
        case Block::Kind::Addressees:
            addAddressees(block.addressees);
            break;
        case Block::Kind::Spacer: {
            PageFlow::Chunk chunk;
            chunk.height = block.spaceMm * U;
            m_flow.append(chunk);
            break;
        }
        case Block::Kind::PageBreak: {
            PageFlow::Chunk chunk;
            chunk.pageBreakBefore = true;
            m_flow.append(chunk);
            break;
        }
        case Block::Kind::Image:
            addImage(block);
            break;
        }
    }
}

void DocumentLayouter::addParagraph(const Paragraph& paragraph)
{
    const ParagraphFormat format = ParagraphFormat::of(paragraph, m_document.page);
    TextStyle style = styleOf(format.size, format.bold, format.italic, format.align);
    style.firstIndent = format.firstIndentMm * U;
    style.lineSpacing = m_document.page.lineSpacing;
    const TextBox box = TextBox::make(paragraph.runs, style, m_flow.textWidth());
    const int lines = box.lineCount();
    const double x = m_flow.textLeft();
    for (int i = 0; i < lines; ++i) {
        PageFlow::Chunk chunk;
        chunk.height = box.pitch() + (i + 1 == lines ? format.spaceAfterPt * P : 0);
        chunk.spaceBefore = i == 0 ? format.spaceBeforePt * P : 0;
        // No lonely first or last line at a page edge; headings stay with what follows.
        chunk.keepWithNext = (i == 0 && lines > 1) || (i == lines - 2) || (i + 1 == lines && format.keepWithNext);
        chunk.place = [box, i, x](LayoutPage& page, double top) { box.placeLine(page, i, x, top); };
        m_flow.append(chunk);
    }
    if (lines == 0 && format.keepWithNext) {
        PageFlow::Chunk chunk;
        chunk.keepWithNext = true;
        m_flow.append(chunk);
    }
}

void DocumentLayouter::addAddressees(const QStringList& items)
{
    const double size = m_document.page.bodySize;
    const double width = m_flow.textWidth();
    const Nd30Geometry::Addressees geometry = Nd30Geometry::addressees(items, size, width / U);
    const QStringList lines = Nd30Geometry::addresseeLines(items);
    const double x = m_flow.textLeft();
    QList<TextBox> boxes;
    TextStyle style = styleOf(size, false, false, Paragraph::Align::Left);
    style.lineSpacing = m_document.page.lineSpacing;
    if (geometry.singleLine) {
        style.leftIndent = geometry.itemLeft * U;
        style.firstIndent = (geometry.labelLeft - geometry.itemLeft) * U;
        boxes << TextBox::make(Nd30Geometry::kinhGuiLabel() + QLatin1Char(' ') + lines.value(0), style, width);
    } else {
        style.leftIndent = geometry.labelLeft * U;
        boxes << TextBox::make(Nd30Geometry::kinhGuiLabel(), style, width);
        const double dash = Nd30Geometry::textWidth(QStringLiteral("- "), size) * U;
        style.leftIndent = geometry.itemLeft * U + dash;
        style.firstIndent = -dash;
        for (const QString& line : lines)
            boxes << TextBox::make(line, style, width);
    }
    for (qsizetype b = 0; b < boxes.size(); ++b) {
        const TextBox box = boxes[b];
        for (int i = 0; i < box.lineCount(); ++i) {
            PageFlow::Chunk chunk;
            chunk.height = box.pitch();
            chunk.spaceBefore = b == 0 && i == 0 ? 6 * P : 0;
            if (b + 1 == boxes.size() && i + 1 == box.lineCount())
                chunk.height += m_document.page.paragraphSpacingPt * P;
            chunk.keepWithNext = true;
            chunk.place = [box, i, x](LayoutPage& page, double top) { box.placeLine(page, i, x, top); };
            m_flow.append(chunk);
        }
    }
}

void DocumentLayouter::addTable(const Table& table)
{
    const double width = m_flow.textWidth();
    const double x0 = m_flow.textLeft();
    const double size = table.fontSize > 0 ? table.fontSize : m_document.page.bodySize - 1;
    double total = 0;
    for (double weight : table.columnWeights)
        total += weight;
    QList<double> edges { 0 };
    for (double weight : table.columnWeights)
        edges << edges.constLast() + width * weight / (total > 0 ? total : 1);

    auto rowChunk = [&](const Table::Row& row, bool header) {
        struct Cell
        {
            TextBox box;
            double left, right;
        };
        QList<Cell> cells;
        double height = 0;
        int column = 0;
        for (const Table::Cell& cell : row) {
            const int span = qMax(1, cell.columnSpan);
            const int last = qMin(int(edges.size()) - 1, column + span);
            if (column >= last)
                break;
            const double left = edges[column], right = edges[last];
            TextRuns runs { TextRun { cell.text, cell.bold || header, cell.italic } };
            const Paragraph::Align align =
                header && cell.align == Paragraph::Align::Left ? Paragraph::Align::Center : cell.align;
            const TextBox box =
                TextBox::make(runs, styleOf(size, false, false, align), right - left - 2 * CellPaddingX);
            cells.append(Cell { box, left, right });
            height = qMax(height, box.height());
            column = last;
        }
        height += 2 * CellPaddingY;
        PageFlow::Chunk chunk;
        chunk.height = height;
        const bool borders = table.borders;
        chunk.place = [cells, height, x0, borders, header](LayoutPage& page, double top) {
            for (const Cell& cell : cells) {
                const double offset = header ? (height - 2 * CellPaddingY - cell.box.height()) / 2 : 0;
                cell.box.placeAll(page, x0 + cell.left + CellPaddingX, top + CellPaddingY + offset);
                if (borders) {
                    addLine(page, QLineF(x0 + cell.left, top, x0 + cell.left, top + height));
                    addLine(page, QLineF(x0 + cell.right, top, x0 + cell.right, top + height));
                }
            }
            if (borders && !cells.isEmpty()) {
                const double left = x0 + cells.constFirst().left, right = x0 + cells.constLast().right;
                addLine(page, QLineF(left, top, right, top));
                addLine(page, QLineF(left, top + height, right, top + height));
            }
        };
        return chunk;
    };

    auto headers = std::make_shared<QList<PageFlow::Chunk>>();
    for (const Table::Row& row : table.headerRows) {
        PageFlow::Chunk chunk = rowChunk(row, true);
        chunk.keepWithNext = true;
        headers->append(chunk);
    }
    bool first = true;
    for (PageFlow::Chunk chunk : std::as_const(*headers)) {
        chunk.spaceBefore = first ? 3 * P : 0;
        first = false;
        m_flow.append(chunk);
    }
    for (const Table::Row& row : table.rows) {
        PageFlow::Chunk chunk = rowChunk(row, false);
        chunk.spaceBefore = first ? 3 * P : 0;
        first = false;
        if (!headers->isEmpty())
            chunk.headerRows = headers;
        m_flow.append(chunk);
    }
    PageFlow::Chunk after;
    after.height = m_document.page.paragraphSpacingPt * P;
    m_flow.append(after);
}

void DocumentLayouter::addImage(const Block& block)
{
    const bool landscape = m_flow.landscape();
    const QSizeF size =
        block.pictureSizeMm(m_document.page.textWidthMm(landscape), m_document.page.textHeightMm(landscape)) * U;
    if (size.isEmpty())
        return;
    // One chunk: the picture is never split, and goes to the next page whole when the rest of this one is too short.
    PageFlow::Chunk chunk;
    chunk.spaceBefore = 6 * P;
    chunk.height = size.height() + m_document.page.paragraphSpacingPt * P;
    const double left = m_flow.textLeft() + (m_flow.textWidth() - size.width()) / 2;
    auto image = std::make_shared<const QImage>(block.picture);
    chunk.place = [image, left, size](LayoutPage& page, double top) {
        LayoutItem item;
        item.kind = LayoutItem::Kind::Image;
        item.image = image;
        item.box = QRectF(QPointF(left, top), size);
        page.items.append(item);
    };
    m_flow.append(chunk);
}

void DocumentLayouter::addSignatures()
{
    const SignatureArea& area = m_document.signatures;
    if (area.signers.isEmpty() && area.distribution.isEmpty() && area.leftNotes.isEmpty())
        return;
    const double width = m_flow.textWidth();
    const bool two = area.signers.size() >= 2;
    const double signerWidth = two ? width / 2 : m_header.rightWidth * U;

    auto signerStack = [&](const SignatureBlock& signer) {
        Stack stack { {}, signerWidth, 0 };
        const TextStyle bold = styleOf(PageSetup::SignerSize, true, false);
        // The date line stands apart from the title below it.
        double gap = 0;
        if (!signer.placeDate.isEmpty()) {
            stack.add(signer.placeDate, styleOf(PageSetup::DateLineSize, false, true));
            gap = Nd30Geometry::PlaceDateGapPt * P;
        }
        if (!signer.authority.isEmpty()) {
            stack.add(VietnameseText::upper(signer.authority), bold, gap);
            gap = 0;
        }
        for (const QString& title : signer.titles) {
            stack.add(VietnameseText::upper(title), bold, gap);
            gap = 0;
        }
        if (!signer.hint.isEmpty())
            stack.add(signer.hint, styleOf(PageSetup::SignerSize, false, true));
        stack.add(signer.name.isEmpty() ? QStringLiteral(" ") : signer.name, bold, signer.signatureSpaceMm * U);
        return stack;
    };
    const QList<SignatureBlock> blocks = Nd30Geometry::alignedSigners(area.signers.mid(0, 2));
    QList<Stack> signers;
    for (const SignatureBlock& signer : std::as_const(blocks))
        signers << signerStack(signer);

    Stack distribution { {}, two ? width / 2 : width - signerWidth, 0 };
    if (!area.distribution.isEmpty()) {
        distribution.add(
            QStringLiteral("Nơi nhận:"), styleOf(PageSetup::DistributionLabelSize, true, true, Paragraph::Align::Left));
        TextStyle item = styleOf(PageSetup::DistributionSize, false, false, Paragraph::Align::Left);
        const double dash = Nd30Geometry::textWidth(QStringLiteral("- "), PageSetup::DistributionSize) * U;
        item.leftIndent = dash;
        item.firstIndent = -dash;
        for (const QString& line : Nd30Geometry::distributionLines(area.distribution.recipients))
            distribution.add(line, item);
    } else {
        for (const QString& line : area.leftNotes)
            distribution.add(line, styleOf(PageSetup::NumberSize, false, false, Paragraph::Align::Left));
    }
    // "Nơi nhận:" is level with the signer's first line: their baselines match.
    const double signerBaseline = signers.isEmpty() ? 0 : signers.constFirst().entries.constFirst().box.baseline();
    const double distributionBaseline =
        distribution.entries.isEmpty() ? 0 : distribution.entries.constFirst().box.baseline();
    double distributionTop = qMax(0.0, signerBaseline - distributionBaseline);
    double signersHeight = 0;
    for (const Stack& stack : std::as_const(signers))
        signersHeight = qMax(signersHeight, stack.height);
    if (two)
        distributionTop = signersHeight + 12 * P;
    const double height = qMax(signersHeight, distributionTop + distribution.height);

    PageFlow::Chunk chunk;
    chunk.spaceBefore = 6 * P;
    chunk.height = height;
    const double x = m_flow.textLeft();
    chunk.place = [=](LayoutPage& page, double top) {
        if (two) {
            signers[0].place(page, x, top);
            signers[1].place(page, x + width / 2, top);
        } else if (!signers.isEmpty()) {
            signers[0].place(page, x + width - signerWidth, top);
        }
        distribution.place(page, x, top + distributionTop);
    };
    m_flow.append(chunk);
}

void DocumentLayouter::addAppendix(const Appendix& appendix)
{
    m_flow.beginSection(appendix.landscape);
    const double width = m_flow.textWidth();
    Stack stack { {}, width, 0 };
    stack.add(appendix.label.isEmpty() ? QStringLiteral("Phụ lục") : appendix.label,
        styleOf(PageSetup::AppendixLabelSize, true, false));
    if (!appendix.title.isEmpty())
        stack.add(VietnameseText::upper(appendix.title), styleOf(PageSetup::TitleSize, true, false));
    if (!appendix.attachedTo.isEmpty())
        stack.add(appendix.attachedTo, styleOf(PageSetup::TitleSize, false, true));
    const double ruleY = stack.height + RuleGap;
    const double ruleLength = appendix.title.isEmpty()
        ? width / 4
        : Nd30Geometry::summaryRule(VietnameseText::upper(appendix.title), PageSetup::TitleSize, width / U) * U;
    PageFlow::Chunk chunk;
    chunk.height = ruleY + 10 * P;
    chunk.keepWithNext = true;
    const double x = m_flow.textLeft();
    chunk.place = [=](LayoutPage& page, double top) {
        stack.place(page, x, top);
        addRule(page, x + width / 2, top + ruleY, ruleLength);
    };
    m_flow.append(chunk);
    addBlocks(appendix.body);
    m_flow.endSection();
}

} // namespace thidua
