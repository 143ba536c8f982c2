#include "core/documents/Document.h"

#include <QPainter>

namespace thidua {

Paragraph Paragraph::text(Style style, const QString& text, bool editable)
{
    Paragraph paragraph;
    paragraph.style = style;
    paragraph.runs.append(TextRun { text });
    paragraph.editable = editable;
    return paragraph;
}

QString Paragraph::plainText() const
{
    QString text;
    for (const TextRun& run : runs)
        text += run.text;
    return text;
}

void Paragraph::setPlainText(const QString& text)
{
    runs = { TextRun { text } };
}

Block Block::of(const thidua::Paragraph& paragraph)
{
    Block block;
    block.kind = Kind::Paragraph;
    block.paragraph = paragraph;
    return block;
}

Block Block::of(const thidua::Table& table)
{
    Block block;
    block.kind = Kind::Table;
    block.table = table;
    return block;
}

Block Block::kinhGui(const QStringList& addressees)
{
    Block block;
    block.kind = Kind::Addressees;
    block.addressees = addressees;
    return block;
}

Block Block::spacer(double mm)
{
    Block block;
    block.kind = Kind::Spacer;
    block.spaceMm = mm;
    return block;
}

Block Block::pageBreak()
{
    Block block;
    block.kind = Kind::PageBreak;
    return block;
}

Block Block::image(const QImage& image, double widthMm)
{
    Block block;
    block.kind = Kind::Image;
    // Transparency would put a second picture (its mask) into the PDF; a chart has nothing to show through.
    if (image.hasAlphaChannel()) {
        QImage source = image;
        source.setDevicePixelRatio(1);
        QImage opaque(image.size(), QImage::Format_RGB32);
        opaque.fill(Qt::white);
        QPainter painter(&opaque);
        painter.drawImage(0, 0, source);
        painter.end();
        block.picture = opaque;
    } else {
        block.picture = image;
    }
    block.pictureWidthMm = widthMm;
    return block;
}

QSizeF Block::pictureSizeMm(double textWidthMm, double textHeightMm) const
{
    if (picture.isNull() || pictureWidthMm <= 0)
        return QSizeF(0, 0);
    QSizeF size(qMin(pictureWidthMm, textWidthMm), 0);
    size.setHeight(size.width() * picture.height() / picture.width());
    if (size.height() > textHeightMm)
        size = QSizeF(textHeightMm * picture.width() / picture.height(), textHeightMm);
    return size;
}

QList<Paragraph*> Document::editableParagraphs()
{
    QList<Paragraph*> result;
    auto collect = [&result](Blocks& blocks) {
        for (Block& block : blocks) {
            if (block.kind == Block::Kind::Paragraph && block.paragraph.editable)
                result.append(&block.paragraph);
        }
    };
    collect(body);
    for (Appendix& appendix : appendices)
        collect(appendix.body);
    return result;
}

} // namespace thidua
