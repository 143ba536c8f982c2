#include "ui/documents/PagePreviewWidget.h"

#include <QPaintEvent>
#include <QPainter>

namespace thidua {

namespace {

constexpr int Gap = 16; // pixels between pages and around them
constexpr double UnitsPerInch = 7200.0;
constexpr double ScreenDpi = 96.0;

} // namespace

PagePreviewWidget::PagePreviewWidget(QWidget* parent)
    : QWidget(parent)
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Dark);
}

void PagePreviewWidget::setPages(std::shared_ptr<const LaidOutDocument> pages)
{
    m_pages = std::move(pages);
    updateGeometryForPages();
}

void PagePreviewWidget::setZoom(double zoom)
{
    m_zoom = qBound(0.2, zoom, 4.0);
    updateGeometryForPages();
}

QRect PagePreviewWidget::pageRect(int index) const
{
    if (!m_pages || index < 0 || index >= m_pages->pageCount())
        return QRect();
    const double scale = m_zoom * ScreenDpi / UnitsPerInch;
    int y = Gap;
    for (int i = 0; i < index; ++i)
        y += qRound(m_pages->pages[i].size.height() * scale) + Gap;
    const QSize size = (m_pages->pages[index].size * scale).toSize();
    return QRect(QPoint(qMax(Gap, (width() - size.width()) / 2), y), size);
}

QSize PagePreviewWidget::sizeHint() const
{
    if (!m_pages || m_pages->pageCount() == 0)
        return QSize(400, 400);
    const double scale = m_zoom * ScreenDpi / UnitsPerInch;
    int widest = 0;
    int height = Gap;
    for (const LayoutPage& page : m_pages->pages) {
        widest = qMax(widest, qRound(page.size.width() * scale));
        height += qRound(page.size.height() * scale) + Gap;
    }
    return QSize(widest + 2 * Gap, height);
}

void PagePreviewWidget::updateGeometryForPages()
{
    setMinimumSize(sizeHint());
    resize(qMax(width(), sizeHint().width()), sizeHint().height());
    updateGeometry();
    update();
}

void PagePreviewWidget::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    if (!m_pages)
        return;
    for (int i = 0; i < m_pages->pageCount(); ++i) {
        const QRect rect = pageRect(i);
        if (!rect.intersects(event->rect()))
            continue;
        painter.fillRect(rect.translated(3, 3), QColor(0, 0, 0, 60));
        painter.fillRect(rect, Qt::white);
        painter.save();
        painter.translate(rect.topLeft());
        painter.setClipRect(QRect(QPoint(0, 0), rect.size()));
        m_pages->paintPage(i, painter, rect.size());
        painter.restore();
    }
}

} // namespace thidua
