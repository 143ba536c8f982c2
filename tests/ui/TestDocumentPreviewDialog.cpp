// The document preview dialog and the certificate positions dialog, driven as the user would (offscreen).
#include "core/db/Database.h"
#include "core/documents/CertificateLayoutRepository.h"
#include "core/documents/DocumentQuery.h"
#include "core/documents/DocumentSpec.h"
#include "tests/support/ExampleSpecs.h"
#include "tests/support/PdfProbe.h"
#include "ui/documents/CertificateFieldModel.h"
#include "ui/documents/CertificateLayoutDialog.h"
#include "ui/documents/DocumentPreviewDialog.h"
#include "ui/documents/PagePreviewWidget.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>

using namespace thidua;
using thidua::test::ExampleSpecs;
using thidua::test::PdfProbe;

namespace {

QString pageText(const LaidOutDocument& pages)
{
    QString text;
    for (const LayoutPage& page : pages.pages) {
        for (const LayoutItem& item : page.items) {
            if (item.kind == LayoutItem::Kind::TextLine && item.line == 0)
                text += item.layout->text() + QLatin1Char('\n');
        }
    }
    return text;
}

QByteArray head(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(4) : QByteArray();
}

} // namespace

class TestDocumentPreviewDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewEditAndExport();
    void fromSpecs();
    void cancelledPreviewTakesNoNumber();
    void exportIssuesOnceAndReprintKeepsNumber();
    void exportWhilePreviewPaints();
    void marginsWithinLegalRanges();
    void preprintedHasNoDocx();
    void fieldModel();
    void positionsPerPrinter();

private:
    QTemporaryDir m_dir;
};

void TestDocumentPreviewDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestDocumentPreviewDialog::previewEditAndExport()
{
    auto output = ExampleSpecs::prepare(QStringLiteral("to_trinh.json"), m_dir.filePath(QStringLiteral("a.sqlite")));
    QVERIFY(output.ok());
    DocumentPreviewDialog dialog(output->documents);
    QSignalSpy laidOut(&dialog, &DocumentPreviewDialog::laidOut);
    QVERIFY(laidOut.wait(20000));
    QCOMPARE(laidOut.constLast().constFirst().toInt(), 2);
    QVERIFY(dialog.editorCount() >= 3);

    const QString edited = QStringLiteral("Đoạn mở đầu đã được văn thư sửa lại trước khi in.");
    dialog.setEditedText(0, edited);
    QVERIFY(laidOut.wait(20000));
    QVERIFY(pageText(*dialog.pages()).contains(edited));
    if (const QString keep = qEnvironmentVariable("THIDUA_KEEP_OUTPUT"); !keep.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(keep + QStringLiteral("/preview-dialog.png"));
    }

    QSignalSpy exported(&dialog, &DocumentPreviewDialog::exported);
    QSignalSpy failed(&dialog, &DocumentPreviewDialog::failed);
    const QString pdf = m_dir.filePath(QStringLiteral("edited.pdf"));
    dialog.exportPdf(pdf);
    QVERIFY(exported.wait(20000));
    QCOMPARE(head(pdf), QByteArray("%PDF"));
    PdfProbe probe;
    QVERIFY(probe.load(pdf));
    QVERIFY(probe.layoutText().simplified().contains(edited));

    const QString docx = m_dir.filePath(QStringLiteral("edited.docx"));
    dialog.exportDocx(docx);
    QVERIFY(exported.wait(20000));
    QCOMPARE(head(docx), QByteArray("PK\x03\x04"));
    QCOMPARE(failed.count(), 0);
}

void TestDocumentPreviewDialog::fromSpecs()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("b.sqlite")));
    QVERIFY(db.ok());
    auto specs = DocumentSpec::load(ExampleSpecs::directory() + QStringLiteral("/bien_ban.json"));
    QVERIFY2(specs.ok(), qPrintable(specs.ok() ? QString() : specs.error().toString()));
    Error error;
    QPointer<DocumentPreviewDialog> dialog =
        DocumentPreviewDialog::fromSpecs(*specs, (*db)->connection(), QDate(2026, 11, 20), nullptr, &error);
    QVERIFY2(dialog, qPrintable(error.toString()));
    QSignalSpy laidOut(dialog.data(), &DocumentPreviewDialog::laidOut);
    QVERIFY(laidOut.wait(20000));
    QCOMPARE(dialog->documents().constFirst().header.number, QStringLiteral("02/BB-HĐTĐKT"));
    delete dialog.data();
}

// Opened from a description, looked at and closed: the register is as before, though the page showed a number.
void TestDocumentPreviewDialog::cancelledPreviewTakesNoNumber()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("cancel.sqlite")));
    QVERIFY(db.ok());
    auto specs = DocumentSpec::load(ExampleSpecs::directory() + QStringLiteral("/to_trinh.json"));
    QVERIFY(specs.ok());
    Error error;
    QPointer<DocumentPreviewDialog> dialog =
        DocumentPreviewDialog::fromSpecs(*specs, (*db)->connection(), QDate(2025, 9, 10), nullptr, &error);
    QVERIFY2(dialog, qPrintable(error.toString()));
    dialog->show();
    QSignalSpy laidOut(dialog.data(), &DocumentPreviewDialog::laidOut);
    QVERIFY(laidOut.wait(20000));
    QVERIFY(pageText(*dialog->pages()).contains(QStringLiteral("01/TTr-NK"))); // the number it would get
    auto* numbering = dialog->findChild<QLabel*>(QStringLiteral("numbering"));
    QVERIFY(numbering && numbering->isVisible());
    QVERIFY(numbering->text().contains(QStringLiteral("01/TTr-NK")));
    dialog->reject(); // Close
    QTRY_VERIFY(!dialog); // deleted on close
    auto entries = DocumentQuery((*db)->connection()).registerEntries();
    QVERIFY(entries.ok());
    QVERIFY(entries->isEmpty());
}

// The first export issues the number and the file carries it; exporting again, or from another preview of the same
// document, keeps the number and counts a print.
void TestDocumentPreviewDialog::exportIssuesOnceAndReprintKeepsNumber()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("issue.sqlite")));
    QVERIFY(db.ok());
    auto specs = DocumentSpec::load(ExampleSpecs::directory() + QStringLiteral("/to_trinh.json"));
    QVERIFY(specs.ok());
    const DocumentQuery query((*db)->connection());
    auto open = [&]() -> DocumentPreviewDialog* {
        Error error;
        return DocumentPreviewDialog::fromSpecs(*specs, (*db)->connection(), QDate(2025, 9, 10), nullptr, &error);
    };
    std::unique_ptr<DocumentPreviewDialog> dialog(open());
    QVERIFY(dialog);
    QSignalSpy laidOut(dialog.get(), &DocumentPreviewDialog::laidOut);
    QVERIFY(laidOut.wait(20000));
    dialog->setEditedText(0, QStringLiteral("Đoạn mở đầu sửa trước khi phát hành."));
    QVERIFY(laidOut.wait(20000));
    QSignalSpy issued(dialog.get(), &DocumentPreviewDialog::issued);
    QSignalSpy exported(dialog.get(), &DocumentPreviewDialog::exported);
    const QString pdf = m_dir.filePath(QStringLiteral("issued.pdf"));
    dialog->exportPdf(pdf);
    QCOMPARE(issued.size(), 1);
    QVERIFY(exported.wait(20000));
    auto entries = query.registerEntries();
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->constFirst().symbol, QStringLiteral("01/TTr-NK"));
    QCOMPARE(entries->constFirst().printCount, 1);
    PdfProbe probe;
    QVERIFY2(probe.load(pdf), qPrintable(probe.error()));
    const QString text = probe.layoutText().simplified();
    QVERIFY(text.contains(QStringLiteral("Số: 01/TTr-NK")));
    QVERIFY(text.contains(QStringLiteral("Đoạn mở đầu sửa trước khi phát hành."))); // the edit survives issuing

    dialog->exportDocx(m_dir.filePath(QStringLiteral("issued.docx")));
    QVERIFY(exported.wait(20000));
    entries = query.registerEntries();
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->constFirst().printCount, 2);

    std::unique_ptr<DocumentPreviewDialog> again(open());
    QVERIFY(again);
    QCOMPARE(again->numbers().constFirst().symbol, QStringLiteral("01/TTr-NK"));
    QCOMPARE(query.registerEntries()->constFirst().printCount, 2); // looking is not printing
    QSignalSpy exportedAgain(again.get(), &DocumentPreviewDialog::exported);
    again->exportPdf(m_dir.filePath(QStringLiteral("again.pdf")));
    QVERIFY(exportedAgain.wait(20000));
    entries = query.registerEntries();
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->constFirst().symbol, QStringLiteral("01/TTr-NK"));
    QCOMPARE(entries->constFirst().printCount, 3);
}

// The preview paints its pages on the UI thread while the PDF export runs on a worker. The worker lays out its own
// copy: it holds no reference to the preview's pages (whose QTextLayout objects are not thread-safe), and painting
// the preview over and over during the export stays clean under ASan/UBSan.
void TestDocumentPreviewDialog::exportWhilePreviewPaints()
{
    auto output = ExampleSpecs::prepare(QStringLiteral("to_trinh.json"), m_dir.filePath(QStringLiteral("t.sqlite")));
    QVERIFY(output.ok());
    DocumentPreviewDialog dialog(output->documents);
    // Watched before showing: the first layout may finish while the window is being exposed.
    QSignalSpy laidOut(&dialog, &DocumentPreviewDialog::laidOut);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (laidOut.isEmpty())
        QVERIFY(laidOut.wait(20000));
    auto* preview = dialog.findChild<PagePreviewWidget*>();
    QVERIFY(preview);
    const long owners = dialog.pages().use_count();

    QSignalSpy exported(&dialog, &DocumentPreviewDialog::exported);
    const QString pdf = m_dir.filePath(QStringLiteral("concurrent.pdf"));
    dialog.exportPdf(pdf);
    int paints = 0;
    long ownersDuringExport = owners;
    while (exported.isEmpty() && paints < 2000) {
        ownersDuringExport = qMax(ownersDuringExport, dialog.pages().use_count());
        preview->grab(); // paints every visible page on this thread
        ++paints;
        QCoreApplication::processEvents();
    }
    if (exported.isEmpty())
        QVERIFY(exported.wait(20000));
    QVERIFY(paints > 0);
    QCOMPARE(ownersDuringExport, owners);
    PdfProbe probe;
    QVERIFY2(probe.load(pdf), qPrintable(probe.error()));
    QVERIFY(probe.layoutText().contains(QStringLiteral("TỜ TRÌNH")));
}

void TestDocumentPreviewDialog::marginsWithinLegalRanges()
{
    // The margin boxes move the text: the left margin set to 35 mm puts the leftmost word of the exported PDF there
    // (30 mm by default); values outside Nghị định 30's ranges are clamped.
    auto output = ExampleSpecs::prepare(QStringLiteral("to_trinh.json"), m_dir.filePath(QStringLiteral("m.sqlite")));
    QVERIFY(output.ok());
    DocumentPreviewDialog dialog(output->documents);
    QSignalSpy laidOut(&dialog, &DocumentPreviewDialog::laidOut);
    QVERIFY(laidOut.wait(20000));
    auto leftmost = [&](const QString& name) -> double {
        QSignalSpy exported(&dialog, &DocumentPreviewDialog::exported);
        const QString pdf = m_dir.filePath(name);
        dialog.exportPdf(pdf);
        if (!exported.wait(20000))
            return -1;
        PdfProbe probe;
        if (!probe.load(pdf))
            return -1;
        double left = 1000;
        for (const PdfProbe::Word& word : probe.words(1))
            left = qMin(left, word.box.left());
        return left;
    };
    const double before = leftmost(QStringLiteral("margins30.pdf"));
    QVERIFY2(before >= 29.5 && before < 31, qPrintable(QString::number(before)));

    auto* left = dialog.findChild<QSpinBox*>(QStringLiteral("marginLeft"));
    QVERIFY(left);
    QCOMPARE(left->value(), 30);
    QCOMPARE(left->minimum(), 30);
    QCOMPARE(left->maximum(), 35);
    left->setValue(35);
    QVERIFY(laidOut.wait(20000));
    QCOMPARE(dialog.margins(), QMarginsF(35, 20, 15, 20));
    const double after = leftmost(QStringLiteral("margins35.pdf"));
    QVERIFY2(after >= 34.5 && after < 36, qPrintable(QString::number(after)));

    dialog.setMargins(QMarginsF(10, 40, 5, 22));
    QCOMPARE(dialog.margins(), QMarginsF(30, 25, 15, 22));
    QCOMPARE(left->value(), 30);
    QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("marginTop"))->value(), 25);
    QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("marginBottom"))->value(), 22);
}

void TestDocumentPreviewDialog::preprintedHasNoDocx()
{
    auto output =
        ExampleSpecs::prepare(QStringLiteral("giay_khen_phoi.json"), m_dir.filePath(QStringLiteral("c.sqlite")));
    QVERIFY(output.ok());
    QVERIFY(output->pages.has_value());
    QVERIFY(!output->preprinted.isEmpty());
    DocumentPreviewDialog dialog(output->preprinted);
    QCOMPARE(dialog.pages()->pageCount(), 2);
    QCOMPARE(dialog.editorCount(), 0);
    QSignalSpy failed(&dialog, &DocumentPreviewDialog::failed);
    dialog.exportDocx(m_dir.filePath(QStringLiteral("phoi.docx")));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("phoi.docx"))));
}

void TestDocumentPreviewDialog::fieldModel()
{
    CertificateFieldModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(CertificateLayout::defaults().fields.size()));
    const QModelIndex y = model.index(0, CertificateFieldModel::Y);
    QVERIFY(model.setData(y, 101.5));
    QCOMPARE(model.layout().fields[0].yMm, 101.5);
    QVERIFY(!model.setData(y, -4)); // off the sheet
    QVERIFY(!model.setData(model.index(0, CertificateFieldModel::X), 290)); // would run off the right edge
    QVERIFY(!model.setData(model.index(0, CertificateFieldModel::Size), 100));
    QVERIFY(!model.setData(model.index(0, CertificateFieldModel::Field), QStringLiteral("x")));
    QVERIFY(model.setData(model.index(1, CertificateFieldModel::Bold), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.layout().fields[1].bold);
    QVERIFY(model.flags(model.index(0, CertificateFieldModel::Width)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, CertificateFieldModel::Field)) & Qt::ItemIsEditable));
}

void TestDocumentPreviewDialog::positionsPerPrinter()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("d.sqlite")));
    QVERIFY(db.ok());
    CertificateLayoutDialog dialog((*db)->connection());
    auto* combo = dialog.findChild<QComboBox*>();
    QVERIFY(combo);
    combo->setEditText(QString());
    QVERIFY(!dialog.save()); // positions belong to a printer
    combo->setEditText(QStringLiteral("Máy in phòng Văn thư"));
    QVERIFY(dialog.model()->setData(dialog.model()->index(0, CertificateFieldModel::Y), 99.0));
    QVERIFY(dialog.save());
    CertificateLayoutRepository repository((*db)->connection());
    QCOMPARE(repository.load(QStringLiteral("Máy in phòng Văn thư"))->fields[0].yMm, 99.0);
}

QTEST_MAIN(TestDocumentPreviewDialog)
#include "TestDocumentPreviewDialog.moc"
