#pragma once

#include "core/documents/LaidOutDocument.h"

#include <QWidget>

#include <memory>

namespace thidua {

// The real pages of a laid-out document, one under the other, drawn by the same code that writes the PDF.
class PagePreviewWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PagePreviewWidget(QWidget* parent = nullptr);

    void setPages(std::shared_ptr<const LaidOutDocument> pages);
    std::shared_ptr<const LaidOutDocument> pages() const { return m_pages; }
    // 1.0 = real size on a 96 dpi screen.
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }
    // Where page `index` is drawn, in widget coordinates.
    QRect pageRect(int index) const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void updateGeometryForPages();

    std::shared_ptr<const LaidOutDocument> m_pages;
    double m_zoom = 1.0;
};

} // namespace thidua
