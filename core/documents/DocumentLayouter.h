#pragma once

#include "core/common/Result.h"
#include "core/documents/Document.h"
#include "core/documents/LaidOutDocument.h"
#include "core/documents/Nd30Geometry.h"
#include "core/documents/PageFlow.h"

#include <QCoreApplication>

namespace thidua {

// Lays documents out on pages in the Nghị định 30 layout: header (ô 1–4), tên loại and trích yếu, body, signatures
// and "Nơi nhận", then each appendix as its own section. Several documents go one after the other, each starting
// on a new page with its own numbering (a batch of báo cáo thành tích). Needs a QGuiApplication.
class DocumentLayouter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentLayouter)

public:
    static Result<LaidOutDocument> layout(const Documents& documents);
    static Result<LaidOutDocument> layout(const Document& document) { return layout(Documents { document }); }
    // How far a document that is centredOnPage moves down from the top margin (0 when it is not, or when it takes
    // more than a page): for the DOCX writer, which puts the same space above it.
    static double verticalCentringMm(const Document& document);

private:
    explicit DocumentLayouter(LaidOutDocument& out, const Document& document);
    void layoutDocument();
    void addHeader();
    void addTitle(const QString& title, const QString& summary, bool rule, double spaceBefore);
    void addBlocks(const Blocks& blocks);
    void addParagraph(const Paragraph& paragraph);
    void addAddressees(const QStringList& items);
    void addTable(const Table& table);
    void addImage(const Block& block);
    void addSignatures();
    void addAppendix(const Appendix& appendix);
    static double centringShift(const LayoutPage& page, const PageSetup& setup); // units
    static void centreVertically(LayoutPage& page, const PageSetup& setup);

    LaidOutDocument& m_out;
    const Document& m_document;
    PageFlow m_flow;
    Nd30Geometry::Header m_header;
};

} // namespace thidua
