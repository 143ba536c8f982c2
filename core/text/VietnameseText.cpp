#include "core/text/VietnameseText.h"

#include "core/text/NfcNormalizer.h"
#include "core/text/VietnameseSyllable.h"

#include <QStringList>

#include <algorithm>

namespace thidua {

namespace {

bool isZeroWidth(char16_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

// Marks that change the direction text is shown in (LRM, RLM, ALM, the embeddings, overrides and isolates): a name
// written with one shows its letters in another order than stored, on screen and in every document.
bool isBidiControl(char16_t c)
{
    return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// Removed from every input: zero-width characters, direction marks, and control characters other than white space
// (ESC, BEL, DEL, the C1 controls), which a terminal would obey when the value is printed.
bool isDropped(QChar c)
{
    return isZeroWidth(c.unicode()) || isBidiControl(c.unicode())
        || (c.category() == QChar::Other_Control && !c.isSpace());
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace

QString VietnameseText::nfc(const QString& text)
{
    // Short texts (every cell, name and code) directly: QString::normalized checks first whether the text is NFC
    // already and then returns it shared, without a copy. Longer ones in pieces: QString::normalized is quadratic on
    // text that is not NFC yet.
    if (text.size() <= NfcNormalizer::kPiece)
        return text.normalized(QString::NormalizationForm_C);
    return NfcNormalizer::normalize(text);
}

QString VietnameseText::clean(const QString& text)
{
    // The common case, a text that is clean already but perhaps for NFC: kept as it is, without building a copy
    // one character at a time (a million cells of a workbook go through here).
    const auto plain = [](QChar c) {
        const char16_t u = c.unicode();
        return (u > 0x20 && u < 0x7F) || (u >= 0x80 && !isDropped(c) && !c.isSpace());
    };
    if (!text.isEmpty() && plain(text.front()) && plain(text.back())) {
        bool clean = true;
        for (qsizetype i = 1; i + 1 < text.size() && clean; ++i) {
            const QChar c = text[i];
            clean = plain(c) || (c == u' ' && text[i + 1] != u' ');
        }
        if (clean)
            return nfc(text);
    }

    // Zero-width and control characters go first so that they cannot keep a letter and its combining mark apart in
    // NFC.
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (isDropped(c))
            continue;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        out += c;
    }
    return nfc(out);
}

QString VietnameseText::cleanLines(const QString& text)
{
    auto isBreak = [](QChar c) { return c == u'\n' || c == u'\r' || c == QChar(0x2028) || c == QChar(0x2029); };
    if (std::none_of(text.cbegin(), text.cend(), isBreak))
        return clean(text); // the common case: one line
    QStringList lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !isBreak(text.at(i)))
            continue;
        lines.append(clean(text.mid(start, i - start)));
        if (i + 1 < text.size() && text.at(i) == u'\r' && text.at(i + 1) == u'\n')
            ++i; // CR LF is one break
        start = i + 1;
    }
    while (!lines.isEmpty() && lines.constFirst().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

QString VietnameseText::canonicalTones(const QString& text)
{
    const QString source = nfc(text);
    QString result;
    qsizetype copied = 0;
    const qsizetype n = source.size();
    qsizetype start = 0;
    while (start < n) {
        while (start < n && !isWordChar(source[start]))
            ++start;
        qsizetype end = start;
        while (end < n && isWordChar(source[end]))
            ++end;
        // Cheap test first: only a word that ends in a toned vowel can change.
        if (end - start >= 2 && VietnameseSyllable::tone(source[end - 1]) != VietnameseSyllable::Tone::None) {
            const QStringView word = QStringView(source).mid(start, end - start);
            const QString canonical = VietnameseSyllable::canonicalTone(word);
            if (canonical != word) {
                if (result.isEmpty())
                    result.reserve(n);
                result += QStringView(source).mid(copied, start - copied);
                result += canonical;
                copied = end;
            }
        }
        start = end;
    }
    if (copied == 0)
        return source;
    result += QStringView(source).mid(copied);
    return result;
}

QString VietnameseText::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        // đ/Đ, and the look-alike Icelandic eth that old files sometimes use for it.
        if (c == QChar(0x0111) || c == QChar(0x0110) || c == QChar(0x00F0) || c == QChar(0x00D0))
            out += QLatin1Char('d');
        else
            out += c.toLower();
    }
    return out;
}

QString VietnameseText::lowerCanonical(const QString& text)
{
    return canonicalTones(text).toLower();
}

bool VietnameseText::hasDiacritics(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80 && (c.isLetter() || c.isMark())) {
            const QString one(c);
            if (fold(one) != one.toLower())
                return true;
        }
    }
    return false;
}

QString VietnameseText::upper(const QString& text)
{
    return nfc(text).toUpper();
}

QString VietnameseText::capitalizeWords(const QString& text)
{
    QString out = nfc(text).toLower();
    bool start = true;
    for (QChar& c : out) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = !isWordChar(c);
    }
    return out;
}

} // namespace thidua
