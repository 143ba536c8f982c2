// The committed samples of the spreadsheet reader (tests/data/spreadsheet) through the import dialog: the same
// three people in every text encoding and in every sheet of the .xlsx, .xls and LibreOffice .xlsx workbooks come
// out with the same NFC names, dates, genders and groups; the kind of list follows the sheet.
#include "tests/ui/ImportDialogTestBase.h"

using namespace thidua;
using namespace thidua::test;

class TestImportSamples : public ImportDialogTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { installVietnamese(); }
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }
    void committedSamples_data();
    void committedSamples();
    void committedWorkbooks_data();
    void committedWorkbooks();
    void sheetPerClass();
};

void TestImportSamples::committedSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding"); // what the dialog says it detected
    const QList<std::pair<const char*, const char*>> files { { "people.utf8.csv", "UTF-8" },
        { "people.utf8bom.csv", "UTF-8" },
        { "people.nfd.csv", "UTF-8" },
        { "people.utf16le.csv", "UTF-16" },
        { "people.utf16be.txt", "UTF-16" },
        { "people.cp1258.csv", "1258" },
        { "people.tcvn3.csv", "TCVN3" },
        { "people.vni.csv", "VNI" },
        { "people.semicolon.csv", "UTF-8" },
        { "people.tab.txt", "UTF-8" } };
    for (const auto& [file, encoding] : files)
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(encoding);
}

void TestImportSamples::committedSamples()
{
    // The reader's samples (tests/data/spreadsheet): the same three people in every encoding, under a title, with a
    // blank row and a totals row; the dialog shows the same NFC names for each.
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    const QString path = QStringLiteral(THIDUA_TEST_DATA "/spreadsheet/") + file;
    QVERIFY(QFileInfo::exists(path));
    ImportDialog* dialog = openDialog(path);
    QVERIFY(dialog);
    QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("encodingLabel"))->text().contains(encoding),
        qPrintable(dialog->findChild<QLabel*>(QStringLiteral("encodingLabel"))->text()));
    QCOMPARE(dialog->headerRowSpin()->value(), 2);
    ImportPreviewModel* preview = dialog->previewModel();
    QCOMPARE(preview->rowCount(), 3);
    QStringList names;
    for (int row = 0; row < preview->rowCount(); ++row)
        names << preview->plan().rows.at(row).person.fullName() + QLatin1Char('|')
                + preview->index(row, ImportPreviewModel::BirthDate).data().toString() + QLatin1Char('|')
                + preview->index(row, ImportPreviewModel::CollectiveColumn).data().toString();
    QCOMPARE(names,
        QStringList({ QStringLiteral("Nguyễn Văn An|01/02/1980|Toán - Tin"),
            QStringLiteral("Lê Thị Hoà|15/10/1985|Ngữ văn"),
            QStringLiteral("Trần Đức Ưng|1990|Tiếng Anh") }));
    QCOMPARE(dialog->decidedPlan().errors, 0);
}

void TestImportSamples::committedWorkbooks_data()
{
    QTest::addColumn<QString>("file");
    for (const char* file : { "workbook.xlsx", "workbook.xls", "workbook.lo.xlsx" })
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestImportSamples::committedWorkbooks()
{
    // Five sheets: the staff list in Unicode, a student list, the staff list typed in .VnTime, in VNI-Times, and
    // TCVN3 shown in Arial. Each staff sheet shows the same people; the student sheet its two students.
    QFETCH(QString, file);
    const QString path = QStringLiteral(THIDUA_TEST_DATA "/spreadsheet/") + file;
    ImportDialog* dialog = openDialog(path);
    QVERIFY(dialog);
    QCOMPARE(dialog->sheetCombo()->count(), 5);
    QCOMPARE(dialog->sheetCombo()->currentIndex(), 0);
    ImportPreviewModel* preview = dialog->previewModel();
    for (int sheet : { 0, 2, 3, 4 }) {
        dialog->sheetCombo()->setCurrentIndex(sheet);
        QVERIFY(settle(dialog));
        QCOMPARE(preview->rowCount(), 3);
        QStringList names;
        for (int row = 0; row < preview->rowCount(); ++row)
            names << preview->plan().rows.at(row).person.fullName() + QLatin1Char('|')
                    + preview->index(row, ImportPreviewModel::BirthDate).data().toString() + QLatin1Char('|')
                    + preview->index(row, ImportPreviewModel::GenderColumn).data().toString() + QLatin1Char('|')
                    + preview->index(row, ImportPreviewModel::CollectiveColumn).data().toString();
        QCOMPARE(names,
            QStringList({ QStringLiteral("Nguyễn Văn An|01/02/1980|Nam|Toán - Tin"),
                QStringLiteral("Lê Thị Hoà|15/10/1985|Nữ|Ngữ văn"),
                QStringLiteral("Trần Đức Ưng|1990|Nam|Tiếng Anh") }));
    }
    QCOMPARE(dialog->kindCombo()->currentData().toInt(), int(PersonKind::Staff));
    // A sheet with a Lớp column and no Tổ: a student list.
    dialog->sheetCombo()->setCurrentIndex(1);
    QVERIFY(settle(dialog));
    QCOMPARE(dialog->kindCombo()->currentData().toInt(), int(PersonKind::Student));
    QCOMPARE(
        preview->headerData(ImportPreviewModel::CollectiveColumn, Qt::Horizontal).toString(), QStringLiteral("Lớp"));
    QCOMPARE(preview->rowCount(), 2);
    QCOMPARE(preview->plan().rows.at(0).person.fullName(), QStringLiteral("Phạm Thị Ánh"));
    QCOMPARE(preview->index(0, ImportPreviewModel::GenderColumn).data().toString(), QStringLiteral("Nữ"));
    QCOMPARE(preview->index(1, ImportPreviewModel::GenderColumn).data().toString(), QStringLiteral("Nam"));
    QCOMPARE(preview->index(0, ImportPreviewModel::Code).data().toString(), QStringLiteral("HS001"));
    QCOMPARE(preview->index(1, ImportPreviewModel::CollectiveColumn).data().toString(), QStringLiteral("10A2"));
}

void TestImportSamples::sheetPerClass()
{
    // The import samples' workbook with one sheet per class, opened from the staff page: the title "DANH SÁCH HỌC
    // SINH LỚP 10A1" makes it a student list, and the sheet's name is the class of rows that name none.
    const QString path = QStringLiteral(THIDUA_TEST_DATA "/import/students_by_class.xlsx");
    ImportDialog* dialog = openDialog(path, PersonKind::Staff);
    QVERIFY(dialog);
    const int sheet = dialog->sheetCombo()->findText(QStringLiteral("10A1"));
    QVERIFY(sheet >= 0);
    dialog->sheetCombo()->setCurrentIndex(sheet);
    QVERIFY(settle(dialog));
    QCOMPARE(dialog->kindCombo()->currentData().toInt(), int(PersonKind::Student));
    ImportPreviewModel* preview = dialog->previewModel();
    QVERIFY(preview->rowCount() > 0);
    for (int row = 0; row < preview->rowCount(); ++row)
        QCOMPARE(preview->index(row, ImportPreviewModel::CollectiveColumn).data().toString(), QStringLiteral("10A1"));
    QCOMPARE(dialog->decidedPlan().errors, 0);
}

QTEST_MAIN(TestImportSamples)
#include "TestImportSamples.moc"
