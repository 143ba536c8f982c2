#include "core/documents/TextBox.h"

#include "core/documents/DocumentFonts.h"
#include "core/documents/LineBreaks.h"

#include <QFontMetricsF>
#include <QTextCharFormat>

namespace thidua {

namespace {

Qt::Alignment qtAlignment(Paragraph::Align align)
{
    switch (align) {
    case Paragraph::Align::Center:
        return Qt::AlignHCenter;
    case Paragraph::Align::Right:
        return Qt::AlignRight;
    case Paragraph::Align::Justify:
        return Qt::AlignJustify;
    case Paragraph::Align::Default:
    case Paragraph::Align::Left:
        break;
    }
    return Qt::AlignLeft;
}

} // namespace

TextBox TextBox::make(const QString& text, const TextStyle& style, double width)
{
    return make(TextRuns { TextRun { text } }, style, width);
}

TextBox TextBox::make(const TextRuns& runs, const TextStyle& style, double width)
{
    TextBox box;
    box.m_width = width;
    const QFont base = DocumentFonts::font(style.size, style.bold, style.italic);
    QString text;
    QList<QTextLayout::FormatRange> formats;
    for (const TextRun& run : runs) {
        QString piece = run.text;
        piece.replace(QLatin1Char('\n'), QChar::LineSeparator);
        const bool bold = style.bold || run.bold;
        const bool italic = style.italic || run.italic;
        if (bold != style.bold || italic != style.italic || run.underline) {
            QTextLayout::FormatRange range;
            range.start = int(text.size());
            range.length = int(piece.size());
            range.format.setFont(DocumentFonts::font(style.size, bold, italic, run.underline));
            formats.append(range);
        }
        text += piece;
    }
    box.m_layout = std::make_shared<QTextLayout>(text, base);
    QTextOption option(qtAlignment(style.align));
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    box.m_layout->setTextOption(option);
    box.m_layout->setFormats(formats);
    box.m_layout->setCacheEnabled(true);

    const QFontMetricsF metrics(base);
    const double single = metrics.lineSpacing();
    box.m_pitch = single * style.lineSpacing;
    const double natural = metrics.ascent() + metrics.descent();
    const double above = box.m_pitch - natural - metrics.leading();
    box.m_baseline = above + metrics.ascent();

    const QList<LineBreaks::Span> spans = LineBreaks::keepTogether(text);
    box.m_layout->beginLayout();
    for (int i = 0;; ++i) {
        QTextLine line = box.m_layout->createLine();
        if (!line.isValid())
            break;
        const double indent = style.leftIndent + (i == 0 ? style.firstIndent : 0);
        const double lineWidth = qMax(1.0, width - indent);
        line.setLineWidth(lineWidth);
        // A line that would end inside a span that stays together ends before it instead (LineBreaks).
        const qsizetype start = line.textStart(), end = start + line.textLength();
        for (const LineBreaks::Span& span : spans) {
            if (span.start > start && span.start < end && span.end > end && end < text.size()) {
                line.setNumColumns(int(span.start - start), lineWidth);
                break;
            }
        }
        line.setPosition(QPointF(indent, i * box.m_pitch + above));
    }
    box.m_layout->endLayout();
    return box;
}

double TextBox::naturalWidth() const
{
    double widest = 0;
    for (int i = 0; i < lineCount(); ++i)
        widest = qMax(widest, lineNaturalWidth(i));
    return widest;
}

double TextBox::lineNaturalWidth(int line) const
{
    return m_layout->lineAt(line).naturalTextWidth();
}

void TextBox::placeLine(LayoutPage& page, int line, double left, double top) const
{
    LayoutItem item;
    item.kind = LayoutItem::Kind::TextLine;
    item.layout = m_layout;
    item.line = line;
    item.offset = QPointF(left, top - line * m_pitch);
    page.items.append(item);
}

void TextBox::placeAll(LayoutPage& page, double left, double top) const
{
    for (int i = 0; i < lineCount(); ++i)
        placeLine(page, i, left, top + i * m_pitch);
}

} // namespace thidua
