// Benchmark of Công dân học tập results on the reference school (250 staff, 2,500 students, 15 tổ, 75 classes):
//  - importing 2,500 results from .xlsx (read, plan = header, matching and checks, apply = one transaction);
//  - one keystroke in the bulk grid: the status set through LearningCitizenModel and LearningCitizenService, and the
//    whole way a key takes in the program (the grid's key event, the undoable command, the Workspace's announcement
//    and the page reading the row again).
// Prints medians; never fails on time. Goal: a keystroke well under 16 ms; the import of a large school's results
// in about a second.
//
//   build/release/tests/bench/BenchLearningCitizen [--runs N]
#include "core/criteria/LearningCitizenImport.h"
#include "core/criteria/LearningCitizenQuery.h"
#include "core/criteria/LearningCitizenService.h"
#include "core/db/Database.h"
#include "core/db/Sql.h"
#include "core/demo/DemoSchool.h"
#include "core/people/PeopleQuery.h"
#include "core/spreadsheet/WorkbookReader.h"
#include "core/spreadsheet/XlsxWriter.h"
#include "ui/cdht/LearningCitizenGrid.h"
#include "ui/cdht/LearningCitizenModel.h"
#include "ui/cdht/LearningCitizenPage.h"
#include "ui/common/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace thidua;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

// CPU time of this thread in ms: on a machine shared with other work, what the program itself spent.
double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

DemoSchool::Size referenceSchool()
{
    DemoSchool::Size size;
    size.staff = 250;
    size.students = 2500;
    size.subjectGroups = 15;
    size.classes = 75;
    size.years = 2;
    size.lastStartYear = 2025;
    return size;
}

// The results of the year's students as a school sends them in: one sheet, title, header, 2,500 rows.
bool writeResults(const QSqlDatabase& db, qint64 yearId, const QString& path)
{
    XlsxWriter writer;
    writer.addSheet(u"CDHT"_s);
    writer.writeText(0, 0, u"DANH SÁCH HỌC SINH ĐẠT DANH HIỆU CÔNG DÂN HỌC TẬP"_s, true);
    int c = 0;
    for (const QString& h : { u"STT"_s, u"Mã học sinh"_s, u"Họ và tên"_s, u"Ngày sinh"_s, u"Kết quả"_s, u"Điểm"_s })
        writer.writeText(1, c++, h, true);
    PeopleQuery::Filter students;
    students.kind = PersonKind::Student;
    students.activeOnly = true;
    int r = 2;
    for (const Person& p : *PeopleQuery(db).people(students)) {
        writer.writeNumber(r, 0, r - 1);
        writer.writeText(r, 1, p.code);
        writer.writeText(r, 2, p.fullName());
        writer.writeDate(r, 3, p.birthDate.date());
        writer.writeText(r, 4, r % 23 == 0 ? u"Không đạt"_s : u"Đạt"_s);
        writer.writeNumber(r, 5, r % 23 == 0 ? 70 : 80 + r % 21);
        ++r;
    }
    Q_UNUSED(yearId);
    return writer.save(path).ok();
}

void benchImport(Database& db, qint64 yearId, const QString& path, int runs)
{
    QList<double> read, plan, apply, cpu;
    QString line;
    for (int i = 0; i < runs; ++i) {
        if (!Sql::exec(db.connection(), u"DELETE FROM cdht_result WHERE school_year_id = ?"_s, { yearId }))
            return;
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        auto book = WorkbookReader::read(path);
        if (!book) {
            out << book.error().toString() << Qt::endl;
            return;
        }
        read << timer.nsecsElapsed() / 1e6;
        timer.restart();
        LearningCitizenImport import(db.connection());
        LearningCitizenImport::Options options;
        options.schoolYearId = yearId;
        options.today = QDate(2026, 5, 30);
        auto p = import.plan(*book, options);
        if (!p) {
            out << p.error().toString() << Qt::endl;
            return;
        }
        plan << timer.nsecsElapsed() / 1e6;
        timer.restart();
        auto done = import.apply(*p, options);
        if (!done) {
            out << done.error().toString() << Qt::endl;
            return;
        }
        apply << timer.nsecsElapsed() / 1e6;
        cpu << cpuMs() - cpuStart;
        line = done->line();
    }
    out << u"import of 2,500 results from .xlsx (%1): read %2 ms, plan %3 ms, apply %4 ms, total %5 ms, CPU %7 ms (median of %6)"_s
               .arg(line)
               .arg(median(read), 0, 'f', 1)
               .arg(median(plan), 0, 'f', 1)
               .arg(median(apply), 0, 'f', 1)
               .arg(median(read) + median(plan) + median(apply), 0, 'f', 1)
               .arg(runs)
               .arg(median(cpu), 0, 'f', 1)
        << Qt::endl;
}

// The biggest class of the year.
qint64 biggestClass(const QSqlDatabase& db, qint64 yearId, int* size)
{
    qint64 best = 0;
    *size = 0;
    const LearningCitizenQuery query(db);
    for (const Collective& c : *query.units(yearId)) {
        const int n = int(query.members(c.id, yearId)->size());
        if (c.kind == CollectiveKind::Class && n > *size) {
            *size = n;
            best = c.id;
        }
    }
    return best;
}

void benchModelKeystroke(Database& db, qint64 yearId, qint64 classId, int keys)
{
    LearningCitizenModel model;
    model.setEntries(yearId, *LearningCitizenQuery(db.connection()).members(classId, yearId));
    LearningCitizenService service(db.connection(), QDate(2026, 5, 30));
    model.setWriter([&service](const LearningCitizenResults& r) {
        auto done = service.setMany(r);
        return done ? Status() : Status(done.error());
    });
    QList<double> times, cpu;
    for (int i = 0; i < keys; ++i) {
        const int row = i % model.rowCount();
        // Every key changes the row: k over the class, then đ over it, and so on.
        const QString key = (i / model.rowCount()) % 2 ? u"đ"_s : u"k"_s;
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        model.setData(model.index(row, LearningCitizenModel::ResultColumn), key);
        cpu << cpuMs() - cpuStart;
        times << timer.nsecsElapsed() / 1e6;
    }
    out << u"keystroke through the model and LearningCitizenService: median %1 ms (CPU %4 ms), slowest %2 ms (%3 keys)"_s
               .arg(median(times), 0, 'f', 3)
               .arg(*std::max_element(times.cbegin(), times.cend()), 0, 'f', 3)
               .arg(keys)
               .arg(median(cpu), 0, 'f', 3)
        << Qt::endl;
}

void benchPageKeystroke(Database& db, qint64 classId, int classSize, int keys)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    Workspace workspace(db.connection(), db.path(), settings, [] { return QDate(2026, 5, 30); });
    if (!workspace.reloadYears())
        return;
    LearningCitizenPage page(workspace);
    page.resize(1100, 700);
    page.show();
    page.activate();
    page.showUnit(classId);
    LearningCitizenGrid* grid = page.grid();
    QList<double> times, cpu;
    double wholeClass = 0;
    for (int i = 0; i < keys; ++i) {
        if (i % classSize == 0)
            grid->setCurrentIndex(page.model()->index(0, LearningCitizenModel::ResultColumn));
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, (i / classSize) % 2 ? u"đ"_s : u"k"_s);
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        QApplication::sendEvent(grid, &press);
        QCoreApplication::processEvents();
        cpu << cpuMs() - cpuStart;
        const double ms = timer.nsecsElapsed() / 1e6;
        times << ms;
        if (i < classSize)
            wholeClass += ms;
    }
    out << u"keystroke in the page (key event, undoable command, announcement, row read again, repaint): median %1 ms "
           "(CPU %6 ms), slowest %2 ms; a class of %3 keyed in %4 ms of program time (%5 keys)"_s
               .arg(median(times), 0, 'f', 3)
               .arg(*std::max_element(times.cbegin(), times.cend()), 0, 'f', 3)
               .arg(classSize)
               .arg(wholeClass, 0, 'f', 1)
               .arg(keys)
               .arg(median(cpu), 0, 'f', 3)
        << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int runs = 5;
    const QStringList args = app.arguments();
    if (const int i = int(args.indexOf(u"--runs"_s)); i > 0 && i + 1 < args.size())
        runs = std::max(1, args.at(i + 1).toInt());
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"reference.sqlite"_s));
    if (!db) {
        out << db.error().toString() << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (auto built = DemoSchool::build((*db)->connection(), referenceSchool()); !built) {
        out << built.error().toString() << Qt::endl;
        return 1;
    }
    out << u"reference school (250 staff, 2,500 students, 15 tổ, 75 classes, two years) built in %1 ms"_s.arg(
        timer.elapsed())
        << Qt::endl;
    const qint64 yearId = PeopleQuery((*db)->connection()).schoolYear(2025)->id;
    const QString file = dir.filePath(u"cdht.xlsx"_s);
    if (!writeResults((*db)->connection(), yearId, file)) {
        out << "could not write the file" << Qt::endl;
        return 1;
    }
    benchImport(**db, yearId, file, runs);
    int classSize = 0;
    const qint64 classId = biggestClass((*db)->connection(), yearId, &classSize);
    benchModelKeystroke(**db, yearId, classId, 500);
    benchPageKeystroke(**db, classId, classSize, 500);
    return 0;
}
