#pragma once

#include "core/text/LegacyEncoding.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace thidua {

// Guesses the encoding of Vietnamese text from old files, and repairs legacy text that a spreadsheet already
// turned into Windows-1252 characters ("NguyÔn V¨n A" → "Nguyễn Văn A"). The guess is a heuristic: show the user a
// preview and let them choose another encoding when the confidence is low.
class EncodingDetector
{
public:
    struct Detection
    {
        LegacyEncoding::Encoding encoding = LegacyEncoding::Encoding::Utf8;
        // 0–1. 1 for a byte order mark or plain ASCII; near 1 for valid UTF-8 with non-ASCII characters; for the
        // legacy encodings the share of accented words that are valid Vietnamese syllables, reduced down to half
        // when the runner-up ranks as well. Below 0.6, ask the user.
        double confidence = 1.0;
    };

    // How Vietnamese a text looks, 0–1: words are counted when they hold a character outside ASCII, and score when
    // they are well-formed syllables (VietnameseSyllable::isValid); stray control characters, U+FFFD and lone
    // combining marks count against. Latin-1 symbols and soft hyphens between letters belong to the word (and make
    // it invalid), as in misread TCVN3 ("Tr­êng", "§ç"). `accentedWords` receives the number of words counted.
    // Candidates with equal scores are ranked by how many of their syllables are frequent in names and documents.
    static double vietnameseScore(const QString& text, int* accentedWords = nullptr);

    // In order: a byte order mark (UTF-8, UTF-16); UTF-16 without one, by its zero bytes; plain ASCII (UTF-8);
    // valid UTF-8; otherwise the legacy encoding (TCVN3, VNI, CP1258, or UTF-8 with broken bytes) whose decoding
    // of the first 256 KiB scores best, ties going to TCVN3, then VNI, then CP1258.
    static Detection detect(const QByteArray& bytes);
    // Binary data, judged on the raw bytes before anything is decoded (so it costs nothing whatever the size): a
    // zero byte, or more than one byte in 50 a control character that no text holds, in the first megabyte. Text in
    // UTF-16 (by its byte order mark or its zero bytes) is never judged binary here.
    static bool looksBinary(const QByteArray& bytes);
    // detect() then LegacyEncoding::decode().
    static QString decode(const QByteArray& bytes, Detection* detection = nullptr);

    // Spreadsheet cells typed in a .VnTime (TCVN3) or VNI-Times font hold the Windows-1252 reading of the legacy
    // bytes. These functions take such text back to the bytes and decode them properly. Call them before
    // VietnameseText::clean(), which would drop the soft hyphen that is TCVN3's "ư".
    //
    // Which legacy encoding a set of cells (a column, a sheet) is in: Utf8 when they look like proper text. More
    // cells give a surer answer than one short cell.
    static Detection detectMojibake(const QStringList& texts);
    // One text converted from the given legacy encoding; unchanged when it is not Windows-1252 characters only
    // (proper Vietnamese text rarely is) or when `from` is not TCVN3, VNI or CP1258.
    static QString repairMojibake(const QString& text, LegacyEncoding::Encoding from);
    // One text on its own: converted only when a legacy reading is clearly more Vietnamese than the text as it is
    // ("Lª ThÞ Hoa" → "Lê Thị Hoa"; "José", "Hà Nội", "Lê Hà" stay). `from` receives the encoding used, Utf8 when
    // unchanged. Returns NFC.
    static QString repairMojibake(const QString& text, LegacyEncoding::Encoding* from = nullptr);
};

} // namespace thidua
