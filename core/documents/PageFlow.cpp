#include "core/documents/PageFlow.h"

#include "core/documents/TextBox.h"

namespace thidua {

namespace {

constexpr double U = LaidOutDocument::UnitsPerMm;

} // namespace

PageFlow::PageFlow(LaidOutDocument& out, const PageSetup& setup)
    : m_out(out)
    , m_setup(setup)
{}

double PageFlow::textLeft() const
{
    return m_setup.leftMm * U;
}

double PageFlow::textWidth() const
{
    return m_setup.textWidthMm(m_landscape) * U;
}

void PageFlow::beginSection(bool landscape)
{
    m_landscape = landscape;
    m_chunks.clear();
    m_section = m_out.pages.isEmpty() ? 0 : m_out.pages.constLast().section + 1;
}

void PageFlow::append(Chunk chunk)
{
    m_chunks.append(std::move(chunk));
}

void PageFlow::newPage()
{
    LayoutPage page;
    page.size = m_setup.pageSizeMm(m_landscape) * U;
    page.landscape = m_landscape;
    page.section = m_section;
    page.number = int(m_out.pages.size()) - m_firstPage + 1;
    m_out.pages.append(page);
    m_y = m_setup.topMm * U;
    m_atTop = true;
}

void PageFlow::placeChunk(const Chunk& chunk, bool allowBreak)
{
    const double bottom = (m_setup.pageSizeMm(m_landscape).height() - m_setup.bottomMm) * U;
    double space = m_atTop ? 0 : chunk.spaceBefore;
    if (allowBreak && !m_atTop && m_y + space + chunk.height > bottom + 0.5) {
        newPage();
        space = 0;
    }
    if (m_atTop && chunk.headerRows) {
        for (const Chunk& header : *chunk.headerRows) {
            if (header.place)
                header.place(m_out.pages.last(), m_y);
            m_y += header.height;
        }
    }
    if (chunk.place)
        chunk.place(m_out.pages.last(), m_y + space);
    m_y += space + chunk.height;
    m_atTop = false;
}

void PageFlow::endSection()
{
    m_firstPage = int(m_out.pages.size());
    newPage();
    const double top = m_setup.topMm * U;
    const double bottom = (m_setup.pageSizeMm(m_landscape).height() - m_setup.bottomMm) * U;
    const double pageHeight = bottom - top;

    for (qsizetype i = 0; i < m_chunks.size();) {
        if (m_chunks[i].pageBreakBefore && !m_atTop)
            newPage();
        // The group of chunks that must stay on one page with chunk i.
        qsizetype j = i;
        double height = (m_atTop ? 0 : m_chunks[i].spaceBefore) + m_chunks[i].height;
        while (m_chunks[j].keepWithNext && j + 1 < m_chunks.size() && !m_chunks[j + 1].pageBreakBefore) {
            ++j;
            height += m_chunks[j].spaceBefore + m_chunks[j].height;
        }
        double headerHeight = 0;
        if (m_chunks[i].headerRows) {
            for (const Chunk& header : *m_chunks[i].headerRows)
                headerHeight += header.height;
        }
        if (!m_atTop && m_y + height > bottom + 0.5 && height + headerHeight <= pageHeight)
            newPage();
        for (qsizetype k = i; k <= j; ++k)
            placeChunk(m_chunks[k], true);
        i = j + 1;
    }
    m_chunks.clear();

    // Page numbers: none on the first page of the section, centred in the top margin from the second on.
    TextStyle style;
    style.size = PageSetup::PageNumberSize;
    style.align = Paragraph::Align::Center;
    for (int p = m_firstPage + 1; p < m_out.pages.size(); ++p) {
        LayoutPage& page = m_out.pages[p];
        const TextBox number = TextBox::make(QString::number(page.number), style, textWidth());
        number.placeLine(page, 0, textLeft(), PageSetup::PageNumberBaselineMm * U - number.baseline());
    }
}

} // namespace thidua
