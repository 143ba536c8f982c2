#pragma once

#include <QString>
#include <QStringView>

namespace thidua {

// NFC in time linear in the length of the text. QString::normalized() is quadratic when the text is not NFC already
// (it decomposes in place, moving the rest of the string for every letter) and worse on runs of combining marks (a
// megabyte of legacy Windows-1258 bytes took minutes). This normalises the text piece by piece, cutting it only
// before a character that nothing before it can combine or reorder with (a letter that is a starter, not a Hangul
// jamo), so the result is exactly NFC of the whole. A run of more than 30 combining marks
// (no language has one; Unicode's stream-safe format caps it there too) is also cut, normalising each part on its
// own.
class NfcNormalizer
{
public:
    // Texts up to this long are normalised in one piece.
    static constexpr qsizetype kPiece = 256;

    static QString normalize(QStringView text);
};

} // namespace thidua
