#pragma once

#include <QString>
#include <QStringList>

namespace thidua {

// A Vietnamese full name in its three parts: họ (family), tên đệm (middle, may be empty or several syllables),
// tên (given). "Nguyễn Thị Minh Khai" → họ "Nguyễn", tên đệm "Thị Minh", tên "Khai".
struct PersonName
{
    QString family;
    QString middle;
    QString given;

    // Splits a full name after VietnameseText::clean (NFC, one space between words): the first syllable is the
    // họ, the last the tên, the rest the tên đệm; a one-word name is a tên only. A compound family name from
    // compoundFamilyNames() at the start stays whole in họ ("Tôn Nữ Thị Ninh" → "Tôn Nữ" | "Thị" | "Ninh") as long
    // as a tên is left after it. The words keep the case and tone placement the user typed.
    static PersonName split(const QString& fullName);
    // The same with another list of compound family names (matched case- and tone-placement-insensitively).
    static PersonName split(const QString& fullName, const QStringList& compoundFamilyNames);
    // The compound family names split() keeps together, longest first: the Nguyễn Phúc royal lineage names
    // ("Công Tằng Tôn Nữ", "Công Huyền Tôn Nữ", "Công Tôn Nữ", "Tôn Thất", "Tôn Nữ") and the rare Sino-Vietnamese
    // double surnames "Âu Dương" and "Công Tôn". Deliberately short: see PersonName.cpp.
    static QStringList compoundFamilyNames();

    QString full() const;
    bool operator==(const PersonName&) const = default;
};

} // namespace thidua
