#pragma once

#include "core/documents/Document.h"
#include "core/documents/LaidOutDocument.h"

#include <QList>
#include <QTextLayout>

#include <memory>

namespace thidua {

// How one paragraph is set: type, alignment, indents (layout units) and line spacing.
struct TextStyle
{
    double size = 14; // points
    bool bold = false;
    bool italic = false;
    Paragraph::Align align = Paragraph::Align::Left;
    double firstIndent = 0; // units, added to leftIndent on the first line
    double leftIndent = 0; // units
    double lineSpacing = 1.0; // multiple of single spacing
};

// One paragraph broken into lines at a given width with QTextLayout. Lines are `pitch` apart; the extra space of
// line spacing above single goes above the text, as in Word.
class TextBox
{
public:
    static TextBox make(const TextRuns& runs, const TextStyle& style, double width);
    static TextBox make(const QString& text, const TextStyle& style, double width);

    int lineCount() const { return m_layout ? m_layout->lineCount() : 0; }
    double pitch() const { return m_pitch; }
    double height() const { return m_pitch * lineCount(); }
    // Distance from the top of a line box to its baseline.
    double baseline() const { return m_baseline; }
    // The widest line's natural width (without justification).
    double naturalWidth() const;
    double lineNaturalWidth(int line) const;

    // Puts line `line` on `page` with the top of its line box at `top`, the box starting at `left`.
    void placeLine(LayoutPage& page, int line, double left, double top) const;
    void placeAll(LayoutPage& page, double left, double top) const;

private:
    std::shared_ptr<QTextLayout> m_layout;
    double m_pitch = 0;
    double m_baseline = 0;
    double m_width = 0;
};

} // namespace thidua
