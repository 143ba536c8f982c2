// Pictures in documents (Block::Kind::Image, for the charts of the annual report): placed whole and centred by the
// layout, embedded once at their own pixel size in the PDF (pdfimages), stored as word/media/imageN.png with its
// relationship, content type and an inline drawing of the asked width in the DOCX, and kept by LibreOffice.
#include "core/documents/DocumentLayouter.h"
#include "core/documents/DocxWriter.h"
#include "core/documents/PdfRenderer.h"
#include "core/documents/ZipArchive.h"
#include "tests/support/RequiredTool.h"
#include "tests/support/SampleDocuments.h"

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace thidua;
using thidua::test::SampleDocuments;

namespace {

constexpr double U = LaidOutDocument::UnitsPerMm;
const QString WpNs = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
const QString ANs = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
const QString RNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

// A chart-like picture: white, with coloured bars (what a chart painter gives, 160 × 90 mm at 300 dpi by default).
QImage picture(int width = 1890, int height = 1063)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int i = 0; i < 5; ++i)
        painter.fillRect(100 + i * 300, height / 4 + i * 100, 150, height - height / 4 - i * 100, QColor(46, 109, 180));
    return image;
}

// A document with only a short body: `spacerMm` of empty space, then `blocks`.
Document withBody(double spacerMm, const Blocks& blocks)
{
    Document document;
    document.kindKey = QStringLiteral("bao_cao");
    document.header.issuer = QStringLiteral("Trường THCS Nguyễn Du");
    document.header.placeName = QStringLiteral("Gò Vấp");
    document.title = QStringLiteral("Báo cáo");
    document.body << Block::spacer(spacerMm) << blocks;
    return document;
}

struct PlacedImage
{
    int page = -1;
    QRectF mm;
    QSize pixels;
};

QList<PlacedImage> placedImages(const LaidOutDocument& laidOut)
{
    QList<PlacedImage> found;
    for (int p = 0; p < laidOut.pageCount(); ++p) {
        for (const LayoutItem& item : laidOut.pages[p].items) {
            if (item.kind == LayoutItem::Kind::Image) {
                const QRectF mm(item.box.topLeft() / U, item.box.size() / U);
                found.append({ p, mm, item.image ? item.image->size() : QSize() });
            }
        }
    }
    return found;
}

// `pdfimages -list` rows: type, width, height, x-ppi of each picture (masks included).
struct ListedImage
{
    QString type;
    int width = 0, height = 0, xppi = 0;
};

QList<ListedImage> pdfImages(const QString& pdf, QString* error)
{
    QProcess process;
    process.start(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf });
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    QList<ListedImage> images;
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString& line : lines.mid(2)) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        if (fields.size() >= 13)
            images.append({ fields[2], fields[3].toInt(), fields[4].toInt(), fields[12].toInt() });
    }
    return images;
}

QByteArray entry(const QList<ZipArchive::Entry>& entries, const QString& name)
{
    for (const ZipArchive::Entry& e : entries) {
        if (e.first == name)
            return e.second;
    }
    return {};
}

} // namespace

class TestDocumentImages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pictureSize_data();
    void pictureSize();
    void layout_data();
    void layout();
    void transparentPictureFlattened();
    void appendixPicture();
    void docxPackage();
    void docxExtent_data();
    void docxExtent();
    void pdfEmbedsOnePicture();
    void libreOfficeKeepsPicture();

private:
    QString path(const QString& name) const;
    QTemporaryDir m_dir;
};

QString TestDocumentImages::path(const QString& name) const
{
    // THIDUA_KEEP_OUTPUT=DIR keeps the files to look at them.
    const QString keep = qEnvironmentVariable("THIDUA_KEEP_OUTPUT");
    return QDir(keep.isEmpty() ? m_dir.path() : keep).filePath(name);
}

void TestDocumentImages::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestDocumentImages::pictureSize_data()
{
    QTest::addColumn<int>("pixelWidth");
    QTest::addColumn<int>("pixelHeight");
    QTest::addColumn<double>("widthMm");
    QTest::addColumn<double>("expectedWidth");
    QTest::addColumn<double>("expectedHeight");
    // Text area of A4 with the Nghị định 30 margins: 210 − 30 − 15 = 165 mm wide, 297 − 20 − 20 = 257 mm tall.
    QTest::newRow("160 mm chart") << 1890 << 1063 << 160.0 << 160.0 << 89.989418;
    QTest::newRow("wider than the text") << 2000 << 1000 << 200.0 << 165.0 << 82.5;
    QTest::newRow("taller than the page") << 1000 << 2000 << 150.0 << 128.5 << 257.0;
    QTest::newRow("no width") << 1000 << 500 << 0.0 << 0.0 << 0.0;
}

void TestDocumentImages::pictureSize()
{
    QFETCH(int, pixelWidth);
    QFETCH(int, pixelHeight);
    QFETCH(double, widthMm);
    QFETCH(double, expectedWidth);
    QFETCH(double, expectedHeight);
    const Block block = Block::image(picture(pixelWidth, pixelHeight), widthMm);
    QCOMPARE(block.kind, Block::Kind::Image);
    const PageSetup page;
    const QSizeF size = block.pictureSizeMm(page.textWidthMm(), page.textHeightMm());
    QVERIFY2(qAbs(size.width() - expectedWidth) < 1e-4, qPrintable(QString::number(size.width())));
    QVERIFY2(qAbs(size.height() - expectedHeight) < 1e-4, qPrintable(QString::number(size.height())));
    QVERIFY(Block::image(QImage(), 100).pictureSizeMm(165, 257).isEmpty());
}

void TestDocumentImages::layout_data()
{
    QTest::addColumn<double>("spacerMm");
    QTest::addColumn<int>("page");
    // The header, title and a spacer of 100 mm leave more than the 90 mm of the chart on page 1; with a spacer of
    // 200 mm (the body ends near 250 mm of the 277 mm the text may reach) it goes whole to the top of page 2.
    QTest::newRow("fits") << 100.0 << 0;
    QTest::newRow("does not fit") << 200.0 << 1;
}

void TestDocumentImages::layout()
{
    QFETCH(double, spacerMm);
    QFETCH(int, page);
    const auto laidOut = DocumentLayouter::layout(withBody(spacerMm, { Block::image(picture(), 160) }));
    QVERIFY2(laidOut.ok(), laidOut.ok() ? "" : qPrintable(laidOut.error().toString()));
    QCOMPARE(laidOut->pageCount(), page + 1);
    const QList<PlacedImage> images = placedImages(*laidOut);
    QCOMPARE(images.size(), 1); // never split
    QCOMPARE(images[0].page, page);
    QCOMPARE(images[0].pixels, QSize(1890, 1063));
    // Centred in the text width: 30 + (165 − 160) / 2 = 32.5 mm; 160 × 1063 / 1890 = 89.99 mm tall.
    QVERIFY2(qAbs(images[0].mm.left() - 32.5) < 0.01, qPrintable(QString::number(images[0].mm.left())));
    QVERIFY(qAbs(images[0].mm.width() - 160) < 0.01);
    QVERIFY(qAbs(images[0].mm.height() - 89.989) < 0.01);
    QVERIFY2(images[0].mm.bottom() <= 277 + 0.01, qPrintable(QString::number(images[0].mm.bottom())));
    if (page == 1) // at the top margin of its new page (the space before it dropped)
        QVERIFY2(qAbs(images[0].mm.top() - 20) < 0.01, qPrintable(QString::number(images[0].mm.top())));
    else // below the spacer: the title ends more than 20 mm below the top margin
        QVERIFY2(images[0].mm.top() > 20 + 20 + spacerMm, qPrintable(QString::number(images[0].mm.top())));
}

void TestDocumentImages::transparentPictureFlattened()
{
    QImage transparent(40, 20, QImage::Format_ARGB32);
    transparent.fill(Qt::transparent);
    transparent.setPixelColor(5, 5, Qt::red);
    const Block block = Block::image(transparent, 50);
    QVERIFY(!block.picture.hasAlphaChannel());
    QCOMPARE(block.picture.size(), QSize(40, 20));
    QCOMPARE(block.picture.pixelColor(0, 0), QColor(Qt::white));
    QCOMPARE(block.picture.pixelColor(5, 5), QColor(Qt::red));
}

void TestDocumentImages::appendixPicture()
{
    Document document = withBody(10, {});
    Appendix appendix;
    appendix.label = QStringLiteral("Phụ lục");
    appendix.title = QStringLiteral("Biểu đồ");
    appendix.body << Block::image(picture(), 160);
    document.appendices << appendix;
    const auto laidOut = DocumentLayouter::layout(document);
    QVERIFY(laidOut.ok());
    QCOMPARE(laidOut->pageCount(), 2);
    const QList<PlacedImage> images = placedImages(*laidOut);
    QCOMPARE(images.size(), 1);
    QCOMPARE(images[0].page, 1);
}

void TestDocumentImages::docxPackage()
{
    Document document = withBody(10, { Block::image(picture(), 160), Block::image(picture(1200, 600), 120) });
    Appendix appendix;
    appendix.title = QStringLiteral("Biểu đồ");
    appendix.body << Block::image(picture(900, 900), 80);
    document.appendices << appendix;
    const auto docx = DocxWriter::write({ document });
    QVERIFY2(docx.ok(), docx.ok() ? "" : qPrintable(docx.error().toString()));
    const auto entries = ZipArchive::read(*docx);
    QVERIFY(entries.ok());

    // The pictures, in order, as PNG at their own pixel size.
    const QList<QSize> sizes = { QSize(1890, 1063), QSize(1200, 600), QSize(900, 900) };
    for (int i = 0; i < 3; ++i) {
        const QByteArray png = entry(*entries, QStringLiteral("word/media/image%1.png").arg(i + 1));
        QVERIFY2(png.startsWith("\x89PNG"), qPrintable(QString::number(i + 1)));
        QCOMPARE(QImage::fromData(png, "PNG").size(), sizes[i]);
        // Compressed: a picture of flat colours takes a few kilobytes, not its 3 bytes a pixel (6 MB at 1890 × 1063).
        QVERIFY2(png.size() < 100000, qPrintable(QString::number(png.size())));
    }
    const QString types = QString::fromUtf8(entry(*entries, QStringLiteral("[Content_Types].xml")));
    QVERIFY2(
        types.contains(QStringLiteral("<Default Extension=\"png\" ContentType=\"image/png\"/>")), qPrintable(types));

    // Each blip names a relationship of type image whose target is its media file.
    QDomDocument rels;
    QVERIFY(rels.setContent(entry(*entries, QStringLiteral("word/_rels/document.xml.rels"))));
    QMap<QString, QString> imageTargets;
    const QDomNodeList relations = rels.elementsByTagName(QStringLiteral("Relationship"));
    for (int i = 0; i < relations.size(); ++i) {
        const QDomElement relation = relations.at(i).toElement();
        if (relation.attribute(QStringLiteral("Type")) == RNs + QStringLiteral("/image"))
            imageTargets.insert(relation.attribute(QStringLiteral("Id")), relation.attribute(QStringLiteral("Target")));
    }
    QCOMPARE(imageTargets.size(), 3);
    QDomDocument body;
    QVERIFY(body.setContent(entry(*entries, QStringLiteral("word/document.xml")), true));
    const QDomNodeList blips = body.elementsByTagNameNS(ANs, QStringLiteral("blip"));
    QCOMPARE(blips.size(), 3);
    for (int i = 0; i < blips.size(); ++i) {
        const QString id = blips.at(i).toElement().attributeNS(RNs, QStringLiteral("embed"));
        QCOMPARE(imageTargets.value(id), QStringLiteral("media/image%1.png").arg(i + 1));
    }
    // docPr ids unique; each picture alone in a centred paragraph.
    const QDomNodeList docPrs = body.elementsByTagNameNS(WpNs, QStringLiteral("docPr"));
    QSet<QString> ids;
    for (int i = 0; i < docPrs.size(); ++i)
        ids.insert(docPrs.at(i).toElement().attribute(QStringLiteral("id")));
    QCOMPARE(ids.size(), 3);
    const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    const QDomNodeList inlines = body.elementsByTagNameNS(WpNs, QStringLiteral("inline"));
    for (int i = 0; i < inlines.size(); ++i) {
        const QDomElement paragraph = inlines.at(i).parentNode().parentNode().parentNode().toElement();
        QCOMPARE(paragraph.localName(), QStringLiteral("p"));
        const QDomElement jc = paragraph.elementsByTagNameNS(W, QStringLiteral("jc")).at(0).toElement();
        QCOMPARE(jc.attributeNS(W, QStringLiteral("val")), QStringLiteral("center"));
    }
}

void TestDocumentImages::docxExtent_data()
{
    QTest::addColumn<int>("pixelWidth");
    QTest::addColumn<int>("pixelHeight");
    QTest::addColumn<double>("widthMm");
    QTest::addColumn<qint64>("cx");
    QTest::addColumn<qint64>("cy");
    // 36 000 EMU a millimetre: 160 mm = 5 760 000; 160 × 1063 / 1890 = 89.98942 mm = 3 239 619 EMU.
    QTest::newRow("160 mm") << 1890 << 1063 << 160.0 << qint64(5760000) << qint64(3239619);
    // 100 mm square = 3 600 000 both ways.
    QTest::newRow("100 mm square") << 800 << 800 << 100.0 << qint64(3600000) << qint64(3600000);
    // Wider than the text: 165 mm = 5 940 000, half as tall = 2 970 000.
    QTest::newRow("clamped to 165 mm") << 2000 << 1000 << 190.0 << qint64(5940000) << qint64(2970000);
}

void TestDocumentImages::docxExtent()
{
    QFETCH(int, pixelWidth);
    QFETCH(int, pixelHeight);
    QFETCH(double, widthMm);
    QFETCH(qint64, cx);
    QFETCH(qint64, cy);
    const auto docx = DocxWriter::write({ withBody(10, { Block::image(picture(pixelWidth, pixelHeight), widthMm) }) });
    QVERIFY(docx.ok());
    const auto entries = ZipArchive::read(*docx);
    QVERIFY(entries.ok());
    QDomDocument body;
    QVERIFY(body.setContent(entry(*entries, QStringLiteral("word/document.xml")), true));
    const QDomElement extent = body.elementsByTagNameNS(WpNs, QStringLiteral("extent")).at(0).toElement();
    QCOMPARE(extent.attribute(QStringLiteral("cx")).toLongLong(), cx);
    QCOMPARE(extent.attribute(QStringLiteral("cy")).toLongLong(), cy);
    const QDomElement ext = body.elementsByTagNameNS(ANs, QStringLiteral("ext")).at(0).toElement();
    QCOMPARE(ext.attribute(QStringLiteral("cx")).toLongLong(), cx);
    QCOMPARE(ext.attribute(QStringLiteral("cy")).toLongLong(), cy);
}

void TestDocumentImages::pdfEmbedsOnePicture()
{
    THIDUA_REQUIRE_TOOL(!QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty(),
        "pdfimages (poppler-utils) is not installed");
    const QString pdf = path(QStringLiteral("picture.pdf"));
    QVERIFY(PdfRenderer::save(Documents { withBody(10, { Block::image(picture(), 160) }) }, pdf).ok());
    QString error;
    const QList<ListedImage> images = pdfImages(pdf, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(images.size(), 1); // no mask, no second copy
    QCOMPARE(images[0].type, QStringLiteral("image"));
    QCOMPARE(images[0].width, 1890);
    QCOMPARE(images[0].height, 1063);
    // 1890 px over 160 mm = 6.299 in: 300 pixels an inch.
    QCOMPARE(images[0].xppi, 300);
}

void TestDocumentImages::libreOfficeKeepsPicture()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    THIDUA_REQUIRE_TOOL(
        !soffice.isEmpty(), "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui");
    THIDUA_REQUIRE_TOOL(!QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty(),
        "pdfimages (poppler-utils) is not installed");
    const QString docx = path(QStringLiteral("picture.docx"));
    QVERIFY(DocxWriter::save({ withBody(10, { Block::image(picture(), 160) }) }, docx).ok());
    QProcess process;
    const QString profile = QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("lo-profile"))).toString();
    const QString outDir = m_dir.filePath(QStringLiteral("lo"));
    process.start(soffice,
        { QStringLiteral("-env:UserInstallation=") + profile,
            QStringLiteral("--headless"),
            QStringLiteral("--convert-to"),
            QStringLiteral("pdf"),
            QStringLiteral("--outdir"),
            outDir,
            docx });
    QVERIFY(process.waitForFinished(180000));
    QCOMPARE(process.exitCode(), 0);
    const QString pdf = QDir(outDir).filePath(QStringLiteral("picture.pdf"));
    QVERIFY2(QFileInfo::exists(pdf), qPrintable(QString::fromUtf8(process.readAllStandardError())));
    QString error;
    const QList<ListedImage> images = pdfImages(pdf, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(images.size(), 1);
    QCOMPARE(images[0].width, 1890);
    QCOMPARE(images[0].height, 1063);
    // Printed 160 mm wide by LibreOffice too: 300 pixels an inch.
    QVERIFY2(qAbs(images[0].xppi - 300) <= 1, qPrintable(QString::number(images[0].xppi)));
}

QTEST_MAIN(TestDocumentImages)
#include "TestDocumentImages.moc"
