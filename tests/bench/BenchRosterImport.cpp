// Benchmark of the roster import: a 3,000-row student list as .xlsx (title rows, STT, one class column, dates as
// Excel serials), imported into a fresh database with classes for a school year. Times reading the file (parse),
// finding the header and checking and matching every row (plan = validate), and writing it in one transaction
// (apply = commit), separately and in total, then the same file again (everybody matched, nothing to write), and
// the peak memory. Goal: under 1 s in total. Prints figures; never fails on time.
//
//   build/release/tests/bench/BenchRosterImport [--rows N] [--runs N]
//
// The file is written by a child process (the same program with --build FILE ROWS), so the peak memory measured is
// the import's own.
#include "core/db/Database.h"
#include "core/people/RosterColumns.h"
#include "core/people/RosterImport.h"
#include "core/school/SchoolRepository.h"
#include "core/spreadsheet/WorkbookReader.h"
#include "tests/support/GeneratedRoster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>

using namespace thidua;
using namespace thidua::test;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

struct Times
{
    double parse = 0;
    double plan = 0;
    double apply = 0;
    double total() const { return parse + plan + apply; }
    QString summary;
};

// One import of `path` into `db`: the three steps timed.
std::optional<Times> importOnce(Database& db, const QString& path)
{
    Times t;
    QElapsedTimer timer;
    timer.start();
    auto book = WorkbookReader::read(path);
    if (!book || book->sheets.isEmpty()) {
        out << (book ? u"no sheet"_s : book.error().toString()) << Qt::endl;
        return std::nullopt;
    }
    t.parse = timer.nsecsElapsed() / 1e6;

    timer.restart();
    auto year = SchoolRepository(db.connection()).yearByStart(2024);
    RosterImport::Options options;
    options.kind = PersonKind::Student;
    options.schoolYearId = year ? year->id : 0;
    options.today = QDate(2024, 9, 5);
    const Sheet& sheet = book->sheets.constFirst();
    const RosterColumns columns = RosterColumns::detect(sheet);
    RosterImport import(db.connection());
    auto plan = import.plan(sheet, columns, options);
    if (!plan) {
        out << plan.error().toString() << Qt::endl;
        return std::nullopt;
    }
    t.plan = timer.nsecsElapsed() / 1e6;

    timer.restart();
    auto summary = import.apply(*plan, options);
    if (!summary) {
        out << summary.error().toString() << Qt::endl;
        return std::nullopt;
    }
    t.apply = timer.nsecsElapsed() / 1e6;
    t.summary = summary->line();
    return t;
}

void print(const QString& name, const QList<Times>& runs)
{
    QList<double> parse, plan, apply, total;
    for (const Times& t : runs) {
        parse << t.parse;
        plan << t.plan;
        apply << t.apply;
        total << t.total();
    }
    out << QStringLiteral("%1  parse %2 ms  plan %3 ms  apply %4 ms  total %5 ms   (median of %6; first total %7 ms; "
                          "%8)")
               .arg(name.leftJustified(26))
               .arg(median(parse), 7, 'f', 1)
               .arg(median(plan), 7, 'f', 1)
               .arg(median(apply), 7, 'f', 1)
               .arg(median(total), 7, 'f', 1)
               .arg(runs.size())
               .arg(runs.constFirst().total(), 7, 'f', 1)
               .arg(runs.constFirst().summary)
        << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    if (args.value(1) == u"--build"_s) {
        QString error;
        if (writeGeneratedRoster(args.value(2), args.value(3).toInt(), &error))
            return 0;
        out << error << Qt::endl;
        return 1;
    }
    int rows = 3000;
    int runs = 5;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--rows"_s)
            rows = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == u"--runs"_s)
            runs = std::max(1, args.at(++i).toInt());
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(u"roster.xlsx"_s);
    QElapsedTimer timer;
    timer.start();
    if (QProcess::execute(QCoreApplication::applicationFilePath(), { u"--build"_s, path, QString::number(rows) })
        != 0) {
        out << "cannot build the roster" << Qt::endl;
        return 1;
    }
    out << QStringLiteral("%1 rows, .xlsx of %2 KiB written in %3 ms (not counted)")
               .arg(rows)
               .arg(QFileInfo(path).size() / 1024)
               .arg(timer.elapsed())
        << Qt::endl;

    const long rssBefore = peakRssKb();
    QList<Times> fresh, again;
    for (int r = 0; r < runs; ++r) {
        const QString dbPath = dir.filePath(QStringLiteral("school%1.sqlite").arg(r));
        auto db = Database::open(dbPath);
        if (!db) {
            out << db.error().toString() << Qt::endl;
            return 1;
        }
        if (!SchoolRepository((*db)->connection()).ensureYear(2024)) {
            out << "cannot add the school year" << Qt::endl;
            return 1;
        }
        auto first = importOnce(**db, path);
        auto second = first ? importOnce(**db, path) : std::nullopt;
        if (!first || !second)
            return 1;
        fresh << *first;
        again << *second;
    }
    print(u"import into a fresh file"_s, fresh);
    print(u"the same file again"_s, again);
    const double total = median([&] {
        QList<double> t;
        for (const Times& x : fresh)
            t << x.total();
        return t;
    }());
    out << QStringLiteral("goal: < 1000 ms in total: %1").arg(total < 1000 ? u"met"_s : u"MISSED"_s) << Qt::endl;
    out << QStringLiteral("peak memory: %1 MB (%2 MB before the first import)")
               .arg(peakRssKb() / 1024.0, 0, 'f', 1)
               .arg(rssBefore / 1024.0, 0, 'f', 1)
        << Qt::endl;
    return 0;
}
