// thidua-cli import people / export people end to end: the committed samples of tests/data/import (made by
// tests/data/import/make_samples.sh) through real processes on real database files.
#include "core/spreadsheet/WorkbookReader.h"
#include "tests/support/CliRun.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using namespace Qt::StringLiterals;

namespace {

using Run = thidua::test::CliRun;

Run cli(const QStringList& arguments, const QString& language = u"en"_s)
{
    return thidua::test::runCli(arguments, language);
}

QString sample(const QString& name)
{
    return QStringLiteral(THIDUA_TEST_DATA "/import/") + name;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The last line of the output: the summary.
QString summaryOf(const Run& run)
{
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.constLast().trimmed();
}

// Problem lines: "sheet:row:column: message".
QStringList problemsOf(const Run& run)
{
    static const QRegularExpression problem(u"^[^:\\n]+:\\d+:\\d+: "_s);
    QStringList out;
    for (const QString& line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (problem.match(line).hasMatch())
            out.append(line);
    }
    return out;
}

} // namespace

class TestImportCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void samples_data();
    void samples();
    void legacyBytesAreReal();
    void legacyEncodingsGiveSameNames();
    void reimportUpdatesInsteadOfDuplicating();
    void badRowsLeaveDatabaseUnchanged();
    void skipBadRows();
    void dryRunChangesNothing();
    void nothingLeftOnNewPath();
    void classesAndGroupsForYear();
    void sheetChoice();
    void roundTrip_data();
    void roundTrip();
    void failures_data();
    void failures();
    void usageErrors_data();
    void usageErrors();
    void vietnameseMessages();
    void implausibleAgesWarned();

private:
    QString newDatabase(const QString& name = u"school.sqlite"_s);
    QString peopleCsv(const QString& db);
    // code → tổ / lớp in that year, from `export people --year`.
    QMap<QString, QString> groupsOf(const QString& db, const QString& year);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestImportCommand::newDatabase(const QString& name)
{
    const QString db = m_dir->filePath(name);
    const Run run = cli({ u"--db"_s, db, u"school"_s, u"show"_s });
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return db;
}

QString TestImportCommand::peopleCsv(const QString& db)
{
    const Run run = cli({ u"--db"_s, db, u"people"_s, u"list"_s, u"--format"_s, u"csv"_s });
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return run.out;
}

QMap<QString, QString> TestImportCommand::groupsOf(const QString& db, const QString& year)
{
    const QString out = m_dir->filePath(u"groups.csv"_s);
    const Run run = cli({ u"--db"_s, db, u"export"_s, u"people"_s, u"--year"_s, year, u"--out"_s, out });
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(run.err));
        return {};
    }
    auto book = WorkbookReader::read(out);
    if (!book || book->sheets.isEmpty())
        return {};
    const Sheet& sheet = book->sheets.constFirst();
    QMap<QString, QString> groups;
    int code = -1, group = -1;
    for (int c = 0; c < sheet.columnCount(); ++c) {
        if (sheet.cell(0, c).text == u"Mã"_s)
            code = c;
        if (sheet.cell(0, c).text == u"Tổ/Lớp"_s)
            group = c;
    }
    for (int r = 1; r < sheet.rowCount(); ++r)
        groups.insert(sheet.cell(r, code).text, sheet.cell(r, group).text);
    return groups;
}

void TestImportCommand::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("people");

    const QString staff = u"expected_staff.csv"_s;
    QTest::newRow("xlsx: titles, merged cells, STT, blank row, totals")
        << u"staff_title_merged.xlsx"_s << QStringList() << staff << 14;
    QTest::newRow("xls (LibreOffice)") << u"staff_title_merged.xls"_s << QStringList() << staff << 14;
    QTest::newRow("xlsx: header variants, one sheet per tổ")
        << u"staff_variants.xlsx"_s << QStringList() << staff << 14;
    QTest::newRow("xlsx typed in .VnTime (TCVN3)") << u"staff_vntime.xlsx"_s << QStringList() << staff << 14;
    QTest::newRow("xlsx: one sheet per class")
        << u"students_by_class.xlsx"_s << QStringList() << u"expected_students.csv"_s << 15;
    QTest::newRow("csv utf-8") << u"staff_utf8.csv"_s << QStringList() << staff << 14;
    // What school-management systems export under an .xls name (tests/data/import/make_web_exports.py).
    QTest::newRow("web page (HTML) named .xls, utf-8") << u"staff_web_utf8.xls"_s << QStringList() << staff << 14;
    QTest::newRow("web page (HTML) named .xls, windows-1258")
        << u"staff_web_cp1258.xls"_s << QStringList() << staff << 14;
    QTest::newRow("Excel 2003 XML named .xls") << u"staff_xml2003.xls"_s << QStringList() << staff << 14;
    QTest::newRow("csv utf-8 bom, semicolons") << u"staff_utf8_bom.csv"_s << QStringList() << staff << 14;
    QTest::newRow("txt utf-16, tabs") << u"staff_utf16.txt"_s << QStringList() << staff << 14;
    QTest::newRow("csv nfd") << u"staff_nfd.csv"_s << QStringList() << staff << 14;
    QTest::newRow("csv cp1258") << u"staff_cp1258.csv"_s << QStringList() << staff << 14;
    QTest::newRow("csv tcvn3") << u"staff_tcvn3.csv"_s << QStringList() << staff << 14;
    QTest::newRow("csv vni") << u"staff_vni.csv"_s << QStringList() << staff << 14;
    QTest::newRow("csv cp1258, --encoding")
        << u"staff_cp1258.csv"_s << QStringList { u"--encoding"_s, u"cp1258"_s } << staff << 14;
    QTest::newRow("csv tcvn3, --encoding")
        << u"staff_tcvn3.csv"_s << QStringList { u"--encoding"_s, u"tcvn3"_s } << staff << 14;
    QTest::newRow("csv vni, --encoding") << u"staff_vni.csv"_s << QStringList { u"--encoding"_s, u"vni"_s } << staff
                                         << 14;
    QTest::newRow("txt utf-16, --encoding")
        << u"staff_utf16.txt"_s << QStringList { u"--encoding"_s, u"utf16"_s } << staff << 14;
    QTest::newRow("xlsx .VnTime, --encoding")
        << u"staff_vntime.xlsx"_s << QStringList { u"--encoding"_s, u"tcvn3"_s } << staff << 14;
}

void TestImportCommand::samples()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    QFETCH(QString, expected);
    QFETCH(int, people);

    const QString db = newDatabase();
    const Run run = cli(QStringList { u"--db"_s, db, u"import"_s, u"people"_s, sample(file) } + options);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QCOMPARE(problemsOf(run), QStringList());
    QCOMPARE(summaryOf(run), QStringLiteral("added %1, updated 0, skipped 0, errors 0").arg(people));
    QVERIFY2(run.err.contains(u"--year"_s), qPrintable(run.err)); // the tổ / lớp column is not recorded without it
    QCOMPARE(peopleCsv(db), QString::fromUtf8(readAll(sample(expected))));
}

void TestImportCommand::legacyBytesAreReal()
{
    // The legacy samples hold the bytes the old keyboards wrote ("Nguyễn Văn"), not UTF-8.
    QVERIFY(readAll(sample(u"staff_tcvn3.csv"_s)).contains("Nguy\xD4n V\xA8n"));
    QVERIFY(readAll(sample(u"staff_vni.csv"_s)).contains("Nguye\xE3n Va\xEAn"));
    QVERIFY(readAll(sample(u"staff_cp1258.csv"_s)).contains("Nguy\xEA\xDEn V\xE3n"));
    const QByteArray nfd = readAll(sample(u"staff_nfd.csv"_s));
    QVERIFY(nfd.contains("Nguye\xCC\x82\xCC\x83n")); // e + combining circumflex + combining tilde
    QVERIFY(!nfd.contains("\xE1\xBB\x85")); // no precomposed ễ
    QVERIFY(readAll(sample(u"staff_utf16.txt"_s)).startsWith("\xFF\xFE"));
    QVERIFY(readAll(sample(u"staff_utf8_bom.csv"_s)).startsWith("\xEF\xBB\xBF"));
    QVERIFY(!readAll(sample(u"staff_utf8.csv"_s)).startsWith("\xEF\xBB\xBF"));
}

void TestImportCommand::legacyEncodingsGiveSameNames()
{
    // Every encoding comes out as the same NFC names.
    QString reference;
    for (const QString& file : { u"staff_utf8.csv"_s,
             u"staff_tcvn3.csv"_s,
             u"staff_vni.csv"_s,
             u"staff_cp1258.csv"_s,
             u"staff_nfd.csv"_s,
             u"staff_vntime.xlsx"_s }) {
        const QString db = newDatabase(file + u".sqlite"_s);
        const Run run = cli({ u"--db"_s, db, u"import"_s, u"people"_s, sample(file) });
        QVERIFY2(run.exitCode == 0, qPrintable(file + run.err));
        const QString list = peopleCsv(db);
        QCOMPARE(list, list.normalized(QString::NormalizationForm_C));
        QVERIFY(list.contains(u"Phạm Thị Ngọc Ánh"_s));
        QVERIFY(list.contains(u"Lương Thị Hương"_s));
        QVERIFY(list.contains(u"Trương Công Ước"_s));
        if (reference.isEmpty())
            reference = list;
        QCOMPARE(list, reference);
    }
}

void TestImportCommand::reimportUpdatesInsteadOfDuplicating()
{
    const QString db = newDatabase();
    QCOMPARE(cli({ u"--db"_s, db, u"import"_s, u"people"_s, sample(u"staff_utf8.csv"_s) }).exitCode, 0);
    const QString first = peopleCsv(db);

    // The same people from another file: matched by code, nothing changes.
    Run run = cli({ u"--db"_s, db, u"import"_s, u"people"_s, sample(u"staff_title_merged.xlsx"_s) });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(summaryOf(run), u"added 0, updated 0, skipped 14, errors 0"_s);
    QCOMPARE(peopleCsv(db), first);

    // A changed position and a corrected name update the same people.
    QString text = QString::fromUtf8(readAll(sample(u"staff_utf8.csv"_s)));
    text.replace(u"GV003,Lê Hoàng Long,25/07/1985,Nam,Tổ trưởng"_s, u"GV003,Lê Hoàng Long,25/07/1985,Nam,Giáo viên"_s);
    text.replace(u"Bùi Thị Yến"_s, u"Bùi Thị Hải Yến"_s);
    const QString changed = m_dir->filePath(u"changed.csv"_s);
    QFile file(changed);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
    run = cli({ u"--db"_s, db, u"import"_s, u"people"_s, changed });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(summaryOf(run), u"added 0, updated 2, skipped 12, errors 0"_s);
    const QString after = peopleCsv(db);
    QCOMPARE(after.count(u'\n'), first.count(u'\n'));
    QVERIFY(after.contains(u"GV003,Lê,Hoàng,Long,Lê Hoàng Long,male,1985-07-25,staff,Giáo viên,"_s));
    QVERIFY(after.contains(u"GV008,Bùi,Thị Hải,Yến,Bùi Thị Hải Yến,female,1983-08-15,staff,Giáo viên,"_s));

    // Without codes, by full name + date of birth.
    QString noCodes = text;
    noCodes.replace(QRegularExpression(u",GV0\\d\\d,"_s), u",,"_s);
    noCodes.replace(u"Đỗ Quang Huy,30/05/1988,Nam,Giáo viên"_s, u"Đỗ Quang Huy,30/05/1988,Nam,Tổ phó"_s);
    QFile file2(m_dir->filePath(u"nocodes.csv"_s));
    QVERIFY(file2.open(QIODevice::WriteOnly));
    file2.write(noCodes.toUtf8());
    file2.close();
    run = cli({ u"--db"_s, db, u"import"_s, u"people"_s, file2.fileName() });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(summaryOf(run), u"added 0, updated 1, skipped 13, errors 0"_s);
    const QString last = peopleCsv(db);
    QCOMPARE(last.count(u'\n'), first.count(u'\n'));
    QVERIFY(last.contains(u"GV005,Đỗ,Quang,Huy,Đỗ Quang Huy,male,1988-05-30,staff,Tổ phó,"_s)); // the code is kept
}

void TestImportCommand::badRowsLeaveDatabaseUnchanged()
{
    const QString db = newDatabase();
    QCOMPARE(cli({ u"--db"_s, db, u"import"_s, u"people"_s, sample(u"staff_utf8.csv"_s) }).exitCode, 0);
    const QByteArray before = thidua::test::fileHash(db);
    QVERIFY(!before.isEmpty());

    // Also with a school year that does not exist yet: it is not created either.
    const Run run =
        cli({ u"--db"_s, db, u"import"_s, u"people"_s, sample(u"staff_bad_rows.csv"_s), u"--year"_s, u"2030-2031"_s });
    QCOMPARE(run.exitCode, 1);
    const QStringList problems = problemsOf(run);
    QCOMPARE(problems.size(), 3);
    QVERIFY2(problems.at(0).startsWith(u"staff_bad_rows:3:4: "_s), qPrintable(problems.at(0)));
    QVERIFY(problems.at(0).contains(u"31/02/1984"_s));
    QVERIFY2(problems.at(1).startsWith(u"staff_bad_rows:4:3: "_s), qPrintable(problems.at(1)));
    QVERIFY2(problems.at(2).startsWith(u"staff_bad_rows:6:2: "_s), qPrintable(problems.at(2)));
    QVERIFY(problems.at(2).contains(u"B01"_s));
    QCOMPARE(summaryOf(run), u"added 0, updated 0, skipped 5, errors 3"_s);
    QVERIFY(run.err.contains(u"nothing was imported"_s));
    QCOMPARE(thidua::test::fileHash(db), before);
    QVERIFY(!QFile::exists(db + u"-wal"_s) || QFileInfo(db + u"-wal"_s).size() == 0);
}

void TestImportCommand::skipBadRows()
{
    const QString db = newDatabase();
    const Run run =
        cli({ u"--db"_s, db, u"import"_s, u"people"_s, sample(u"staff_bad_rows.csv"_s), u"--skip-bad-rows"_s });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(problemsOf(run).size(), 3);
    QCOMPARE(summaryOf(run), u"added 2, updated 0, skipped 3, errors 3"_s);
    const QString list = peopleCsv(db);
    QCOMPARE(list.count(u'\n'), 3);
    QVERIFY(list.contains(u"B01,Nguyễn,Thị,Lan,"_s));
    QVERIFY(list.contains(u"B04,Phạm,Minh,Châu,"_s));
}

void TestImportCommand::dryRunChangesNothing()
{
    const QString db = newDatabase();
    const QByteArray before = thidua::test::fileHash(db);
    const Run run = cli({ u"--db"_s,
        db,
        u"import"_s,
        u"people"_s,
        sample(u"students_by_class.xlsx"_s),
        u"--year"_s,
        u"2024-2025"_s,
        u"--dry-run"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(summaryOf(run), u"added 15, updated 0, skipped 0, errors 0"_s);
    QVERIFY(run.err.contains(u"Dry run"_s));
    QCOMPARE(thidua::test::fileHash(db), before);
    QCOMPARE(peopleCsv(db).count(u'\n'), 1);

    // A dry run of a file with errors says so by its exit code, and changes nothing either.
    const Run bad = cli({ u"--db"_s, db, u"import"_s, u"people"_s, sample(u"staff_bad_rows.csv"_s), u"--dry-run"_s });
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(thidua::test::fileHash(db), before);
}

void TestImportCommand::nothingLeftOnNewPath()
{
    // A dry run, or a command that fails, on a database file that does not exist yet leaves no file behind; an
    // import that succeeds creates it.
    const QString db = m_dir->filePath(u"new.sqlite"_s);
    QVERIFY(!QFile::exists(db));
    const Run dry = cli({ u"--db"_s, db, u"import"_s, u"people"_s, sample(u"staff_utf8.csv"_s), u"--dry-run"_s });
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    QCOMPARE(summaryOf(dry), u"added 14, updated 0, skipped 0, errors 0"_s);
    const Run bad = cli({ u"--db"_s, db, u"import"_s, u"people"_s, sample(u"staff_bad_rows.csv"_s) });
    QCOMPARE(bad.exitCode, 1);
    // Any command that fails leaves none either (here an export of a school year the new database lacks).
    const Run export_ = cli({ u"--db"_s,
        db,
        u"export"_s,
        u"people"_s,
        u"--year"_s,
        u"2030-2031"_s,
        u"--out"_s,
        m_dir->filePath(u"x.csv"_s) });
    QCOMPARE(export_.exitCode, 1);
    QCOMPARE(QDir(m_dir->path()).entryList({ u"new.sqlite*"_s }), QStringList());
    const Run good = cli({ u"--db"_s, db, u"import"_s, u"people"_s, sample(u"staff_utf8.csv"_s) });
    QVERIFY2(good.exitCode == 0, qPrintable(good.err));
    QVERIFY(QFile::exists(db));
    QCOMPARE(peopleCsv(db).count(u'\n'), 15);
}

void TestImportCommand::classesAndGroupsForYear()
{
    const QString db = newDatabase();
    Run run = cli(
        { u"--db"_s, db, u"import"_s, u"people"_s, sample(u"students_by_class.xlsx"_s), u"--year"_s, u"2024-2025"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.err.contains(u"Tổng hợp"_s)); // the summary sheet is left out, and said so
    run = cli(
        { u"--db"_s, db, u"import"_s, u"people"_s, sample(u"staff_title_merged.xlsx"_s), u"--year"_s, u"2024-2025"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // Everybody is in the tổ or class of the file (created as they came), for that year only.
    QMap<QString, QString> expected;
    const QStringList lines = QString::fromUtf8(readAll(sample(u"expected_groups.csv"_s))).split(u"\r\n"_s);
    for (const QString& line : lines.mid(1)) {
        if (!line.isEmpty())
            expected.insert(line.section(u',', 0, 0), line.section(u',', 1));
    }
    QCOMPARE(expected.size(), 29);
    QCOMPARE(groupsOf(db, u"2024-2025"_s), expected);

    // Another year: nobody is in a class yet.
    QVERIFY(cli({ u"--db"_s, db, u"import"_s, u"people"_s, sample(u"staff_utf8.csv"_s), u"--year"_s, u"2025-2026"_s })
                .exitCode
        == 0);
    const QMap<QString, QString> next = groupsOf(db, u"2025-2026"_s);
    QCOMPARE(next.value(u"GV003"_s), u"Toán - Tin"_s); // tổ last over the years
    QCOMPARE(next.value(u"0123450001"_s), QString()); // classes are per year

    // The same list again adds no collectives nor memberships.
    run = cli(
        { u"--db"_s, db, u"import"_s, u"people"_s, sample(u"students_by_class.xlsx"_s), u"--year"_s, u"2024-2025"_s });
    QCOMPARE(summaryOf(run), u"added 0, updated 0, skipped 15, errors 0"_s);
    QCOMPARE(groupsOf(db, u"2024-2025"_s), expected);
}

void TestImportCommand::sheetChoice()
{
    const QString db = newDatabase();
    Run run =
        cli({ u"--db"_s, db, u"import"_s, u"people"_s, sample(u"students_by_class.xlsx"_s), u"--sheet"_s, u"10A2"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(summaryOf(run), u"added 5, updated 0, skipped 0, errors 0"_s);
    run = cli({ u"--db"_s, db, u"import"_s, u"people"_s, sample(u"students_by_class.xlsx"_s), u"--sheet"_s, u"3"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(summaryOf(run), u"added 5, updated 0, skipped 0, errors 0"_s);
    QVERIFY(peopleCsv(db).contains(u"0123450011,Lâm,Gia,Huy,Lâm Gia Huy,male,2008-05-16,student,,"_s));
}

void TestImportCommand::roundTrip_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("xlsx") << u"xlsx"_s;
    QTest::newRow("csv") << u"csv"_s;
}

void TestImportCommand::roundTrip()
{
    QFETCH(QString, suffix);
    const QString db = newDatabase();
    for (const QString& file : { u"students_by_class.xlsx"_s, u"staff_title_merged.xlsx"_s }) {
        const Run run = cli({ u"--db"_s, db, u"import"_s, u"people"_s, sample(file), u"--year"_s, u"2024-2025"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    // Someone with everything filled in: a quote and a comma, a phone number with its 0, a note on two lines (the
    // reader makes every cell one line).
    const QString full = m_dir->filePath(u"full.csv"_s);
    QFile file(full);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("M\xC3\xA3,H\xE1\xBB\x8D v\xC3\xA0 t\xC3\xAAn,N\xC4\x83m sinh,Gi\xE1\xBB\x9Bi t\xC3\xADnh,Ch\xE1\xBB\xA9"
               "c v\xE1\xBB\xA5,T\xE1\xBB\x95,\xC4\x90i\xE1\xBB\x87n tho\xE1\xBA\xA1i,Email,Ghi ch\xC3\xBA\r\n"
               "NV9,Nguy\xE1\xBB\x85n Th\xE1\xBB\x8B O'Neil,1990,N\xE1\xBB\xAF,\"Nh\xC3\xA2n vi\xC3\xAAn, th\xC6\xB0 "
               "vi\xE1\xBB\x87n "
               "\"\"A\"\"\",V\xC4\x83n ph\xC3\xB2ng,0912345678,oneil@truong.edu.vn,\"D\xC3\xB2ng "
               "m\xE1\xBB\x99t\r\nD\xC3\xB2ng "
               "hai\"\r\n");
    file.close();
    Run added = cli({ u"--db"_s, db, u"import"_s, u"people"_s, full, u"--year"_s, u"2024-2025"_s });
    QVERIFY2(added.exitCode == 0, qPrintable(added.out + added.err));
    QCOMPARE(summaryOf(added), u"added 1, updated 0, skipped 0, errors 0"_s);

    const QString fresh = newDatabase(u"fresh.sqlite"_s);
    for (const QString& kind : { u"staff"_s, u"student"_s }) {
        const QString out = m_dir->filePath(kind + u'.' + suffix);
        Run run = cli({ u"--db"_s,
            db,
            u"export"_s,
            u"people"_s,
            u"--kind"_s,
            kind,
            u"--year"_s,
            u"2024-2025"_s,
            u"--out"_s,
            out });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // The kind is found from the file (the title, or the Lớp column) without --kind.
        run = cli({ u"--db"_s, fresh, u"import"_s, u"people"_s, out, u"--year"_s, u"2024-2025"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(problemsOf(run), QStringList());
    }
    QCOMPARE(peopleCsv(fresh), peopleCsv(db));
    QCOMPARE(groupsOf(fresh, u"2024-2025"_s), groupsOf(db, u"2024-2025"_s));
    // Every column, phone, e-mail and notes too: the two databases export the same bytes.
    for (const QString& kind : { u"staff"_s, u"student"_s }) {
        QByteArray exported[2];
        for (int i = 0; i < 2; ++i) {
            const QString out = m_dir->filePath(QStringLiteral("again%1.csv").arg(i));
            const Run run = cli({ u"--db"_s,
                i == 0 ? db : fresh,
                u"export"_s,
                u"people"_s,
                u"--kind"_s,
                kind,
                u"--year"_s,
                u"2024-2025"_s,
                u"--out"_s,
                out });
            QCOMPARE(run.exitCode, 0);
            exported[i] = readAll(out);
        }
        QCOMPARE(exported[1], exported[0]);
        if (kind == u"staff"_s) {
            const QString text = QString::fromUtf8(exported[0]);
            QVERIFY2(
                text.contains(
                    u",NV9,Nguyễn,Thị,O'Neil,Nguyễn Thị O'Neil,1990,Nữ,\"Nhân viên, thư viện \"\"A\"\"\",Văn phòng,"
                    u"0912345678,oneil@truong.edu.vn,\"Dòng một\nDòng hai\"\r\n"_s),
                qPrintable(text));
        }
    }
}

void TestImportCommand::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << QStringList { u"import"_s, u"people"_s, u"/nonexistent/list.xlsx"_s }
                                  << u"list.xlsx"_s;
    QTest::newRow("no such sheet") << QStringList {
        u"import"_s, u"people"_s, sample(u"students_by_class.xlsx"_s), u"--sheet"_s, u"12C9"_s
    } << u"10A1"_s;
    QTest::newRow("sheet without a list")
        << QStringList { u"import"_s, u"people"_s, sample(u"students_by_class.xlsx"_s), u"--sheet"_s, u"Tổng hợp"_s }
        << u"Tổng hợp"_s;
    QTest::newRow("file without a list") << QStringList { u"import"_s, u"people"_s, sample(u"expected_groups.csv"_s) }
                                         << u"Họ và tên"_s;
    // A file that is not a list says what it is, naming the file (the staff list printed to PDF, renamed).
    QTest::newRow("pdf named .xls") << QStringList { u"import"_s, u"people"_s, sample(u"staff_printed.xls"_s) }
                                    << u"staff_printed.xls: The file is a PDF document"_s;
    QTest::newRow("export: no such year")
        << QStringList { u"export"_s, u"people"_s, u"--out"_s, u"x.csv"_s, u"--year"_s, u"1999-2000"_s }
        << u"1999-2000"_s;
}

void TestImportCommand::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString db = newDatabase();
    const QByteArray before = thidua::test::fileHash(db);
    const Run run = cli(QStringList { u"--db"_s, db } + arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(thidua::test::fileHash(db), before);
}

void TestImportCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString file = sample(u"staff_utf8.csv"_s);
    QTest::newRow("import nothing") << QStringList { u"import"_s };
    QTest::newRow("import what") << QStringList { u"import"_s, u"staff"_s, file };
    QTest::newRow("no file") << QStringList { u"import"_s, u"people"_s };
    QTest::newRow("two files") << QStringList { u"import"_s, u"people"_s, file, file };
    QTest::newRow("bad kind") << QStringList { u"import"_s, u"people"_s, file, u"--kind"_s, u"teacher"_s };
    QTest::newRow("bad encoding") << QStringList { u"import"_s, u"people"_s, file, u"--encoding"_s, u"latin9"_s };
    QTest::newRow("bad year") << QStringList { u"import"_s, u"people"_s, file, u"--year"_s, u"năm nay"_s };
    QTest::newRow("unknown option") << QStringList { u"import"_s, u"people"_s, file, u"--force"_s };
    QTest::newRow("export nothing") << QStringList { u"export"_s };
    QTest::newRow("export without --out") << QStringList { u"export"_s, u"people"_s };
    QTest::newRow("export to pdf") << QStringList { u"export"_s, u"people"_s, u"--out"_s, u"x.pdf"_s };
    QTest::newRow("export bad kind") << QStringList {
        u"export"_s, u"people"_s, u"--out"_s, u"x.csv"_s, u"--kind"_s, u"all"_s
    };
}

void TestImportCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    const QString db = newDatabase();
    const QByteArray before = thidua::test::fileHash(db);
    const Run run = cli(QStringList { u"--db"_s, db } + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(thidua::test::fileHash(db), before);
}

void TestImportCommand::vietnameseMessages()
{
    const QString db = newDatabase();
    const Run run =
        cli({ u"--db"_s, db, u"import"_s, u"people"_s, sample(u"staff_bad_rows.csv"_s), u"--dry-run"_s }, u"vi"_s);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"không nhập gì"_s), qPrintable(run.err));
    QVERIFY2(problemsOf(run).at(0).contains(u"không phải là ngày sinh"_s), qPrintable(problemsOf(run).at(0)));
    // The summary line stays English: scripts read it.
    QCOMPARE(summaryOf(run), u"added 0, updated 0, skipped 5, errors 3"_s);
}

void TestImportCommand::implausibleAgesWarned()
{
    // A child of nine in 10A3 (issue 13): a warning at the date of birth, the row imported all the same.
    const QString db = newDatabase();
    QFile file(m_dir->filePath(u"lop10a3.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        u"STT,Họ và tên,Ngày sinh,Lớp\n1,Nguyễn Văn An,01/06/2016,10A3\n2,Lê Thị Bích,14/03/2010,10A3\n"_s.toUtf8());
    file.close();
    const Run run = cli({ u"--db"_s,
        db,
        u"import"_s,
        u"people"_s,
        file.fileName(),
        u"--kind"_s,
        u"student"_s,
        u"--year"_s,
        u"2025-2026"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(summaryOf(run), u"added 2, updated 0, skipped 0, errors 0"_s);
    const QStringList problems = problemsOf(run);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(u":2:3: warning: Aged 9 in the school year 2025-2026"_s),
        qPrintable(problems.constFirst()));
    QVERIFY2(problems.constFirst().contains(u"10A3"_s), qPrintable(problems.constFirst()));
}

QTEST_GUILESS_MAIN(TestImportCommand)
#include "TestImportCommand.moc"
