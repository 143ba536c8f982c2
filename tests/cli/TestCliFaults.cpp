// The sweep of thidua-cli's fault paths: every error a user can meet with the school's file or an imported file
// (a folder, a name that is not UTF-8, an empty file, a text file, a file cut short, a newer file, another writer,
// a file the user may not read or change, a folder to import). Each message must name the file, carry none of the
// English of SQLite, Qt or the system and, under the default language, be Vietnamese; each refused file is left as
// it was found. Permission cases need an ordinary user: run as root (CI), thidua-cli is started through setpriv as
// "nobody".
#include "core/common/Translation.h"
#include "tests/support/CliRun.h"
#include "tests/support/FaultMessage.h"
#include "tests/support/RequiredTool.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace thidua;
using thidua::test::CliRun;
using thidua::test::fileHash;

namespace {

constexpr int Nobody = 65534;

bool translated()
{
    return thidua::test::messagesTranslated("SqliteError",
        "The data file is being used by another program, which is writing to it. Nothing was changed. Wait until "
        "the other program (or another copy of ThiĐua) has finished, or close it, then try again.");
}

// thidua-cli as an ordinary user: directly when the test is not root, else through setpriv as nobody.
CliRun runAsUser(const QStringList& arguments)
{
    if (::geteuid() != 0)
        return thidua::test::runCli(arguments, QStringLiteral("vi"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("THIDUA_LANG"), QStringLiteral("vi"));
    env.insert(QStringLiteral("HOME"), QDir::tempPath());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("setpriv"),
        QStringList { QStringLiteral("--reuid=%1").arg(Nobody),
            QStringLiteral("--regid=%1").arg(Nobody),
            QStringLiteral("--clear-groups"),
            QStringLiteral("--"),
            thidua::test::cliProgram() }
            + arguments);
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

bool canRunAsUser()
{
    return ::geteuid() != 0 || !QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty();
}

void checkFailure(const CliRun& run, const QString& names)
{
    QVERIFY2(run.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
    QVERIFY2(run.err.contains(names), qPrintable(run.err));
    QVERIFY2(thidua::test::foreignEnglish(run.err).isEmpty(), qPrintable(run.err));
    if (translated())
        QVERIFY2(thidua::test::looksVietnamese(run.err.trimmed(), names), qPrintable(run.err));
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestCliFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedSchoolFile_data();
    void refusedSchoolFile();
    void nameNotUtf8();
    void anotherWriterHoldsTheFile();
    void waitMustBeSeconds();
    void mayNotRead();
    void mayNotChange();
    void readOnlyFileIsStillListed();
    void importFolderOrMissingFile();

private:
    // A copy of the demo school in a fresh folder anyone may enter and write in (for the unprivileged runs).
    QString schoolCopy(const QString& name);
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCliFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Translation::install(*QCoreApplication::instance(), Translation::defaultLanguage()));
    if (!translated())
        qWarning("The Vietnamese texts of this branch are not in thidua_vi.ts yet: only the file and the English of "
                 "SQLite, Qt and the system are checked.");
    QVERIFY(QFile::setPermissions(m_dir.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
            | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const CliRun run =
        thidua::test::runCli({ QStringLiteral("--db"), m_demo, QStringLiteral("demo") }, QStringLiteral("vi"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

QString TestCliFaults::schoolCopy(const QString& name)
{
    static int folders = 0;
    const QString folder = m_dir.filePath(QStringLiteral("f%1").arg(++folders));
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFileDevice::Permissions(0x7777)); // rwx for all
    const QString path = QDir(folder).filePath(name);
    QFile::copy(m_demo, path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    return path;
}

void TestCliFaults::refusedSchoolFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("a folder") << "folder";
    QTest::newRow("an empty file") << "empty";
    QTest::newRow("a text file") << "text";
    QTest::newRow("a ThiĐua file cut short") << "cut";
    QTest::newRow("a newer ThiĐua file") << "newer";
}

void TestCliFaults::refusedSchoolFile()
{
    QFETCH(QString, kind);
    QString path = schoolCopy(QStringLiteral("school.sqlite"));
    const QString folder = QFileInfo(path).absolutePath();
    if (kind == QStringLiteral("folder")) {
        QVERIFY(QFile::remove(path));
        QVERIFY(QDir().mkpath(path));
    } else if (kind == QStringLiteral("empty")) {
        writeFile(path, {});
    } else if (kind == QStringLiteral("text")) {
        writeFile(path, "Danh sách cán bộ\nNguyễn Văn An\n");
    } else if (kind == QStringLiteral("cut")) {
        QFile file(path);
        QVERIFY(file.resize(file.size() / 2));
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("maker"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 999")));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("maker"));
    }
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    for (const QString& command : { QStringLiteral("people list"), QStringLiteral("school set full_name X") }) {
        const CliRun run = thidua::test::runCli(
            QStringList { QStringLiteral("--db"), path } + command.split(QLatin1Char(' ')), QStringLiteral("vi"));
        checkFailure(run, path);
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), filesBefore);
    }
}

void TestCliFaults::nameNotUtf8()
{
    // The bytes of a Windows-1258 name, as a USB stick from another computer may hold.
    const QString folder = QFileInfo(schoolCopy(QStringLiteral("unused.sqlite"))).absolutePath();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("THIDUA_LANG"), QStringLiteral("vi"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("/bin/sh"),
        { QStringLiteral("-c"),
            QStringLiteral("\"$0\" --db \"$1/$(printf 'tr\\306\\362ng.sqlite')\" people list"),
            thidua::test::cliProgram(),
            folder });
    QVERIFY(process.waitForFinished(120000));
    const CliRun run { process.exitCode(),
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
    checkFailure(run, folder);
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList { QStringLiteral("unused.sqlite") });
}

void TestCliFaults::anotherWriterHoldsTheFile()
{
    const QString path = schoolCopy(QStringLiteral("school.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const CliRun run = thidua::test::runCli({ QStringLiteral("--wait"),
                                                    QStringLiteral("1"),
                                                    QStringLiteral("--db"),
                                                    path,
                                                    QStringLiteral("school"),
                                                    QStringLiteral("set"),
                                                    QStringLiteral("full_name"),
                                                    QStringLiteral("Trường X") },
            QStringLiteral("vi"));
        checkFailure(run, path);
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

void TestCliFaults::waitMustBeSeconds()
{
    const CliRun run = thidua::test::runCli(
        { QStringLiteral("--wait"), QStringLiteral("soon"), QStringLiteral("people"), QStringLiteral("list") },
        QStringLiteral("vi"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("soon")), qPrintable(run.err));
}

void TestCliFaults::mayNotRead()
{
    THIDUA_REQUIRE_TOOL(canRunAsUser(), "setpriv (util-linux) is needed to run thidua-cli as an ordinary user");
    const QString path = schoolCopy(QStringLiteral("school.sqlite"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QByteArray before = fileHash(path);
    checkFailure(runAsUser({ QStringLiteral("--db"), path, QStringLiteral("people"), QStringLiteral("list") }), path);
    QCOMPARE(fileHash(path), before);

    const QString list = QFileInfo(path).absolutePath() + QStringLiteral("/danh-sach.csv");
    writeFile(list, "Họ và tên\nNguyễn Văn An\n");
    QVERIFY(QFile::setPermissions(list, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QString newSchool = QFileInfo(path).absolutePath() + QStringLiteral("/new.sqlite");
    checkFailure(runAsUser({ QStringLiteral("--db"),
                     newSchool,
                     QStringLiteral("import"),
                     QStringLiteral("people"),
                     list,
                     QStringLiteral("--kind"),
                     QStringLiteral("staff") }),
        list);
}

void TestCliFaults::mayNotChange()
{
    THIDUA_REQUIRE_TOOL(canRunAsUser(), "setpriv (util-linux) is needed to run thidua-cli as an ordinary user");
    const QString path = schoolCopy(QStringLiteral("school.sqlite")); // root's file, readable by all
    const QString folder = QFileInfo(path).absolutePath();
    QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x7555))); // nobody may not write in it
    const QByteArray before = fileHash(path);
    checkFailure(runAsUser({ QStringLiteral("--db"),
                     path,
                     QStringLiteral("school"),
                     QStringLiteral("set"),
                     QStringLiteral("full_name"),
                     QStringLiteral("Trường X") }),
        path);
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList { QStringLiteral("school.sqlite") });
}

void TestCliFaults::readOnlyFileIsStillListed()
{
    // Before: "not a ThiĐua database". A command that only reads opens such a file read-only.
    THIDUA_REQUIRE_TOOL(canRunAsUser(), "setpriv (util-linux) is needed to run thidua-cli as an ordinary user");
    const QString path = schoolCopy(QStringLiteral("school.sqlite"));
    const QString folder = QFileInfo(path).absolutePath();
    QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x7555)));
    const QByteArray before = fileHash(path);
    const CliRun run = runAsUser({ QStringLiteral("--db"),
        path,
        QStringLiteral("people"),
        QStringLiteral("list"),
        QStringLiteral("--format"),
        QStringLiteral("csv") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.count(QStringLiteral("\r\n")), 1 + 64 + 640);
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList { QStringLiteral("school.sqlite") });
}

void TestCliFaults::importFolderOrMissingFile()
{
    const QString folder = QFileInfo(schoolCopy(QStringLiteral("school.sqlite"))).absolutePath();
    const QString db = QDir(folder).filePath(QStringLiteral("school.sqlite"));
    const CliRun run =
        thidua::test::runCli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("people"), folder },
            QStringLiteral("vi"));
    checkFailure(run, folder);
    if (translated())
        QVERIFY2(!run.err.contains(QCoreApplication::translate("FileProblem", "The file does not exist.")),
            qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliFaults)
#include "TestCliFaults.moc"
