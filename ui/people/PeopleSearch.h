#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace thidua {

// Search as you type over names, with or without diacritics (domain.md §6): every word of the query must start
// a word of the text, in any order; a word typed with diacritics must match them (either tone placement), a word
// typed without them also matches the folded text ("nguyen thi hoa" finds "Nguyễn Thị Hoà", "duc" finds "Đức").
// Each row keeps a precomputed Key; a keystroke builds one PeopleSearch and ranks every row with a few
// QString::contains on those keys.
// Same interface as core/text/VietnameseSearch, which replaces it when it lands on main.
class PeopleSearch
{
public:
    // How well a row matches; smaller is better.
    enum class Rank
    {
        Exact = 0, // the whole text equals the query (case and tone placement aside)
        Accented = 1, // every query word starts a word of the text as written
        Folded = 2, // some word matched only without diacritics
        NoMatch = 3,
    };

    struct Key
    {
        QString accented; // " nguyễn thị hòa": lower case, canonical tones, a space before every word
        QString folded; // " nguyen thi hoa"
    };
    static Key makeKey(const QString& text);

    PeopleSearch() = default;
    explicit PeopleSearch(const QString& query);

    QString query() const { return m_query; }
    bool isEmpty() const { return m_words.isEmpty(); }
    Rank rank(const Key& key) const;

private:
    struct Word
    {
        QString needle; // " hòa"
        bool accented = false;
    };
    QString m_query;
    QString m_whole;
    QList<Word> m_words;
};

} // namespace thidua
