#pragma once

#include <QString>
#include <QStringList>

namespace thidua {

// Search as you type over Vietnamese text, with or without diacritics (domain.md §6).
//
// Each row keeps a Key, computed once (a model role); each keystroke builds one VietnameseSearch and asks rank()
// for every row, which costs a few QString::startsWith/contains on the precomputed strings.
//
// Every word of the query must start a word of the row's text, in any order ("hoa nguyen" finds "Nguyễn Thị
// Hoà"). A query word typed with diacritics must match them exactly, whatever the tone placement ("hoà" finds
// "Hòa" and "Hoà", not "Hoa" or "Hóa"); a word typed without diacritics also matches the folded text ("nguyen"
// finds "Nguyễn", "duc" finds "Đức", "d" finds "Đ"). Case never matters. A word typed with a tone is the start of a
// syllable whose tone may still move when more letters follow ("Hoà" is typed on the way to "Hoàng", whose tone sits
// on the a): it matches a word that starts with the same letters and has the same tone ("hoà" finds "Hoàng" and
// "Hoàn", not "Hoang" or "Hoáng").
class VietnameseSearch
{
public:
    // How well a row matches; smaller is better, so rows can be sorted by it.
    enum class Rank
    {
        Exact = 0, // the whole text equals the query (case, NFC and tone placement aside)
        Accented = 1, // every query word starts a word of the text as typed, diacritics included
        Folded = 2, // some query word matched only without diacritics ("hoa" → "Hoà")
        NoMatch = 3,
    };

    // The precomputed search text of one row.
    struct Key
    {
        QString accented; // " nguyễn thị hòa": lower case, canonical tones, a space before every word
        QString folded; // " nguyen thi hoa"
        QString toned; // " 3nguyên 5thi 1hoa": each word as its tone (0-5, VietnameseSyllable::Tone) and its letters
    };
    // Words are separated by anything that is not a letter, mark or digit ("10A1-Toán" → " 10a1 toán").
    static Key makeKey(const QString& text);
    static Key makeKey(const QStringList& fields);

    VietnameseSearch() = default;
    explicit VietnameseSearch(const QString& query);

    QString query() const { return m_query; }
    // An empty (or only blank) query matches every row with Rank::Exact.
    bool isEmpty() const { return m_words.isEmpty(); }
    Rank rank(const Key& key) const;
    bool matches(const Key& key) const { return rank(key) != Rank::NoMatch; }

private:
    struct Word
    {
        QString needle; // " hòa": matches where a word of the key starts
        bool accented = false; // typed with diacritics: only the accented key may match
        QString tonedNeedle; // " 1hoa" for a word typed with a tone, matched against Key::toned; else empty
    };
    QString m_query;
    QString m_whole; // the whole query in the form of Key::accented
    QList<Word> m_words;
};

} // namespace thidua
