// Benchmark of the evidence store (issue 15): about 1 GB of mixed files (three of 200–300 MB, many of 10–500 KB,
// random content generated into a temporary folder) added through EvidenceService::add, then checked by
// EvidenceCheck; in the same run, on the same files and the same disk, `cp -r` + `sync` + `sha256sum` of the copies.
// The page cache is emptied of every file before each phase (posix_fadvise DONTNEED: no root needed), so that both
// sides read from the disk as far as the kernel lets them. Prints both throughputs in MB/s and their ratio (goal:
// ours ≥ 80 % of theirs). Never fails on time.
//   build/release/tests/bench/BenchEvidence [--mb N] [--dir PATH]
#include "core/evidence/EvidenceCheck.h"
#include "core/evidence/EvidenceService.h"
#include "tests/support/EvidenceFixture.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <fcntl.h>
#include <unistd.h>

using namespace thidua;

namespace {

QTextStream out(stdout);

constexpr double MiB = 1024.0 * 1024.0;

// Writes `size` random bytes to `path` in 4 MiB chunks.
bool writeRandom(const QString& path, qint64 size, QRandomGenerator& random)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk(4 << 20, Qt::Uninitialized);
    for (qint64 left = size; left > 0;) {
        const qint64 n = qMin<qint64>(left, chunk.size());
        random.fillRange(reinterpret_cast<quint32*>(chunk.data()), chunk.size() / 4);
        if (file.write(chunk.constData(), n) != n)
            return false;
        left -= n;
    }
    return file.flush();
}

// Drops the file's pages from the page cache (written back first), so that the next read comes from the disk.
void evict(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return;
    ::fdatasync(fd);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

void evictTree(const QString& root)
{
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        evict(it.next());
}

// Runs a shell command line; its time in seconds, or -1 on a failure.
double timed(const QString& command, const QString& folder)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), command });
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        out << command << ": " << process.readAllStandardError() << Qt::endl;
        return -1;
    }
    return timer.nsecsElapsed() / 1e9;
}

QString line(const QString& what, qint64 bytes, double seconds)
{
    return QStringLiteral("%1 %2 s  %3 MB/s")
        .arg(what.leftJustified(40))
        .arg(seconds, 8, 'f', 2)
        .arg(bytes / MiB / seconds, 8, 'f', 1);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 totalMb = 1024;
    QString base = QDir::tempPath();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QStringLiteral("--mb"))
            totalMb = args[++i].toLongLong();
        else if (args[i] == QStringLiteral("--dir"))
            base = args[++i];
    }
    QTemporaryDir dir(QDir(base).filePath(QStringLiteral("bench-evidence-XXXXXX")));
    if (!dir.isValid())
        return 1;
    const QString sources = dir.filePath(QStringLiteral("sources"));
    QDir().mkpath(sources);

    // Three large files (200, 250 and 300 MB of a 1 GB run), then small ones of 10–500 KB up to the total.
    QRandomGenerator random(2026);
    const qint64 total = totalMb * 1024 * 1024;
    QList<qint64> sizes;
    for (const qint64 mb : { 200, 250, 300 })
        sizes << mb * total / 1024;
    qint64 sum = sizes[0] + sizes[1] + sizes[2];
    while (sum < total) {
        const qint64 size = qMin<qint64>(total - sum, (10 + random.bounded(491)) * 1024);
        sizes << size;
        sum += size;
    }
    QStringList files;
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const QString path = QDir(sources).filePath(QStringLiteral("f%1.bin").arg(i, 5, 10, QLatin1Char('0')));
        if (!writeRandom(path, sizes[i], random))
            return 1;
        files << path;
    }
    out << QStringLiteral("%1 files, %2 MB (3 large: %3, %4, %5 MB; %6 of 10–500 KB) in %7")
               .arg(files.size())
               .arg(sum / MiB, 0, 'f', 1)
               .arg(sizes[0] / MiB, 0, 'f', 0)
               .arg(sizes[1] / MiB, 0, 'f', 0)
               .arg(sizes[2] / MiB, 0, 'f', 0)
               .arg(files.size() - 3)
               .arg(dir.path())
        << Qt::endl;

    // Ours: add (stream, hash, temporary file, fsync, rename, folder fsync, one transaction), then check.
    test::EvidenceSchool school = test::makeEvidenceSchool(dir.filePath(QStringLiteral("bench.sqlite")));
    if (school.personA == 0)
        return 1;
    const EvidenceStore store = EvidenceStore::forDatabase(dir.filePath(QStringLiteral("bench.sqlite")));
    evictTree(sources);
    EvidenceService::AddRequest request;
    request.files = files;
    request.schoolYearId = school.yearId;
    request.link = EvidenceLink { EvidenceLink::Kind::Person, school.personA, QString() };
    request.by = QStringLiteral("bench");
    request.at = QDateTime::currentDateTime();
    QElapsedTimer timer;
    timer.start();
    auto added = EvidenceService(school.db->connection(), store).add(request);
    const double addSeconds = timer.nsecsElapsed() / 1e9;
    if (!added || added->size() != files.size()) {
        out << "add failed: " << (added ? QStringLiteral("%1 rows").arg(added->size()) : added.error().toString())
            << Qt::endl;
        return 1;
    }
    evictTree(store.root());
    timer.restart();
    auto report = EvidenceCheck(school.db->connection(), store).run();
    const double checkSeconds = timer.nsecsElapsed() / 1e9;
    if (!report || report->hasErrors() || report->bytesChecked != sum) {
        out << "check failed" << Qt::endl;
        return 1;
    }

    // Theirs: the same files copied by cp, written to the disk by sync, the copies hashed by sha256sum.
    evictTree(sources);
    const double cpSeconds = timed(QStringLiteral("cp -r sources copies"), dir.path());
    const double syncSeconds = timed(QStringLiteral("sync"), dir.path());
    evictTree(dir.filePath(QStringLiteral("copies")));
    const double shaSeconds =
        timed(QStringLiteral("find copies -type f -print0 | sort -z | xargs -0 sha256sum > sums.txt"), dir.path());
    if (cpSeconds < 0 || syncSeconds < 0 || shaSeconds < 0)
        return 1;

    const double ours = addSeconds + checkSeconds;
    const double theirs = cpSeconds + syncSeconds + shaSeconds;
    out << line(QStringLiteral("EvidenceService::add"), sum, addSeconds) << Qt::endl
        << line(QStringLiteral("EvidenceCheck::run"), sum, checkSeconds) << Qt::endl
        << line(QStringLiteral("ours: add + check"), sum, ours) << Qt::endl
        << line(QStringLiteral("cp -r"), sum, cpSeconds) << Qt::endl
        << line(QStringLiteral("sync"), sum, syncSeconds) << Qt::endl
        << line(QStringLiteral("sha256sum"), sum, shaSeconds) << Qt::endl
        << line(QStringLiteral("theirs: cp + sync + sha256sum"), sum, theirs) << Qt::endl
        << QStringLiteral("ours / theirs: %1 % (goal ≥ 80 %); without sync on their side: %2 %")
               .arg(100.0 * theirs / ours, 0, 'f', 1)
               .arg(100.0 * (cpSeconds + shaSeconds) / ours, 0, 'f', 1)
        << Qt::endl;
    return 0;
}
