#pragma once

#include <QString>

namespace thidua {

// Vietnamese text rules used on every input path, in search and in documents (domain.md §6).
class VietnameseText
{
public:
    // NFC, the form everything is stored in.
    static QString nfc(const QString& text);
    // What every typed or imported single-line value goes through: NFC; zero-width characters (U+200B–U+200D,
    // U+2060, U+FEFF), soft hyphens, direction marks and overrides (U+200E, U+200F, U+061C, U+202A–U+202E,
    // U+2066–U+2069) and control characters (ESC, BEL, DEL, C1) removed; every kind of white space (tabs, line breaks,
    // no-break and other Unicode spaces) turned into one plain space; ends trimmed.
    static QString clean(const QString& text);
    // The same for text of several lines (notes, spreadsheet cells): each line cleaned as above, line breaks (CR LF,
    // CR, LF, U+2028, U+2029) kept as LF, blank lines at the start and the end removed.
    static QString cleanLines(const QString& text);
    // The old tone placement ("Hoà", "Thuỷ", "Khoẻ") rewritten to the new one ("Hòa", "Thủy", "Khỏe"), for
    // comparing only: stored text keeps what the user typed. Only syllables ending in "oa", "oe", "uy" without a
    // final consonant change; "hoàn", "thuyền", "quý", "quỳnh" do not. Returns NFC.
    static QString canonicalTones(const QString& text);
    // Lower case without diacritics and with đ → d, for search: "Nguyễn Thị Hoà" → "nguyen thi hoa".
    static QString fold(const QString& text);
    // Lower case with diacritics and canonical tones, for exact (accented) matching: "HOÀ" → "hòa".
    static QString lowerCanonical(const QString& text);
    // Whether the text has any diacritic or đ, i.e. whether fold() changes more than the case.
    static bool hasDiacritics(const QString& text);
    // Upper case that keeps the diacritics: "Trường THPT Nguyễn Khuyến" → "TRƯỜNG THPT NGUYỄN KHUYẾN".
    static QString upper(const QString& text);
    // Each word capitalised, the rest lower case: "nguyễn ái quốc" → "Nguyễn Ái Quốc". A word starts after
    // anything that is not a letter, mark or digit ("h'hen niê" → "H'Hen Niê", "lê-văn" → "Lê-Văn").
    static QString capitalizeWords(const QString& text);
};

} // namespace thidua
