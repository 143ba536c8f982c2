#include "core/text/VietnameseSearch.h"

#include "core/text/VietnameseSyllable.h"
#include "core/text/VietnameseText.h"

namespace thidua {

namespace {

// " word word …" from lower-case canonical text: one space before every word, separators dropped.
QString spacedWords(const QString& canonical)
{
    QString out;
    out.reserve(canonical.size() + 1);
    bool inWord = false;
    for (const QChar c : canonical) {
        if (c.isLetterOrNumber() || c.isMark()) {
            if (!inWord)
                out += QLatin1Char(' ');
            out += c;
            inWord = true;
        } else {
            inWord = false;
        }
    }
    return out;
}

// " 1hoa" from " hòa" or " hoà": the tone of the word (the first tone mark found) before its letters without it.
QString tonedWord(QStringView spacedWord)
{
    QString letters;
    letters.reserve(spacedWord.size());
    VietnameseSyllable::Tone tone = VietnameseSyllable::Tone::None;
    for (const QChar c : spacedWord.mid(1)) {
        VietnameseSyllable::Tone own = VietnameseSyllable::Tone::None;
        letters += VietnameseSyllable::toneless(c, &own);
        if (tone == VietnameseSyllable::Tone::None)
            tone = own;
    }
    return QLatin1Char(' ') + QChar(u'0' + int(tone)) + letters;
}

QString tonedWords(const QString& spaced)
{
    QString out;
    out.reserve(spaced.size() * 2);
    for (const QStringView word : QStringView(spaced).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out += tonedWord(QString(QLatin1Char(' ') + word.toString()));
    return out;
}

} // namespace

VietnameseSearch::Key VietnameseSearch::makeKey(const QString& text)
{
    Key key;
    key.accented = spacedWords(VietnameseText::lowerCanonical(text));
    key.folded = VietnameseText::fold(key.accented);
    key.toned = tonedWords(key.accented);
    return key;
}

VietnameseSearch::Key VietnameseSearch::makeKey(const QStringList& fields)
{
    return makeKey(fields.join(QLatin1Char(' ')));
}

VietnameseSearch::VietnameseSearch(const QString& query)
    : m_query(query)
    , m_whole(spacedWords(VietnameseText::lowerCanonical(query)))
{
    const QStringList words = m_whole.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_words.reserve(words.size());
    for (const QString& word : words) {
        const bool accented = VietnameseText::hasDiacritics(word);
        const QString needle = QLatin1Char(' ') + word;
        const QString toned = tonedWord(needle);
        m_words.append({ needle, accented, toned.at(1) != QLatin1Char('0') ? toned : QString() });
    }
}

VietnameseSearch::Rank VietnameseSearch::rank(const Key& key) const
{
    if (m_words.isEmpty() || key.accented == m_whole)
        return Rank::Exact;
    Rank rank = Rank::Accented;
    for (const Word& word : m_words) {
        // The key starts with a space, so " word" found anywhere is the start of a word.
        if (key.accented.contains(word.needle))
            continue;
        if (!word.tonedNeedle.isEmpty() && key.toned.contains(word.tonedNeedle))
            continue;
        if (word.accented || !key.folded.contains(word.needle))
            return Rank::NoMatch;
        rank = Rank::Folded;
    }
    return rank;
}

} // namespace thidua
