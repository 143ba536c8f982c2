#include "core/text/VietnameseSyllable.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace thidua {

namespace {

// The twelve vowels, each followed by its five toned forms in Tone order (huyền, hỏi, ngã, sắc, nặng).
constexpr char16_t kVowelRows[] = u"aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵ";
constexpr int kVowelCount = 72;
static_assert(std::size(kVowelRows) == kVowelCount + 1);

struct Entry
{
    char16_t letter;
    char16_t toneless;
    VietnameseSyllable::Tone tone;
    bool operator<(const Entry& other) const { return letter < other.letter; }
};

using Table = std::array<Entry, 2 * kVowelCount>;

Table buildTable()
{
    Table table {};
    for (int i = 0; i < kVowelCount; ++i) {
        const char16_t letter = kVowelRows[i];
        const char16_t base = kVowelRows[i - i % 6];
        const auto tone = VietnameseSyllable::Tone(i % 6);
        table[size_t(2 * i)] = { letter, base, tone };
        table[size_t(2 * i + 1)] = { QChar(letter).toUpper().unicode(), QChar(base).toUpper().unicode(), tone };
    }
    std::sort(table.begin(), table.end());
    return table;
}

const Entry* find(QChar letter)
{
    static const Table table = buildTable();
    const char16_t c = letter.unicode();
    if (c < u'A' || (c > u'z' && c < 0xC0))
        return nullptr;
    const auto it = std::lower_bound(table.begin(), table.end(), Entry { c, 0, {} });
    return it != table.end() && it->letter == c ? &*it : nullptr;
}

// Consonants that start a syllable, longest first so that "ngh" wins over "ng" and "n". "qu" is one onset: the u
// belongs to it ("quý" = qu + ý), so a bare q is not listed.
// clang-format off
constexpr std::u16string_view kOnsets[] = {
    u"ngh", u"ng", u"gh", u"gi", u"qu", u"ch", u"kh", u"nh", u"ph", u"th", u"tr", u"b", u"c", u"d", u"đ", u"g", u"h",
    u"k", u"l", u"m", u"n", u"p", u"r", u"s", u"t", u"v", u"x", u"",
};
// clang-format on

// Vowel clusters (nucleus with its glides), toneless and lower case, and whether a final consonant may or must
// follow: clusters ending in a glide take none ("ơi", "ươu"), some nuclei need one ("ăn", "ân", "iên", "uôn",
// "ương", "xoong").
enum class Final
{
    Optional,
    Never,
    Required,
};
struct Cluster
{
    std::u16string_view vowels;
    Final final;
};
// clang-format off
constexpr Cluster kVowelClusters[] = {
    { u"a", Final::Optional }, { u"ă", Final::Required }, { u"â", Final::Required }, { u"e", Final::Optional },
    { u"ê", Final::Optional }, { u"i", Final::Optional }, { u"o", Final::Optional }, { u"ô", Final::Optional },
    { u"ơ", Final::Optional }, { u"u", Final::Optional }, { u"ư", Final::Optional }, { u"y", Final::Optional },
    { u"ai", Final::Never }, { u"ao", Final::Never }, { u"au", Final::Never }, { u"ay", Final::Never },
    { u"âu", Final::Never }, { u"ây", Final::Never }, { u"eo", Final::Never }, { u"êu", Final::Never },
    { u"ia", Final::Never }, { u"iê", Final::Required }, { u"iu", Final::Never }, { u"oa", Final::Optional },
    { u"oă", Final::Required }, { u"oe", Final::Optional }, { u"oi", Final::Never }, { u"ôi", Final::Never },
    { u"ơi", Final::Never }, { u"oo", Final::Required }, { u"ôô", Final::Required }, { u"ua", Final::Never },
    { u"uâ", Final::Required }, { u"uê", Final::Optional }, { u"ui", Final::Never }, { u"uô", Final::Required },
    { u"uơ", Final::Never }, { u"uy", Final::Optional }, { u"ưa", Final::Never }, { u"ưi", Final::Never },
    { u"ươ", Final::Required }, { u"ưu", Final::Never }, { u"yê", Final::Required }, { u"iêu", Final::Never },
    { u"oai", Final::Never }, { u"oao", Final::Never }, { u"oay", Final::Never }, { u"oeo", Final::Never },
    { u"uây", Final::Never }, { u"uôi", Final::Never }, { u"uya", Final::Never }, { u"uyê", Final::Required },
    { u"uyu", Final::Never }, { u"ươi", Final::Never }, { u"ươu", Final::Never }, { u"yêu", Final::Never },
};
// clang-format on

constexpr std::u16string_view kFinals[] = { u"", u"c", u"ch", u"m", u"n", u"ng", u"nh", u"p", u"t" };

template <size_t N> bool contains(const std::u16string_view (&list)[N], std::u16string_view text)
{
    return std::find(std::begin(list), std::end(list), text) != std::end(list);
}

bool isOnset(std::u16string_view text)
{
    return contains(kOnsets, text);
}

// Vowel cluster + final consonant, toneless and lower case.
bool isRhyme(std::u16string_view rhyme, VietnameseSyllable::Tone tone)
{
    size_t vowels = 0;
    while (vowels < rhyme.size() && VietnameseSyllable::isVowel(QChar(rhyme[vowels])))
        ++vowels;
    const std::u16string_view nucleus = rhyme.substr(0, vowels);
    const auto cluster = std::find_if(std::begin(kVowelClusters),
        std::end(kVowelClusters),
        [nucleus](const Cluster& c) { return c.vowels == nucleus; });
    if (vowels == 0 || cluster == std::end(kVowelClusters))
        return false;
    const std::u16string_view final = rhyme.substr(vowels);
    if (!contains(kFinals, final) || (final.empty() && cluster->final == Final::Required)
        || (!final.empty() && cluster->final == Final::Never))
        return false;
    // ch and nh only after a, ê, i, y (anh, ếch, inh, oanh, huỳnh, quỳnh); no "ơng", "ơc", "ing", "ic".
    if ((final == u"ch" || final == u"nh") && !nucleus.ends_with(u'a') && !nucleus.ends_with(u'ê')
        && !nucleus.ends_with(u'i') && !nucleus.ends_with(u'y'))
        return false;
    if ((final == u"ng" || final == u"c") && (nucleus == u"ơ" || nucleus == u"i"))
        return false;
    const bool stop = final == u"c" || final == u"ch" || final == u"p" || final == u"t";
    return !stop || tone == VietnameseSyllable::Tone::Acute || tone == VietnameseSyllable::Tone::Dot;
}

} // namespace

QChar VietnameseSyllable::toneless(QChar letter, Tone* tone)
{
    const Entry* entry = find(letter);
    if (tone)
        *tone = entry ? entry->tone : Tone::None;
    return entry ? QChar(entry->toneless) : letter;
}

VietnameseSyllable::Tone VietnameseSyllable::tone(QChar letter)
{
    const Entry* entry = find(letter);
    return entry ? entry->tone : Tone::None;
}

QChar VietnameseSyllable::withTone(QChar tonelessVowel, Tone tone)
{
    const Entry* entry = find(tonelessVowel);
    if (!entry || entry->tone != Tone::None)
        return tonelessVowel;
    const char16_t lower = QChar(entry->letter).toLower().unicode();
    for (int row = 0; row < kVowelCount; row += 6) {
        if (kVowelRows[row] == lower) {
            const QChar toned(kVowelRows[row + int(tone)]);
            return tonelessVowel.isUpper() ? toned.toUpper() : toned;
        }
    }
    return tonelessVowel;
}

bool VietnameseSyllable::isVowel(QChar letter)
{
    return find(letter) != nullptr;
}

bool VietnameseSyllable::isVietnameseLetter(QChar letter)
{
    const char16_t c = letter.unicode();
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')) {
        const char16_t lower = c | 0x20;
        return lower != u'f' && lower != u'j' && lower != u'w' && lower != u'z';
    }
    return c == u'đ' || c == u'Đ' || isVowel(letter);
}

bool VietnameseSyllable::isValid(QStringView word)
{
    // The longest syllables have seven letters ("nghiêng", "nguyệt" has six).
    if (word.isEmpty() || word.size() > 7)
        return false;
    std::array<char16_t, 7> buffer {};
    Tone tone = Tone::None;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i];
        if (!isVietnameseLetter(c))
            return false;
        Tone letterTone = Tone::None;
        buffer[size_t(i)] = toneless(c, &letterTone).toLower().unicode();
        if (letterTone != Tone::None) {
            if (tone != Tone::None)
                return false;
            tone = letterTone;
        }
    }
    const std::u16string_view letters(buffer.data(), size_t(word.size()));
    for (const std::u16string_view onset : kOnsets) {
        if (letters.substr(0, onset.size()) == onset && isRhyme(letters.substr(onset.size()), tone))
            return true;
    }
    return false;
}

QString VietnameseSyllable::canonicalTone(QStringView word)
{
    const qsizetype n = word.size();
    if (n < 2 || n > 5)
        return word.toString();
    Tone tone = Tone::None;
    const QChar last = toneless(word[n - 1], &tone);
    if (tone == Tone::None)
        return word.toString();
    Tone previousTone = Tone::None;
    const char16_t previous = toneless(word[n - 2], &previousTone).toLower().unicode();
    const char16_t lastLower = last.toLower().unicode();
    const bool pair =
        previous == u'o' ? (lastLower == u'a' || lastLower == u'e') : previous == u'u' && lastLower == u'y';
    if (!pair || previousTone != Tone::None)
        return word.toString();
    // Everything before the pair must be an onset; "qu" + "y" ("quý") is onset + single vowel, so a bare q fails.
    std::array<char16_t, 3> onset {};
    for (qsizetype i = 0; i < n - 2; ++i) {
        const char16_t c = word[i].toLower().unicode();
        if (isVowel(QChar(c)))
            return word.toString();
        onset[size_t(i)] = c;
    }
    if (!isOnset(std::u16string_view(onset.data(), size_t(n - 2))))
        return word.toString();
    QString result = word.toString();
    result[n - 2] = withTone(word[n - 2], tone);
    result[n - 1] = last;
    return result;
}

} // namespace thidua
