// The import dialog walked like a user would (offscreen) on real files written by the test: the mapping proposed
// from the headers and changed by hand, the preview with a bad row marked and its problem naming row and column,
// the dry run writing nothing, the import (asked first), likely duplicates decided, a re-import updating the same
// people, another encoding, another sheet and header row, an unreadable file, 3,000 rows checked and written on a
// worker while the window keeps responding, and an import cancelled halfway leaving the database as it was. Every
// model runs under
// QAbstractItemModelTester. With THIDUA_SCREENSHOT_DIR set, the dialog is saved as PNGs there.
#include "tests/ui/ImportDialogTestBase.h"

#include <QCryptographicHash>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimer>

#include <algorithm>

using namespace thidua;
using namespace thidua::test;

class TestImportDialog : public ImportDialogTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { installVietnamese(); }
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }
    void mappingPreviewDryRunApply();
    void reimportUpdatesAndDuplicateDecided();
    void encodingOverrideRereads();
    void unreadableFileIsReported();
    void threeThousandRowsKeepTheWindowResponding();
    void cancelledImportWritesNothing();
    void sheetAndHeaderRowChosenByHand();
    void oneStoredPersonUpdatedOnce();
    void workbookShowsNoEncoding_data();
    void workbookShowsNoEncoding();
};

void TestImportDialog::mappingPreviewDryRunApply()
{
    const QString path = writeFile(QStringLiteral("can-bo.csv"), FirstList);
    ImportDialog* dialog = openDialog(path);
    QVERIFY(dialog);
    QCOMPARE(dialog->sheetCombo()->count(), 1);
    QCOMPARE(dialog->headerRowSpin()->value(), 3);

    // The mapping proposed from the Vietnamese headers.
    ImportMappingModel* mapping = dialog->mappingModel();
    QCOMPARE(mapping->rowCount(), 7);
    QCOMPARE(mapping->field(0), std::optional(Field::SequenceNumber));
    QCOMPARE(mapping->field(1), std::optional(Field::FullName));
    QCOMPARE(mapping->field(2), std::optional(Field::BirthDate));
    QCOMPARE(mapping->field(3), std::optional(Field::Gender));
    QCOMPARE(mapping->field(4), std::optional(Field::Code));
    QCOMPARE(mapping->field(5), std::optional(Field::Collective));
    QCOMPARE(mapping->field(6), std::nullopt);
    QCOMPARE(mapping->index(6, ImportMappingModel::Header).data().toString(), QStringLiteral("Nhiệm vụ kiêm nhiệm"));
    QCOMPARE(mapping->index(6, ImportMappingModel::Letter).data().toString(), QStringLiteral("G"));
    QCOMPARE(mapping->index(6, ImportMappingModel::FieldColumn).data().toString(), QStringLiteral("(không nhập)"));

    // The user says column G holds the position (as the combo box delegate does).
    QVERIFY(
        mapping->setData(mapping->index(6, ImportMappingModel::FieldColumn), RosterColumns::fieldKey(Field::Position)));
    QVERIFY(settle(dialog));
    QCOMPARE(mapping->field(6), std::optional(Field::Position));
    QCOMPARE(mapping->index(6, ImportMappingModel::FieldColumn).data().toString(),
        RosterColumns::fieldName(Field::Position));
    QCOMPARE(dialog->decidedPlan().rows.value(0).person.position, QStringLiteral("Tổ trưởng"));

    // The preview shows the rows as they will be stored; sheet row 6 has an error and is marked.
    ImportPreviewModel* preview = dialog->previewModel();
    QCOMPARE(preview->rowCount(), 3);
    auto cell = [preview](int row, int column) { return preview->index(row, column).data().toString(); };
    QCOMPARE(cell(0, ImportPreviewModel::FamilyName), QStringLiteral("Nguyễn"));
    QCOMPARE(cell(0, ImportPreviewModel::MiddleName), QStringLiteral("Văn"));
    QCOMPARE(cell(0, ImportPreviewModel::GivenName), QStringLiteral("An"));
    QCOMPARE(cell(0, ImportPreviewModel::BirthDate), QStringLiteral("05/04/1987"));
    QCOMPARE(cell(0, ImportPreviewModel::GenderColumn), QStringLiteral("Nam"));
    QCOMPARE(cell(0, ImportPreviewModel::Code), QStringLiteral("GV101"));
    QCOMPARE(cell(0, ImportPreviewModel::CollectiveColumn), QStringLiteral("Tổ Thử nghiệm"));
    QCOMPARE(cell(0, ImportPreviewModel::ActionColumn), QStringLiteral("Thêm"));
    QCOMPARE(cell(1, ImportPreviewModel::GenderColumn), QStringLiteral("Nữ"));
    const int bad = preview->rowOfSourceRow(6);
    QCOMPARE(bad, 2);
    QCOMPARE(cell(bad, ImportPreviewModel::ActionColumn), QStringLiteral("Bỏ qua"));
    QVERIFY(!cell(bad, ImportPreviewModel::Problems).isEmpty());
    QVERIFY(preview->index(bad, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(!preview->index(0, 0).data(Qt::BackgroundRole).isValid());

    // The problem list names the sheet, row 6 and column C, in Vietnamese.
    ImportProblemModel* problems = dialog->problemModel();
    int errorRow = -1;
    for (int r = 0; r < problems->rowCount(); ++r) {
        if (problems->problem(r).severity == RosterImport::Problem::Severity::Error)
            errorRow = r;
    }
    QVERIFY(errorRow >= 0);
    auto problemCell = [problems, errorRow](int column) { return problems->index(errorRow, column).data().toString(); };
    QCOMPARE(problemCell(ImportProblemModel::SheetColumn), dialog->sheetCombo()->currentText());
    QCOMPARE(problemCell(ImportProblemModel::RowColumn), QStringLiteral("6"));
    QCOMPARE(problemCell(ImportProblemModel::ColumnColumn), QStringLiteral("C"));
    QCOMPARE(problemCell(ImportProblemModel::SeverityColumn), QStringLiteral("Lỗi"));
    QCOMPARE(problemCell(ImportProblemModel::MessageColumn), problems->problem(errorRow).message);
    QCOMPARE(problemCell(ImportProblemModel::MessageColumn), cell(bad, ImportPreviewModel::Problems));
    qInfo("problem shown: %s", qPrintable(problems->problem(errorRow).toString()));

    // Double-clicking the problem selects its row in the preview and its column in the mapping.
    QTableView* problemView = dialog->problemView();
    const QRect rect = problemView->visualRect(problems->index(errorRow, ImportProblemModel::MessageColumn));
    QTest::mouseClick(problemView->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(problemView->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(dialog->previewView()->selectionModel()->selectedRows().value(0).row(), bad);
    QCOMPARE(dialog->mappingView()->selectionModel()->selectedRows().value(0).row(), 2);
    // Enter does the same from the keyboard.
    dialog->previewView()->selectRow(0);
    problemView->setFocus();
    problemView->setCurrentIndex(problems->index(errorRow, ImportProblemModel::MessageColumn));
    QTest::keyClick(problemView, Qt::Key_Return);
    QCOMPARE(dialog->previewView()->selectionModel()->selectedRows().value(0).row(), bad);

    // With an error and without "skip rows with errors", Import is not offered.
    QVERIFY(!dialog->importButton()->isEnabled());
    const qint64 before = countPeople();
    QVERIFY(before > 0);
    QTest::mouseClick(dialog->dryRunButton(), Qt::LeftButton);
    QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("thêm 2")));
    QCOMPARE(countPeople(), before);
    QVERIFY(byCode(QStringLiteral("GV101")).id == 0);
    screenshot(dialog, QStringLiteral("import-dialog.png"));

    // Applying anyway is refused and writes nothing.
    auto refused = dialog->applyImport();
    QVERIFY(!refused.ok());
    QCOMPARE(countPeople(), before);

    // Skipping the bad row: the two others go in, into their tổ of the year, created on the way.
    m_workspace->undoStack()->push(new QUndoCommand(QStringLiteral("an earlier edit")));
    QTest::mouseClick(dialog->skipBadRowsBox(), Qt::LeftButton);
    QVERIFY(dialog->skipBadRowsBox()->isChecked());
    QVERIFY(dialog->importButton()->isEnabled());
    QSignalSpy peopleChanged(m_workspace.get(), &Workspace::peopleChanged);
    auto done = importAndWait(dialog);
    QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().toString()));
    QCOMPARE(done->added, 2);
    QCOMPARE(done->updated, 0);
    QCOMPARE(done->errors, 1);
    QCOMPARE(countPeople(), before + 2);
    QCOMPARE(peopleChanged.count(), 1);
    QCOMPARE(m_workspace->undoStack()->count(), 0); // an import is not undoable: the history is cleared
    const Person an = byCode(QStringLiteral("GV101"));
    QCOMPARE(an.fullName(), QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(an.birthDate.toDisplay(), QStringLiteral("05/04/1987"));
    QCOMPARE(an.gender, Gender::Male);
    QCOMPARE(an.position, QStringLiteral("Tổ trưởng"));
    QCOMPARE(byCode(QStringLiteral("GV102")).gender, Gender::Female);
    QCOMPARE(byCode(QStringLiteral("GV103")).id, qint64(0));
    auto group =
        CollectiveRepository(m_db->connection()).find(CollectiveKind::SubjectGroup, QStringLiteral("Tổ Thử nghiệm"), 0);
    if (!group.ok() || group->id == 0)
        group = CollectiveRepository(m_db->connection())
                    .find(CollectiveKind::OfficeGroup, QStringLiteral("Tổ Thử nghiệm"), 0);
    QVERIFY(group.ok() && group->id > 0);
    auto members = CollectiveRepository(m_db->connection()).memberships(m_yearId);
    QVERIFY(members.ok());
    QVERIFY(std::any_of(members->cbegin(), members->cend(), [&](const Membership& m) {
        return m.personId == an.id && m.collectiveId == group->id;
    }));
    // After the import the preview shows the rows as stored now.
    QCOMPARE(cell(0, ImportPreviewModel::ActionColumn), QStringLiteral("Không đổi"));
}

void TestImportDialog::reimportUpdatesAndDuplicateDecided()
{
    {
        ImportDialog* first = openDialog(writeFile(QStringLiteral("v1.csv"), FirstList));
        QVERIFY(first);
        first->skipBadRowsBox()->setChecked(true);
        QVERIFY(importAndWait(first).ok());
    }
    const qint64 before = countPeople();
    const Person an = byCode(QStringLiteral("GV101"));
    const Person bich = byCode(QStringLiteral("GV102"));
    QVERIFY(an.id > 0 && bich.id > 0);

    ImportDialog* dialog = openDialog(writeFile(QStringLiteral("v2.csv"), SecondList));
    QVERIFY(dialog);
    QCOMPARE(dialog->headerRowSpin()->value(), 2);
    ImportPreviewModel* preview = dialog->previewModel();
    QCOMPARE(preview->rowCount(), 3);
    auto cell = [preview](int row, int column) { return preview->index(row, column).data().toString(); };
    QCOMPARE(cell(1, ImportPreviewModel::ActionColumn), QStringLiteral("Cập nhật")); // Bích, by code
    QCOMPARE(cell(1, ImportPreviewModel::GivenName), QStringLiteral("Ngọc"));
    QCOMPARE(cell(2, ImportPreviewModel::ActionColumn), QStringLiteral("Thêm")); // Cường, now valid

    // An without a code and with another day: a likely duplicate, for the user to decide.
    QCOMPARE(preview->duplicateCount(), 1);
    QCOMPARE(preview->plan().rows.at(0).likelyDuplicateOf, an.id);
    const QModelIndex choice = preview->index(0, ImportPreviewModel::DuplicateColumn);
    QVERIFY(preview->flags(choice) & Qt::ItemIsEditable);
    QVERIFY(!(preview->flags(preview->index(1, ImportPreviewModel::DuplicateColumn)) & Qt::ItemIsEditable));
    QCOMPARE(choice.data().toString(), QStringLiteral("Nhập như người mới"));
    QVERIFY(preview->setData(choice, int(ImportPreviewModel::DuplicateChoice::Skip)));
    QCOMPARE(cell(0, ImportPreviewModel::ActionColumn), QStringLiteral("Bỏ qua"));
    QCOMPARE(dialog->decidedPlan().skipped, 1);
    QVERIFY(preview->setData(choice, int(ImportPreviewModel::DuplicateChoice::UpdateExisting)));
    QCOMPARE(cell(0, ImportPreviewModel::ActionColumn), QStringLiteral("Cập nhật"));
    const RosterImport::Plan decided = dialog->decidedPlan();
    QCOMPARE(decided.added, 1);
    QCOMPARE(decided.updated, 2);

    dialog->dryRun();
    QCOMPARE(countPeople(), before);
    screenshot(dialog, QStringLiteral("import-duplicate.png"));
    QVERIFY(dialog->importButton()->isEnabled());
    // Import asks first, and says that Undo cannot take it back.
    QSignalSpy imported(dialog, &ImportDialog::imported);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QMessageBox* confirm = dialog->findChild<QMessageBox*>(QStringLiteral("confirmImport"));
    QVERIFY(confirm);
    QTRY_VERIFY(confirm->isVisible());
    QVERIFY(confirm->informativeText().contains(QStringLiteral("thêm 1, cập nhật 2")));
    QVERIFY(confirm->informativeText().contains(QStringLiteral("Hoàn tác")));
    QCOMPARE(countPeople(), before);
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(imported.count(), 1);
    const auto done = imported.at(0).at(0).value<RosterImport::Summary>();
    QCOMPARE(done.added, 1);
    QCOMPARE(done.updated, 2);
    QCOMPARE(countPeople(), before + 1); // Cường only: An and Bích are the same people
    const Person anAfter = PersonRepository(m_db->connection()).get(an.id).value();
    QCOMPARE(anAfter.birthDate.toDisplay(), QStringLiteral("06/04/1987"));
    QCOMPARE(anAfter.code, QStringLiteral("GV101")); // kept: the file had no code for him
    QCOMPARE(PersonRepository(m_db->connection()).get(bich.id)->fullName(), QStringLiteral("Trần Thị Bích Ngọc"));
    QCOMPARE(byCode(QStringLiteral("GV103")).birthDate.toDisplay(), QStringLiteral("13/02/1985"));
}

void TestImportDialog::encodingOverrideRereads()
{
    // The first list in TCVN3, as an old .VnTime file saved as text.
    const QByteArray tcvn3 = LegacyEncoding::encode(QString::fromUtf8(FirstList), LegacyEncoding::Encoding::Tcvn3);
    ImportDialog* dialog = openDialog(writeFile(QStringLiteral("tcvn3.csv"), tcvn3));
    QVERIFY(dialog);
    QCOMPARE(
        dialog->previewModel()->index(0, ImportPreviewModel::FamilyName).data().toString(), QStringLiteral("Nguyễn"));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("encodingLabel"))->text().contains(QStringLiteral("TCVN3")));
    screenshot(dialog, QStringLiteral("import-tcvn3.png"));

    // Read as VNI instead: the file is read again and the names come out differently.
    QSignalSpy loaded(dialog, &ImportDialog::workbookLoaded);
    QComboBox* encoding = dialog->encodingCombo();
    encoding->setCurrentIndex(encoding->findData(int(LegacyEncoding::Encoding::Vni)));
    QVERIFY(dialog->isLoading());
    QVERIFY(loaded.wait(10000));
    QVERIFY(settle(dialog));
    QVERIFY(dialog->previewModel()->rowCount() == 0
        || dialog->previewModel()->index(0, ImportPreviewModel::FamilyName).data().toString()
            != QStringLiteral("Nguyễn"));
    encoding->setCurrentIndex(encoding->findData(int(LegacyEncoding::Encoding::Tcvn3)));
    QVERIFY(loaded.wait(10000));
    QVERIFY(settle(dialog));
    QCOMPARE(
        dialog->previewModel()->index(0, ImportPreviewModel::FamilyName).data().toString(), QStringLiteral("Nguyễn"));
}

void TestImportDialog::unreadableFileIsReported()
{
    const qint64 before = countPeople();
    m_dialog = std::make_unique<ImportDialog>(*m_workspace, PersonKind::Staff);
    QSignalSpy failed(m_dialog.get(), &ImportDialog::loadFailed);
    m_dialog->openFile(m_dir->filePath(QStringLiteral("missing.xlsx")));
    QVERIFY(failed.wait(10000));
    QVERIFY(m_dialog->summaryLabel()->text().contains(QStringLiteral("missing.xlsx")));
    QVERIFY(!m_dialog->importButton()->isEnabled());
    QVERIFY(!m_dialog->dryRunButton()->isEnabled());
    QVERIFY(!m_dialog->applyImport().ok());
    QCOMPARE(countPeople(), before);
}

namespace {

// 3,000 students in classes of about 60, as a CSV file.
QByteArray threeThousandStudents()
{
    QByteArray csv = "DANH SÁCH HỌC SINH\r\nSTT,Họ và tên,Ngày sinh,Giới tính,Mã học sinh,Lớp\r\n";
    const QStringList family {
        QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"), QStringLiteral("Phạm")
    };
    const QStringList given { QStringLiteral("An"),
        QStringLiteral("Bình"),
        QStringLiteral("Châu"),
        QStringLiteral("Dũng"),
        QStringLiteral("Hà") };
    for (int i = 1; i <= 3000; ++i) {
        csv += QStringLiteral("%1,%2 Văn %3,%4/%5/2010,%6,HS%7,%8A%9\r\n")
                   .arg(i)
                   .arg(family.at(i % family.size()), given.at(i % given.size()))
                   .arg(1 + i % 28)
                   .arg(1 + i % 12)
                   .arg(i % 2 ? QStringLiteral("Nam") : QStringLiteral("Nữ"))
                   .arg(i, 5, 10, QLatin1Char('0'))
                   .arg(10 + i % 3)
                   .arg(1 + i % 17)
                   .toUtf8();
    }
    return csv;
}

// Every row of every table, to tell whether anything at all was written.
QByteArray contentHash(const QSqlDatabase& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        return {};
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        hash.addData(table.toUtf8());
        // Rows in a fixed order whatever the table (some have no rowid): each row's text, sorted.
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
            return {};
        QList<QByteArray> texts;
        while (rows.next()) {
            QByteArray text;
            for (int c = 0; c < rows.record().count(); ++c)
                text += rows.value(c).toString().toUtf8() + '\x1f';
            texts << text;
        }
        std::sort(texts.begin(), texts.end());
        for (const QByteArray& text : std::as_const(texts))
            hash.addData(text + '\x1e');
    }
    return hash.result();
}

} // namespace

void TestImportDialog::threeThousandRowsKeepTheWindowResponding()
{
    // The rows are checked and written on a worker: a 10 ms timer on the UI thread keeps firing all along.
    const QString path = writeFile(QStringLiteral("3000.csv"), threeThousandStudents());
    m_dialog = std::make_unique<ImportDialog>(*m_workspace, PersonKind::Student);
    QAbstractItemModelTester tester(m_dialog->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    int ticks = 0;
    QTimer timer;
    timer.setInterval(10);
    connect(&timer, &QTimer::timeout, this, [&] {
        if (m_dialog->isBusy() && !m_dialog->isLoading())
            ++ticks;
    });
    QSignalSpy loaded(m_dialog.get(), &ImportDialog::workbookLoaded);
    m_dialog->openFile(path);
    QVERIFY(loaded.wait(20000));
    timer.start();
    QVERIFY(m_dialog->isBusy()); // checking the rows
    QVERIFY(m_dialog->progressBar()->isVisible());
    QVERIFY(m_dialog->cancelButton()->isVisible());
    QVERIFY(settle(m_dialog.get()));
    const int ticksWhilePlanning = std::exchange(ticks, 0);
    QCOMPARE(m_dialog->previewModel()->rowCount(), 3000);
    QCOMPARE(m_dialog->decidedPlan().added, 3000);
    QVERIFY(!m_dialog->progressBar()->isVisible());

    QSignalSpy imported(m_dialog.get(), &ImportDialog::imported);
    QVERIFY(m_dialog->applyImport().ok());
    QVERIFY(m_dialog->isBusy());
    QVERIFY(!m_dialog->importButton()->isEnabled());
    QVERIFY(imported.wait(60000));
    const int ticksWhileApplying = std::exchange(ticks, 0);
    QCOMPARE(imported.at(0).at(0).value<RosterImport::Summary>().added, 3000);
    qInfo("timer ticks while planning: %d, while applying: %d", ticksWhilePlanning, ticksWhileApplying);
    QVERIFY2(ticksWhilePlanning > 2, qPrintable(QString::number(ticksWhilePlanning)));
    QVERIFY2(ticksWhileApplying > 2, qPrintable(QString::number(ticksWhileApplying)));
    QVERIFY(settle(m_dialog.get()));
}

void TestImportDialog::cancelledImportWritesNothing()
{
    ImportDialog* dialog =
        openDialog(writeFile(QStringLiteral("3000.csv"), threeThousandStudents()), PersonKind::Student);
    QVERIFY(dialog);
    QCOMPARE(dialog->decidedPlan().added, 3000);
    const QByteArray before = contentHash(m_db->connection());
    QVERIFY(!before.isEmpty());
    const qint64 people = countPeople();

    // Cancel once the worker has written some rows.
    QSignalSpy failed(dialog, &ImportDialog::importFailed);
    QSignalSpy imported(dialog, &ImportDialog::imported);
    QVERIFY(dialog->applyImport().ok());
    QVERIFY(QTest::qWaitFor([dialog] { return dialog->progressBar()->value() > 0; }, 60000));
    QVERIFY(dialog->cancelButton()->isVisible());
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return failed.count() + imported.count() > 0; }, 60000));
    QCOMPARE(imported.count(), 0);
    QCOMPARE(failed.at(0).at(0).value<Error>().code, Error::Code::Cancelled);
    QVERIFY(!dialog->isBusy());
    QCOMPARE(countPeople(), people);
    QCOMPARE(contentHash(m_db->connection()), before);
    // The preview is still there, and the import can be started again.
    QCOMPARE(dialog->previewModel()->rowCount(), 3000);
    QVERIFY(dialog->importButton()->isEnabled());
}

void TestImportDialog::sheetAndHeaderRowChosenByHand()
{
    // A workbook whose first sheet is a note and whose second holds the list under a title.
    XlsxWriter writer;
    writer.addSheet(QStringLiteral("Hướng dẫn"));
    writer.writeText(0, 0, QStringLiteral("Điền danh sách ở trang sau."));
    writer.addSheet(QStringLiteral("Lớp 10A9"));
    writer.writeText(0, 0, QStringLiteral("DANH SÁCH HỌC SINH LỚP 10A9"), true);
    const QStringList header { QStringLiteral("STT"),
        QStringLiteral("Họ"),
        QStringLiteral("Tên"),
        QStringLiteral("Ngày sinh"),
        QStringLiteral("Nữ"),
        QStringLiteral("Lớp") };
    for (int c = 0; c < header.size(); ++c)
        writer.writeText(2, c, header.at(c), true);
    writer.writeNumber(3, 0, 1);
    writer.writeText(3, 1, QStringLiteral("Võ Thị"));
    writer.writeText(3, 2, QStringLiteral("Yến"));
    writer.writeDate(3, 3, QDate(2010, 9, 2));
    writer.writeText(3, 4, QStringLiteral("x"));
    writer.writeText(3, 5, QStringLiteral("10A9"));
    const QString path = m_dir->filePath(QStringLiteral("10A9.xlsx"));
    QVERIFY(writer.save(path).ok());

    ImportDialog* dialog = openDialog(path, PersonKind::Staff);
    QVERIFY(dialog);
    QCOMPARE(dialog->kindCombo()->currentData().toInt(), int(PersonKind::Student)); // from its Lớp column
    QCOMPARE(dialog->sheetCombo()->count(), 2);
    QCOMPARE(dialog->sheetCombo()->currentText(), QStringLiteral("Lớp 10A9"));
    QCOMPARE(dialog->headerRowSpin()->value(), 3);
    ImportPreviewModel* preview = dialog->previewModel();
    QCOMPARE(preview->rowCount(), 1);
    QCOMPARE(preview->index(0, ImportPreviewModel::MiddleName).data().toString(), QStringLiteral("Thị"));
    QCOMPARE(preview->index(0, ImportPreviewModel::BirthDate).data().toString(), QStringLiteral("02/09/2010"));
    QCOMPARE(preview->index(0, ImportPreviewModel::GenderColumn).data().toString(), QStringLiteral("Nữ"));
    QCOMPARE(preview->index(0, ImportPreviewModel::CollectiveColumn).data().toString(), QStringLiteral("10A9"));
    QCOMPARE(
        preview->headerData(ImportPreviewModel::CollectiveColumn, Qt::Horizontal).toString(), QStringLiteral("Lớp"));

    // The title row as header: nothing can be read, and the dialog says so.
    dialog->headerRowSpin()->setValue(1);
    QVERIFY(settle(dialog));
    QCOMPARE(dialog->mappingModel()->columns().headerRow, 0);
    QCOMPARE(preview->rowCount(), 0);
    QVERIFY(!dialog->importButton()->isEnabled());
    QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("Lớp 10A9")));
    // Back to row 3: the fields are found again from its texts.
    dialog->headerRowSpin()->setValue(3);
    QVERIFY(settle(dialog));
    QCOMPARE(dialog->mappingModel()->field(4), std::optional(Field::FemaleMark));
    QCOMPARE(preview->rowCount(), 1);

    // The note sheet: no list there.
    dialog->sheetCombo()->setCurrentIndex(0);
    QVERIFY(settle(dialog));
    QCOMPARE(preview->rowCount(), 0);
    QVERIFY(!dialog->importButton()->isEnabled());
    dialog->sheetCombo()->setCurrentIndex(1);
    QVERIFY(settle(dialog));
    QCOMPARE(preview->rowCount(), 1);
    QVERIFY(dialog->importButton()->isEnabled());
}

void TestImportDialog::oneStoredPersonUpdatedOnce()
{
    {
        ImportDialog* first = openDialog(writeFile(QStringLiteral("v1.csv"), FirstList));
        QVERIFY(first);
        first->skipBadRowsBox()->setChecked(true);
        QVERIFY(importAndWait(first).ok());
    }
    const qint64 an = byCode(QStringLiteral("GV101")).id;
    // Two rows that both look like An: only the first may update him.
    ImportDialog* dialog = openDialog(writeFile(QStringLiteral("twice.csv"),
        "Họ và tên,Ngày sinh\r\nNguyễn Văn An,06/04/1987\r\nNguyễn Văn An,07/04/1987\r\n"));
    QVERIFY(dialog);
    ImportPreviewModel* preview = dialog->previewModel();
    QCOMPARE(preview->duplicateCount(), 2);
    QVERIFY(!dialog->previewView()->isColumnHidden(ImportPreviewModel::DuplicateColumn));
    for (int row : { 1, 0 }) {
        QCOMPARE(preview->plan().rows.at(row).likelyDuplicateOf, an);
        QVERIFY(preview->setData(preview->index(row, ImportPreviewModel::DuplicateColumn),
            int(ImportPreviewModel::DuplicateChoice::UpdateExisting)));
    }
    QCOMPARE(preview->index(0, ImportPreviewModel::ActionColumn).data().toString(), QStringLiteral("Cập nhật"));
    QCOMPARE(preview->index(1, ImportPreviewModel::ActionColumn).data().toString(), QStringLiteral("Thêm"));
    const RosterImport::Plan plan = dialog->decidedPlan();
    QCOMPARE(plan.updated, 1);
    QCOMPARE(plan.added, 1);
    QCOMPARE(plan.rows.at(0).person.id, an);
    QCOMPARE(plan.rows.at(1).person.id, qint64(0));
}

void TestImportDialog::workbookShowsNoEncoding_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("encodingShown");
    QTest::newRow("xls") << QStringLiteral("staff_title_merged.xls") << false;
    QTest::newRow("xlsx") << QStringLiteral("staff_title_merged.xlsx") << false;
    QTest::newRow("xlsx typed in .VnTime") << QStringLiteral("staff_vntime.xlsx") << true;
    QTest::newRow("csv") << QStringLiteral("staff_utf8.csv") << true;
}

// Issue 13, point 16: a workbook showed an encoding choice and "Nhận ra: UTF-8", and the column numbers under the
// headers of a form ("(1)", "(2)") as the examples of its columns.
void TestImportDialog::workbookShowsNoEncoding()
{
    QFETCH(QString, file);
    QFETCH(bool, encodingShown);
    ImportDialog* dialog = openDialog(QStringLiteral(THIDUA_TEST_DATA "/import/") + file);
    QVERIFY(dialog);
    QVERIFY(settle(dialog));
    QCOMPARE(dialog->encodingCombo()->isVisibleTo(dialog), encodingShown);
    auto* detected = dialog->findChild<QLabel*>(QStringLiteral("encodingLabel"));
    QVERIFY(detected);
    QCOMPARE(detected->isVisibleTo(dialog), encodingShown);
    const QRegularExpression columnNumber(QStringLiteral("^\\(\\d+\\)$"));
    const QAbstractItemModel* mapping = dialog->mappingModel();
    int examples = 0;
    for (int row = 0; row < mapping->rowCount(); ++row) {
        const QString example = mapping->index(row, ImportMappingModel::Sample).data().toString();
        QVERIFY2(!columnNumber.match(example).hasMatch(), qPrintable(example));
        examples += example.isEmpty() ? 0 : 1;
    }
    QVERIFY(examples >= 3);
}

QTEST_MAIN(TestImportDialog)
#include "TestImportDialog.moc"
