// Benchmark of the .xls reader: the 3,000-row student list of BenchRosterImport (GeneratedRoster) saved as Excel
// 97–2003 by LibreOffice, read through the child process (XlsChild, thidua-xls-reader: what the program does) and in
// this process (pre-check and FreeXL only, what the fuzz target does). Goal: the child read well under 1 s. Prints
// figures; never fails on time. Needs soffice (libreoffice-calc-nogui) to make the file.
//
//   build/release/tests/bench/BenchXlsReader [--rows N] [--runs N]
#include "core/spreadsheet/WorkbookReader.h"
#include "tests/support/GeneratedRoster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <functional>

using namespace thidua;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

// The fastest and the median of `runs` reads, in ms; -1 when a read fails.
QPair<double, double> time(int runs, const std::function<Result<Workbook>()>& read, int& rows)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Result<Workbook> workbook = read();
        ms.append(timer.nsecsElapsed() / 1e6);
        if (!workbook) {
            out << "  read failed: " << workbook.error().toString() << Qt::endl;
            return { -1, -1 };
        }
        rows = 0;
        for (const Sheet& sheet : workbook->sheets)
            rows += sheet.rowCount();
    }
    std::sort(ms.begin(), ms.end());
    return { ms.first(), ms.at(ms.size() / 2) };
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    int rows = 3'000;
    int runs = 10;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--rows"_s)
            rows = args.at(i + 1).toInt();
        else if (args.at(i) == u"--runs"_s)
            runs = std::max(1, args.at(i + 1).toInt());
    }
    const QString soffice = QStandardPaths::findExecutable(u"soffice"_s);
    if (soffice.isEmpty()) {
        out << "soffice not installed: no .xls to read (install libreoffice-calc-nogui)" << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(u"roster.xlsx"_s);
    if (!test::writeGeneratedRoster(xlsx, rows))
        return 1;
    QProcess convert;
    convert.start(soffice,
        { u"-env:UserInstallation="_s + QUrl::fromLocalFile(dir.filePath(u"lo-profile"_s)).toString(),
            u"--headless"_s,
            u"--convert-to"_s,
            u"xls"_s,
            u"--outdir"_s,
            dir.path(),
            xlsx });
    const QString xls = dir.filePath(u"roster.xls"_s);
    if (!convert.waitForFinished(600'000) || !QFileInfo::exists(xls)) {
        out << "LibreOffice did not convert the list" << Qt::endl;
        return 1;
    }
    out << QStringLiteral("%1 rows, .xls of %2 KiB (LibreOffice), %3 runs each")
               .arg(rows)
               .arg(QFileInfo(xls).size() / 1024)
               .arg(runs)
        << Qt::endl;
    int read = 0;
    const auto child = time(
        runs, [&] { return WorkbookReader::read(xls); }, read);
    out << QStringLiteral("child process (thidua-xls-reader): fastest %1 ms, median %2 ms, %3 rows")
               .arg(child.first, 0, 'f', 1)
               .arg(child.second, 0, 'f', 1)
               .arg(read)
        << Qt::endl;
    const auto here = time(
        runs, [&] { return WorkbookReader::readXls(xls, WorkbookReader::Options()); }, read);
    out << QStringLiteral("in this process (pre-check + FreeXL): fastest %1 ms, median %2 ms, %3 rows")
               .arg(here.first, 0, 'f', 1)
               .arg(here.second, 0, 'f', 1)
               .arg(read)
        << Qt::endl;
    out << "goal: the child read well under 1000 ms" << Qt::endl;
    return child.first < 0 || here.first < 0 ? 1 : 0;
}
