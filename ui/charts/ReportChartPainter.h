#pragma once

#include "core/reports/ReportChart.h"

#include <QColor>
#include <QImage>

namespace thidua {

// Draws the annual report's charts (ReportChart) with Qt Charts into a picture for a Document's image block: white
// background, Liberation Sans, titles and labels at print sizes (9–11 pt whatever the resolution), values above bars
// or points written as Vietnamese does ("94,4 %", rounded down to tenths like VietnameseFormat::percent), the value
// axis 0–100 %, the target as a red dashed line labelled "Chỉ tiêu 95 %" right of the plot. Category labels that do
// not fit their slot are broken into lines, or turned 45° when that is not enough (15 tổ on 160 mm).
//
// Needs a QApplication (Qt Charts draws through Qt Widgets' graphics view): without one it returns a null image. Called
// from another thread, it draws on the application's thread and waits for the picture (so that thread must not be
// waiting for the caller).
class ReportChartPainter
{
public:
    // `widthMm` × `heightMm` at `dpi`: 160 × 90 mm at 300 dpi is 1890 × 1063 pixels.
    static QImage paint(const ReportChart& chart, double widthMm, double heightMm, int dpi);

    // The colours the pictures use (tests measure bars by them).
    static QColor seriesColor(int index);
    static QColor targetColor();
};

// The painter as the report builders take it (core/reports/ReportChart.h).
ChartPainter reportChartPainter();

} // namespace thidua
