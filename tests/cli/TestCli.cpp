// thidua-cli end to end: real processes on real database files.
#include "core/people/Person.h"
#include "core/text/VietnameseCollator.h"
#include "tests/support/CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;

namespace {

using Run = thidua::test::CliRun;

Run cli(const QStringList& arguments, const QString& language = QStringLiteral("vi"))
{
    return thidua::test::runCli(arguments, language);
}

// Splits a CSV line without quoted separators (the people list has none in the demo).
QStringList fields(const QString& line)
{
    return line.trimmed().split(QLatin1Char(','));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoAndListCsv();
    void listJsonByKind();
    void listTable();
    void addPerson();
    void controlCharactersNeverStored();
    void addPersonErrors_data();
    void addPersonErrors();
    void schoolShowAndSet();
    void usageErrors_data();
    void usageErrors();
    void refusesForeignFile();
    void englishOnRequest();
    void quietWithoutRuntimeDirectory();

private:
    // `thidua-cli --db <the demo> people list <options>`
    Run listPeople(const QStringList& options) const;

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Run run = cli({ QStringLiteral("--db"), m_db, QStringLiteral("demo") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("640")));
}

Run TestCli::listPeople(const QStringList& options) const
{
    return cli(
        QStringList { QStringLiteral("--db"), m_db, QStringLiteral("people"), QStringLiteral("list") } + options);
}

void TestCli::demoAndListCsv()
{
    const Run run = listPeople({ QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(run.exitCode, 0);
    QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(lines.takeFirst().startsWith(QStringLiteral("code,ho,ten_dem,ten,full_name,gender,birth_date")));
    QCOMPARE(lines.size(), 64 + 640);
    // Vietnamese order: tên, then tên đệm, then họ, then date of birth.
    const VietnameseCollator collator;
    QByteArray previous;
    for (const QString& line : std::as_const(lines)) {
        const QStringList f = fields(line);
        QCOMPARE(f.size(), 10);
        QCOMPARE(f[4], QStringList({ f[1], f[2], f[3] }).join(QLatin1Char(' ')).simplified());
        const QByteArray key = collator.personSortKey(f[3], f[2], f[1], f[6]);
        QVERIFY2(previous <= key, qPrintable(line));
        previous = key;
    }
    // "Đ" names come after all "D" names.
    qsizetype lastD = -1, firstDd = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString given = fields(lines[i])[3];
        if (given.startsWith(QLatin1Char('D')))
            lastD = i;
        if (given.startsWith(QChar(0x0110)) && firstDd < 0)
            firstDd = i;
    }
    QVERIFY(lastD >= 0 && firstDd >= 0);
    QVERIFY(lastD < firstDd);
}

void TestCli::listJsonByKind()
{
    const Run run = listPeople(
        { QStringLiteral("--kind"), QStringLiteral("student"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(array.size(), 640);
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        QCOMPARE(o[QStringLiteral("kind")].toString(), QStringLiteral("student"));
        QVERIFY(!o[QStringLiteral("ten")].toString().isEmpty());
        QVERIFY(!o[QStringLiteral("code")].toString().isEmpty());
    }
}

void TestCli::listTable()
{
    const Run run = listPeople({ QStringLiteral("--kind"), QStringLiteral("staff") });
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.first().contains(QStringLiteral("Họ và tên")));
    QVERIFY(lines.last().contains(QStringLiteral("64")));
    QVERIFY(run.out.contains(QStringLiteral("Hiệu trưởng")));
}

void TestCli::addPerson()
{
    // Decomposed (NFD) input with extra spaces is stored NFC, split into its parts.
    const QString typed = QStringLiteral("  Nguyễn   Thị  Hoà ").normalized(QString::NormalizationForm_D);
    const Run run = cli({ QStringLiteral("--db"),
        m_db,
        QStringLiteral("people"),
        QStringLiteral("add"),
        QStringLiteral("--full-name"),
        typed,
        QStringLiteral("--code"),
        QStringLiteral("GV9001"),
        QStringLiteral("--birth-date"),
        QStringLiteral("06/03/1984"),
        QStringLiteral("--gender"),
        QStringLiteral("nữ") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const Run list = listPeople(
        { QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--kind"), QStringLiteral("staff") });
    const QString expected = QStringLiteral("GV9001,Nguyễn,Thị,Hoà,Nguyễn Thị Hoà,female,1984-03-06,staff,,");
    QVERIFY2(list.out.contains(expected + QStringLiteral("\r\n")), qPrintable(list.out.left(400)));
}

void TestCli::controlCharactersNeverStored()
{
    // A code with a terminal escape (clear screen), a position with BEL and a right-to-left override: what is stored
    // and listed again holds none of them, so listing cannot drive the terminal or show the text reversed.
    const Run run = cli({ QStringLiteral("--db"),
        m_db,
        QStringLiteral("people"),
        QStringLiteral("add"),
        QStringLiteral("--full-name"),
        QStringLiteral("Trần \u202EnăV\u202C Ba"),
        QStringLiteral("--code"),
        QStringLiteral("GV\u001B[2J9002"),
        QStringLiteral("--position"),
        QStringLiteral("Giáo viên\u0007") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const Run list = listPeople(
        { QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--kind"), QStringLiteral("staff") });
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(QStringLiteral("GV[2J9002,Trần,năV,Ba,Trần năV Ba,,,staff,Giáo viên,\r\n")),
        qPrintable(list.out.right(400)));
    for (const QChar c : list.out)
        QVERIFY2(c == u'\r' || c == u'\n' || (c.category() != QChar::Other_Control && c != QChar(0x202E)),
            qPrintable(QString::number(c.unicode(), 16)));
}

void TestCli::addPersonErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("duplicate code") << QStringList { QStringLiteral("--full-name"),
        QStringLiteral("Trần Văn Bảy"),
        QStringLiteral("--code"),
        QStringLiteral("CB0001") } << 1
                                    << QStringLiteral("CB0001");
    QTest::newRow("bad date") << QStringList { QStringLiteral("--full-name"),
        QStringLiteral("Trần Văn Bảy"),
        QStringLiteral("--birth-date"),
        QStringLiteral("31/02/1990") }
                              << 1 << QStringLiteral("31/02/1990");
    QTest::newRow("missing name") << QStringList { QStringLiteral("--code"), QStringLiteral("X1") } << 2
                                  << QStringLiteral("--full-name");
    QTest::newRow("bad kind") << QStringList { QStringLiteral("--full-name"),
        QStringLiteral("Trần Văn Bảy"),
        QStringLiteral("--kind"),
        QStringLiteral("teacher") }
                              << 2 << QStringLiteral("teacher");
}

void TestCli::addPersonErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QByteArray before = thidua::test::fileHash(m_db);
    const Run run =
        cli(QStringList { QStringLiteral("--db"), m_db, QStringLiteral("people"), QStringLiteral("add") } + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(thidua::test::fileHash(m_db), before);
}

void TestCli::schoolShowAndSet()
{
    QCOMPARE(cli({ QStringLiteral("--db"),
                     m_db,
                     QStringLiteral("school"),
                     QStringLiteral("set"),
                     QStringLiteral("place_name"),
                     QStringLiteral("Gò Vấp") })
                 .exitCode,
        0);
    const Run run = cli({ QStringLiteral("--db"), m_db, QStringLiteral("school"), QStringLiteral("show") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("place_name: Gò Vấp\n")));
    QVERIFY(run.out.contains(QStringLiteral("full_name: Trường THPT Nguyễn Trãi\n")));
    QVERIFY(run.out.contains(QStringLiteral("head: ")));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList { QStringLiteral("fly") };
    QTest::newRow("unknown global option") << QStringList { QStringLiteral("--fast"), QStringLiteral("people") };
    QTest::newRow("people without action") << QStringList { QStringLiteral("people") };
    QTest::newRow("bad format") << QStringList {
        QStringLiteral("people"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")
    };
    QTest::newRow("unknown school key") << QStringList {
        QStringLiteral("school"), QStringLiteral("set"), QStringLiteral("colour"), QStringLiteral("red")
    };
    QTest::newRow("school set without value")
        << QStringList { QStringLiteral("school"), QStringLiteral("set"), QStringLiteral("place_name") };
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(QStringList { QStringLiteral("--db"), m_db } + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestCli::refusesForeignFile()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Biên bản họp Hội đồng Thi đua – Khen thưởng\n");
    file.close();
    const QByteArray before = thidua::test::fileHash(path);
    const Run run = cli({ QStringLiteral("--db"), path, QStringLiteral("school"), QStringLiteral("show") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("không phải")), qPrintable(run.err)); // Vietnamese by default
    QVERIFY(run.err.contains(path));
    QCOMPARE(thidua::test::fileHash(path), before);
}

void TestCli::englishOnRequest()
{
    const Run run =
        cli({ QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("people") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("Missing action")), qPrintable(run.err));
}

void TestCli::quietWithoutRuntimeDirectory()
{
    // As root or from cron: no XDG_RUNTIME_DIR. "document" starts the (offscreen) platform plugin, which asks for it.
    QTemporaryDir temp;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    env.insert(QStringLiteral("TMPDIR"), temp.path()); // where the private runtime folder goes
    env.insert(QStringLiteral("THIDUA_LANG"), QStringLiteral("vi"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(THIDUA_CLI),
        { QStringLiteral("--db"), m_db, QStringLiteral("document"), QStringLiteral("--help") });
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(!err.contains(QStringLiteral("XDG_RUNTIME_DIR")), qPrintable(err));
    QVERIFY(!QString::fromUtf8(process.readAllStandardOutput()).isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
