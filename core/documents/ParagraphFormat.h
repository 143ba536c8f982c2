#pragma once

#include "core/documents/Document.h"

namespace thidua {

// What a paragraph style means on paper (legal-facts §1.2: body justified, first-line indent 1.27 cm, at least 6 pt
// between paragraphs, one size for the whole body). Shared by the PDF layouter and the DOCX writer.
struct ParagraphFormat
{
    double size = 14; // points
    bool bold = false;
    bool italic = false;
    Paragraph::Align align = Paragraph::Align::Justify;
    double firstIndentMm = 0;
    double spaceBeforePt = 0;
    double spaceAfterPt = 0;
    bool keepWithNext = false;

    static ParagraphFormat of(const Paragraph& paragraph, const PageSetup& page);
};

} // namespace thidua
