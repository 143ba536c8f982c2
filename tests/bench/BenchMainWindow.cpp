// thidua_bench_gui: the main window with the reference school (250 staff, 2,500 students, 15 tổ, 63 classes,
// 8 school years). Prints the time from start to a usable main window, the time to filter the student table after
// each typed character, the time to re-sort it, and the peak memory. Goals: start < 300 ms, every keystroke and
// sort < 16 ms, memory < 150 MB. Prints figures; never fails on time.
//
//   build/release/tests/bench/thidua_bench_gui [--rounds N] [--db FILE]
//
// The school is built by a child process (the same program with --build FILE), so the peak memory measured is the
// window's own. Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
#include "core/common/Translation.h"
#include "core/db/Database.h"
#include "core/demo/DemoSchool.h"
#include "ui/MainWindow.h"
#include "ui/common/Workspace.h"
#include "ui/people/PeopleFilterProxy.h"
#include "ui/people/PeoplePage.h"
#include "ui/people/PeopleTableModel.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>
#include <vector>

using namespace thidua;

namespace {

QElapsedTimer g_sinceMain;

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

long peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Remembers when a widget was last painted.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget* widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    bool painted = false;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

struct Stats
{
    std::vector<double> values;
    void add(double v) { values.push_back(v); }
    double median() const
    {
        if (values.empty())
            return 0;
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        return sorted[sorted.size() / 2];
    }
    double max() const { return values.empty() ? 0 : *std::max_element(values.begin(), values.end()); }
};

int build(const QString& path)
{
    auto db = Database::open(path);
    if (!db) {
        QTextStream(stderr) << db.error().toString() << Qt::endl;
        return 1;
    }
    if (auto built = DemoSchool::build((*db)->connection(), DemoSchool::reference()); !built) {
        QTextStream(stderr) << built.error().toString() << Qt::endl;
        return 1;
    }
    return 0;
}

// Time of one user action on the table, with the repaint that shows its result.
template <typename Action> std::pair<double, double> timed(QTableView* table, Action action)
{
    QElapsedTimer timer;
    timer.start();
    action();
    const qint64 model = timer.nsecsElapsed();
    table->viewport()->repaint(); // synchronous: what the user sees next
    table->verticalHeader()->viewport()->repaint();
    return { ms(model), ms(timer.nsecsElapsed()) };
}

} // namespace

int main(int argc, char* argv[])
{
    g_sinceMain.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = QApplication::arguments();
    if (args.size() == 3 && args[1] == QStringLiteral("--build"))
        return build(args[2]);
    int rounds = 5;
    QString dbPath;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QStringLiteral("--rounds"))
            rounds = qMax(1, args[i + 1].toInt());
        else if (args[i] == QStringLiteral("--db"))
            dbPath = args[i + 1];
    }
    Translation::install(app, QStringLiteral("vi"));
    const double applicationReady = ms(g_sinceMain.nsecsElapsed());
    QTextStream out(stdout);

    QTemporaryDir dir;
    if (dbPath.isEmpty()) {
        dbPath = dir.filePath(QStringLiteral("reference.sqlite"));
        QElapsedTimer buildTimer;
        buildTimer.start();
        out << "Building the reference school (child process)…" << Qt::endl;
        if (QProcess::execute(QApplication::applicationFilePath(), { QStringLiteral("--build"), dbPath }) != 0) {
            out << "Could not build the reference school." << Qt::endl;
            return 1;
        }
        out << QStringLiteral("  built in %1 s, %2 MB")
                   .arg(double(buildTimer.elapsed()) / 1000, 0, 'f', 1)
                   .arg(double(QFileInfo(dbPath).size()) / 1e6, 0, 'f', 1)
            << Qt::endl;
    }
    const long rssBeforeWindow = peakRssKb();

    // Start: open the file, build the window, show the student list, until its rows are painted.
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QElapsedTimer start;
    start.start();
    auto db = Database::open(dbPath);
    if (!db) {
        out << db.error().toString() << Qt::endl;
        return 1;
    }
    const double opened = ms(start.nsecsElapsed());
    Workspace workspace((*db)->connection(), dbPath, settings, [] { return QDate::currentDate(); });
    MainWindow window(workspace);
    window.resize(1366, 728);
    window.showPage(QStringLiteral("students"));
    auto* page = qobject_cast<PeoplePage*>(window.page(QStringLiteral("students")));
    QTableView* table = page->table();
    auto* watch = new PaintWatch(table->viewport());
    const double built = ms(start.nsecsElapsed());
    window.show();
    while (!watch->painted)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double usable = ms(start.nsecsElapsed());
    const double usableSinceMain = applicationReady + usable;
    const int rows = table->model()->rowCount();

    // Typing a name, character by character, several times.
    const QString query = QStringLiteral("nguyen thi h");
    std::vector<Stats> perKey(size_t(query.size()));
    std::vector<Stats> perKeyPainted(size_t(query.size()));
    std::vector<int> shown(size_t(query.size()));
    QLineEdit* search = page->searchEdit();
    search->setFocus();
    for (int round = 0; round < rounds; ++round) {
        search->clear();
        QCoreApplication::processEvents();
        for (qsizetype i = 0; i < query.size(); ++i) {
            auto [model, painted] = timed(table, [&] { QTest::keyClick(search, query[i].toLatin1()); });
            perKey[size_t(i)].add(model);
            perKeyPainted[size_t(i)].add(painted);
            shown[size_t(i)] = table->model()->rowCount();
            QCoreApplication::processEvents();
        }
    }
    // Deleting back to the full list is the slowest case: every row comes back.
    Stats clearing;
    for (int round = 0; round < rounds; ++round) {
        search->setText(query);
        QCoreApplication::processEvents();
        clearing.add(timed(table, [&] { search->clear(); }).second);
    }

    // Re-sorting the whole list by clicking column headers.
    struct SortCase
    {
        const char* name;
        int column;
        Qt::SortOrder order;
    };
    const SortCase sorts[] = { { "name, descending", PeopleTableModel::NameColumn, Qt::DescendingOrder },
        { "name, ascending", PeopleTableModel::NameColumn, Qt::AscendingOrder },
        { "date of birth", PeopleTableModel::BirthDateColumn, Qt::AscendingOrder },
        { "code", PeopleTableModel::CodeColumn, Qt::AscendingOrder },
        { "class", PeopleTableModel::UnitColumn, Qt::AscendingOrder } };
    std::vector<Stats> sortStats(std::size(sorts));
    for (int round = 0; round < rounds; ++round) {
        for (size_t i = 0; i < std::size(sorts); ++i) {
            sortStats[i].add(timed(table, [&] { table->sortByColumn(sorts[i].column, sorts[i].order); }).second);
            QCoreApplication::processEvents();
        }
    }
    table->sortByColumn(PeopleTableModel::NameColumn, Qt::AscendingOrder);

    // Another school year in the toolbar: the units of 2,750 people are read again.
    Stats yearSwitch;
    auto* years = window.findChild<QComboBox*>(QStringLiteral("yearCombo"));
    for (int round = 0; round < rounds && years->count() > 1; ++round) {
        const int next = (years->currentIndex() + 1) % years->count();
        yearSwitch.add(timed(table, [&] {
            years->setCurrentIndex(next);
            emit years->activated(next);
        }).second);
        QCoreApplication::processEvents();
    }

    const long peak = peakRssKb();
    auto verdict = [](double value, double goal) {
        return value <= goal ? QStringLiteral("ok") : QStringLiteral("OVER");
    };
    out << Qt::endl
        << QStringLiteral("ThiĐua main window with the reference school: %1 students listed").arg(rows) << Qt::endl;
    out << QStringLiteral("%1 %2 %3 %4")
               .arg(QStringLiteral("measure"), -44)
               .arg(QStringLiteral("median"), 9)
               .arg(QStringLiteral("max"), 9)
               .arg(QStringLiteral("goal"), 10)
        << Qt::endl;
    auto line = [&](const QString& what, double median, double max, double goal, const QString& unit) {
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(what, -44)
                   .arg(median, 9, 'f', 1)
                   .arg(max, 9, 'f', 1)
                   .arg(QStringLiteral("%1 %2").arg(goal).arg(unit), 10)
                   .arg(verdict(max, goal))
            << Qt::endl;
    };
    line(QStringLiteral("start: open file (ms)"), opened, opened, 300, QStringLiteral("ms"));
    line(QStringLiteral("start: window built, students loaded (ms)"), built, built, 300, QStringLiteral("ms"));
    line(QStringLiteral("start: open file → rows painted (ms)"), usable, usable, 300, QStringLiteral("ms"));
    line(QStringLiteral("start: main() → rows painted (ms)"),
        usableSinceMain,
        usableSinceMain,
        300,
        QStringLiteral("ms"));
    for (qsizetype i = 0; i < query.size(); ++i) {
        const QString typed = query.left(i + 1);
        line(QStringLiteral("key “%1” → %2 rows, filter only (ms)").arg(typed).arg(shown[size_t(i)]),
            perKey[size_t(i)].median(),
            perKey[size_t(i)].max(),
            16,
            QStringLiteral("ms"));
        line(QStringLiteral("key “%1”, filter + repaint (ms)").arg(typed),
            perKeyPainted[size_t(i)].median(),
            perKeyPainted[size_t(i)].max(),
            16,
            QStringLiteral("ms"));
    }
    line(QStringLiteral("clear the search, all rows back (ms)"),
        clearing.median(),
        clearing.max(),
        16,
        QStringLiteral("ms"));
    for (size_t i = 0; i < std::size(sorts); ++i)
        line(QStringLiteral("sort %1 rows by %2 (ms)").arg(rows).arg(QString::fromLatin1(sorts[i].name)),
            sortStats[i].median(),
            sortStats[i].max(),
            16,
            QStringLiteral("ms"));
    if (!yearSwitch.values.empty())
        line(QStringLiteral("switch school year (ms)"),
            yearSwitch.median(),
            yearSwitch.max(),
            100,
            QStringLiteral("ms"));
    line(QStringLiteral("peak memory, before the window (MB)"),
        double(rssBeforeWindow) / 1024,
        double(rssBeforeWindow) / 1024,
        150,
        QStringLiteral("MB"));
    line(QStringLiteral("peak memory, whole run (MB)"),
        double(peak) / 1024,
        double(peak) / 1024,
        150,
        QStringLiteral("MB"));
    out << QStringLiteral("%1 rounds; platform %2").arg(rounds).arg(QGuiApplication::platformName()) << Qt::endl;
    return 0;
}
