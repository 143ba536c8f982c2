// Benchmark of the annual report and the stage review (issue 17) on the reference school: 250 staff, 2,500 students,
// 15 tổ and the office, 75 classes, 8 school years of records (2018-2019 … 2025-2026), every year with Công dân học tập
// results (one in 20 not recognised, a different share each year), the demo's activities, learning models,
// initiatives, nominations, meetings and evidence. Times the whole use case as `thidua-cli report` runs it
// (MovementReportService::write: the figures read, the charts drawn with Qt Charts at 300 dpi, the report laid out,
// numbered in the register and written), for the annual report of the last year (with its 8-year trend and the danh
// mục minh chứng) as PDF and as DOCX, and for the stage review 2018–2026 (the 8 years) as PDF and as DOCX; and the
// parts: the figures alone, the charts alone. Goal: under one second each. Prints the median and the worst; never
// fails on time.
//
//   build/release/tests/bench/BenchReports [--runs N] [--db FILE]
#include "core/db/Database.h"
#include "core/demo/DemoSchool.h"
#include "core/reports/MovementReportService.h"
#include "core/reports/ReportFiguresQuery.h"
#include "core/school/SchoolQuery.h"
#include "tests/support/CdhtFixture.h"
#include "ui/charts/ReportChartPainter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace thidua;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

void time(const QString& what, int runs, const std::function<bool()>& run)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!run()) {
            out << what << u": failed"_s << Qt::endl;
            return;
        }
        ms << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    out << u"%1  median %2 ms  worst %3 ms  (%4 runs)"_s.arg(what.leftJustified(56))
               .arg(ms[ms.size() / 2], 0, 'f', 1)
               .arg(ms.constLast(), 0, 'f', 1)
               .arg(runs)
        << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.contains(u"--runs"_s) ? args.value(args.indexOf(u"--runs"_s) + 1).toInt() : 5;
    QTemporaryDir dir;
    const QString path =
        args.contains(u"--db"_s) ? args.value(args.indexOf(u"--db"_s) + 1) : dir.filePath(u"reference.sqlite"_s);
    auto opened = Database::open(path);
    if (!opened) {
        out << opened.error().toString() << Qt::endl;
        return 1;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    const QSqlDatabase c = db->connection();
    if (SchoolQuery(c).activePeople(PersonKind::Staff).value() == 0) {
        DemoSchool::Size size = DemoSchool::reference();
        size.classes = 75;
        QElapsedTimer timer;
        timer.start();
        if (auto built = DemoSchool::build(c, size); !built) {
            out << built.error().toString() << Qt::endl;
            return 1;
        }
        int skip = 12;
        for (const SchoolYear& year : SchoolQuery(c).years().value())
            thidua::test::setCdhtForYear(c, year.id, skip++, u"khong_dat"_s);
        out << u"reference school built in %1 s"_s.arg(double(timer.elapsed()) / 1000, 0, 'f', 1) << Qt::endl;
    }
    const SchoolYears years = SchoolQuery(c).years().value();
    const int first = years.constFirst().startYear;
    const int last = years.constLast().startYear;
    out << u"%1 school years, %2-%3 … %4-%5"_s.arg(years.size()).arg(first).arg(first + 1).arg(last).arg(last + 1)
        << Qt::endl;

    const QDate today(last + 1, 11, 20);
    MovementReportService service(c, today, reportChartPainter());
    MovementReportService::Request annual;
    annual.startYear = last;
    MovementReportService::Request stage;
    stage.stage = true;
    stage.fromYear = first;
    stage.toYear = last + 1;

    time(u"figures of one year (ReportFiguresQuery::year)"_s, runs, [&] {
        return ReportFiguresQuery(c).year(years.constLast().id, today).ok();
    });
    time(u"figures of %1 years"_s.arg(years.size()), runs, [&] {
        return ReportFiguresQuery(c).years(first, last, today).ok();
    });
    const auto input = service.input(annual);
    if (!input) {
        out << input.error().toString() << Qt::endl;
        return 1;
    }
    const ChartPainter painter = reportChartPainter();
    time(u"the annual report's charts (%1 at 300 dpi)"_s.arg(MovementReport::charts(*input).size()), runs, [&] {
        for (const ReportChart& chart : MovementReport::charts(*input)) {
            if (painter(chart, MovementReport::ChartWidthMm, MovementReport::ChartHeightMm, MovementReport::ChartDpi)
                    .isNull())
                return false;
        }
        return true;
    });
    for (const auto& [name, request, file] : QList<std::tuple<QString, MovementReportService::Request, QString>> {
             { u"annual report %1-%2, PDF"_s.arg(last).arg(last + 1), annual, u"annual.pdf"_s },
             { u"annual report %1-%2, DOCX"_s.arg(last).arg(last + 1), annual, u"annual.docx"_s },
             { u"stage review %1–%2, PDF"_s.arg(first).arg(last + 1), stage, u"stage.pdf"_s },
             { u"stage review %1–%2, DOCX"_s.arg(first).arg(last + 1), stage, u"stage.docx"_s } }) {
        const QString target = dir.filePath(file);
        time(name, runs, [&] {
            auto written = service.write(request, target);
            if (!written)
                out << written.error().toString() << Qt::endl;
            return written.ok();
        });
        out << u"    %1: %2 KB"_s.arg(file).arg(QFileInfo(target).size() / 1024) << Qt::endl;
    }
    return 0;
}
