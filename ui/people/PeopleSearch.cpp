#include "ui/people/PeopleSearch.h"

#include "core/text/VietnameseText.h"

namespace thidua {

namespace {

// " word word …": one space before every word, separators dropped.
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

} // namespace

PeopleSearch::Key PeopleSearch::makeKey(const QString& text)
{
    Key key;
    key.accented = spacedWords(VietnameseText::lowerCanonical(text));
    key.folded = VietnameseText::fold(key.accented);
    return key;
}

PeopleSearch::PeopleSearch(const QString& query)
    : m_query(query)
    , m_whole(spacedWords(VietnameseText::lowerCanonical(query)))
{
    const QStringList words = m_whole.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words)
        m_words.append({ QLatin1Char(' ') + word, VietnameseText::fold(word) != word });
}

PeopleSearch::Rank PeopleSearch::rank(const Key& key) const
{
    if (m_words.isEmpty() || key.accented == m_whole)
        return Rank::Exact;
    Rank rank = Rank::Accented;
    for (const Word& word : m_words) {
        if (key.accented.contains(word.needle))
            continue;
        if (word.accented || !key.folded.contains(word.needle))
            return Rank::NoMatch;
        rank = Rank::Folded;
    }
    return rank;
}

} // namespace thidua
