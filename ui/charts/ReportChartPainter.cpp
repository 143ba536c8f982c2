#include "ui/charts/ReportChartPainter.h"

#include "core/text/VietnameseFormat.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QPainter>
#include <QThread>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace thidua {

namespace {

constexpr double MmPerInch = 25.4;
constexpr double PointsPerInch = 72;
constexpr double LabelPt = 9; // axis labels, values, legend
constexpr double SmallestLabelPt = 7; // values shrink down to this before they turn upright
constexpr double TitlePt = 11;
constexpr double GapPt = 2; // between a bar or point and its value
constexpr double BarWidth = 0.7; // of a category's slot
constexpr double LabelZ = 1000; // above every item of Qt Charts

// Lengths given in points, as pixels of a picture at `dpi`.
class Scale
{
public:
    explicit Scale(int dpi)
        : m_pixelsPerPoint(dpi / PointsPerInch)
    {}
    double operator()(double points) const { return points * m_pixelsPerPoint; }
    QFont font(double points, bool bold = false) const
    {
        QFont font(QStringLiteral("Liberation Sans"));
        font.setStyleHint(QFont::SansSerif);
        font.setPixelSize(qMax(1, qRound(points * m_pixelsPerPoint)));
        font.setBold(bold);
        return font;
    }

private:
    double m_pixelsPerPoint;
};

// "94,4 %": rounded down to tenths, as the report's tables show a share (VietnameseFormat::percent).
QString valueText(double percent)
{
    return VietnameseFormat::percentTenths(qint64(std::floor(percent * 10 + 1e-6)));
}

// Greedy lines of at most `width` broken at spaces; empty when one word alone is wider.
QStringList wrapped(const QString& text, const QFontMetricsF& metrics, double width)
{
    QStringList lines;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (metrics.horizontalAdvance(word) > width)
            return {};
        if (!lines.isEmpty() && metrics.horizontalAdvance(lines.constLast() + QLatin1Char(' ') + word) <= width)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    return lines;
}

// A line of text centred on `centreX` with its top at `top`.
QGraphicsSimpleTextItem* centredText(
    QGraphicsItem* parent, const QString& text, const QFont& font, double centreX, double top)
{
    auto* item = new QGraphicsSimpleTextItem(text, parent);
    item->setFont(font);
    item->setBrush(Qt::black);
    item->setPos(centreX - QFontMetricsF(font).horizontalAdvance(text) / 2, top);
    return item;
}

// Lays the chart out by hand around a plot area it fixes (QChart::setPlotArea), so that nothing Qt Charts would
// elide is left to it: the title, the category labels (broken into lines or turned 45°), the values above the bars,
// the target's label and the legend are text items of the chart; Qt Charts draws the plot, its grid and the value
// axis with its labels. All lengths in points (Scale), whatever the resolution.
class ChartBuilder
{
public:
    ChartBuilder(const ReportChart& spec, const QSize& size, int dpi)
        : m_spec(spec)
        , m_size(size)
        , m_pt(dpi)
        , m_label(m_pt.font(LabelPt))
        , m_metrics(m_label)
    {}
    QImage draw();

private:
    struct ValueStyle
    {
        QFont font;
        bool upright = false;
        double room = 0; // above the plot
    };
    void setUpChart();
    void addBars();
    void addLines();
    void addTarget();
    qsizetype categoryCount() const { return qMax(qsizetype(1), m_spec.categories.size()); }
    QStringList titleLines() const;
    QList<QPair<QPointF, QString>> values() const; // where each value goes (top of its bar) and its text
    ValueStyle valueStyle(double slot) const;
    bool categoriesTurned(double slot) const;
    double categoryRoom(bool turned) const;
    QString targetText() const;
    void placeTitle();
    void placeCategories(bool turned);
    void placeValues(const ValueStyle& style);
    void placeTarget();
    void placeLegend();

    const ReportChart& m_spec;
    QSize m_size;
    Scale m_pt;
    QFont m_label;
    QFontMetricsF m_metrics;
    QGraphicsScene m_scene;
    QChart* m_chart = nullptr; // owned by the scene
    QBarCategoryAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    QLineSeries* m_anchorSeries = nullptr; // maps values to positions
    QRectF m_plot;
};

void ChartBuilder::setUpChart()
{
    m_chart = new QChart;
    m_scene.addItem(m_chart);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setBackgroundBrush(Qt::white);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setDropShadowEnabled(false);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->setVisible(false);

    m_axisX = new QBarCategoryAxis;
    m_axisX->setLabelsVisible(false);
    m_axisX->setGridLineVisible(false);
    m_axisX->setLinePen(QPen(Qt::black, m_pt(0.75)));
    m_axisY = new QValueAxis;
    m_axisY->setRange(0, 100);
    m_axisY->setTickCount(6);
    m_axisY->setMinorTickCount(0);
    m_axisY->setLabelFormat(QStringLiteral("%d %"));
    m_axisY->setLabelsFont(m_label);
    m_axisY->setLabelsColor(Qt::black);
    m_axisY->setLinePen(QPen(Qt::black, m_pt(0.75)));
    m_axisY->setGridLinePen(QPen(QColor(0xc8, 0xc8, 0xc8), m_pt(0.5)));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    // Positions only: the labels drawn are the chart's own text items.
    QStringList positions;
    for (qsizetype c = 0; c < categoryCount(); ++c)
        positions << QString::number(c);
    m_axisX->append(positions);
    // An empty series on both axes maps values to positions, whatever else the chart holds (even nothing).
    m_anchorSeries = new QLineSeries;
    m_chart->addSeries(m_anchorSeries);
    m_anchorSeries->attachAxis(m_axisX);
    m_anchorSeries->attachAxis(m_axisY);
}

void ChartBuilder::addBars()
{
    auto* bars = new QBarSeries;
    bars->setBarWidth(BarWidth);
    for (qsizetype s = 0; s < m_spec.series.size(); ++s) {
        const ReportChart::Series& series = m_spec.series[s];
        auto* set = new QBarSet(series.name);
        set->setColor(ReportChartPainter::seriesColor(int(s)));
        set->setPen(Qt::NoPen);
        // No data: a bar of nothing (no outline, no value written above it).
        for (qsizetype c = 0; c < m_spec.categories.size(); ++c)
            set->append(series.percents.value(c).value_or(0));
        bars->append(set);
    }
    m_chart->addSeries(bars);
    bars->attachAxis(m_axisX);
    bars->attachAxis(m_axisY);
}

void ChartBuilder::addLines()
{
    for (qsizetype s = 0; s < m_spec.series.size(); ++s) {
        const ReportChart::Series& series = m_spec.series[s];
        const QColor colour = ReportChartPainter::seriesColor(int(s));
        // A year without data breaks the line: one QLineSeries per run of values.
        QList<QLineSeries*> runs { new QLineSeries };
        for (qsizetype c = 0; c < m_spec.categories.size(); ++c) {
            const std::optional<double> value = series.percents.value(c);
            if (value)
                runs.last()->append(double(c), *value);
            else if (runs.last()->count() > 0)
                runs << new QLineSeries;
        }
        for (QLineSeries* run : std::as_const(runs)) {
            run->setPen(QPen(colour, m_pt(2), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            run->setColor(colour);
            run->setPointsVisible(true);
            run->setMarkerSize(m_pt(3));
            m_chart->addSeries(run);
            run->attachAxis(m_axisX);
            run->attachAxis(m_axisY);
        }
    }
}

void ChartBuilder::addTarget()
{
    if (!m_spec.targetPercent)
        return;
    auto* target = new QLineSeries;
    target->append(-0.5, *m_spec.targetPercent);
    target->append(double(categoryCount()) - 0.5, *m_spec.targetPercent);
    target->setPen(QPen(ReportChartPainter::targetColor(), m_pt(1.5), Qt::DashLine, Qt::FlatCap));
    m_chart->addSeries(target);
    target->attachAxis(m_axisX);
    target->attachAxis(m_axisY);
}

QStringList ChartBuilder::titleLines() const
{
    if (m_spec.title.isEmpty())
        return {};
    const QStringList lines =
        wrapped(m_spec.title, QFontMetricsF(m_pt.font(TitlePt, true)), m_size.width() - 2 * m_pt(6));
    return lines.isEmpty() ? QStringList { m_spec.title } : lines;
}

QList<QPair<QPointF, QString>> ChartBuilder::values() const
{
    QList<QPair<QPointF, QString>> labels;
    if (m_spec.kind != ReportChart::Kind::Bars)
        return labels; // lines of several series would cover each other's values; the report's tables give them
    const qsizetype count = m_spec.series.size();
    for (qsizetype s = 0; s < count; ++s) {
        for (qsizetype c = 0; c < m_spec.categories.size(); ++c) {
            const std::optional<double> value = m_spec.series[s].percents.value(c);
            if (!value)
                continue;
            // The middle of bar s among the category's `count`.
            const double x = double(c) + (double(s) + 0.5 - double(count) / 2) * BarWidth / double(count);
            labels.append({ QPointF(x, qBound(0.0, *value, 100.0)), valueText(*value) });
        }
    }
    return labels;
}

// 9 pt where a bar's slot is wide enough, smaller down to 7 pt, else upright in 8 pt.
ChartBuilder::ValueStyle ChartBuilder::valueStyle(double slot) const
{
    const QList<QPair<QPointF, QString>> labels = values();
    auto widest = [&labels](const QFont& font) {
        const QFontMetricsF metrics(font);
        double width = 0;
        for (const auto& label : labels)
            width = qMax(width, metrics.horizontalAdvance(label.second));
        return width;
    };
    ValueStyle style;
    if (labels.isEmpty())
        return style;
    const double barSlot = slot / double(qMax(qsizetype(1), m_spec.series.size()));
    for (double points = LabelPt; points >= SmallestLabelPt; points -= 0.5) {
        style.font = m_pt.font(points);
        if (widest(style.font) <= barSlot * 0.95) {
            style.room = QFontMetricsF(style.font).height() + m_pt(GapPt);
            return style;
        }
    }
    style.font = m_pt.font(8);
    style.upright = true;
    style.room = widest(style.font) + m_pt(GapPt);
    return style;
}

bool ChartBuilder::categoriesTurned(double slot) const
{
    for (const QString& category : m_spec.categories) {
        const QStringList lines = wrapped(category, m_metrics, slot * 0.95);
        if (lines.isEmpty() || lines.size() > 3)
            return true;
    }
    return false;
}

// Height below the plot for the category labels: up to three lines, or the longest turned 45°.
double ChartBuilder::categoryRoom(bool turned) const
{
    double room = 0;
    const double slot = m_plot.width() / double(categoryCount());
    for (const QString& category : m_spec.categories) {
        room = qMax(room,
            turned ? (m_metrics.horizontalAdvance(category) + m_metrics.height()) * M_SQRT1_2
                   : double(wrapped(category, m_metrics, slot * 0.95).size()) * m_metrics.lineSpacing());
    }
    return room + m_pt(4);
}

QString ChartBuilder::targetText() const
{
    if (!m_spec.targetPercent)
        return {};
    return QStringLiteral("Chỉ tiêu\n")
        + VietnameseFormat::percentTenthsShort(qint64(std::floor(*m_spec.targetPercent * 10 + 1e-6)));
}

void ChartBuilder::placeTitle()
{
    const QFont font = m_pt.font(TitlePt, true);
    double top = m_pt(6);
    for (const QString& line : titleLines()) {
        centredText(m_chart, line, font, m_size.width() / 2.0, top);
        top += QFontMetricsF(font).lineSpacing();
    }
}

void ChartBuilder::placeCategories(bool turned)
{
    const double top = m_plot.bottom() + m_pt(4);
    const double slot = m_plot.width() / double(categoryCount());
    for (qsizetype c = 0; c < m_spec.categories.size(); ++c) {
        const double centre = m_chart->mapToPosition(QPointF(double(c), 0), m_anchorSeries).x();
        const QString& category = m_spec.categories[c];
        if (!turned) {
            double y = top;
            for (const QString& line : wrapped(category, m_metrics, slot * 0.95)) {
                centredText(m_chart, line, m_label, centre, y);
                y += m_metrics.lineSpacing();
            }
            continue;
        }
        // Turned 45° up to the right, its end under the category's middle.
        auto* item = new QGraphicsSimpleTextItem(category, m_chart);
        item->setFont(m_label);
        item->setBrush(Qt::black);
        const QPointF end(m_metrics.horizontalAdvance(category), m_metrics.height() / 2);
        item->setTransformOriginPoint(end);
        item->setRotation(-45);
        item->setPos(QPointF(centre, top + m_metrics.height() / 2) - end);
    }
}

void ChartBuilder::placeValues(const ValueStyle& style)
{
    const QFontMetricsF metrics(style.font);
    const double gap = m_pt(GapPt);
    for (const auto& value : values()) {
        const QPointF anchor = m_chart->mapToPosition(value.first, m_anchorSeries);
        const double width = metrics.horizontalAdvance(value.second);
        // On white above the series, so that the target's dashed line never runs through a value.
        const QRectF box = style.upright
            ? QRectF(anchor.x() - metrics.height() / 2, anchor.y() - gap - width, metrics.height(), width)
            : QRectF(anchor.x() - width / 2, anchor.y() - gap - metrics.height(), width, metrics.height());
        auto* background = new QGraphicsRectItem(box, m_chart);
        background->setBrush(Qt::white);
        background->setPen(Qt::NoPen);
        background->setZValue(LabelZ);
        auto* item = new QGraphicsSimpleTextItem(value.second, m_chart);
        item->setFont(style.font);
        item->setBrush(Qt::black);
        item->setZValue(LabelZ + 1);
        if (style.upright) {
            item->setRotation(-90); // reads upwards from just above the bar
            item->setPos(box.bottomLeft());
        } else {
            item->setPos(box.topLeft());
        }
    }
}

// "Chỉ tiêu" and the target ("95 %") in red right of the plot, level with the dashed line.
void ChartBuilder::placeTarget()
{
    if (!m_spec.targetPercent)
        return;
    auto* item = new QGraphicsSimpleTextItem(targetText(), m_chart);
    item->setFont(m_label);
    item->setBrush(ReportChartPainter::targetColor());
    const double y = m_chart->mapToPosition(QPointF(0, qBound(0.0, *m_spec.targetPercent, 100.0)), m_anchorSeries).y();
    item->setPos(m_plot.right() + m_pt(GapPt * 2), y - item->boundingRect().height() / 2);
}

// One row under everything: a key in the series' colour and its name, for each series (when there are several, or
// lines).
void ChartBuilder::placeLegend()
{
    const bool shown = m_spec.kind == ReportChart::Kind::Lines || m_spec.series.size() > 1;
    if (!shown)
        return;
    const double key = m_pt(14), gap = m_pt(4), spacing = m_pt(14);
    double total = 0;
    for (const ReportChart::Series& series : m_spec.series)
        total += key + gap + m_metrics.horizontalAdvance(series.name) + spacing;
    double x = (m_size.width() - (total - spacing)) / 2;
    const double y = m_size.height() - m_pt(6) - m_metrics.height();
    for (qsizetype s = 0; s < m_spec.series.size(); ++s) {
        const QColor colour = ReportChartPainter::seriesColor(int(s));
        const double middle = y + m_metrics.height() / 2;
        if (m_spec.kind == ReportChart::Kind::Lines) {
            auto* line = new QGraphicsLineItem(x, middle, x + key, middle, m_chart);
            line->setPen(QPen(colour, m_pt(2), Qt::SolidLine, Qt::RoundCap));
        } else {
            auto* box = new QGraphicsRectItem(x + key / 4, middle - key / 4, key / 2, key / 2, m_chart);
            box->setBrush(colour);
            box->setPen(Qt::NoPen);
        }
        auto* name = new QGraphicsSimpleTextItem(m_spec.series[s].name, m_chart);
        name->setFont(m_label);
        name->setBrush(Qt::black);
        name->setPos(x + key + gap, y);
        x += key + gap + m_metrics.horizontalAdvance(m_spec.series[s].name) + spacing;
    }
}

QImage ChartBuilder::draw()
{
    setUpChart();
    if (m_spec.kind == ReportChart::Kind::Bars)
        addBars();
    else
        addLines();
    addTarget();

    // The plot's frame: the value axis' labels on the left, the target's label on the right, the title and the
    // values above, the category labels and the legend below.
    const double edge = m_pt(6);
    double left = edge + m_metrics.horizontalAdvance(QStringLiteral("100 %")) + m_pt(6);
    double right = edge;
    if (m_spec.targetPercent) {
        double width = 0;
        for (const QString& line : targetText().split(QLatin1Char('\n')))
            width = qMax(width, m_metrics.horizontalAdvance(line));
        right += width + m_pt(GapPt * 2);
    }
    double slot = (m_size.width() - left - right) / double(categoryCount());
    const bool turned = categoriesTurned(slot);
    if (turned) {
        // A long first label reaches left of its slot.
        for (qsizetype c = 0; c < m_spec.categories.size(); ++c) {
            const double reach = (m_metrics.horizontalAdvance(m_spec.categories[c]) + m_metrics.height()) * M_SQRT1_2;
            left = qMax(left, edge + reach - (double(c) + 0.5) * slot);
        }
        slot = (m_size.width() - left - right) / double(categoryCount());
    }
    const ValueStyle style = valueStyle(slot);
    const double titleHeight = double(titleLines().size()) * QFontMetricsF(m_pt.font(TitlePt, true)).lineSpacing();
    const double top = edge + titleHeight + qMax(style.room + m_pt(2), m_metrics.height());
    const bool legend = m_spec.kind == ReportChart::Kind::Lines || m_spec.series.size() > 1;
    m_plot = QRectF(left, top, m_size.width() - left - right, 0);
    const double bottom = edge + categoryRoom(turned) + (legend ? m_metrics.height() + m_pt(4) : 0);
    m_plot.setBottom(qMax(top + m_pt(20), m_size.height() - bottom));

    m_chart->setPlotArea(m_plot);
    m_chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(m_size)));
    m_chart->layout()->invalidate();
    m_chart->layout()->activate();
    placeTitle();
    placeCategories(turned);
    placeValues(style);
    placeTarget();
    placeLegend();

    QImage image(m_size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    m_scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(m_size)));
    m_scene.render(&painter, QRectF(image.rect()), m_scene.sceneRect());
    painter.end();
    return image;
}

} // namespace

QImage ReportChartPainter::paint(const ReportChart& chart, double widthMm, double heightMm, int dpi)
{
    auto* application = qobject_cast<QApplication*>(QCoreApplication::instance());
    // 160 mm at 300 dpi: 6.299 in × 300 = 1889.8 → 1890 px.
    const QSize size(qRound(widthMm / MmPerInch * dpi), qRound(heightMm / MmPerInch * dpi));
    if (!application || size.isEmpty() || dpi <= 0)
        return {};
    if (QThread::currentThread() != application->thread()) {
        QImage image;
        QMetaObject::invokeMethod(
            application, [&] { image = ChartBuilder(chart, size, dpi).draw(); }, Qt::BlockingQueuedConnection);
        return image;
    }
    return ChartBuilder(chart, size, dpi).draw();
}

QColor ReportChartPainter::seriesColor(int index)
{
    // Distinct in colour and in grey when printed black and white.
    static const QList<QColor> colours = { QColor(0x2e, 0x6d, 0xb4),
        QColor(0xe0, 0x8a, 0x1e),
        QColor(0x3a, 0x9a, 0x48),
        QColor(0x7b, 0x4f, 0x9d),
        QColor(0x8c, 0x56, 0x4b) };
    return colours.at(qMax(0, index) % colours.size());
}

QColor ReportChartPainter::targetColor()
{
    return QColor(0xd6, 0x27, 0x28);
}

ChartPainter reportChartPainter()
{
    return &ReportChartPainter::paint;
}

} // namespace thidua
