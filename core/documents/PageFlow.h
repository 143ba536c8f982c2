#pragma once

#include "core/documents/LaidOutDocument.h"
#include "core/documents/PageSetup.h"

#include <QList>

#include <functional>
#include <memory>

namespace thidua {

// Pagination. A section (a document, or one of its appendices) is a list of chunks of fixed height that are placed
// top to bottom and moved to a new page when they do not fit. A chunk can keep with the next one (headings, the
// first and last two lines of a paragraph), can start a new page, and can bring table header rows along when it
// starts a page. Each section is numbered on its own: the first page shows no number, later pages show theirs
// centred in the top margin (legal-facts §1.1).
class PageFlow
{
public:
    struct Chunk
    {
        double height = 0; // units
        double spaceBefore = 0; // units; dropped at the top of a page
        bool keepWithNext = false;
        bool pageBreakBefore = false;
        std::function<void(LayoutPage& page, double top)> place;
        std::shared_ptr<const QList<Chunk>> headerRows; // placed first when this chunk starts a page
    };

    PageFlow(LaidOutDocument& out, const PageSetup& setup);

    void beginSection(bool landscape);
    void append(Chunk chunk);
    // Paginates the section's chunks and numbers its pages.
    void endSection();

    double textLeft() const; // units
    double textWidth() const;
    bool landscape() const { return m_landscape; }

private:
    void newPage();
    void placeChunk(const Chunk& chunk, bool allowBreak);

    LaidOutDocument& m_out;
    PageSetup m_setup;
    QList<Chunk> m_chunks;
    bool m_landscape = false;
    int m_section = -1;
    int m_firstPage = 0;
    double m_y = 0;
    bool m_atTop = true;
};

} // namespace thidua
