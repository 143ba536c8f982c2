#include "core/documents/ParagraphFormat.h"

namespace thidua {

ParagraphFormat ParagraphFormat::of(const Paragraph& paragraph, const PageSetup& page)
{
    ParagraphFormat format;
    format.size = paragraph.fontSize > 0 ? paragraph.fontSize : page.bodySize;
    format.spaceAfterPt = page.paragraphSpacingPt;
    format.firstIndentMm = PageSetup::FirstLineIndentMm;
    switch (paragraph.style) {
    case Paragraph::Style::Body:
    case Paragraph::Style::Bullet:
        break;
    case Paragraph::Style::Heading1:
    case Paragraph::Style::Heading2:
        format.bold = true;
        format.keepWithNext = true;
        break;
    case Paragraph::Style::Heading3:
        format.italic = true;
        format.keepWithNext = true;
        break;
    case Paragraph::Style::Basis:
        format.italic = true;
        break;
    case Paragraph::Style::Centered:
        format.align = Paragraph::Align::Center;
        format.firstIndentMm = 0;
        break;
    case Paragraph::Style::CenteredBold:
        format.align = Paragraph::Align::Center;
        format.firstIndentMm = 0;
        format.bold = true;
        break;
    case Paragraph::Style::Plain:
        format.align = Paragraph::Align::Left;
        format.firstIndentMm = 0;
        format.spaceAfterPt = 0;
        break;
    }
    if (paragraph.align != Paragraph::Align::Default) {
        format.align = paragraph.align;
        if (paragraph.align == Paragraph::Align::Center || paragraph.align == Paragraph::Align::Right)
            format.firstIndentMm = 0;
    }
    format.spaceBeforePt = paragraph.spaceBeforePt;
    format.keepWithNext = format.keepWithNext || paragraph.keepWithNext;
    return format;
}

} // namespace thidua
