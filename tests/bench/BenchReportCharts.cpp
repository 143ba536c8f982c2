// Benchmark of the annual report's charts (issue 17): one chart of 15 tổ drawn with Qt Charts at 160 × 90 mm and
// 300 dpi, a line chart of three series, the PNG encoding of a chart at zlib levels 6 (Qt's default) and 1 (what
// DocxWriter uses), and a document of three charts written as PDF and as DOCX. Goal for the whole report: PDF and
// DOCX with two or three charts under 1 s. Prints timings; never fails on time.
//   build/release/tests/bench/BenchReportCharts [--runs N] [--save DIR]
// --save DIR keeps chart.png, report.pdf and report.docx to look at.
#include "core/documents/DocumentLayouter.h"
#include "core/documents/DocxWriter.h"
#include "core/documents/PdfRenderer.h"
#include "ui/charts/ReportChartPainter.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImageWriter>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace thidua;

namespace {

QTextStream out(stdout);

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

// Runs `job` once cold, then `runs` times; prints the first and the median in milliseconds.
void measure(const QString& name, int runs, const std::function<void()>& job)
{
    QElapsedTimer timer;
    timer.start();
    job();
    const double first = timer.nsecsElapsed() / 1e6;
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        job();
        times << timer.nsecsElapsed() / 1e6;
    }
    out << QStringLiteral("%1  first %2 ms, median of %3: %4 ms")
               .arg(name.leftJustified(48))
               .arg(first, 8, 'f', 1)
               .arg(runs)
               .arg(median(times), 8, 'f', 1)
        << Qt::endl;
}

ReportChart groups()
{
    ReportChart chart;
    chart.title = QStringLiteral("Tỉ lệ Công dân học tập theo tổ, năm học 2024-2025");
    const QStringList names = { QStringLiteral("Toán"),
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
    chart.categories = names;
    ReportChart::Series series { QStringLiteral("Tỉ lệ"), {} };
    for (qsizetype i = 0; i < names.size(); ++i)
        series.percents << 70.0 + double((i * 37) % 31);
    chart.series = { series };
    chart.targetPercent = 95;
    return chart;
}

ReportChart years()
{
    ReportChart chart;
    chart.kind = ReportChart::Kind::Lines;
    chart.title = QStringLiteral("Tỉ lệ Công dân học tập qua các năm học");
    chart.categories = { QStringLiteral("2022-2023"), QStringLiteral("2023-2024"), QStringLiteral("2024-2025") };
    chart.series = { { QStringLiteral("CB-GV-NV"), { 90.0, 93.5, 97.1 } },
        { QStringLiteral("Học sinh"), { 85.2, 88.0, 92.0 } },
        { QStringLiteral("Toàn trường"), { 86.0, 89.9, 93.1 } } };
    chart.targetPercent = 95;
    return chart;
}

QByteArray png(const QImage& image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setQuality(quality);
    writer.write(image);
    return bytes;
}

Document report(const QList<QImage>& charts)
{
    Document document;
    document.kindKey = QStringLiteral("bao_cao");
    document.header.governingBody = QStringLiteral("UBND Quận Gò Vấp");
    document.header.issuer = QStringLiteral("Trường THCS Nguyễn Du");
    document.header.number = QStringLiteral("12/BC-THCSND");
    document.header.placeName = QStringLiteral("Gò Vấp");
    document.header.date = QDate(2025, 5, 30);
    document.title = QStringLiteral("Báo cáo");
    document.summary = QStringLiteral("Kết quả xây dựng Công dân học tập năm học 2024-2025");
    for (const QImage& chart : charts) {
        document.body << Block::of(Paragraph::text(Paragraph::Style::Body,
            QStringLiteral("Kết quả đánh giá, công nhận danh hiệu Công dân học tập của cán bộ, giáo viên, nhân viên "
                           "và học sinh được thể hiện trong biểu đồ dưới đây.")));
        document.body << Block::image(chart, 160);
    }
    return document;
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    int runs = 5;
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at > 0)
        runs = qMax(1, args.value(at + 1).toInt());
    QString save;
    if (const qsizetype at = args.indexOf(QStringLiteral("--save")); at > 0)
        save = args.value(at + 1);

    QImage chart;
    measure(QStringLiteral("chart of 15 tổ, 160 × 90 mm at 300 dpi"), runs, [&] {
        chart = ReportChartPainter::paint(groups(), 160, 90, 300);
    });
    QImage lines;
    measure(QStringLiteral("line chart of 3 series, 160 × 90 mm at 300 dpi"), runs, [&] {
        lines = ReportChartPainter::paint(years(), 160, 90, 300);
    });
    out << QStringLiteral("chart: %1 × %2 px").arg(chart.width()).arg(chart.height()) << Qt::endl;
    for (const int quality : { -1, 85 }) {
        qsizetype size = 0;
        measure(QStringLiteral("PNG of the 15-tổ chart, zlib level %1").arg(quality < 0 ? 6 : 1), runs, [&] {
            size = png(chart, quality).size();
        });
        out << QStringLiteral("  %1 bytes").arg(size) << Qt::endl;
    }

    const Documents documents { report({ chart, lines, chart.copy() }) };
    QByteArray pdf, docx;
    measure(QStringLiteral("report of 3 charts: layout + PDF"), runs, [&] {
        pdf.clear();
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        const auto laidOut = DocumentLayouter::layout(documents);
        if (laidOut)
            (void)PdfRenderer::write(*laidOut, buffer);
    });
    measure(QStringLiteral("report of 3 charts: DOCX"), runs, [&] {
        if (auto written = DocxWriter::write(documents))
            docx = *written;
    });
    measure(QStringLiteral("3 charts drawn + PDF + DOCX"), runs, [&] {
        const QImage a = ReportChartPainter::paint(groups(), 160, 90, 300);
        const QImage b = ReportChartPainter::paint(years(), 160, 90, 300);
        const QImage c = ReportChartPainter::paint(groups(), 160, 90, 300);
        const Documents all { report({ a, b, c }) };
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (const auto laidOut = DocumentLayouter::layout(all))
            (void)PdfRenderer::write(*laidOut, buffer);
        (void)DocxWriter::write(all);
    });
    out << QStringLiteral("PDF %1 bytes, DOCX %2 bytes").arg(pdf.size()).arg(docx.size()) << Qt::endl;

    if (!save.isEmpty()) {
        QDir().mkpath(save);
        chart.save(QDir(save).filePath(QStringLiteral("chart.png")));
        lines.save(QDir(save).filePath(QStringLiteral("lines.png")));
        for (const auto& file :
            { qMakePair(QStringLiteral("report.pdf"), pdf), qMakePair(QStringLiteral("report.docx"), docx) }) {
            QFile output(QDir(save).filePath(file.first));
            if (output.open(QIODevice::WriteOnly))
                output.write(file.second);
        }
        out << "saved in " << save << Qt::endl;
    }
    return 0;
}
