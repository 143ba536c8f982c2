// thidua-cli evidence and check (issue 15, points 6 and 7) run as real processes on real files: add (to a person, to
// a criteria item with the year taken from the assessment, a folder), list as table, CSV and JSON, export (the same
// bytes, an existing file left alone), link and unlink (the last link refused without --yes, then the trash),
// wrong arguments; check on a clean store, an altered, a missing and an orphan file; and thidua-cli killed with
// SIGKILL between storing the files and writing their rows, or in the middle of a copy: nothing points at a missing
// file, the leftovers are warnings, and the next start's cleaning removes them.
#include "core/evidence/EvidenceQuery.h"
#include "core/evidence/EvidenceService.h"
#include "tests/support/CliRun.h"
#include "tests/support/EvidenceFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using namespace thidua::test;
using namespace Qt::StringLiterals;

namespace {

CliRun cliWith(const QStringList& arguments, const QByteArray& killAt = QByteArray())
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"THIDUA_LANG"_s, u"en"_s);
    if (!killAt.isEmpty())
        env.insert(u"THIDUA_TEST_KILL_AT"_s, QString::fromLatin1(killAt));
    process.setProcessEnvironment(env);
    process.start(cliProgram(), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

class TestEvidenceCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addListExport();
    void addToACriteriaItem();
    void linkAndUnlink();
    void wrongArguments();
    void sizeLimit();
    void check();
    void killedBetweenObjectAndRow();
    void killedInTheMiddleOfACopy();

private:
    CliRun cli(const QStringList& arguments, const QByteArray& killAt = QByteArray()) const
    {
        return cliWith(QStringList { u"--db"_s, m_dbPath } + arguments, killAt);
    }
    QString file(const QString& name, const QByteArray& bytes) const
    {
        const QString path = m_dir->filePath(u"files/"_s + name);
        return writeBytes(path, bytes) ? path : QString();
    }
    QJsonArray listJson(const QStringList& extra = {}) const;
    EvidenceStore store() const { return EvidenceStore::forDatabase(m_dbPath); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
    qint64 m_assessment = 0;
    qint64 m_collective = 0;
};

void TestEvidenceCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_dbPath = m_dir->filePath(u"school.sqlite"_s);
    EvidenceSchool school = makeEvidenceSchool(m_dbPath);
    QVERIFY(school.assessment != 0);
    m_assessment = school.assessment;
    m_collective = school.collective;
}

void TestEvidenceCommand::cleanup()
{
    m_dir.reset();
}

QJsonArray TestEvidenceCommand::listJson(const QStringList& extra) const
{
    const CliRun run = cli(QStringList { u"evidence"_s, u"list"_s, u"--format"_s, u"json"_s } + extra);
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

void TestEvidenceCommand::addListExport()
{
    const QByteArray scan = patternBytes(1500000, 4);
    const QString decision = file(u"Quyết định 15.pdf"_s, "%PDF-1.4\n" + scan);
    file(u"ảnh/hội nghị 1.png"_s, "\x89PNG\r\n\x1a\nA");
    file(u"ảnh/hội nghị 2.png"_s, "\x89PNG\r\n\x1a\nB");
    const CliRun added = cli({ u"evidence"_s,
        u"add"_s,
        decision,
        m_dir->filePath(u"files/ảnh"_s),
        u"--to"_s,
        u"person:GV001"_s,
        u"--year"_s,
        u"2024-2025"_s,
        u"--description"_s,
        u"Khen thưởng"_s,
        u"--number"_s,
        u"15/QĐ-UBND"_s,
        u"--date"_s,
        u"10/01/2025"_s,
        u"--issuer"_s,
        u"UBND huyện"_s,
        u"--by"_s,
        u"Thư ký"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY(added.out.contains(u"Added CN-01: Quyết định 15.pdf"_s));
    QVERIFY(added.out.contains(u"Added CN-03: hội nghị 2.png"_s));
    QVERIFY(added.out.contains(u"3 evidence file(s) added."_s));

    const QJsonArray rows = listJson();
    QCOMPARE(rows.size(), 3);
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.value(u"code"_s).toString(), u"CN-01"_s);
    QCOMPARE(first.value(u"school_year"_s).toString(), u"2024-2025"_s);
    QCOMPARE(first.value(u"name"_s).toString(), u"Quyết định 15.pdf"_s);
    QCOMPARE(first.value(u"size"_s).toInteger(), qint64(9 + scan.size()));
    QCOMPARE(first.value(u"media_type"_s).toString(), u"application/pdf"_s);
    QCOMPARE(first.value(u"sha256"_s).toString(), sha256sum(decision));
    QCOMPARE(first.value(u"description"_s).toString(), u"Khen thưởng"_s);
    QCOMPARE(first.value(u"number"_s).toString(), u"15/QĐ-UBND"_s);
    QCOMPARE(first.value(u"date"_s).toString(), u"2025-01-10"_s);
    QCOMPARE(first.value(u"issuer"_s).toString(), u"UBND huyện"_s);
    QCOMPARE(first.value(u"added_by"_s).toString(), u"Thư ký"_s);
    QCOMPARE(first.value(u"links"_s).toArray(), QJsonArray { u"person:GV001"_s });
    QCOMPARE(rows.at(1).toObject().value(u"media_type"_s).toString(), u"image/png"_s);

    const CliRun csv = cli({ u"evidence"_s, u"list"_s, u"--format"_s, u"csv"_s });
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0),
        u"id,code,school_year,name,size,media_type,sha256,description,number,date,issuer,links,added_at,added_by,"
        "trashed_at"_s);
    QVERIFY(lines.at(1).startsWith(u"1,CN-01,2024-2025,Quyết định 15.pdf,"_s));
    QVERIFY(lines.at(1).contains(u",15/QĐ-UBND,10/01/2025,UBND huyện,person:GV001,"_s));

    const CliRun table = cli({ u"evidence"_s, u"list"_s });
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(u"CN-02"_s));
    QVERIFY(table.out.contains(u"3 evidence file(s)"_s));
    QCOMPARE(listJson({ u"--year"_s, u"2025-2026"_s }).size(), 0);

    // Export: the same bytes, by number or by code; an existing file is left alone.
    const QString out = m_dir->filePath(u"out.pdf"_s);
    const CliRun exported = cli({ u"evidence"_s, u"export"_s, u"CN-01"_s, u"--out"_s, out });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(readBytes(out), "%PDF-1.4\n" + scan);
    QVERIFY(writeBytes(out, "mine"));
    const CliRun refused = cli({ u"evidence"_s, u"export"_s, u"1"_s, u"--out"_s, out });
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(readBytes(out), QByteArray("mine"));
    QVERIFY(QDir().mkpath(m_dir->filePath(u"folder"_s)));
    QCOMPARE(cli({ u"evidence"_s, u"export"_s, u"2"_s, u"--out"_s, m_dir->filePath(u"folder"_s) }).exitCode, 0);
    QCOMPARE(readBytes(m_dir->filePath(u"folder/hội nghị 1.png"_s)), QByteArray("\x89PNG\r\n\x1a\nA"));
}

void TestEvidenceCommand::addToACriteriaItem()
{
    const QString target = u"assessment:%1:H1.TC2.CT1"_s.arg(m_assessment);
    QCOMPARE(cli({ u"evidence"_s, u"add"_s, file(u"a.pdf"_s, "a"), u"--to"_s, target }).exitCode, 0);
    QCOMPARE(cli({ u"evidence"_s, u"add"_s, file(u"b.pdf"_s, "b"), u"--to"_s, target }).exitCode, 0);
    const QJsonArray rows = listJson({ u"--to"_s, target });
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(u"code"_s).toString(), u"H1.TC2.CT1-01"_s);
    QCOMPARE(rows.at(1).toObject().value(u"code"_s).toString(), u"H1.TC2.CT1-02"_s);
    QCOMPARE(rows.at(1).toObject().value(u"school_year"_s).toString(), u"2024-2025"_s);
    const CliRun wrongItem =
        cli({ u"evidence"_s, u"add"_s, file(u"c.pdf"_s, "c"), u"--to"_s, u"assessment:%1:H9.TC9"_s.arg(m_assessment) });
    QCOMPARE(wrongItem.exitCode, 1);
    QVERIFY(wrongItem.err.contains(u"H9.TC9"_s));
}

void TestEvidenceCommand::linkAndUnlink()
{
    QCOMPARE(cli({ u"evidence"_s,
                     u"add"_s,
                     file(u"biên bản.pdf"_s, "minutes"),
                     u"--to"_s,
                     u"person:GV001"_s,
                     u"--year"_s,
                     u"2024-2025"_s })
                 .exitCode,
        0);
    const QString collective = u"collective:%1"_s.arg(m_collective);
    const CliRun linked = cli({ u"evidence"_s, u"link"_s, u"CN-01"_s, u"--to"_s, collective });
    QVERIFY2(linked.exitCode == 0, qPrintable(linked.err));
    QCOMPARE(listJson().at(0).toObject().value(u"links"_s).toArray(), (QJsonArray { collective, u"person:GV001"_s }));

    // One record of two: the file stays for the other.
    const CliRun first = cli({ u"evidence"_s, u"unlink"_s, u"1"_s, u"--to"_s, u"person:GV001"_s });
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QCOMPARE(listJson().size(), 1);
    // The last one: refused without --yes, saying it would go to the trash; nothing changed.
    const CliRun refused = cli({ u"evidence"_s, u"unlink"_s, u"1"_s, u"--to"_s, collective });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains(u"trash"_s));
    QVERIFY(refused.err.contains(u"CN-01"_s));
    QCOMPARE(listJson().size(), 1);
    const CliRun confirmed = cli({ u"evidence"_s, u"unlink"_s, u"1"_s, u"--to"_s, collective, u"--yes"_s });
    QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err));
    QCOMPARE(listJson().size(), 0);
    const QJsonArray trash = listJson({ u"--trash"_s });
    QCOMPARE(trash.size(), 1);
    QVERIFY(!trash.at(0).toObject().value(u"trashed_at"_s).toString().isEmpty());
    QVERIFY(QFileInfo::exists(store().objectPath(trash.at(0).toObject().value(u"sha256"_s).toString())));
    QCOMPARE(cli({ u"evidence"_s, u"restore"_s, u"CN-01"_s }).exitCode, 0);
    QCOMPARE(listJson().size(), 1);
    QCOMPARE(cli({ u"evidence"_s, u"purge"_s }).exitCode, 0); // nothing 30 days old
    QCOMPARE(listJson().size(), 1);
}

void TestEvidenceCommand::wrongArguments()
{
    const QString a = file(u"a.pdf"_s, "a");
    struct Case
    {
        QStringList arguments;
        int exitCode;
        QString inError;
    };
    const QList<Case> cases = {
        { { u"evidence"_s }, 2, u"Missing action"_s },
        { { u"evidence"_s, u"frobnicate"_s }, 2, u"frobnicate"_s },
        { { u"evidence"_s, u"add"_s, a }, 2, u"--to"_s },
        { { u"evidence"_s, u"add"_s, a, u"--to"_s, u"somebody"_s }, 2, u"somebody"_s },
        { { u"evidence"_s, u"add"_s, a, u"--to"_s, u"person:NOBODY"_s, u"--year"_s, u"2024-2025"_s }, 1, u"NOBODY"_s },
        { { u"evidence"_s, u"add"_s, a, u"--to"_s, u"person:GV001"_s }, 1, u"school year"_s },
        { { u"evidence"_s, u"add"_s, a, u"--to"_s, u"person:GV001"_s, u"--year"_s, u"1999-2000"_s }, 1, u"1999"_s },
        { { u"evidence"_s,
              u"add"_s,
              m_dir->filePath(u"files/none.pdf"_s),
              u"--to"_s,
              u"person:GV001"_s,
              u"--year"_s,
              u"2024-2025"_s },
            1,
            u"none.pdf"_s },
        { { u"evidence"_s,
              u"add"_s,
              a,
              u"--to"_s,
              u"person:GV001"_s,
              u"--year"_s,
              u"2024-2025"_s,
              u"--date"_s,
              u"31/02/2025"_s },
            2,
            u"31/02/2025"_s },
        { { u"evidence"_s, u"list"_s, u"--format"_s, u"xml"_s }, 2, u"xml"_s },
        { { u"evidence"_s, u"export"_s, u"99"_s, u"--out"_s, m_dir->filePath(u"x"_s) }, 1, u"99"_s },
        { { u"evidence"_s, u"unlink"_s, u"CN-77"_s, u"--to"_s, u"person:GV001"_s }, 1, u"CN-77"_s },
        { { u"check"_s, u"extra"_s }, 2, u"check"_s },
    };
    for (const Case& c : cases) {
        const CliRun run = cli(c.arguments);
        QVERIFY2(run.exitCode == c.exitCode, qPrintable(c.arguments.join(u' ') + u" → "_s + run.err));
        QVERIFY2(run.err.contains(c.inError), qPrintable(run.err));
    }
    QCOMPARE(listJson().size(), 0);
    QCOMPARE(filesUnder(store().root()), QStringList());
    // check never creates the file it was asked to check.
    const QString none = m_dir->filePath(u"none.sqlite"_s);
    const CliRun missing = cliWith({ u"--db"_s, none, u"check"_s });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(u"none.sqlite"_s));
    QVERIFY(!QFileInfo::exists(none));
}

void TestEvidenceCommand::sizeLimit()
{
    {
        auto db = Database::open(m_dbPath);
        QVERIFY(db.ok());
        QVERIFY(EvidenceService((*db)->connection(), store()).setSizeLimit(1000).ok());
    }
    const CliRun refused = cli({ u"evidence"_s,
        u"add"_s,
        file(u"video.mp4"_s, patternBytes(1001, 3)),
        u"--to"_s,
        u"person:GV001"_s,
        u"--year"_s,
        u"2024-2025"_s });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains(u"video.mp4"_s));
    QVERIFY(!QFileInfo::exists(store().root()));
    QCOMPARE(cli({ u"evidence"_s,
                     u"add"_s,
                     file(u"ok.mp4"_s, patternBytes(1000, 3)),
                     u"--to"_s,
                     u"person:GV001"_s,
                     u"--year"_s,
                     u"2024-2025"_s })
                 .exitCode,
        0);

    // The limit set from the command line: shown, changed, refused when it is not a size.
    const CliRun shown = cli({ u"evidence"_s, u"limit"_s });
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains(u"1000 byte"_s), qPrintable(shown.out));
    const CliRun set = cli({ u"evidence"_s, u"limit"_s, u"1"_s });
    QCOMPARE(set.exitCode, 0);
    QVERIFY2(set.out.contains(u"1,0 MB"_s), qPrintable(set.out));
    QCOMPARE(cli({ u"evidence"_s, u"limit"_s, u"-3"_s }).exitCode, 2);
    QCOMPARE(cli({ u"evidence"_s, u"limit"_s, u"nhiều"_s }).exitCode, 2);
    QCOMPARE(cli({ u"evidence"_s,
                     u"add"_s,
                     file(u"bigger.mp4"_s, patternBytes(1024 * 1024 - 1, 5)),
                     u"--to"_s,
                     u"person:GV001"_s,
                     u"--year"_s,
                     u"2024-2025"_s })
                 .exitCode,
        0);
}

void TestEvidenceCommand::check()
{
    const QString big = file(u"scan.pdf"_s, patternBytes(3000000, 8));
    QCOMPARE(cli({ u"evidence"_s,
                     u"add"_s,
                     big,
                     file(u"small.txt"_s, "small"),
                     u"--to"_s,
                     u"person:GV001"_s,
                     u"--year"_s,
                     u"2024-2025"_s })
                 .exitCode,
        0);
    const CliRun clean = cli({ u"check"_s });
    QVERIFY2(clean.exitCode == 0, qPrintable(clean.out + clean.err));
    QVERIFY(clean.out.contains(u"2 evidence file(s)"_s));
    QVERIFY(clean.out.contains(u"0 error(s), 0 warning(s)"_s));

    const QString sha = sha256sum(big);
    const QString object = store().objectPath(sha);
    QFile::setPermissions(object, QFile::ReadOwner | QFile::WriteOwner);
    QByteArray bytes = readBytes(object);
    bytes[2000000] = char(bytes.at(2000000) ^ 0x80);
    QVERIFY(writeBytes(object, bytes));
    const CliRun altered = cli({ u"check"_s });
    QCOMPARE(altered.exitCode, 1);
    QVERIFY(altered.out.contains(u"Error: Evidence CN-01 (“scan.pdf”)"_s));
    QVERIFY(altered.out.contains(sha));
    QVERIFY(altered.out.contains(sha256sum(object)));

    QVERIFY(QFile::remove(object));
    const CliRun missing = cli({ u"check"_s });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.out.contains(u"missing"_s));
    QVERIFY(missing.out.contains(u"CN-01"_s));

    // Back to a whole store, with one file no evidence uses: a warning only.
    QVERIFY(writeBytes(object, readBytes(big)));
    QVERIFY(writeBytes(store().objectPath(QString(64, u'f')), "orphan"));
    const CliRun orphan = cli({ u"check"_s });
    QVERIFY2(orphan.exitCode == 0, qPrintable(orphan.out));
    QVERIFY(orphan.out.contains(u"Warning: "_s));
    QVERIFY(orphan.out.contains(u"0 error(s), 1 warning(s)"_s));
    QVERIFY(QFileInfo::exists(store().objectPath(QString(64, u'f')))); // younger than an hour: kept
}

void TestEvidenceCommand::killedBetweenObjectAndRow()
{
    const QString a = file(u"a.pdf"_s, "first file");
    const QString b = file(u"b.pdf"_s, "second file");
    const CliRun killed =
        cli({ u"evidence"_s, u"add"_s, a, b, u"--to"_s, u"person:GV001"_s, u"--year"_s, u"2024-2025"_s }, "stored");
    QCOMPARE(killed.exitCode, -1); // died by SIGKILL
    QStringList expected { sha256sum(a), sha256sum(b) };
    expected.sort();
    QCOMPARE(store().objects(), expected);
    QCOMPARE(listJson().size(), 0);
    // Nothing points at a missing file; the two objects are warnings.
    const CliRun checked = cli({ u"check"_s });
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.out));
    QVERIFY(checked.out.contains(u"0 error(s), 2 warning(s)"_s));
    // The next start (an hour later, as far as the files' age goes) removes them.
    {
        auto db = Database::open(m_dbPath);
        QVERIFY(db.ok());
        auto cleaned =
            EvidenceService((*db)->connection(), store())
                .cleanOrphans(QDateTime::currentDateTimeUtc().addSecs(EvidenceService::OrphanGraceSeconds + 5));
        QVERIFY(cleaned.ok());
        QCOMPARE(*cleaned, 2);
    }
    QCOMPARE(filesUnder(store().root()), QStringList());
    // And the add, done again, is whole.
    QCOMPARE(
        cli({ u"evidence"_s, u"add"_s, a, b, u"--to"_s, u"person:GV001"_s, u"--year"_s, u"2024-2025"_s }).exitCode, 0);
    QCOMPARE(listJson().size(), 2);
    QCOMPARE(cli({ u"check"_s }).exitCode, 0);
}

void TestEvidenceCommand::killedInTheMiddleOfACopy()
{
    const QString big = file(u"video.mp4"_s, patternBytes(3 * 1024 * 1024, 6));
    const CliRun killed =
        cli({ u"evidence"_s, u"add"_s, big, u"--to"_s, u"person:GV001"_s, u"--year"_s, u"2024-2025"_s }, "writing");
    QCOMPARE(killed.exitCode, -1);
    QCOMPARE(store().objects(), QStringList());
    QCOMPARE(store().strayFiles().size(), 1); // the half-written temporary file
    QVERIFY(store().strayFiles().constFirst().startsWith(u"tmp/"_s));
    const CliRun checked = cli({ u"check"_s });
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.out));
    QVERIFY(checked.out.contains(u"0 error(s), 1 warning(s)"_s));
    {
        auto db = Database::open(m_dbPath);
        QVERIFY(db.ok());
        auto cleaned =
            EvidenceService((*db)->connection(), store())
                .cleanOrphans(QDateTime::currentDateTimeUtc().addSecs(EvidenceService::OrphanGraceSeconds + 5));
        QVERIFY(cleaned.ok());
        QCOMPARE(*cleaned, 1);
    }
    QCOMPARE(filesUnder(store().root()), QStringList());
}

QTEST_GUILESS_MAIN(TestEvidenceCommand)
#include "TestEvidenceCommand.moc"
