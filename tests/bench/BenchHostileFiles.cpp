// Benchmark of the readers on the hostile corpus (issue 12): each file is read by thidua_read_probe, a child
// process, so the time and the peak memory printed are the reader's alone. Goal for every file: refused or read
// within 1 s per MB of file (at least 1 s) and 256 MB of peak memory. Prints figures; never fails on time.
//
//   build/release/tests/bench/BenchHostileFiles [--keep DIR] [FILTER]
//
// --keep writes the corpus into DIR and leaves it there (to try the files on another program); FILTER runs only
// the files whose name contains it.
#include "tests/core/hostile/HostileCorpus.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace thidua;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

struct Run
{
    QString outcome = u"crash"_s;
    double seconds = 0;
    double peakMb = 0;
    QString message;
};

Run probe(const QString& path)
{
    Run run;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(THIDUA_READ_PROBE), { path });
    if (!process.waitForFinished(600'000)) {
        process.kill();
        process.waitForFinished();
        run.outcome = u"hang"_s;
    }
    run.seconds = timer.nsecsElapsed() / 1e9;
    for (const QString& line : QString::fromUtf8(process.readAllStandardOutput()).split(u'\n')) {
        const QStringList fields = line.split(u'\t');
        if (fields.size() < 2)
            continue;
        if (fields[0] == u"read" || fields[0] == u"refused") {
            run.outcome = fields[0];
            run.message = fields[1];
        } else if (fields[0] == u"peak-kb") {
            run.peakMb = fields[1].toDouble() / 1024;
        }
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() > 1)
        run.outcome = u"crash"_s;
    return run;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString directory;
    QTemporaryDir temporary;
    if (args.size() >= 2 && args[0] == u"--keep") {
        directory = args[1];
        QDir().mkpath(directory);
        args = args.mid(2);
    } else {
        directory = temporary.path();
    }
    const QString filter = args.value(0);
    const QList<HostileCorpus::File> files = HostileCorpus::write(directory);
    if (files.isEmpty()) {
        out << "cannot write the corpus into " << directory << '\n';
        return 1;
    }
    out << qSetFieldWidth(26) << Qt::left << "file" << qSetFieldWidth(10) << Qt::right << "size MB"
        << "outcome"
        << "s"
        << "goal s"
        << "peak MB" << qSetFieldWidth(0) << "  what\n";
    double utf8 = 0;
    double cp1258 = 0;
    int missed = 0;
    for (const HostileCorpus::File& file : files) {
        if (!filter.isEmpty() && !file.name.contains(filter))
            continue;
        const QString path = directory + u'/' + file.name;
        const double sizeMb = QFileInfo(path).size() / (1024.0 * 1024.0);
        const Run run = probe(path);
        const double goal = std::max(1.0, sizeMb);
        const bool expected = run.outcome == (file.expect == HostileCorpus::Expect::Read ? u"read"_s : u"refused"_s);
        const bool met = expected && run.seconds <= goal && run.peakMb <= 256;
        missed += met ? 0 : 1;
        out << qSetFieldWidth(26) << Qt::left << file.name << qSetFieldWidth(10) << Qt::right
            << QString::number(sizeMb, 'f', 2) << run.outcome << QString::number(run.seconds, 'f', 2)
            << QString::number(goal, 'f', 2) << QString::number(run.peakMb, 'f', 1) << qSetFieldWidth(0)
            << (met ? "  " : "  MISSED ") << file.what << '\n';
        if (run.outcome == u"refused")
            out << "        " << run.message << '\n';
        out.flush();
        if (file.name == u"roster-utf8.csv")
            utf8 = run.seconds;
        if (file.name == u"roster-cp1258.csv")
            cp1258 = run.seconds;
    }
    if (utf8 > 0 && cp1258 > 0)
        out << "60,000 rows: Windows-1258 " << cp1258 << " s, UTF-8 " << utf8 << " s, ratio " << cp1258 / utf8
            << " (goal ≤ 1.5)\n";
    out << missed << " file(s) missed the goal (1 s per MB, 256 MB, expected outcome)\n";
    return 0;
}
