#pragma once

#include <QString>

namespace thidua {

// Pure functions on the names users' files were given.
namespace EvidenceName {

// Longest cleaned name, in characters (UTF-16 code units), extension included, and in UTF-8 bytes (file systems
// allow 255 bytes in a name; an export may add a code in front).
inline constexpr int MaxLength = 120;
inline constexpr int MaxBytes = 200;

// What is shown and used inside exports: no path parts (only what follows the last '/' or '\'), no control,
// format (bidi marks, zero-width), private-use or unassigned characters (tabs and line breaks become spaces), NFC, no
// characters Windows forbids in names
// (<>:"|?*), no leading or trailing dots and spaces, no reserved Windows names (CON, PRN, AUX, NUL, COM1–9,
// LPT1–9: given a leading '_'), at most MaxLength characters and MaxBytes UTF-8 bytes, keeping an extension of up to 10
// characters (a longer one is cut with the rest). Never empty: "tep" when nothing is left.
QString clean(const QString& original);

// The extension of a cleaned name, lower case without the dot ("pdf"), empty when none (at most 10 characters).
QString extension(const QString& name);

} // namespace EvidenceName
} // namespace thidua
