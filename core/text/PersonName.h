#pragma once

#include <QString>

namespace thidua {

// A Vietnamese full name in its three parts: họ (family), tên đệm (middle, may be empty or several syllables),
// tên (given). "Nguyễn Thị Minh Khai" → họ "Nguyễn", tên đệm "Thị Minh", tên "Khai".
struct PersonName
{
    QString family;
    QString middle;
    QString given;

    // Splits a cleaned full name: first syllable → họ, last → tên, the rest → tên đệm. Compound family names
    // that Vietnamese lists keep together (e.g. "Tôn Nữ", "Âu Dương") stay in họ.
    static PersonName split(const QString& fullName);
    QString full() const;
    bool operator==(const PersonName&) const = default;
};

} // namespace thidua
