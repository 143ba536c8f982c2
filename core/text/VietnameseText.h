#pragma once

#include <QString>

namespace thidua {

// Vietnamese text rules used on every input path, in search and in documents (domain.md §6).
class VietnameseText
{
public:
    // NFC, the form everything is stored in.
    static QString nfc(const QString& text);
    // What every typed or imported value goes through: NFC, whitespace runs collapsed, ends trimmed.
    static QString clean(const QString& text);
    // The old tone placement ("Hoà", "Thuỷ", "Khoẻ") rewritten to the new one ("Hòa", "Thủy", "Khỏe"), for
    // comparing only: stored text keeps what the user typed.
    static QString canonicalTones(const QString& text);
    // Lower case without diacritics and with đ → d, for search: "Nguyễn Thị Hoà" → "nguyen thi hoa".
    static QString fold(const QString& text);
    // Lower case with diacritics and canonical tones, for exact (accented) matching.
    static QString lowerCanonical(const QString& text);
    // Upper case that keeps the diacritics: "Trường THPT Nguyễn Khuyến" → "TRƯỜNG THPT NGUYỄN KHUYẾN".
    static QString upper(const QString& text);
    // Each syllable capitalised, the rest lower case: "nguyễn ái quốc" → "Nguyễn Ái Quốc".
    static QString capitalizeWords(const QString& text);
};

} // namespace thidua
