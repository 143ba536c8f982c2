// Benchmark of the document engine: a 2-page tờ trình as PDF and DOCX, one document of 300 báo cáo thành tích as PDF
// and DOCX, and the same DOCX files converted by LibreOffice for comparison. Prints timings; never fails on time.
//   build/release/tests/bench/BenchDocuments [--runs N] [--no-libreoffice]
#include "core/documents/DocumentLayouter.h"
#include "core/documents/DocumentService.h"
#include "core/documents/DocumentSpec.h"
#include "core/documents/DocxWriter.h"
#include "core/documents/PdfRenderer.h"
#include "tests/support/ExampleSpecs.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

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
void measure(const QString& name, int runs, const std::function<bool()>& job)
{
    QElapsedTimer timer;
    timer.start();
    if (!job()) {
        out << name << ": FAILED" << Qt::endl;
        return;
    }
    const double first = timer.nsecsElapsed() / 1e6;
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        job();
        times << timer.nsecsElapsed() / 1e6;
    }
    out << QStringLiteral("%1  first %2 ms, median of %3: %4 ms")
               .arg(name.leftJustified(44))
               .arg(first, 8, 'f', 1)
               .arg(runs)
               .arg(median(times), 8, 'f', 1)
        << Qt::endl;
}

DocumentDescription exampleSpec(const QString& file)
{
    auto specs = DocumentSpec::load(test::ExampleSpecs::directory() + QLatin1Char('/') + file);
    if (!specs) {
        out << specs.error().toString() << Qt::endl;
        return {};
    }
    DocumentDescription spec = specs->constFirst();
    spec.origin.legalBases = { QStringLiteral("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022"),
        QStringLiteral(
            "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, "
            "phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số "
            "điều của Luật Thi đua, khen thưởng") };
    spec.origin.number = QStringLiteral("15/TTr-NK");
    return spec;
}

// 300 one-page reports of different people.
Documents reports(int count)
{
    DocumentDescription spec = exampleSpec(QStringLiteral("bao_cao_thanh_tich_ca_nhan.json"));
    auto& data = std::get<AchievementReportData>(spec.data);
    // Short enough for one page each (a real report runs to two or three): sections I–III in brief.
    auto line = [](const QString& text) { return Block::of(Paragraph::text(Paragraph::Style::Bullet, text, true)); };
    data.sections = {
        { QStringLiteral("I. SƠ LƯỢC LÝ LỊCH"),
            { line(QStringLiteral("- Sinh ngày, tháng, năm: 12/05/1985; Giới tính: Nữ")),
                line(QStringLiteral("- Đơn vị công tác: Trường THPT Nguyễn Khuyến")),
                line(QStringLiteral("- Chức vụ: Giáo viên")) } },
        { QStringLiteral("II. THÀNH TÍCH ĐẠT ĐƯỢC"), data.achievements.mid(1, 1) + data.achievements.mid(3, 3) },
        { QStringLiteral("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"),
            { line(QStringLiteral(
                "- Năm học 2023 - 2024: Lao động tiên tiến (Quyết định số 35/QĐ-NK ngày 26/5/2024).")) } },
    };
    const QStringList family = { QStringLiteral("Nguyễn"),
        QStringLiteral("Trần"),
        QStringLiteral("Lê"),
        QStringLiteral("Phạm"),
        QStringLiteral("Hoàng"),
        QStringLiteral("Võ") };
    const QStringList given = { QStringLiteral("Thị Hoà"),
        QStringLiteral("Minh Đức"),
        QStringLiteral("Văn Bình"),
        QStringLiteral("Ngọc Ánh"),
        QStringLiteral("Quốc Khánh"),
        QStringLiteral("Thu Hà"),
        QStringLiteral("Thị Thuỷ") };
    Documents documents;
    for (int i = 0; i < count; ++i) {
        data.name = family[i % family.size()] + QLatin1Char(' ') + given[(i / family.size()) % given.size()];
        data.reporter.name = data.name;
        data.unit = QStringLiteral("Tổ %1, Trường THPT Nguyễn Khuyến").arg(i % 12 + 1);
        documents << DocumentService::build(spec);
    }
    return documents;
}

bool convertWithLibreOffice(const QString& soffice, const QString& docx, const QString& dir)
{
    QProcess process;
    process.start(soffice,
        { QStringLiteral("-env:UserInstallation=")
                + QUrl::fromLocalFile(dir + QStringLiteral("/lo-profile")).toString(),
            QStringLiteral("--headless"),
            QStringLiteral("--convert-to"),
            QStringLiteral("pdf"),
            QStringLiteral("--outdir"),
            dir + QStringLiteral("/lo"),
            docx });
    return process.waitForFinished(600000) && process.exitCode() == 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int runs =
        args.contains(QStringLiteral("--runs")) ? args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt() : 20;
    const bool libreOffice = !args.contains(QStringLiteral("--no-libreoffice"));
    QTemporaryDir dir;

    // A 2-page tờ trình (the document and its list of nominees).
    const Documents proposal = DocumentService::build(exampleSpec(QStringLiteral("to_trinh.json")));
    out << "Tờ trình: " << DocumentLayouter::layout(proposal)->pageCount() << " pages" << Qt::endl;
    QByteArray pdf;
    measure(QStringLiteral("tờ trình, layout + PDF (in memory)"), runs, [&] {
        pdf.clear();
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        auto pages = DocumentLayouter::layout(proposal);
        return pages.ok() && PdfRenderer::write(*pages, buffer).ok();
    });
    measure(QStringLiteral("tờ trình, DOCX (in memory)"), runs, [&] { return DocxWriter::write(proposal).ok(); });

    // 300 báo cáo thành tích in one document.
    const Documents bundle = reports(300);
    out << "300 báo cáo thành tích: " << DocumentLayouter::layout(bundle)->pageCount() << " pages" << Qt::endl;
    const int bigRuns = qMax(1, runs / 10);
    const QString bigPdf = dir.filePath(QStringLiteral("reports.pdf"));
    const QString bigDocx = dir.filePath(QStringLiteral("reports.docx"));
    measure(QStringLiteral("300 reports, layout + PDF file"), bigRuns, [&] {
        return PdfRenderer::save(bundle, bigPdf).ok();
    });
    measure(QStringLiteral("300 reports, layout only"), bigRuns, [&] { return DocumentLayouter::layout(bundle).ok(); });
    measure(QStringLiteral("300 reports, DOCX file"), bigRuns, [&] { return DocxWriter::save(bundle, bigDocx).ok(); });
    out << "Sizes: PDF " << QFile(bigPdf).size() / 1024 << " KiB, DOCX " << QFile(bigDocx).size() / 1024 << " KiB"
        << Qt::endl;

    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (!libreOffice || soffice.isEmpty()) {
        out << "LibreOffice comparison skipped" << (soffice.isEmpty() ? " (soffice not installed)" : "") << Qt::endl;
        return 0;
    }
    const QString smallDocx = dir.filePath(QStringLiteral("to_trinh.docx"));
    DocxWriter::save(proposal, smallDocx).ok();
    convertWithLibreOffice(soffice, smallDocx, dir.path()); // first start creates the profile
    measure(QStringLiteral("LibreOffice: tờ trình DOCX → PDF"), 3, [&] {
        return convertWithLibreOffice(soffice, smallDocx, dir.path());
    });
    measure(QStringLiteral("LibreOffice: 300 reports DOCX → PDF"), 1, [&] {
        return convertWithLibreOffice(soffice, bigDocx, dir.path());
    });
    return 0;
}
