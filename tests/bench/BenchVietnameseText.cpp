// Benchmark of the Vietnamese text work behind every list: collation sort keys for a large school (2,750 people,
// computed once at start-up, then sorted) and search as you type over a 2,500-row student list (each keystroke
// filters every row; the budget is one frame, 16 ms). Prints medians over several runs; never fails on time.
//
//   build/release/tests/bench/BenchVietnameseText [--runs N]
#include "core/text/VietnameseCollator.h"
#include "core/text/VietnameseSearch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTextStream>

#include <algorithm>

using namespace thidua;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

const QStringList family = {
    u"Nguyễn"_s, u"Trần"_s, u"Lê"_s, u"Phạm"_s, u"Hoàng"_s, u"Huỳnh"_s, u"Võ"_s, u"Đặng"_s, u"Bùi"_s, u"Đỗ"_s
};
const QStringList middle = { u"Thị"_s, u"Văn"_s, u"Minh"_s, u"Ngọc"_s, u"Thanh"_s, u"Quốc"_s, u"Thu"_s };
const QStringList given = {
    u"An"_s, u"Bình"_s, u"Hoà"_s, u"Thuỷ"_s, u"Đức"_s, u"Hương"_s, u"Khoa"_s, u"Quỳnh"_s, u"Yến"_s, u"Tâm"_s, u"Hoa"_s
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

// Sort keys of 2,750 people, computed and sorted; milliseconds.
double collatorKeys(const VietnameseCollator& collator)
{
    QElapsedTimer timer;
    timer.start();
    QList<QByteArray> keys;
    keys.reserve(2750);
    for (int i = 0; i < 2750; ++i) {
        keys.append(collator.personSortKey(given[i % given.size()],
            middle[i / 7 % middle.size()],
            family[i / 3 % family.size()],
            QStringLiteral("19%1-01-01").arg(i % 100, 2, 10, QLatin1Char('0'))));
    }
    std::sort(keys.begin(), keys.end());
    return timer.nsecsElapsed() / 1e6;
}

struct SearchTimes
{
    double keys = 0; // building the 2,500 search keys, ms
    double slowestKeystroke = 0; // ms
    int lastCount = 0;
};

SearchTimes searchKeystrokes()
{
    SearchTimes times;
    QElapsedTimer timer;
    timer.start();
    QList<VietnameseSearch::Key> keys;
    keys.reserve(2500);
    for (int i = 0; i < 2500; ++i) {
        keys.append(VietnameseSearch::makeKey(
            family[i % family.size()] + u' ' + middle[i / 7 % middle.size()] + u' ' + given[i / 3 % given.size()]));
    }
    times.keys = timer.nsecsElapsed() / 1e6;
    const QString typed = u"nguyen thi hoa"_s;
    for (qsizetype length = 1; length <= typed.size(); ++length) {
        timer.restart();
        const VietnameseSearch search(typed.left(length));
        int count = 0;
        for (const auto& key : std::as_const(keys))
            count += search.matches(key);
        times.slowestKeystroke = std::max(times.slowestKeystroke, timer.nsecsElapsed() / 1e6);
        times.lastCount = count;
    }
    return times;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype runsAt = args.indexOf(u"--runs"_s);
    const int runs = runsAt >= 0 && runsAt + 1 < args.size() ? std::max(1, args[runsAt + 1].toInt()) : 9;

    const VietnameseCollator collator;
    QList<double> sortTimes, keyTimes, keystrokeTimes;
    int matches = 0;
    for (int run = 0; run < runs; ++run) {
        sortTimes.append(collatorKeys(collator));
        const SearchTimes search = searchKeystrokes();
        keyTimes.append(search.keys);
        keystrokeTimes.append(search.slowestKeystroke);
        matches = search.lastCount;
    }
    out << u"Runs: "_s << runs << u" (medians)\n"_s;
    out << u"2,750 person sort keys computed and sorted: "_s << QString::number(median(sortTimes), 'f', 2)
        << u" ms\n"_s;
    out << u"2,500 search keys built: "_s << QString::number(median(keyTimes), 'f', 2) << u" ms\n"_s;
    out << u"slowest keystroke over 2,500 rows (\"nguyen thi hoa\", "_s << matches << u" rows match): "_s
        << QString::number(median(keystrokeTimes), 'f', 3) << u" ms (budget 16 ms)\n"_s;
    return 0;
}
