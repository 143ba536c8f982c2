#include "core/text/NfcNormalizer.h"

namespace thidua {

namespace {

// UAX #15 stream-safe text: at most 30 non-starters in a row.
constexpr int kMaxMarks = 30;

// A starter that is never the second character of a composition and decomposes to such a starter: text may be cut
// before it. Below U+0300 every character is one; above, letters are, except the Hangul jamo that compose with the
// syllable before them (the vowel signs that compose in Indic scripts are marks, not letters).
bool isBoundary(char16_t c)
{
    if (c < 0x0300)
        return true;
    if (QChar::isSurrogate(c) || (c >= 0x1100 && c < 0x1200))
        return false;
    return QChar::isLetter(c) && QChar::combiningClass(c) == 0;
}

} // namespace

QString NfcNormalizer::normalize(QStringView text)
{
    if (text.size() <= kPiece)
        return text.toString().normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    qsizetype start = 0;
    int marks = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        const bool cut = i - start >= kPiece && isBoundary(c);
        const bool mark = !QChar::isSurrogate(c) && QChar::combiningClass(c) != 0;
        marks = mark ? marks + 1 : 0;
        if (cut || marks > kMaxMarks) {
            out += text.mid(start, i - start).toString().normalized(QString::NormalizationForm_C);
            start = i;
            marks = mark ? 1 : 0;
        }
    }
    out += text.mid(start).toString().normalized(QString::NormalizationForm_C);
    return out;
}

} // namespace thidua
