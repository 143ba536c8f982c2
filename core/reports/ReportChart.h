#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace thidua {

// A chart of the annual report, described without drawing it: core holds the numbers, a ChartPainter (Qt Charts, in
// ui/charts) turns them into a picture that a Document embeds as an image block.
struct ReportChart
{
    enum class Kind
    {
        Bars,
        Lines
    };

    // One line (Lines) or one colour of bars (Bars): a percentage (0–100) per category, nullopt = no data (no bar, a
    // gap in the line).
    struct Series
    {
        QString name; // "CB-GV-NV", "Học sinh", "Toàn trường"
        QList<std::optional<double>> percents; // one per category
    };

    Kind kind = Kind::Bars;
    QString title; // "Tỉ lệ Công dân học tập theo tổ, năm học 2024-2025"
    QStringList categories; // tổ names, or school years "2023-2024"
    QList<Series> series; // Bars: usually one series; Lines: several
    // Drawn as a red dashed horizontal line labelled "Chỉ tiêu 95 %".
    std::optional<double> targetPercent;
};

// Draws a chart as a picture `widthMm` × `heightMm` at `dpi` (print: 300). Set by the program and thidua-cli, which
// link Qt Charts (ui/charts: reportChartPainter()); a core test or a caller without one passes none (an empty
// std::function) and gets no chart.
using ChartPainter = std::function<QImage(const ReportChart& chart, double widthMm, double heightMm, int dpi)>;

} // namespace thidua
