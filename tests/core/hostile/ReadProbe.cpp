// thidua_read_probe FILE: reads FILE with WorkbookReader under the Vietnamese translation, as the import does, and
// prints to stdout
//   read<TAB>rows            or   refused<TAB>the message
//   peak-kb<TAB>the peak resident memory (VmHWM) of the process, or of the .xls helper it ran (XlsChild) if larger
//   ms<TAB>the time the read took
// Exit code 0 (read) or 1 (refused); a crash is anything else. TestHostileFiles and BenchHostileFiles run it on
// every hostile file, so the memory measured is the reader's alone. Outside sanitizer builds the address space is
// capped at 4 GB, so a reader gone wrong fails fast instead of taking the machine's memory.
#include "core/common/Translation.h"
#include "core/spreadsheet/WorkbookReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>

using namespace thidua;
using namespace Qt::StringLiterals;

namespace {

long peakKb()
{
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLong();
        }
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char** argv)
{
#if !defined(__SANITIZE_ADDRESS__)
    const rlimit cap { 4ull << 30, 4ull << 30 };
    setrlimit(RLIMIT_AS, &cap);
#endif
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (app.arguments().size() != 2) {
        out << "usage: thidua_read_probe FILE\n";
        return 2;
    }
    Translation::install(app, u"vi"_s);
    QElapsedTimer timer;
    timer.start();
    const Result<Workbook> workbook = WorkbookReader::read(app.arguments().at(1));
    const qint64 ms = timer.elapsed();
    int rows = 0;
    if (workbook) {
        for (const Sheet& sheet : workbook->sheets)
            rows += sheet.rowCount();
        out << "read\t" << rows << '\n';
    } else {
        out << "refused\t" << workbook.error().toString() << '\n';
    }
    rusage children {};
    getrusage(RUSAGE_CHILDREN, &children);
    out << "peak-kb\t" << std::max(peakKb(), children.ru_maxrss) << '\n' << "ms\t" << ms << '\n';
    return workbook ? 0 : 1;
}
