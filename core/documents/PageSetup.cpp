#include "core/documents/PageSetup.h"

namespace thidua {

QSizeF PageSetup::pageSizeMm(bool landscape) const
{
    const QSizeF portrait = paper == Paper::A5 ? QSizeF(A5Width, A5Height) : QSizeF(A4Width, A4Height);
    return landscape ? portrait.transposed() : portrait;
}

Status PageSetup::validate() const
{
    struct Range
    {
        const char* name;
        double value, min, max;
    };
    const Range ranges[] = {
        { QT_TR_NOOP("top margin"), topMm, MinTop, MaxTop },
        { QT_TR_NOOP("bottom margin"), bottomMm, MinBottom, MaxBottom },
        { QT_TR_NOOP("left margin"), leftMm, MinLeft, MaxLeft },
        { QT_TR_NOOP("right margin"), rightMm, MinRight, MaxRight },
    };
    for (const Range& range : ranges) {
        if (range.value < range.min - 1e-9 || range.value > range.max + 1e-9) {
            return Error(Error::Code::Validation,
                tr("The %1 of %2 mm is outside the range of Decree 30/2020 (%3–%4 mm).")
                    .arg(tr(range.name))
                    .arg(range.value)
                    .arg(range.min)
                    .arg(range.max));
        }
    }
    if (bodySize < 13 || bodySize > 14)
        return Error(Error::Code::Validation,
            tr("The body text size of %1 pt is outside the range of Decree 30/2020 (13–14 pt).").arg(bodySize));
    if (lineSpacing < 1.0 || lineSpacing > 1.5)
        return Error(Error::Code::Validation,
            tr("The line spacing of %1 is outside the range of Decree 30/2020 (single to 1.5 lines).")
                .arg(lineSpacing));
    if (paragraphSpacingPt < ParagraphSpacingPt)
        return Error(Error::Code::Validation,
            tr("The space between paragraphs of %1 pt is below the 6 pt of Decree 30/2020.").arg(paragraphSpacingPt));
    return {};
}

} // namespace thidua
