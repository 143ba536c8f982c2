// End to end: each kind's DOCX converted to PDF by LibreOffice (headless), which must open it without error and lay
// it out by the same rules. Skipped when LibreOffice (soffice) is not installed.
#include "core/documents/DocumentLayouter.h"
#include "core/documents/DocxWriter.h"
#include "core/documents/PdfRenderer.h"
#include "tests/support/ExampleSpecs.h"
#include "tests/support/PdfProbe.h"
#include "tests/support/RequiredTool.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace thidua;
using thidua::test::ExampleSpecs;
using thidua::test::PdfProbe;

class TestDocxLibreOffice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void convert_data();
    void convert();

private:
    QTemporaryDir m_dir;
    QString m_soffice;
};

void TestDocxLibreOffice::initTestCase()
{
    m_soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    THIDUA_REQUIRE_TOOL(
        !m_soffice.isEmpty(), "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui");
    QVERIFY(m_dir.isValid());
    QVERIFY2(PdfProbe::toolsAvailable(), "poppler-utils must be installed");
}

void TestDocxLibreOffice::convert_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    const QList<QPair<QString, QString>> kinds = { { QStringLiteral("to_trinh.json"), QStringLiteral("TỜ TRÌNH") },
        { QStringLiteral("bien_ban.json"), QStringLiteral("BIÊN BẢN") },
        { QStringLiteral("quyet_dinh.json"), QStringLiteral("QUYẾT ĐỊNH") },
        { QStringLiteral("bao_cao_thanh_tich_ca_nhan.json"), QStringLiteral("BÁO CÁO THÀNH TÍCH") },
        { QStringLiteral("bao_cao_thanh_tich_tap_the.json"), QStringLiteral("BÁO CÁO THÀNH TÍCH") },
        { QStringLiteral("giay_khen.json"), QStringLiteral("GIẤY KHEN") },
        { QStringLiteral("danh_muc_minh_chung.json"), QStringLiteral("DANH MỤC MINH CHỨNG") } };
    for (const auto& kind : kinds)
        QTest::newRow(qPrintable(kind.first)) << kind.first << kind.second;
}

void TestDocxLibreOffice::convert()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    const QString base = QString(file).remove(QStringLiteral(".json"));
    auto output = ExampleSpecs::prepare(file, m_dir.filePath(base + QStringLiteral(".sqlite")));
    QVERIFY2(output.ok(), output.ok() ? "" : qPrintable(output.error().toString()));
    const QString docx = m_dir.filePath(base + QStringLiteral(".docx"));
    QVERIFY(DocxWriter::save(output->documents, docx).ok());

    QProcess soffice;
    const QString profile = QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("lo-profile"))).toString();
    soffice.start(m_soffice,
        { QStringLiteral("-env:UserInstallation=") + profile,
            QStringLiteral("--headless"),
            QStringLiteral("--convert-to"),
            QStringLiteral("pdf"),
            QStringLiteral("--outdir"),
            m_dir.filePath(QStringLiteral("lo")),
            docx });
    QVERIFY(soffice.waitForFinished(180000));
    QCOMPARE(soffice.exitCode(), 0);
    const QString pdf = m_dir.filePath(QStringLiteral("lo/") + base + QStringLiteral(".pdf"));
    QVERIFY2(QFileInfo::exists(pdf), qPrintable(QString::fromUtf8(soffice.readAllStandardError())));

    PdfProbe probe;
    QVERIFY2(probe.load(pdf), qPrintable(probe.error()));
    QVERIFY(probe.layoutText().contains(title));
    // Issue 13, points 5, 6 and 9: LibreOffice breaks the header's names where our own PDF does, keeps a gutter
    // before the quốc hiệu, keeps each school year on one line, and starts page 1 where we do (a certificate centred
    // on its sheet).
    const QString ownPdf = m_dir.filePath(base + QStringLiteral("-own.pdf"));
    QVERIFY(PdfRenderer::save(output->documents, ownPdf).ok());
    PdfProbe own;
    QVERIFY2(own.load(ownPdf), qPrintable(own.error()));
    const auto leftColumn = [](const PdfProbe& pdf, double* gutter) {
        const double national = pdf.find(QStringLiteral("CỘNG"), 1).value(0).box.left();
        // The header ends at the Số line, or at the date line in a kind without a number (the title below it may
        // start left of the quốc hiệu).
        auto below = pdf.find(QStringLiteral("Số:"), 1);
        if (below.isEmpty())
            below = pdf.find(QStringLiteral("ngày"), 1);
        const double bottom = below.isEmpty() ? 60 : below.constFirst().box.top();
        *gutter = 1000;
        for (const PdfProbe::Word& word : pdf.words(1)) {
            if (word.box.right() < national && word.box.bottom() <= bottom)
                *gutter = qMin(*gutter, national - word.box.right());
        }
        return pdf.linesIn(1, QRectF(0, 0, national, bottom));
    };
    double ownGutter = 0, loGutter = 0;
    QCOMPARE(leftColumn(probe, &loGutter), leftColumn(own, &ownGutter));
    QVERIFY2(loGutter >= 2.5 && ownGutter >= 2.5, qPrintable(QStringLiteral("%1 %2").arg(loGutter).arg(ownGutter)));
    const QList<PdfProbe::Word> words = probe.words();
    for (qsizetype i = 0; i + 2 < words.size(); ++i) {
        if (words[i].text == QStringLiteral("2024") && words[i + 2].text.startsWith(QStringLiteral("2025"))) {
            QCOMPARE(words[i + 2].page, words[i].page);
            QVERIFY2(qAbs(words[i + 2].box.center().y() - words[i].box.center().y()) < 1,
                qPrintable(QStringLiteral("2024 - 2025 split at %1 mm").arg(words[i].box.top())));
        }
    }
    auto topOf = [](const PdfProbe& pdf) {
        double top = 1000;
        for (const PdfProbe::Word& word : pdf.words(1))
            top = qMin(top, word.box.top());
        return top;
    };
    QVERIFY2(
        qAbs(topOf(probe) - topOf(own)) < 3, qPrintable(QStringLiteral("%1 %2").arg(topOf(probe)).arg(topOf(own))));
    // LibreOffice keeps the layout: the same number of pages as our own PDF, the margins, no number on first pages.
    const auto pages = DocumentLayouter::layout(output->documents);
    QVERIFY(pages.ok());
    QCOMPARE(probe.pageCount(), pages->pageCount());
    for (int page = 1; page <= probe.pageCount(); ++page) {
        const QSizeF size = probe.pageSize(page);
        for (const PdfProbe::Word& word : probe.words(page)) {
            QVERIFY2(word.box.left() >= 30 - 0.5,
                qPrintable(QStringLiteral("%1 at %2 mm").arg(word.text).arg(word.box.left())));
            QVERIFY2(word.box.right() <= size.width() - 15 + 0.5, qPrintable(word.text));
            if (word.box.bottom() < 20) {
                QVERIFY2(pages->pages[page - 1].number > 1,
                    qPrintable(QStringLiteral("page %1 shows %2").arg(page).arg(word.text)));
                QCOMPARE(word.text, QString::number(pages->pages[page - 1].number));
            }
        }
    }
}

QTEST_MAIN(TestDocxLibreOffice)
#include "TestDocxLibreOffice.moc"
