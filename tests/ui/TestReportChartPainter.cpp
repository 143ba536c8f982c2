// The report's charts drawn with Qt Charts (ui/charts): the picture has the asked size at the asked resolution, bars
// are as tall as their values, the target line lies at its value, a missing value draws no bar, lines take their
// series' colours, and the painter works from another thread. THIDUA_KEEP_OUTPUT=DIR keeps the pictures.
#include "ui/charts/ReportChartPainter.h"

#include <QDir>
#include <QTest>
#include <QThread>

using namespace thidua;

namespace {

// Horizontal runs of columns holding `colour` (exactly: the inside of a bar, not its antialiased edge), with the
// rows that colour covers in the middle column of each run.
struct Bar
{
    int left = 0, right = 0; // columns
    int top = 0, bottom = 0; // rows
    int height() const { return bottom - top + 1; }
};

QList<Bar> barsOf(const QImage& image, const QColor& colour, int minHeight = 3)
{
    const QRgb wanted = colour.rgb();
    auto columnHas = [&](int x) {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            count += image.pixel(x, y) == wanted ? 1 : 0;
        return count >= minHeight;
    };
    QList<Bar> bars;
    for (int x = 0; x < image.width(); ++x) {
        if (!columnHas(x))
            continue;
        Bar bar;
        bar.left = x;
        while (x + 1 < image.width() && columnHas(x + 1))
            ++x;
        bar.right = x;
        const int middle = (bar.left + bar.right) / 2;
        bar.top = -1;
        for (int y = 0; y < image.height(); ++y) {
            if (image.pixel(middle, y) == wanted) {
                if (bar.top < 0)
                    bar.top = y;
                bar.bottom = y;
            }
        }
        bars << bar;
    }
    return bars;
}

// Rows where at least `share` of the pixels are `colour`.
QList<int> rowsOf(const QImage& image, const QColor& colour, double share)
{
    QList<int> rows;
    for (int y = 0; y < image.height(); ++y) {
        int count = 0;
        for (int x = 0; x < image.width(); ++x)
            count += image.pixel(x, y) == colour.rgb() ? 1 : 0;
        if (count >= share * image.width())
            rows << y;
    }
    return rows;
}

ReportChart bars(const QList<std::optional<double>>& values, std::optional<double> target = {})
{
    ReportChart chart;
    chart.kind = ReportChart::Kind::Bars;
    chart.title = QStringLiteral("Tỉ lệ Công dân học tập theo tổ, năm học 2024-2025");
    for (qsizetype i = 0; i < values.size(); ++i)
        chart.categories << QStringLiteral("Tổ %1").arg(i + 1);
    chart.series = { { QStringLiteral("Tỉ lệ"), values } };
    chart.targetPercent = target;
    return chart;
}

ReportChart fifteenGroups()
{
    ReportChart chart;
    chart.title = QStringLiteral("Tỉ lệ Công dân học tập theo tổ, năm học 2024-2025");
    chart.categories = { QStringLiteral("Toán"),
        QStringLiteral("Ngữ văn"),
        QStringLiteral("Tiếng Anh"),
        QStringLiteral("Vật lí - Công nghệ"),
        QStringLiteral("Hoá học"),
        QStringLiteral("Sinh học"),
        QStringLiteral("Lịch sử - Địa lí"),
        QStringLiteral("Giáo dục công dân"),
        QStringLiteral("Tin học"),
        QStringLiteral("Thể dục - Quốc phòng"),
        QStringLiteral("Nghệ thuật"),
        QStringLiteral("Văn phòng"),
        QStringLiteral("Thư viện - Thiết bị"),
        QStringLiteral("Bảo vệ - Phục vụ"),
        QStringLiteral("Ban Giám hiệu") };
    ReportChart::Series series { QStringLiteral("Tỉ lệ"), {} };
    const QList<double> values = { 94.4, 100, 92.3, 95, 88.9, 100, 96.7, 75, 100, 90.9, 85.7, 100, 66.7, 50, 100 };
    for (double value : values)
        series.percents << value;
    series.percents[7] = std::nullopt;
    chart.series = { series };
    chart.targetPercent = 95;
    return chart;
}

} // namespace

class TestReportChartPainter : public QObject
{
    Q_OBJECT

private slots:
    void pixelSize_data();
    void pixelSize();
    void barHeights();
    void targetLine();
    void missingValueDrawsNoBar();
    void linesInTheirColours();
    void manyGroups();
    void fromAnotherThread();
    void emptyChart();

private:
    void keep(const QImage& image, const QString& name);
};

void TestReportChartPainter::keep(const QImage& image, const QString& name)
{
    const QString dir = qEnvironmentVariable("THIDUA_KEEP_OUTPUT");
    if (!dir.isEmpty())
        image.save(QDir(dir).filePath(name));
}

void TestReportChartPainter::pixelSize_data()
{
    QTest::addColumn<double>("widthMm");
    QTest::addColumn<double>("heightMm");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QSize>("pixels");
    // 160 mm = 6.2992 in × 300 = 1889.8 → 1890; 90 mm = 3.5433 in × 300 = 1063.0 → 1063.
    QTest::newRow("print") << 160.0 << 90.0 << 300 << QSize(1890, 1063);
    // 80 mm × 150 = 472.4 → 472; 45 mm × 150 = 265.7 → 266.
    QTest::newRow("half") << 80.0 << 45.0 << 150 << QSize(472, 266);
}

void TestReportChartPainter::pixelSize()
{
    QFETCH(double, widthMm);
    QFETCH(double, heightMm);
    QFETCH(int, dpi);
    QFETCH(QSize, pixels);
    const QImage image = reportChartPainter()(bars({ 80, 90 }, 95), widthMm, heightMm, dpi);
    QCOMPARE(image.size(), pixels);
    QVERIFY(!image.hasAlphaChannel());
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white)); // white background, no frame
    QVERIFY(ReportChartPainter::paint(bars({ 80 }), 0, 90, 300).isNull());
}

void TestReportChartPainter::barHeights()
{
    const QImage image = ReportChartPainter::paint(bars({ 100, 50, 25 }), 160, 90, 300);
    keep(image, QStringLiteral("bars.png"));
    const QList<Bar> found = barsOf(image, ReportChartPainter::seriesColor(0));
    QCOMPARE(found.size(), 3);
    // On one baseline; 100 % twice as tall as 50 %, four times 25 % (within two pixels of antialiasing).
    QVERIFY(qAbs(found[0].bottom - found[1].bottom) <= 1 && qAbs(found[1].bottom - found[2].bottom) <= 1);
    QVERIFY2(qAbs(found[0].height() - 2 * found[1].height()) <= 2,
        qPrintable(QStringLiteral("%1 %2").arg(found[0].height()).arg(found[1].height())));
    QVERIFY(qAbs(found[0].height() - 4 * found[2].height()) <= 4);
    // A real chart: the plot takes most of the 1063 rows, the bars are as wide as each other.
    QVERIFY2(found[0].height() > 500, qPrintable(QString::number(found[0].height())));
    QVERIFY(qAbs((found[0].right - found[0].left) - (found[1].right - found[1].left)) <= 1);
}

void TestReportChartPainter::targetLine()
{
    const QImage image = ReportChartPainter::paint(bars({ 100, 50 }, 95), 160, 90, 300);
    keep(image, QStringLiteral("target.png"));
    const QList<Bar> found = barsOf(image, ReportChartPainter::seriesColor(0));
    QCOMPARE(found.size(), 2);
    // The red dashed line runs across the plot (a fifth of the width at least, dashes and gaps), 1.5 pt thick
    // (6 px at 300 dpi), at 95 % of the height from the baseline to the top of the 100 % bar.
    const QList<int> rows = rowsOf(image, ReportChartPainter::targetColor(), 0.2);
    QVERIFY2(!rows.isEmpty() && rows.size() <= 8, qPrintable(QString::number(rows.size())));
    const double lineY = (rows.constFirst() + rows.constLast()) / 2.0;
    const double baseline = found[0].bottom + 0.5, top = found[0].top - 0.5;
    const double expected = baseline - 0.95 * (baseline - top);
    QVERIFY2(qAbs(lineY - expected) <= 3, qPrintable(QStringLiteral("%1 %2").arg(lineY).arg(expected)));
}

void TestReportChartPainter::missingValueDrawsNoBar()
{
    const QImage image = ReportChartPainter::paint(bars({ 80, std::nullopt, 60 }), 160, 90, 300);
    keep(image, QStringLiteral("missing.png"));
    const QList<Bar> found = barsOf(image, ReportChartPainter::seriesColor(0));
    QCOMPARE(found.size(), 2);
    // The two bars sit in slots one and three: between them the empty slot and the spacing of two (1.3 slots
    // against bars 0.7 slot wide), not the spacing of one (0.3 slot).
    const int width = found[0].right - found[0].left;
    QVERIFY2(found[1].left - found[0].right > 1.5 * width,
        qPrintable(QStringLiteral("%1 %2").arg(found[1].left - found[0].right).arg(width)));
    QVERIFY(qAbs(found[0].height() * 60 - found[1].height() * 80) <= 2 * 80);
}

void TestReportChartPainter::linesInTheirColours()
{
    ReportChart chart;
    chart.kind = ReportChart::Kind::Lines;
    chart.title = QStringLiteral("Tỉ lệ Công dân học tập qua các năm học");
    chart.categories = { QStringLiteral("2022-2023"), QStringLiteral("2023-2024"), QStringLiteral("2024-2025") };
    chart.series = { { QStringLiteral("CB-GV-NV"), { 90.0, 93.5, 97.1 } },
        { QStringLiteral("Học sinh"), { 85.2, std::nullopt, 92.0 } },
        { QStringLiteral("Toàn trường"), { 86.0, 89.9, 93.1 } } };
    chart.targetPercent = 95;
    const QImage image = ReportChartPainter::paint(chart, 160, 90, 300);
    keep(image, QStringLiteral("lines.png"));
    QCOMPARE(image.size(), QSize(1890, 1063));
    for (int s = 0; s < 3; ++s) {
        const QRgb colour = ReportChartPainter::seriesColor(s).rgb();
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                count += image.pixel(x, y) == colour ? 1 : 0;
        }
        QVERIFY2(count > 500, qPrintable(QStringLiteral("series %1: %2 pixels").arg(s).arg(count)));
    }
    QVERIFY(!rowsOf(image, ReportChartPainter::targetColor(), 0.2).isEmpty());
}

void TestReportChartPainter::manyGroups()
{
    const QImage image = ReportChartPainter::paint(fifteenGroups(), 160, 90, 300);
    keep(image, QStringLiteral("fifteen.png"));
    // Fourteen bars (one tổ without data), all inside the picture.
    const QList<Bar> found = barsOf(image, ReportChartPainter::seriesColor(0));
    QCOMPARE(found.size(), 14);
    QVERIFY(found.constFirst().left > 0 && found.constLast().right < image.width() - 1);
}

void TestReportChartPainter::fromAnotherThread()
{
    QImage image;
    std::unique_ptr<QThread> thread(
        QThread::create([&image] { image = ReportChartPainter::paint(bars({ 70 }), 100, 60, 150); }));
    thread->start();
    // The painter draws on this thread, so it must keep handling events while the other one waits.
    QTRY_VERIFY_WITH_TIMEOUT(thread->isFinished(), 30000);
    thread->wait();
    // 100 mm × 150 dpi = 590.6 → 591; 60 mm = 354.3 → 354.
    QCOMPARE(image.size(), QSize(591, 354));
    QCOMPARE(barsOf(image, ReportChartPainter::seriesColor(0)).size(), 1);
}

void TestReportChartPainter::emptyChart()
{
    // Nothing to show still gives a picture of the asked size (axes, no bars), and never a crash.
    ReportChart chart;
    QCOMPARE(ReportChartPainter::paint(chart, 80, 45, 150).size(), QSize(472, 266));
    chart.kind = ReportChart::Kind::Lines;
    chart.categories = { QStringLiteral("2024-2025") };
    chart.series = { { QStringLiteral("Học sinh"), {} } };
    const QImage image = ReportChartPainter::paint(chart, 80, 45, 150);
    QCOMPARE(image.size(), QSize(472, 266));
    QVERIFY(barsOf(image, ReportChartPainter::seriesColor(0), 20).isEmpty());
}

QTEST_MAIN(TestReportChartPainter)
#include "TestReportChartPainter.moc"
