#pragma once

#include "core/documents/Document.h"
#include "core/documents/DocxXml.h"
#include "core/documents/Nd30Geometry.h"
#include "core/documents/ParagraphFormat.h"

#include <QImage>
#include <QXmlStreamWriter>

namespace thidua {

// Writes the <w:body> of word/document.xml for DocxWriter: the Nghị định 30 header as a borderless two-row table
// (so that "Số" and the date share a line), title, body, signatures, and a section per document and per appendix,
// each numbered from 1 with a first page that shows no number.
class DocxBodyWriter
{
public:
    // Paragraph style ids in word/styles.xml.
    static QString styleId(Paragraph::Style style);
    static QList<Paragraph::Style> styles();

    // A picture of the body (Block::Kind::Image), for DocxWriter to store as word/media/<name> under <relationId>.
    struct Media
    {
        QString name; // "image1.png"
        QString relationId; // "rIdImage1"
        QImage image;
    };

    explicit DocxBodyWriter(QXmlStreamWriter& xml);
    void writeDocument(const Document& document);
    // Closes the body with the last section's properties.
    void finish();
    // The pictures written so far, in order.
    const QList<Media>& media() const { return m_media; }

private:
    struct Section
    {
        PageSetup page;
        bool landscape = false;
    };

    void beginSection(const PageSetup& page, bool landscape);
    using ParagraphProps = DocxXml::ParagraphProps;
    using RunProps = DocxXml::RunProps;
    void header(const Document& document, const Nd30Geometry::Header& geometry);
    void title(const QString& title, const QString& summary, bool rule, int width, bool spaceBefore);
    void blocks(const Blocks& blocks, const PageSetup& page, int width);
    void bodyParagraph(const Paragraph& paragraph, const PageSetup& page);
    void addressees(const QStringList& items, const PageSetup& page, int width);
    void table(const Table& table, const PageSetup& page, int width);
    void picture(const Block& block, const PageSetup& page);
    void signatures(const Document& document, const Nd30Geometry::Header& geometry, int width);
    void signerCell(const SignatureBlock& signer, int width);
    void distributionParagraphs(const Distribution& distribution);
    DocxXml m_xml;
    Section m_section;
    bool m_hasSection = false;
    QList<Media> m_media;
};

} // namespace thidua
