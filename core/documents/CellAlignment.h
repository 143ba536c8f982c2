#pragma once

#include "core/documents/Document.h"

namespace thidua {

// How a table cell is aligned when its description does not say: figures (an STT, a count, a percentage, a score, a
// school year) are centred, as the program's own tables centre them; text is set flush left.
class CellAlignment
{
public:
    static bool isFigure(const QString& text);
    static Paragraph::Align forText(const QString& text);
};

} // namespace thidua
