// The kill test (issue 12, point 7): `thidua-cli import people` of a 3,000-row list, killed with SIGKILL at random
// moments, must leave the school file whole: integrity_check and foreign_key_check pass, and the people are those
// of before the import or of after it, never a part of it.
//
// The file starts with the first 100 rows of the list already imported (before: 100 people); the full import makes
// 3,000. initTestCase() measures, with as many imports at once as the trials will run, how long a whole import
// takes (T) and how long one takes to read and check the list without writing (--dry-run: D, where the writing
// starts). Each trial copies the starting file, starts the import and kills it after a delay drawn uniformly from
// [0, 1.1 T] for half of the trials and from [0.9 D, 1.1 T] for the other half (the writing and the commit, where
// a kill can do harm). Trials run in batches of as many processes as there are cores (one data row per batch).
// cleanupTestCase() prints how many trials ended with the people of before and of after, and the seed.
//   THIDUA_KILL_TRIALS=N  trials (default 50, what CI runs); the longer run of the closing note:
//                          THIDUA_KILL_TRIALS=2000 build/asan/tests/cli/TestImportKill
//   THIDUA_KILL_SEED=S    repeat the delays of an earlier run
// Under AddressSanitizer the imports run with a small allocation history and no quarantine (ASAN_OPTIONS added
// below): still checked for memory errors, about four times faster. Memory errors are the other CLI tests' concern.
#include "tests/support/GeneratedRoster.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int Rows = 3000;
constexpr int RowsBefore = 100;

QStringList importArguments(const QString& db, const QString& list)
{
    return { u"--db"_s, db, u"import"_s, u"people"_s, list, u"--year"_s, u"2024-2025"_s };
}

// What a killed import left: the checks' answers and the number of people.
struct State
{
    QString integrity;
    int foreignKeyProblems = -1;
    qint64 people = -1;
    QString error;
};

State inspect(const QString& path)
{
    State state;
    const QString name = u"kill-check"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open()) {
            state.error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA integrity_check"_s) && q.next())
                state.integrity = q.value(0).toString();
            if (q.exec(u"PRAGMA foreign_key_check"_s)) {
                state.foreignKeyProblems = 0;
                while (q.next())
                    ++state.foreignKeyProblems;
            }
            if (q.exec(u"SELECT count(*) FROM person"_s) && q.next())
                state.people = q.value(0).toLongLong();
            else
                state.error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}

bool copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    QFile::remove(to + u"-wal"_s);
    QFile::remove(to + u"-shm"_s);
    return QFile::copy(from, to);
}

// Imports of `list` into copies of `start` (or `start` itself when `copies` is empty), all at once, each killed after
// its delay (-1: never); the time the longest took in ms, -1 when one that was not killed failed.
qint64 importAll(const QString& start,
    const QStringList& copies,
    const QString& list,
    const QList<int>& delays,
    const QStringList& extra,
    QString* output)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ASAN_OPTIONS"_s,
        env.value(u"ASAN_OPTIONS"_s) + u":detect_leaks=0:malloc_context_size=0:quarantine_size_mb=0"_s);
    std::vector<std::unique_ptr<QProcess>> processes;
    QElapsedTimer timer;
    timer.start();
    for (const QString& db : copies) {
        if (db != start && !copyFile(start, db))
            return -1;
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(env);
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(QStringLiteral(THIDUA_CLI), importArguments(db, list) + extra);
        if (!process->waitForStarted())
            return -1;
        processes.push_back(std::move(process));
    }
    qint64 longest = 0;
    bool failed = false;
    for (size_t i = 0; i < processes.size(); ++i) {
        QProcess& process = *processes[i];
        const int delay = delays.value(int(i), -1);
        const int left = delay < 0 ? 600000 : int(std::max<qint64>(0, delay - timer.elapsed()));
        if (!process.waitForFinished(left)) {
            process.kill(); // SIGKILL
            process.waitForFinished(60000);
            if (delay < 0)
                failed = true;
            continue;
        }
        longest = std::max(longest, timer.elapsed());
        if (delay < 0 && (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)) {
            failed = true;
            *output += QString::fromUtf8(process.readAll());
        }
    }
    return failed ? -1 : longest;
}

} // namespace

class TestImportKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedImportIsAllOrNothing_data();
    void killedImportIsAllOrNothing();

private:
    QTemporaryDir m_dir;
    QString m_list;
    QString m_start;
    qint64 m_before = 0;
    qint64 m_after = 0;
    int m_parallel = 2;
    int m_whole = 0; // T, ms
    int m_writing = 0; // D, ms
    quint32 m_seed = 0;
    int m_endedBefore = 0;
    int m_endedAfter = 0;
};

void TestImportKill::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_list = m_dir.filePath(u"roster.xlsx"_s);
    const QString firstRows = m_dir.filePath(u"first.xlsx"_s);
    QString error;
    QVERIFY2(thidua::test::writeGeneratedRoster(m_list, Rows, &error), qPrintable(error));
    QVERIFY2(thidua::test::writeGeneratedRoster(firstRows, RowsBefore, &error), qPrintable(error));

    // The starting file: the first 100 rows imported (the same people as the list's first rows).
    m_start = m_dir.filePath(u"start.sqlite"_s);
    QString output;
    QVERIFY2(importAll(m_start, { m_start }, firstRows, {}, {}, &output) >= 0, qPrintable(output));
    QVERIFY2(!QFile::exists(m_start + u"-wal"_s), "the starting file still has a -wal file: it would not be copied");
    m_before = inspect(m_start).people;
    QCOMPARE(m_before, qint64(RowsBefore));

    // Whole imports and dry runs, as many at once as the trials: what "after" is, and how long the steps take on
    // this machine and build.
    m_parallel = std::max(2, QThread::idealThreadCount());
    QStringList copies;
    for (int i = 0; i < m_parallel; ++i)
        copies.append(m_dir.filePath(QStringLiteral("whole%1.sqlite").arg(i)));
    const qint64 whole = importAll(m_start, copies, m_list, {}, {}, &output);
    QVERIFY2(whole >= 0, qPrintable(output));
    m_after = inspect(copies.constFirst()).people;
    QCOMPARE(m_after, qint64(Rows));
    const qint64 dry = importAll(m_start, copies, m_list, {}, { u"--dry-run"_s }, &output);
    QVERIFY2(dry >= 0, qPrintable(output));
    m_whole = int(whole);
    m_writing = int(std::min(dry, whole));
    m_seed = qEnvironmentVariableIsSet("THIDUA_KILL_SEED") ? quint32(qEnvironmentVariableIntValue("THIDUA_KILL_SEED"))
                                                           : QRandomGenerator::global()->generate();
    qInfo("%d imports at once take %d ms, %d ms without writing (THIDUA_KILL_SEED=%u)",
        m_parallel,
        m_whole,
        m_writing,
        m_seed);
}

void TestImportKill::killedImportIsAllOrNothing_data()
{
    QTest::addColumn<QList<int>>("delays");
    const int trials =
        qEnvironmentVariableIsSet("THIDUA_KILL_TRIALS") ? qEnvironmentVariableIntValue("THIDUA_KILL_TRIALS") : 50;
    QRandomGenerator random(m_seed);
    const int last = m_whole * 11 / 10 + 1;
    const int firstWrite = m_writing * 9 / 10;
    QList<int> batch;
    for (int t = 0; t < trials; ++t) {
        batch.append(t % 2 == 0 ? int(random.bounded(last)) : firstWrite + int(random.bounded(last - firstWrite)));
        if (batch.size() == m_parallel || t == trials - 1) {
            QTest::addRow("trials %d-%d", t + 2 - int(batch.size()), t + 1) << batch;
            batch.clear();
        }
    }
}

void TestImportKill::killedImportIsAllOrNothing()
{
    QFETCH(QList<int>, delays);
    QStringList copies;
    for (int i = 0; i < delays.size(); ++i)
        copies.append(m_dir.filePath(QStringLiteral("trial%1.sqlite").arg(i)));
    QString output;
    (void)importAll(m_start, copies, m_list, delays, {}, &output);
    for (int i = 0; i < copies.size(); ++i) {
        const State state = inspect(copies.at(i));
        const QString where = QStringLiteral("killed after %1 ms (THIDUA_KILL_SEED=%2)").arg(delays.at(i)).arg(m_seed);
        QVERIFY2(state.error.isEmpty(), qPrintable(where + u": "_s + state.error));
        QVERIFY2(state.integrity == u"ok"_s, qPrintable(where + u": integrity_check: "_s + state.integrity));
        QVERIFY2(state.foreignKeyProblems == 0,
            qPrintable(where + u": foreign_key_check: %1 rows"_s.arg(state.foreignKeyProblems)));
        QVERIFY2(state.people == m_before || state.people == m_after,
            qPrintable(where
                + u": %1 people, neither the %2 of before nor the %3 of after"_s.arg(state.people)
                      .arg(m_before)
                      .arg(m_after)));
        (state.people == m_before ? m_endedBefore : m_endedAfter) += 1;
    }
}

void TestImportKill::cleanupTestCase()
{
    qInfo("%d trials: %d left the people of before (%lld), %d those of after (%lld)",
        m_endedBefore + m_endedAfter,
        m_endedBefore,
        m_before,
        m_endedAfter,
        m_after);
}

QTEST_GUILESS_MAIN(TestImportKill)
#include "TestImportKill.moc"
