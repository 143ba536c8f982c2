#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace thidua {

// The encodings Vietnamese text arrives in from old files (domain.md §6, legal-facts.md §5): Unicode, and the
// pre-Unicode byte encodings still found in school spreadsheets and documents. Everything decoded is NFC.
// EncodingDetector guesses which one a file or a garbled spreadsheet cell uses.
class LegacyEncoding
{
    // Unqualified on purpose: the context must be the same at run time and in translations/thidua_vi.ts, and
    // lupdate as core/CMakeLists.txt runs it (without -I for the repository root) cannot see the namespace.
    Q_DECLARE_TR_FUNCTIONS(LegacyEncoding)

public:
    enum class Encoding
    {
        Utf8, // with or without a byte order mark
        Utf16, // little or big endian, by the byte order mark or else by where the zero bytes are
        Cp1258, // Windows-1258: base letters followed by combining tone marks
        Tcvn3, // TCVN 5712:1993 VN3, "ABC", the .VnTime/.VnTimeH fonts: one byte per letter
        Vni, // VNI Windows, the VNI-Times fonts: a base letter followed by a mark byte
    };

    static QList<Encoding> all();
    // The name for a --encoding option and settings: "utf8", "utf16", "cp1258", "tcvn3", "vni".
    static QString name(Encoding encoding);
    // Accepts the names above in any case, and common aliases ("utf-8", "utf-16", "utf-16le", "windows-1258",
    // "abc", "tcvn", "vni-win", …). An unknown name is an Error::Code::Usage listing the valid ones.
    static Result<Encoding> fromName(const QString& name);
    // A name for people, translated: "Unicode (UTF-8)", "TCVN3 (ABC, .VnTime fonts)", …
    static QString displayName(Encoding encoding);

    // Decodes bytes to NFC text. Nothing fails: invalid UTF-8 and UTF-16 become U+FFFD, and bytes that are not
    // Vietnamese letters in a legacy encoding are read as Windows-1252, like the fonts showed them.
    //
    // TCVN3 has no code for capitals with a tone (Ấ, Ờ, …): they were typed as the lower-case code and shown in a
    // capital-only font (.VnTimeH). So after decoding TCVN3, a run of text (letters, digits, spaces, ' - .) whose
    // basic Latin letters are all capitals, at least one of them inside a word, is upper-cased: "NGUYÔN V¡N AN" →
    // "NGUYỄN VĂN AN", "§ç THÞ Hµ" → "ĐỖ THỊ HÀ". Other runs keep the lower-case letters: "Lª Hµ" is "Lê Hà" (in a
    // .VnTimeH cell it was "LÊ HÀ", which the bytes cannot tell), and "¸nh" is "ánh".
    static QString decode(const QByteArray& bytes, Encoding encoding);

    // Encodes text (NFC or NFD) the way the old keyboards did; characters the encoding cannot hold become '?'.
    // UTF-16 is written little endian with a byte order mark, as Windows does. TCVN3 writes capitals with a tone
    // as their lower-case code (as Unikey does for .VnTimeH); CP1258 uses a precomposed letter where the code page
    // has one and a combining tone mark otherwise (as Windows does). `lossless` is set to false when a character
    // became '?'.
    static QByteArray encode(const QString& text, Encoding encoding, bool* lossless = nullptr);

    // Windows-1252, the code page in which garbled legacy text appears in spreadsheets. toCp1252 fails (returns
    // false) when the text holds a character Windows-1252 cannot; C1 controls U+0080–U+009F map to their byte.
    static QString fromCp1252(const QByteArray& bytes);
    static bool toCp1252(const QString& text, QByteArray* bytes);
};

} // namespace thidua
