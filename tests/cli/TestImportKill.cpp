// The kill test (issue 12, point 7): `thidua-cli import people` of a 3,000-row list, killed with SIGKILL at random
// moments, must leave the school file whole: integrity_check and foreign_key_check pass, and the people are those
// of before the import or of after it, never a part of it.
//
// The file starts with the first 100 rows of the list already imported (before: 100 people); the full import makes
// 3,000. One run without a kill measures the import's time T; each trial copies the starting file, starts the
// import and kills it after a delay drawn uniformly from [0, 1.1 T] (so kills land while the file is read, while
// the rows are checked, while they are written and around the commit). It prints how many trials ended before and
// after, and the seed.
//   THIDUA_KILL_TRIALS=N  trials (default 50, what CI runs); the longer run of the closing note:
//                          THIDUA_KILL_TRIALS=2000 build/asan/tests/cli/TestImportKill
//   THIDUA_KILL_SEED=S    repeat the delays of an earlier run
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

using namespace Qt::StringLiterals;

namespace {

constexpr int Rows = 3000;
constexpr int RowsBefore = 100;

QStringList importArguments(const QString& db, const QString& list)
{
    return { u"--db"_s, db, u"import"_s, u"people"_s, list, u"--year"_s, u"2024-2025"_s };
}

// Runs the import to its end; the time it took in ms, -1 when it failed.
qint64 importToEnd(const QString& db, const QString& list, QString* output)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(THIDUA_CLI), importArguments(db, list));
    const bool finished = process.waitForFinished(300000);
    const qint64 elapsed = timer.elapsed();
    *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 ? elapsed : -1;
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

} // namespace

class TestImportKill : public QObject
{
    Q_OBJECT

private slots:
    void killedImportIsAllOrNothing();
};

void TestImportKill::killedImportIsAllOrNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString list = dir.filePath(u"roster.xlsx"_s);
    const QString firstRows = dir.filePath(u"first.xlsx"_s);
    QString error;
    QVERIFY2(thidua::test::writeGeneratedRoster(list, Rows, &error), qPrintable(error));
    QVERIFY2(thidua::test::writeGeneratedRoster(firstRows, RowsBefore, &error), qPrintable(error));

    // The starting file: the first 100 rows imported (the same people as the list's first rows).
    const QString start = dir.filePath(u"start.sqlite"_s);
    QString output;
    QVERIFY2(importToEnd(start, firstRows, &output) >= 0, qPrintable(output));
    QVERIFY2(!QFile::exists(start + u"-wal"_s), "the starting file still has a -wal file: it would not be copied");
    const State before = inspect(start);
    QCOMPARE(before.people, qint64(RowsBefore));

    // One import to its end: what "after" is, and how long an import takes on this machine (and build).
    const QString whole = dir.filePath(u"whole.sqlite"_s);
    QVERIFY(copyFile(start, whole));
    const qint64 duration = importToEnd(whole, list, &output);
    QVERIFY2(duration >= 0, qPrintable(output));
    const State after = inspect(whole);
    QCOMPARE(after.people, qint64(Rows));

    const int trials =
        qEnvironmentVariableIsSet("THIDUA_KILL_TRIALS") ? qEnvironmentVariableIntValue("THIDUA_KILL_TRIALS") : 50;
    const quint32 seed = qEnvironmentVariableIsSet("THIDUA_KILL_SEED")
        ? quint32(qEnvironmentVariableIntValue("THIDUA_KILL_SEED"))
        : QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    const int longest = int(duration * 11 / 10) + 1;
    qInfo("an import takes %lld ms; %d trials, kills after 0–%d ms (THIDUA_KILL_SEED=%u)",
        duration,
        trials,
        longest,
        seed);

    int endedBefore = 0;
    int endedAfter = 0;
    int finishedFirst = 0; // the import ended before its kill (counted in endedAfter)
    const QString trial = dir.filePath(u"trial.sqlite"_s);
    for (int t = 0; t < trials; ++t) {
        QVERIFY(copyFile(start, trial));
        const int delay = int(random.bounded(longest));
        QProcess process;
        process.start(QStringLiteral(THIDUA_CLI), importArguments(trial, list));
        QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
        if (process.waitForFinished(delay)) {
            ++finishedFirst;
        } else {
            process.kill(); // SIGKILL
            QVERIFY(process.waitForFinished(60000));
        }
        const State state = inspect(trial);
        const QString where =
            QStringLiteral("trial %1, killed after %2 ms (THIDUA_KILL_SEED=%3)").arg(t + 1).arg(delay).arg(seed);
        QVERIFY2(state.error.isEmpty(), qPrintable(where + u": "_s + state.error));
        QVERIFY2(state.integrity == u"ok"_s, qPrintable(where + u": integrity_check: "_s + state.integrity));
        QVERIFY2(state.foreignKeyProblems == 0,
            qPrintable(where + u": foreign_key_check: %1 rows"_s.arg(state.foreignKeyProblems)));
        QVERIFY2(state.people == before.people || state.people == after.people,
            qPrintable(where
                + u": %1 people, neither the %2 of before nor the %3 of after"_s.arg(state.people)
                      .arg(before.people)
                      .arg(after.people)));
        (state.people == before.people ? endedBefore : endedAfter) += 1;
    }
    qInfo("%d trials: %d left the people of before (%lld), %d those of after (%lld), %d of them finished before their "
          "kill",
        trials,
        endedBefore,
        before.people,
        endedAfter,
        after.people,
        finishedFirst);
}

QTEST_GUILESS_MAIN(TestImportKill)
#include "TestImportKill.moc"
