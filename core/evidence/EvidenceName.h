#pragma once

#include <QString>

namespace thidua {

// Pure functions on the names users' files were given.
namespace EvidenceName {

// Longest cleaned name, in characters (UTF-16 code units), extension included.
inline constexpr int MaxLength = 120;

// What is shown and used inside exports: no path parts (only what follows the last '/' or '\'), no control,
// format (bidi marks, zero-width) or unassigned characters, NFC, no characters Windows forbids in names
// (<>:"|?*), no leading or trailing dots and spaces, no reserved Windows names (CON, PRN, AUX, NUL, COM1–9,
// LPT1–9: given a leading '_'), at most MaxLength characters keeping the extension. Never empty: "tep" when
// nothing is left.
QString clean(const QString& original);

// The extension of a cleaned name, lower case without the dot ("pdf"), empty when none (at most 10 characters).
QString extension(const QString& name);

} // namespace EvidenceName
} // namespace thidua
