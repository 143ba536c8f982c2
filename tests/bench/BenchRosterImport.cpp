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
#include "core/spreadsheet/XlsxWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>

using namespace thidua;
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

// A list as a school office keeps it: school and title above the header, classes 10A1…12A10, names drawn from the
// usual họ, tên đệm and tên (so some people share a name), dates of birth as Excel dates.
bool buildRoster(const QString& path, int rows)
{
    static const QStringList family { u"Nguyễn"_s,
        u"Trần"_s,
        u"Lê"_s,
        u"Phạm"_s,
        u"Hoàng"_s,
        u"Huỳnh"_s,
        u"Phan"_s,
        u"Vũ"_s,
        u"Võ"_s,
        u"Đặng"_s,
        u"Bùi"_s,
        u"Đỗ"_s,
        u"Hồ"_s,
        u"Ngô"_s,
        u"Dương"_s,
        u"Lý"_s };
    static const QStringList middle { u"Văn"_s,
        u"Thị"_s,
        u"Minh"_s,
        u"Ngọc"_s,
        u"Đức"_s,
        u"Thu"_s,
        u"Quang"_s,
        u"Thanh"_s,
        u"Hoài"_s,
        u"Gia"_s,
        u"Thị Mỹ"_s,
        u"Hữu"_s };
    static const QStringList given { u"An"_s,
        u"Bình"_s,
        u"Châu"_s,
        u"Dũng"_s,
        u"Đạt"_s,
        u"Giang"_s,
        u"Hà"_s,
        u"Hải"_s,
        u"Hạnh"_s,
        u"Hiếu"_s,
        u"Hoa"_s,
        u"Hùng"_s,
        u"Hương"_s,
        u"Khánh"_s,
        u"Khoa"_s,
        u"Lan"_s,
        u"Linh"_s,
        u"Long"_s,
        u"Mai"_s,
        u"Minh"_s,
        u"Nam"_s,
        u"Ngân"_s,
        u"Nhi"_s,
        u"Phúc"_s,
        u"Quân"_s,
        u"Quỳnh"_s,
        u"Sơn"_s,
        u"Tâm"_s,
        u"Thảo"_s,
        u"Trang"_s,
        u"Tú"_s,
        u"Uyên"_s,
        u"Vy"_s,
        u"Yến"_s };
    XlsxWriter x;
    x.addSheet(u"Toàn trường"_s);
    x.mergeCells(0, 0, 0, 3, u"TRƯỜNG THPT NGUYỄN TRÃI"_s, true);
    x.mergeCells(1, 0, 1, 6, u"DANH SÁCH HỌC SINH NĂM HỌC 2024-2025"_s, true);
    const QStringList header {
        u"STT"_s, u"Mã học sinh"_s, u"Họ và tên"_s, u"Ngày sinh"_s, u"Giới tính"_s, u"Lớp"_s, u"Ghi chú"_s
    };
    for (int c = 0; c < header.size(); ++c)
        x.writeText(3, c, header.at(c), true);
    quint32 seed = 12345;
    auto next = [&seed](int n) {
        seed = seed * 1664525u + 1013904223u;
        return int((seed >> 8) % quint32(n));
    };
    for (int i = 0; i < rows; ++i) {
        const int row = 4 + i;
        const int grade = 10 + i * 3 / rows;
        const bool female = next(2) == 1;
        QString name = family.at(next(family.size())) + u' ' + (female ? u"Thị"_s : middle.at(next(middle.size())))
            + u' ' + given.at(next(given.size()));
        x.writeNumber(row, 0, i + 1);
        x.writeText(row, 1, QStringLiteral("HS%1").arg(i + 1, 6, 10, QLatin1Char('0')));
        x.writeText(row, 2, name);
        x.writeDate(row, 3, QDate(2024 - grade - 6, 1, 1).addDays(next(365)));
        x.writeText(row, 4, female ? u"Nữ"_s : u"Nam"_s);
        x.writeText(row, 5, QStringLiteral("%1A%2").arg(grade).arg(1 + (i % (rows / 3 / 40 + 1)) % 10));
        if (i % 50 == 0)
            x.writeText(row, 6, u"Con thương binh"_s);
    }
    x.writeText(4 + rows, 2, QStringLiteral("Tổng cộng: %1 học sinh").arg(rows), true);
    auto saved = x.save(path);
    if (!saved)
        out << saved.error().toString() << Qt::endl;
    return saved.ok();
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
    if (args.value(1) == u"--build"_s)
        return buildRoster(args.value(2), args.value(3).toInt()) ? 0 : 1;
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
