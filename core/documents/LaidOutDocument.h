#pragma once

#include <QLineF>
#include <QList>
#include <QRectF>
#include <QSizeF>

#include <memory>

class QImage;
class QPainter;
class QPagedPaintDevice;
class QTextLayout;

namespace thidua {

// Pages with everything placed on them, in layout units (hundredths of a point, DocumentFonts::UnitsPerPoint).
// Made once by DocumentLayouter; painted onto a PDF, a printer or the preview by the same code. The QTextLayout objects
// are not thread-safe: a laid-out document is painted on the thread that uses it, never on two at once (a worker
// that exports lays out its own).
struct LayoutItem
{
    enum class Kind
    {
        TextLine, // one line of a laid-out text
        Rule, // a solid line
        Box, // an unfilled rectangle (calibration marks)
        Image, // a picture scaled into `box` (embedded at its own pixel size in a PDF)
    };
    Kind kind = Kind::TextLine;
    std::shared_ptr<const QTextLayout> layout;
    int line = 0;
    QPointF offset; // where the layout's origin goes on the page
    QLineF rule;
    QRectF box;
    std::shared_ptr<const QImage> image;
    double penWidth = 0; // units
};

struct LayoutPage
{
    QSizeF size; // units
    QList<LayoutItem> items;
    int section = 0; // the document or appendix the page belongs to (0-based, over the whole output)
    int number = 0; // page number within its section (1-based)
    bool landscape = false;
};

class LaidOutDocument
{
public:
    static constexpr double UnitsPerMm = 100.0 * 72.0 / 25.4;

    QList<LayoutPage> pages;

    int pageCount() const { return int(pages.size()); }
    // Paints one page; the painter's device is scaled so that the page fills `targetSize` (device pixels).
    void paintPage(int index, QPainter& painter, const QSizeF& targetSize) const;
    // Paints every page onto a PDF writer or a printer (page size and orientation set per page, margins zero).
    bool paintAll(QPagedPaintDevice& device) const;
};

} // namespace thidua
