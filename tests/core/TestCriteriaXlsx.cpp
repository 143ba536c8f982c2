// Criteria sets as .xlsx (CriteriaXlsx): every built-in set written and read back is the same set; openpyxl, reading
// the file on its own, sees one row per item with the code, level, kind and threshold; a wrong workbook is refused with
// its sheet, row and column.
#include "core/criteria/CriteriaSetBuiltIns.h"
#include "core/criteria/CriteriaXlsx.h"
#include "core/spreadsheet/XlsxWriter.h"
#include "tests/support/RequiredTool.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace thidua;

class TestCriteriaXlsx : public QObject
{
    Q_OBJECT

private slots:
    void builtInsRoundTrip();
    void openpyxlReadsTheRows();
    void refused_data();
    void refused();

private:
    QTemporaryDir m_dir;
};

void TestCriteriaXlsx::builtInsRoundTrip()
{
    auto sets = CriteriaSetBuiltIns::all();
    QVERIFY(sets.ok());
    QCOMPARE(sets->size(), 9);
    for (const CriteriaSet& set : std::as_const(*sets)) {
        const QString path = m_dir.filePath(set.key + QStringLiteral(".xlsx"));
        QVERIFY(CriteriaXlsx::write(set, path).ok());
        auto again = CriteriaXlsx::read(path);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
        QVERIFY2(again->sameContent(set), qPrintable(set.key));
    }
}

void TestCriteriaXlsx::openpyxlReadsTheRows()
{
    QString python;
    for (const QString& candidate : { QStringLiteral("/usr/bin/python3"), QStringLiteral("python3") }) {
        if (QProcess::execute(candidate, { QStringLiteral("-c"), QStringLiteral("import openpyxl") }) == 0) {
            python = candidate;
            break;
        }
    }
    THIDUA_REQUIRE_TOOL(!python.isEmpty(), "python3 with openpyxl is not installed (apt-get install python3-openpyxl)");
    auto sets = CriteriaSetBuiltIns::all();
    QVERIFY(sets.ok());
    const auto set = std::find_if(sets->begin(), sets->end(), [](const CriteriaSet& s) {
        return s.key == QStringLiteral("don-vi-hoc-tap-cap-huyen");
    });
    QVERIFY(set != sets->end());
    const QString path = m_dir.filePath(QStringLiteral("dvht.xlsx"));
    QVERIFY(CriteriaXlsx::write(*set, path).ok());
    QProcess process;
    process.start(python,
        { QStringLiteral("-c"),
            QStringLiteral("import openpyxl,sys\n"
                           "wb=openpyxl.load_workbook(sys.argv[1])\n"
                           "ws=wb['Tiêu chí']\n"
                           "rows=list(ws.iter_rows(values_only=True))\n"
                           "print(len(rows)-1)\n"
                           "for r in rows:\n"
                           "  if r[0] in ('H1.TC2.CT1','H2.TC3.CT1.b','H1.TC1'):\n"
                           "    print('|'.join(str(v) for v in r[:5]), r[8])\n"
                           "print(wb['Bộ tiêu chí']['B2'].value)\n"),
            path });
    QVERIFY(process.waitForFinished(30000));
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("34")); // 5 tiêu chí, 2 chỉ tiêu with chỉ số, 27 leaves
    QVERIFY(lines.value(1).startsWith(QStringLiteral("H1.TC1|tiêu chí|Tiêu chí 1: Về điều kiện xây dựng")));
    QVERIFY(lines.value(1).endsWith(QStringLiteral("|nhóm|None None")));
    QVERIFY(lines.value(2).startsWith(QStringLiteral("H1.TC2.CT1|chỉ tiêu|Chỉ tiêu 1: Tối thiểu 90% Thành viên")));
    QVERIFY(lines.value(2).endsWith(QStringLiteral("|tỷ lệ %|90 None")));
    QVERIFY(lines.value(3).startsWith(QStringLiteral("H2.TC3.CT1.b|chỉ số|Tỷ lệ Người học")));
    QVERIFY(lines.value(3).endsWith(QStringLiteral("|tỷ lệ %|97 x")));
    QCOMPARE(lines.value(4), QStringLiteral("don-vi-hoc-tap-cap-huyen"));
}

void TestCriteriaXlsx::refused_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("error");
    QTest::newRow("no set sheet") << 1
                                  << QStringLiteral(": A criteria set workbook has the sheets “Tiêu chí” and "
                                                    "“Bộ tiêu chí”; this one has not.");
    QTest::newRow("unknown kind") << 2
                                  << QStringLiteral(":Tiêu chí:2:4: the kind must be nhóm, đạt/không đạt, điểm, "
                                                    "tỷ lệ % or số lượng.");
    QTest::newRow("threshold not a number") << 3
                                            << QStringLiteral(":Tiêu chí:3:5: a whole number from 0 to 1000000 "
                                                              "is needed here.");
    QTest::newRow("wrong header") << 4 << QStringLiteral(":Tiêu chí:1:3: the column must be headed “Nội dung”.");
    QTest::newRow("bad rule") << 5 << QStringLiteral(":Bộ tiêu chí:2:2: the rule must be all_pass, points or levels.");
}

void TestCriteriaXlsx::refused()
{
    QFETCH(int, change);
    QFETCH(QString, error);
    const QString path = m_dir.filePath(QStringLiteral("bad%1.xlsx").arg(change));
    XlsxWriter writer;
    writer.addSheet(CriteriaXlsx::itemSheetName());
    const QStringList headers { QStringLiteral("Mã"),
        QStringLiteral("Cấp"),
        change == 4 ? QStringLiteral("Tên") : QStringLiteral("Nội dung"),
        QStringLiteral("Loại"),
        QStringLiteral("Tối đa / ngưỡng"),
        QStringLiteral("Đơn vị đếm"),
        QStringLiteral("Minh chứng"),
        QStringLiteral("Mức độ"),
        QStringLiteral("Cần đối chiếu văn bản gốc"),
        QStringLiteral("Lý do cần đối chiếu") };
    for (int c = 0; c < headers.size(); ++c)
        writer.writeText(0, c, headers[c]);
    writer.writeText(1, 0, QStringLiteral("TC1"));
    writer.writeText(1, 1, QStringLiteral("tiêu chí"));
    writer.writeText(1, 2, QStringLiteral("Nội dung"));
    writer.writeText(1, 3, change == 2 ? QStringLiteral("thang điểm") : QStringLiteral("tỷ lệ %"));
    writer.writeNumber(1, 4, 90);
    writer.writeText(2, 0, QStringLiteral("TC2"));
    writer.writeText(2, 1, QStringLiteral("tiêu chí"));
    writer.writeText(2, 2, QStringLiteral("Nội dung"));
    writer.writeText(2, 3, QStringLiteral("số lượng"));
    writer.writeText(2, 4, change == 3 ? QStringLiteral("một") : QStringLiteral("1"));
    if (change != 1) {
        writer.addSheet(CriteriaXlsx::setSheetName());
        const QStringList rows { QStringLiteral("Định dạng"),
            QStringLiteral("Quy tắc"),
            QStringLiteral("Khóa"),
            QStringLiteral("Tên"),
            QStringLiteral("Đối tượng") };
        const QStringList values { QStringLiteral("thidua-criteria 1"),
            change == 5 ? QStringLiteral("tất cả") : QStringLiteral("all_pass"),
            QStringLiteral("k"),
            QStringLiteral("Bộ thử"),
            QStringLiteral("school") };
        for (int r = 0; r < rows.size(); ++r) {
            writer.writeText(r, 0, rows[r]);
            writer.writeText(r, 1, values[r]);
        }
    }
    QVERIFY(writer.save(path).ok());
    auto set = CriteriaXlsx::read(path);
    QVERIFY(!set.ok());
    QCOMPARE(set.error().toString(), path + error);
}

QTEST_GUILESS_MAIN(TestCriteriaXlsx)
#include "TestCriteriaXlsx.moc"
