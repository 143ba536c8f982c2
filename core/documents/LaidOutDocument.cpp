#include "core/documents/LaidOutDocument.h"

#include <QImage>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace thidua {

namespace {

constexpr double UnitsPerInch = 7200.0;

void paintItems(const LayoutPage& page, QPainter& painter)
{
    painter.setPen(QPen(Qt::black));
    for (const LayoutItem& item : page.items) {
        switch (item.kind) {
        case LayoutItem::Kind::TextLine:
            if (item.layout)
                item.layout->lineAt(item.line).draw(&painter, item.offset);
            break;
        case LayoutItem::Kind::Rule:
            painter.setPen(QPen(Qt::black, item.penWidth, Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(item.rule);
            painter.setPen(QPen(Qt::black));
            break;
        case LayoutItem::Kind::Box:
            painter.setPen(QPen(Qt::black, item.penWidth));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(item.box);
            painter.setPen(QPen(Qt::black));
            break;
        case LayoutItem::Kind::Image:
            if (item.image) {
                // Lossless: a PDF keeps the chart's pixels (Flate) instead of a JPEG with smudged edges; the preview
                // scales it smoothly.
                painter.save();
                painter.setRenderHint(QPainter::LosslessImageRendering);
                painter.setRenderHint(QPainter::SmoothPixmapTransform);
                painter.drawImage(item.box, *item.image);
                painter.restore();
            }
            break;
        }
    }
}

// The page's own sheet (A4 or A5), portrait or landscape, without margins.
QPageLayout fullPageLayout(const LayoutPage& page)
{
    const QSizeF mm = page.size / LaidOutDocument::UnitsPerMm;
    const QSizeF portrait = page.landscape ? mm.transposed() : mm;
    return QPageLayout(QPageSize(portrait, QPageSize::Millimeter),
        page.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout::Millimeter);
}

} // namespace

void LaidOutDocument::paintPage(int index, QPainter& painter, const QSizeF& targetSize) const
{
    if (index < 0 || index >= pages.size())
        return;
    const LayoutPage& page = pages.at(index);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const double scale = qMin(targetSize.width() / page.size.width(), targetSize.height() / page.size.height());
    painter.scale(scale, scale);
    paintItems(page, painter);
    painter.restore();
}

bool LaidOutDocument::paintAll(QPagedPaintDevice& device) const
{
    if (pages.isEmpty())
        return false;
    device.setPageLayout(fullPageLayout(pages.constFirst()));
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0) {
            if (pages[i].landscape != pages[i - 1].landscape || pages[i].size != pages[i - 1].size)
                device.setPageLayout(fullPageLayout(pages[i]));
            if (!device.newPage())
                return false;
        }
        painter.save();
        const double scale = device.logicalDpiX() / UnitsPerInch;
        painter.scale(scale, device.logicalDpiY() / UnitsPerInch);
        paintItems(pages[i], painter);
        painter.restore();
    }
    return painter.end();
}

} // namespace thidua
