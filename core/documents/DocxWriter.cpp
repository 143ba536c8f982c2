#include "core/documents/DocxWriter.h"

#include "core/documents/DocumentFonts.h"
#include "core/documents/DocxBodyWriter.h"
#include "core/documents/ParagraphFormat.h"
#include "core/documents/ZipArchive.h"

#include <QBuffer>
#include <QDateTime>
#include <QImageWriter>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <array>
#include <functional>

namespace thidua {

const QString DocxWriter::MainContentType =
    QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");

namespace {

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString R = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString PackageRels = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString OfficeRels = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
constexpr int PngQuality = 85; // zlib level 1: pngBytes()

QByteArray xmlPart(const std::function<void(QXmlStreamWriter&)>& body)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    body(xml);
    xml.writeEndDocument();
    return bytes;
}

void attribute(QXmlStreamWriter& xml, const QString& element, const QString& name, const QString& value)
{
    xml.writeEmptyElement(element);
    xml.writeAttribute(name, value);
}

QByteArray contentTypes(bool pictures)
{
    return xmlPart([pictures](QXmlStreamWriter& xml) {
        xml.writeStartElement(QStringLiteral("Types"));
        xml.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
        QList<QPair<QString, QString>> defaults = {
            { QStringLiteral("rels"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml") },
            { QStringLiteral("xml"), QStringLiteral("application/xml") }
        };
        if (pictures)
            defaults.append({ QStringLiteral("png"), QStringLiteral("image/png") });
        for (const auto& entry : defaults) {
            xml.writeEmptyElement(QStringLiteral("Default"));
            xml.writeAttribute(QStringLiteral("Extension"), entry.first);
            xml.writeAttribute(QStringLiteral("ContentType"), entry.second);
        }
        const QString wml = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.");
        const QList<QPair<QString, QString>> overrides = {
            { QStringLiteral("/word/document.xml"), DocxWriter::MainContentType },
            { QStringLiteral("/word/styles.xml"), wml + QStringLiteral("styles+xml") },
            { QStringLiteral("/word/settings.xml"), wml + QStringLiteral("settings+xml") },
            { QStringLiteral("/word/fontTable.xml"), wml + QStringLiteral("fontTable+xml") },
            { QStringLiteral("/word/header1.xml"), wml + QStringLiteral("header+xml") },
            { QStringLiteral("/word/header2.xml"), wml + QStringLiteral("header+xml") },
            { QStringLiteral("/docProps/core.xml"),
                QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml") },
            { QStringLiteral("/docProps/app.xml"),
                QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml") },
        };
        for (const auto& entry : overrides) {
            xml.writeEmptyElement(QStringLiteral("Override"));
            xml.writeAttribute(QStringLiteral("PartName"), entry.first);
            xml.writeAttribute(QStringLiteral("ContentType"), entry.second);
        }
        xml.writeEndElement();
    });
}

QByteArray relationships(const QList<std::array<QString, 3>>& relations)
{
    return xmlPart([&](QXmlStreamWriter& xml) {
        xml.writeStartElement(QStringLiteral("Relationships"));
        xml.writeDefaultNamespace(PackageRels);
        for (const auto& relation : relations) {
            xml.writeEmptyElement(QStringLiteral("Relationship"));
            xml.writeAttribute(QStringLiteral("Id"), relation[0]);
            xml.writeAttribute(QStringLiteral("Type"), relation[1]);
            xml.writeAttribute(QStringLiteral("Target"), relation[2]);
        }
        xml.writeEndElement();
    });
}

void runFonts(QXmlStreamWriter& xml)
{
    xml.writeEmptyElement(QStringLiteral("w:rFonts"));
    for (const char* name : { "w:ascii", "w:hAnsi", "w:eastAsia", "w:cs" })
        xml.writeAttribute(QLatin1String(name), DocumentFonts::docxFamily());
}

void paragraphStyle(QXmlStreamWriter& xml, Paragraph::Style style, const QString& name, const PageSetup& page)
{
    Paragraph paragraph;
    paragraph.style = style;
    const ParagraphFormat format = ParagraphFormat::of(paragraph, page);
    xml.writeStartElement(QStringLiteral("w:style"));
    xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("paragraph"));
    xml.writeAttribute(QStringLiteral("w:customStyle"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("w:styleId"), DocxBodyWriter::styleId(style));
    attribute(xml, QStringLiteral("w:name"), QStringLiteral("w:val"), name);
    attribute(xml, QStringLiteral("w:basedOn"), QStringLiteral("w:val"), QStringLiteral("Normal"));
    xml.writeEmptyElement(QStringLiteral("w:qFormat"));
    xml.writeStartElement(QStringLiteral("w:pPr"));
    if (format.keepWithNext)
        xml.writeEmptyElement(QStringLiteral("w:keepNext"));
    xml.writeEmptyElement(QStringLiteral("w:spacing"));
    xml.writeAttribute(QStringLiteral("w:before"), QString::number(units::ptToTwips(format.spaceBeforePt)));
    xml.writeAttribute(QStringLiteral("w:after"), QString::number(units::ptToTwips(format.spaceAfterPt)));
    xml.writeAttribute(QStringLiteral("w:line"), QString::number(qRound(240 * page.lineSpacing)));
    xml.writeAttribute(QStringLiteral("w:lineRule"), QStringLiteral("auto"));
    xml.writeEmptyElement(QStringLiteral("w:ind"));
    xml.writeAttribute(QStringLiteral("w:firstLine"), QString::number(units::mmToTwips(format.firstIndentMm)));
    const QString align = format.align == Paragraph::Align::Justify ? QStringLiteral("both")
        : format.align == Paragraph::Align::Center                  ? QStringLiteral("center")
        : format.align == Paragraph::Align::Right                   ? QStringLiteral("right")
                                                                    : QStringLiteral("left");
    attribute(xml, QStringLiteral("w:jc"), QStringLiteral("w:val"), align);
    xml.writeEndElement(); // pPr
    xml.writeStartElement(QStringLiteral("w:rPr"));
    if (format.bold)
        xml.writeEmptyElement(QStringLiteral("w:b"));
    if (format.italic)
        xml.writeEmptyElement(QStringLiteral("w:i"));
    attribute(xml, QStringLiteral("w:sz"), QStringLiteral("w:val"), QString::number(qRound(format.size * 2)));
    attribute(xml, QStringLiteral("w:szCs"), QStringLiteral("w:val"), QString::number(qRound(format.size * 2)));
    xml.writeEndElement(); // rPr
    xml.writeEndElement(); // style
}

QByteArray styles(const PageSetup& page)
{
    return xmlPart([&](QXmlStreamWriter& xml) {
        xml.writeStartElement(QStringLiteral("w:styles"));
        xml.writeNamespace(W, QStringLiteral("w"));
        xml.writeStartElement(QStringLiteral("w:docDefaults"));
        xml.writeStartElement(QStringLiteral("w:rPrDefault"));
        xml.writeStartElement(QStringLiteral("w:rPr"));
        runFonts(xml);
        attribute(xml, QStringLiteral("w:color"), QStringLiteral("w:val"), QStringLiteral("000000"));
        attribute(xml, QStringLiteral("w:sz"), QStringLiteral("w:val"), QString::number(qRound(page.bodySize * 2)));
        attribute(xml, QStringLiteral("w:szCs"), QStringLiteral("w:val"), QString::number(qRound(page.bodySize * 2)));
        xml.writeEmptyElement(QStringLiteral("w:lang"));
        xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("vi-VN"));
        xml.writeAttribute(QStringLiteral("w:eastAsia"), QStringLiteral("en-US"));
        xml.writeAttribute(QStringLiteral("w:bidi"), QStringLiteral("ar-SA"));
        xml.writeEndElement(); // rPr
        xml.writeEndElement(); // rPrDefault
        xml.writeStartElement(QStringLiteral("w:pPrDefault"));
        xml.writeStartElement(QStringLiteral("w:pPr"));
        xml.writeEmptyElement(QStringLiteral("w:spacing"));
        xml.writeAttribute(QStringLiteral("w:after"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("w:line"), QStringLiteral("240"));
        xml.writeAttribute(QStringLiteral("w:lineRule"), QStringLiteral("auto"));
        xml.writeEndElement(); // pPr
        xml.writeEndElement(); // pPrDefault
        xml.writeEndElement(); // docDefaults

        xml.writeStartElement(QStringLiteral("w:style"));
        xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("paragraph"));
        xml.writeAttribute(QStringLiteral("w:default"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("w:styleId"), QStringLiteral("Normal"));
        attribute(xml, QStringLiteral("w:name"), QStringLiteral("w:val"), QStringLiteral("Normal"));
        xml.writeEmptyElement(QStringLiteral("w:qFormat"));
        xml.writeEndElement();

        xml.writeStartElement(QStringLiteral("w:style"));
        xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("table"));
        xml.writeAttribute(QStringLiteral("w:default"), QStringLiteral("1"));
        xml.writeAttribute(QStringLiteral("w:styleId"), QStringLiteral("TableNormal"));
        attribute(xml, QStringLiteral("w:name"), QStringLiteral("w:val"), QStringLiteral("Normal Table"));
        xml.writeStartElement(QStringLiteral("w:tblPr"));
        xml.writeStartElement(QStringLiteral("w:tblCellMar"));
        for (const char* side : { "top", "left", "bottom", "right" }) {
            xml.writeEmptyElement(QStringLiteral("w:") + QLatin1String(side));
            xml.writeAttribute(QStringLiteral("w:w"), QLatin1String(side[0] == 'l' || side[0] == 'r' ? "108" : "0"));
            xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
        }
        xml.writeEndElement(); // tblCellMar
        xml.writeEndElement(); // tblPr
        xml.writeEndElement(); // style

        const QStringList names = { QStringLiteral("ThiDua Body"),
            QStringLiteral("ThiDua Heading 1"),
            QStringLiteral("ThiDua Heading 2"),
            QStringLiteral("ThiDua Heading 3"),
            QStringLiteral("ThiDua Bullet"),
            QStringLiteral("ThiDua Legal Basis"),
            QStringLiteral("ThiDua Centered"),
            QStringLiteral("ThiDua Centered Bold"),
            QStringLiteral("ThiDua Plain") };
        const QList<Paragraph::Style> all = DocxBodyWriter::styles();
        for (qsizetype i = 0; i < all.size(); ++i)
            paragraphStyle(xml, all[i], names.value(i), page);
        xml.writeEndElement(); // styles
    });
}

QByteArray settings()
{
    return xmlPart([](QXmlStreamWriter& xml) {
        xml.writeStartElement(QStringLiteral("w:settings"));
        xml.writeNamespace(W, QStringLiteral("w"));
        attribute(xml, QStringLiteral("w:zoom"), QStringLiteral("w:percent"), QStringLiteral("100"));
        attribute(xml, QStringLiteral("w:defaultTabStop"), QStringLiteral("w:val"), QStringLiteral("720"));
        attribute(
            xml, QStringLiteral("w:characterSpacingControl"), QStringLiteral("w:val"), QStringLiteral("doNotCompress"));
        xml.writeStartElement(QStringLiteral("w:compat"));
        xml.writeEmptyElement(QStringLiteral("w:compatSetting"));
        xml.writeAttribute(QStringLiteral("w:name"), QStringLiteral("compatibilityMode"));
        xml.writeAttribute(QStringLiteral("w:uri"), QStringLiteral("http://schemas.microsoft.com/office/word"));
        xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("15"));
        xml.writeEndElement(); // compat
        attribute(xml, QStringLiteral("w:themeFontLang"), QStringLiteral("w:val"), QStringLiteral("vi-VN"));
        xml.writeEndElement();
    });
}

QByteArray fontTable()
{
    return xmlPart([](QXmlStreamWriter& xml) {
        xml.writeStartElement(QStringLiteral("w:fonts"));
        xml.writeNamespace(W, QStringLiteral("w"));
        xml.writeStartElement(QStringLiteral("w:font"));
        xml.writeAttribute(QStringLiteral("w:name"), DocumentFonts::docxFamily());
        attribute(xml, QStringLiteral("w:panose1"), QStringLiteral("w:val"), QStringLiteral("02020603050405020304"));
        attribute(xml, QStringLiteral("w:charset"), QStringLiteral("w:val"), QStringLiteral("00"));
        attribute(xml, QStringLiteral("w:family"), QStringLiteral("w:val"), QStringLiteral("roman"));
        attribute(xml, QStringLiteral("w:pitch"), QStringLiteral("w:val"), QStringLiteral("variable"));
        xml.writeEndElement();
        xml.writeEndElement();
    });
}

// The header of pages 2, 3…: the page number, centred, 13 pt, upright.
QByteArray numberHeader()
{
    return xmlPart([](QXmlStreamWriter& xml) {
        xml.writeStartElement(QStringLiteral("w:hdr"));
        xml.writeNamespace(W, QStringLiteral("w"));
        xml.writeNamespace(R, QStringLiteral("r"));
        xml.writeStartElement(QStringLiteral("w:p"));
        xml.writeStartElement(QStringLiteral("w:pPr"));
        xml.writeEmptyElement(QStringLiteral("w:spacing"));
        xml.writeAttribute(QStringLiteral("w:before"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("w:after"), QStringLiteral("0"));
        attribute(xml, QStringLiteral("w:jc"), QStringLiteral("w:val"), QStringLiteral("center"));
        xml.writeEndElement(); // pPr
        auto run = [&xml](const std::function<void()>& content) {
            xml.writeStartElement(QStringLiteral("w:r"));
            xml.writeStartElement(QStringLiteral("w:rPr"));
            attribute(xml,
                QStringLiteral("w:sz"),
                QStringLiteral("w:val"),
                QString::number(qRound(PageSetup::PageNumberSize * 2)));
            xml.writeEndElement();
            content();
            xml.writeEndElement();
        };
        run([&xml] {
            attribute(xml, QStringLiteral("w:fldChar"), QStringLiteral("w:fldCharType"), QStringLiteral("begin"));
        });
        run([&xml] {
            xml.writeStartElement(QStringLiteral("w:instrText"));
            xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            xml.writeCharacters(QStringLiteral(" PAGE "));
            xml.writeEndElement();
        });
        run([&xml] {
            attribute(xml, QStringLiteral("w:fldChar"), QStringLiteral("w:fldCharType"), QStringLiteral("separate"));
        });
        run([&xml] { xml.writeTextElement(QStringLiteral("w:t"), QStringLiteral("2")); });
        run([&xml] {
            attribute(xml, QStringLiteral("w:fldChar"), QStringLiteral("w:fldCharType"), QStringLiteral("end"));
        });
        xml.writeEndElement(); // p
        xml.writeEndElement(); // hdr
    });
}

// The header of first pages: empty (Nghị định 30: the first page shows no number).
QByteArray firstHeader()
{
    return xmlPart([](QXmlStreamWriter& xml) {
        xml.writeStartElement(QStringLiteral("w:hdr"));
        xml.writeNamespace(W, QStringLiteral("w"));
        xml.writeEmptyElement(QStringLiteral("w:p"));
        xml.writeEndElement();
    });
}

QByteArray coreProperties(const QString& title)
{
    return xmlPart([&](QXmlStreamWriter& xml) {
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        xml.writeStartElement(QStringLiteral("cp:coreProperties"));
        xml.writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
            QStringLiteral("cp"));
        xml.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
        xml.writeNamespace(QStringLiteral("http://purl.org/dc/terms/"), QStringLiteral("dcterms"));
        xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
        xml.writeTextElement(QStringLiteral("dc:title"), DocxXml::xmlSafe(title));
        xml.writeTextElement(QStringLiteral("dc:creator"), QStringLiteral("ThiĐua"));
        xml.writeTextElement(QStringLiteral("dc:language"), QStringLiteral("vi-VN"));
        for (const char* name : { "dcterms:created", "dcterms:modified" }) {
            xml.writeStartElement(QLatin1String(name));
            xml.writeAttribute(QStringLiteral("xsi:type"), QStringLiteral("dcterms:W3CDTF"));
            xml.writeCharacters(now);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    });
}

QByteArray appProperties()
{
    return xmlPart([](QXmlStreamWriter& xml) {
        xml.writeStartElement(QStringLiteral("Properties"));
        xml.writeDefaultNamespace(
            QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
        xml.writeTextElement(QStringLiteral("Application"), QStringLiteral("ThiĐua"));
        xml.writeEndElement();
    });
}

QByteArray documentXml(const Documents& documents, QList<DocxBodyWriter::Media>* media)
{
    return xmlPart([&](QXmlStreamWriter& xml) {
        xml.writeStartElement(QStringLiteral("w:document"));
        xml.writeNamespace(W, QStringLiteral("w"));
        xml.writeNamespace(R, QStringLiteral("r"));
        xml.writeStartElement(QStringLiteral("w:body"));
        DocxBodyWriter body(xml);
        for (const Document& document : documents)
            body.writeDocument(document);
        body.finish();
        *media = body.media();
        xml.writeEndElement(); // body
        xml.writeEndElement(); // document
    });
}

// A picture as PNG at zlib level 1 (QImageWriter quality 85; Qt maps quality q to level (100 - q) * 9 / 91). On the
// report's 1890 × 1063 chart of 15 tổ (BenchReportCharts, release build, busy 2-core machine) Qt's default level 6
// took 49 ms and 170 kB, level 1 37 ms and 181 kB; most of the time is libpng's rows, not zlib.
Result<QByteArray> pngBytes(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setQuality(PngQuality);
    if (!writer.write(image))
        return Error(
            Error::Code::Io, DocxWriter::tr("A picture could not be written as PNG: %1").arg(writer.errorString()));
    return bytes;
}

} // namespace

Result<QByteArray> DocxWriter::write(const Documents& documents)
{
    if (documents.isEmpty())
        return Error(Error::Code::Validation, tr("There is nothing to write."));
    if (auto fonts = DocumentFonts::ensureLoaded(); !fonts)
        return fonts.error();
    for (const Document& document : documents) {
        if (auto valid = document.page.validate(); !valid)
            return valid.error();
    }
    const QString wordRels = OfficeRels;
    QList<DocxBodyWriter::Media> media;
    const QByteArray document = documentXml(documents, &media);
    QList<std::array<QString, 3>> wordRelations = {
        { QStringLiteral("rIdStyles"), wordRels + QStringLiteral("/styles"), QStringLiteral("styles.xml") },
        { QStringLiteral("rIdSettings"), wordRels + QStringLiteral("/settings"), QStringLiteral("settings.xml") },
        { QStringLiteral("rIdFonts"), wordRels + QStringLiteral("/fontTable"), QStringLiteral("fontTable.xml") },
        { DocxXml::NumberHeaderId, wordRels + QStringLiteral("/header"), QStringLiteral("header1.xml") },
        { DocxXml::FirstHeaderId, wordRels + QStringLiteral("/header"), QStringLiteral("header2.xml") }
    };
    for (const DocxBodyWriter::Media& picture : std::as_const(media))
        wordRelations.append(
            { picture.relationId, wordRels + QStringLiteral("/image"), QStringLiteral("media/") + picture.name });
    QList<ZipArchive::Entry> entries = {
        { QStringLiteral("[Content_Types].xml"), contentTypes(!media.isEmpty()) },
        { QStringLiteral("_rels/.rels"),
            relationships({ { QStringLiteral("rId1"),
                                OfficeRels + QStringLiteral("/officeDocument"),
                                QStringLiteral("word/document.xml") },
                { QStringLiteral("rId2"),
                    PackageRels + QStringLiteral("/metadata/core-properties"),
                    QStringLiteral("docProps/core.xml") },
                { QStringLiteral("rId3"),
                    OfficeRels + QStringLiteral("/extended-properties"),
                    QStringLiteral("docProps/app.xml") } }) },
        { QStringLiteral("word/document.xml"), document },
        { QStringLiteral("word/_rels/document.xml.rels"), relationships(wordRelations) },
        { QStringLiteral("word/styles.xml"), styles(documents.constFirst().page) },
        { QStringLiteral("word/settings.xml"), settings() },
        { QStringLiteral("word/fontTable.xml"), fontTable() },
        { QStringLiteral("word/header1.xml"), numberHeader() },
        { QStringLiteral("word/header2.xml"), firstHeader() },
        { QStringLiteral("docProps/core.xml"), coreProperties(documents.constFirst().title) },
        { QStringLiteral("docProps/app.xml"), appProperties() },
    };
    for (const DocxBodyWriter::Media& picture : std::as_const(media)) {
        auto png = pngBytes(picture.image);
        if (!png)
            return png.error();
        entries.append({ QStringLiteral("word/media/") + picture.name, *png });
    }
    return ZipArchive::write(entries);
}

Status DocxWriter::save(const Documents& documents, const QString& path)
{
    auto bytes = write(documents);
    if (!bytes)
        return Error(bytes.error().code, bytes.error().message, path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Error(Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString()), path);
    return {};
}

} // namespace thidua
