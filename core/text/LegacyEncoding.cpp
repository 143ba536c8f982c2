#include "core/text/LegacyEncoding.h"

#include "core/text/NfcNormalizer.h"
#include "core/text/VietnameseSyllable.h"
#include "core/text/VietnameseText.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>
#include <array>
#include <iterator>

namespace thidua {

// Where the tables come from:
// - Windows-1252 and Windows-1258: Microsoft's code pages, checked byte by byte against glibc iconv ("CP1252",
//   "CP1258") on Debian 12.
// - TCVN3 (TCVN 5712:1993, VN3 "ABC"): the upper half is glibc iconv's "TCVN5712-1" (the same table as libX11
//   lcUniConv/tcvn.h, legal-facts.md S29) for 0xA0–0xFF. It agrees with the TCVN3 table of the UniKey converter
//   (Pham Kim Long, UniKey/VnConv ukengine/data.cpp, as in vn-input/ibus-unikey) for all 134 codes UniKey writes.
//   VN3 has no capitals with a tone: UniKey writes them with the lower-case code (for the .VnTimeH fonts), and so
//   does encode(). The few capitals VN1 puts in 0xA0–0xFF (0xAF Ằ, 0xBA Ẳ, 0xBF–0xC5, 0xCD, 0xD9–0xDB, 0xE0, 0xF0,
//   0xFF) are decoded as VN1 has them. Bytes 0x80–0x9F are read as Windows-1252 punctuation (“ ” – …), as UniKey
//   does and as Word documents typed in .VnTime fonts contain them, not as the VN1 capitals iconv puts there.
// - VNI Windows: UniKey's VNI-WIN table (same file) and lamdao/xvnkb vni.h, which agree: a base letter followed by
//   one mark byte (capital bytes 0xC0–0xDC after capitals, +0x20 after small letters), except đ, ơ, ư and the
//   toned i and ỵ, which are single bytes.

namespace {

using Encoding = LegacyEncoding::Encoding;

// Windows-1252 0x80–0x9F; undefined bytes map to the C1 control of the same value, as Windows does.
// clang-format off
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D,
    0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0x009D, 0x017E, 0x0178,
};
// clang-format on

// Windows-1258: Windows-1252 with these bytes changed (0x8A, 0x8E, 0x9A, 0x9E are undefined).
// clang-format off
constexpr std::pair<uchar, char16_t> kCp1258Changes[] = {
    { 0x8A, 0x008A }, { 0x8E, 0x008E }, { 0x9A, 0x009A }, { 0x9E, 0x009E }, { 0xC3, 0x0102 }, { 0xCC, 0x0300 },
    { 0xD0, 0x0110 }, { 0xD2, 0x0309 }, { 0xD5, 0x01A0 }, { 0xDD, 0x01AF }, { 0xDE, 0x0303 }, { 0xE3, 0x0103 },
    { 0xEC, 0x0301 }, { 0xF0, 0x0111 }, { 0xF2, 0x0323 }, { 0xF5, 0x01A1 }, { 0xFD, 0x01B0 }, { 0xFE, 0x20AB },
};
// clang-format on

// TCVN3 0xA0–0xFF.
// clang-format off
constexpr char16_t kTcvn3High[96] = {
    0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110, // A0
    0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0, // A8
    0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3, // B0
    0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4, // B8
    0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7, // C0
    0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD, // C8
    0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC, // D0
    0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2, // D8
    0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7, // E0
    0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9, // E8
    0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF, // F0
    0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0, // F8
};
// clang-format on

constexpr char16_t kGrave = 0x0300, kAcute = 0x0301, kCircumflex = 0x0302, kTilde = 0x0303, kBreve = 0x0306,
                   kHook = 0x0309, kDot = 0x0323;

// VNI mark bytes after a small letter; after a capital the byte is 0x20 lower.
struct VniMark
{
    uchar byte;
    char16_t modifier; // circumflex, breve or 0
    char16_t tone; // combining tone mark or 0
};
// clang-format off
constexpr VniMark kVniMarks[] = {
    { 0xF9, 0, kAcute }, { 0xF8, 0, kGrave }, { 0xFB, 0, kHook }, { 0xF5, 0, kTilde }, { 0xEF, 0, kDot },
    { 0xE2, kCircumflex, 0 }, { 0xE1, kCircumflex, kAcute }, { 0xE0, kCircumflex, kGrave },
    { 0xE5, kCircumflex, kHook }, { 0xE3, kCircumflex, kTilde }, { 0xE4, kCircumflex, kDot }, { 0xEA, kBreve, 0 },
    { 0xE9, kBreve, kAcute }, { 0xE8, kBreve, kGrave }, { 0xFA, kBreve, kHook }, { 0xFC, kBreve, kTilde },
    { 0xEB, kBreve, kDot },
};
// clang-format on

// VNI letters that are one byte; the capital's byte is 0x20 lower.
// clang-format off
constexpr std::pair<uchar, char16_t> kVniLetters[] = {
    { 0xF1, u'đ' }, { 0xED, u'í' }, { 0xEC, u'ì' }, { 0xE6, u'ỉ' }, { 0xF3, u'ĩ' }, { 0xF2, u'ị' }, { 0xF4, u'ơ' },
    { 0xF6, u'ư' }, { 0xEE, u'ỵ' },
};
// clang-format on

// The combining tone mark for each VietnameseSyllable::Tone.
constexpr char16_t kToneMarks[] = { 0, kGrave, kHook, kTilde, kAcute, kDot };

char16_t cp1252(uchar b)
{
    return b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : char16_t(b);
}

char16_t cp1258(uchar b)
{
    for (const auto& [byte, unicode] : kCp1258Changes) {
        if (byte == b)
            return unicode;
    }
    return cp1252(b);
}

char16_t tcvn3(uchar b)
{
    return b >= 0xA0 ? kTcvn3High[b - 0xA0] : cp1252(b);
}

const VniMark* vniMark(uchar b)
{
    const uchar lower = b >= 0xC0 && b < 0xE0 ? uchar(b + 0x20) : b;
    for (const VniMark& mark : kVniMarks) {
        if (mark.byte == lower)
            return &mark;
    }
    return nullptr;
}

char16_t vniLetter(uchar b)
{
    const bool capital = b >= 0xC0 && b < 0xE0;
    const uchar lower = capital ? uchar(b + 0x20) : b;
    for (const auto& [byte, letter] : kVniLetters) {
        if (byte == lower)
            return capital ? QChar(letter).toUpper().unicode() : letter;
    }
    return 0;
}

// Whether a VNI mark may follow this letter: a tone after any vowel, a circumflex after a/e/o, a breve after a.
bool vniAccepts(QChar letter, const VniMark& mark)
{
    const char16_t lower = letter.toLower().unicode();
    if (mark.modifier == kCircumflex)
        return lower == u'a' || lower == u'e' || lower == u'o';
    if (mark.modifier == kBreve)
        return lower == u'a';
    return VietnameseSyllable::isVowel(letter) && VietnameseSyllable::tone(letter) == VietnameseSyllable::Tone::None;
}

QString decodeVni(const QByteArray& bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = uchar(bytes[i]);
        const char16_t single = b >= 0x80 ? vniLetter(b) : 0;
        const QChar letter = b < 0x80 ? QChar(char16_t(b)) : (single ? QChar(single) : QChar(cp1252(b)));
        out += letter;
        if ((b < 0x80 || single) && i + 1 < bytes.size()) {
            const VniMark* mark = vniMark(uchar(bytes[i + 1]));
            if (mark && vniAccepts(letter, *mark)) {
                if (mark->modifier)
                    out += QChar(mark->modifier);
                if (mark->tone)
                    out += QChar(mark->tone);
                ++i;
            }
        }
    }
    return out;
}

// Upper-cases runs typed in a .VnTimeH capital font: see LegacyEncoding::decode.
QString fixTcvn3Capitals(const QString& text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    qsizetype i = 0;
    const auto inRun = [](QChar c) {
        return c.isLetterOrNumber() || c.isMark() || c == u' ' || c == u'\'' || c == u'-' || c == u'.';
    };
    while (i < n) {
        qsizetype end = i;
        bool innerCapital = false; // a basic Latin capital that is not the first letter of its word
        bool small = false;
        while (end < n && inRun(text[end])) {
            const char16_t c = text[end].unicode();
            innerCapital = innerCapital || (c >= u'A' && c <= u'Z' && end > i && text[end - 1].isLetter());
            small = small || (c >= u'a' && c <= u'z');
            ++end;
        }
        const QStringView run = QStringView(text).mid(i, end - i);
        if (innerCapital && !small)
            out += run.toString().toUpper();
        else
            out += run;
        if (end < n)
            out += text[end++];
        i = end;
    }
    return out;
}

QString decodeUtf16(const QByteArray& bytes)
{
    bool bigEndian = false;
    if (bytes.startsWith("\xFE\xFF")) {
        bigEndian = true;
    } else if (!bytes.startsWith("\xFF\xFE")) {
        // No byte order mark: ASCII characters have their zero byte second in little endian, first in big endian.
        qsizetype zeroEven = 0;
        qsizetype zeroOdd = 0;
        const qsizetype limit = std::min<qsizetype>(bytes.size(), 65536);
        for (qsizetype i = 0; i + 1 < limit; i += 2) {
            zeroEven += bytes[i] == 0;
            zeroOdd += bytes[i + 1] == 0;
        }
        bigEndian = zeroEven > zeroOdd;
    }
    QStringDecoder decoder(bigEndian ? QStringConverter::Utf16BE : QStringConverter::Utf16LE);
    return decoder.decode(bytes);
}

// Reverse tables: code → byte for the upper half of a single-byte encoding.
struct ReverseTable
{
    std::array<std::pair<char16_t, uchar>, 128> entries {};
    explicit ReverseTable(char16_t (*decode)(uchar))
    {
        for (int b = 0x80; b <= 0xFF; ++b)
            entries[size_t(b - 0x80)] = { decode(uchar(b)), uchar(b) };
        std::sort(entries.begin(), entries.end());
    }
    int find(char16_t c) const
    {
        const auto it = std::lower_bound(entries.begin(), entries.end(), std::pair<char16_t, uchar>(c, 0));
        return it != entries.end() && it->first == c ? it->second : -1;
    }
};

// A byte for `c` in a single-byte encoding, or -1.
int singleByte(const ReverseTable& table, QChar c)
{
    return c.unicode() < 0x80 ? int(c.unicode()) : table.find(c.unicode());
}

void encodeTcvn3(QChar c, QByteArray& out, bool& lossless)
{
    static const ReverseTable table(&tcvn3);
    int byte = singleByte(table, c);
    // The VN1 capitals in the upper half are not written: the .VnTime fonts have no glyph for them.
    const bool vn1Capital =
        byte >= 0xA0 && c.isUpper() && VietnameseSyllable::tone(c) != VietnameseSyllable::Tone::None;
    if (byte < 0 || vn1Capital)
        byte = singleByte(table, c.toLower());
    if (byte < 0) {
        lossless = false;
        byte = '?';
    }
    out += char(byte);
}

void encodeCp1258(QChar c, QByteArray& out, bool& lossless)
{
    static const ReverseTable table(&cp1258);
    const int byte = singleByte(table, c);
    if (byte >= 0) {
        out += char(byte);
        return;
    }
    VietnameseSyllable::Tone tone = VietnameseSyllable::Tone::None;
    const int base = singleByte(table, VietnameseSyllable::toneless(c, &tone));
    if (tone == VietnameseSyllable::Tone::None || base < 0) {
        lossless = false;
        out += '?';
        return;
    }
    out += char(base);
    out += char(table.find(kToneMarks[int(tone)]));
}

void encodeVni(QChar c, QByteArray& out, bool& lossless)
{
    static const ReverseTable table(&cp1252);
    VietnameseSyllable::Tone tone = VietnameseSyllable::Tone::None;
    const QChar toneless = VietnameseSyllable::toneless(c, &tone);
    const bool capital = c.isUpper();
    const char16_t lower = toneless.toLower().unicode();
    const auto withCase = [capital](uchar smallByte) { return char(capital ? smallByte - 0x20 : smallByte); };
    // Letters that are one byte: đ, toned i, ỵ.
    for (const auto& [byte, letter] : kVniLetters) {
        if (letter == c.toLower().unicode() && letter != u'ơ' && letter != u'ư') {
            out += withCase(byte);
            return;
        }
    }
    if (!VietnameseSyllable::isVowel(c)) {
        const int byte = singleByte(table, c);
        lossless = lossless && byte >= 0;
        out += byte >= 0 ? char(byte) : '?';
        return;
    }
    char16_t modifier = 0;
    uchar base = uchar(lower); // a e i o u y
    switch (lower) {
    case u'ă':
        modifier = kBreve;
        base = 'a';
        break;
    case u'â':
    case u'ê':
    case u'ô':
        modifier = kCircumflex;
        base = lower == u'â' ? 'a' : (lower == u'ê' ? 'e' : 'o');
        break;
    case u'ơ':
        base = 0xF4;
        break;
    case u'ư':
        base = 0xF6;
        break;
    default:
        break;
    }
    out += withCase(base);
    if (!modifier && tone == VietnameseSyllable::Tone::None)
        return;
    for (const VniMark& mark : kVniMarks) {
        if (mark.modifier == modifier && mark.tone == kToneMarks[int(tone)]) {
            out += withCase(mark.byte);
            return;
        }
    }
}

} // namespace

QList<LegacyEncoding::Encoding> LegacyEncoding::all()
{
    return { Encoding::Utf8, Encoding::Utf16, Encoding::Cp1258, Encoding::Tcvn3, Encoding::Vni };
}

QString LegacyEncoding::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("utf8");
    case Encoding::Utf16:
        return QStringLiteral("utf16");
    case Encoding::Cp1258:
        return QStringLiteral("cp1258");
    case Encoding::Tcvn3:
        return QStringLiteral("tcvn3");
    case Encoding::Vni:
        return QStringLiteral("vni");
    }
    return {};
}

Result<LegacyEncoding::Encoding> LegacyEncoding::fromName(const QString& name)
{
    QString key = name.trimmed().toLower();
    key.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    static const std::pair<const char*, Encoding> aliases[] = { { "utf8", Encoding::Utf8 },
        { "unicode", Encoding::Utf8 },
        { "utf16", Encoding::Utf16 },
        { "utf16le", Encoding::Utf16 },
        { "utf16be", Encoding::Utf16 },
        { "cp1258", Encoding::Cp1258 },
        { "windows1258", Encoding::Cp1258 },
        { "tcvn3", Encoding::Tcvn3 },
        { "tcvn", Encoding::Tcvn3 },
        { "abc", Encoding::Tcvn3 },
        { "vni", Encoding::Vni },
        { "vniwin", Encoding::Vni },
        { "vniwindows", Encoding::Vni } };
    for (const auto& [alias, encoding] : aliases) {
        if (key == QLatin1String(alias))
            return encoding;
    }
    QStringList names;
    for (const Encoding encoding : all())
        names << LegacyEncoding::name(encoding);
    return Error(
        Error::Code::Usage, tr("Unknown encoding “%1”: use one of %2.").arg(name, names.join(QStringLiteral(", "))));
}

QString LegacyEncoding::displayName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return tr("Unicode (UTF-8)");
    case Encoding::Utf16:
        return tr("Unicode (UTF-16)");
    case Encoding::Cp1258:
        return tr("Windows-1258 (Vietnamese code page)");
    case Encoding::Tcvn3:
        return tr("TCVN3 (ABC, .VnTime fonts)");
    case Encoding::Vni:
        return tr("VNI Windows (VNI-Times fonts)");
    }
    return {};
}

QString LegacyEncoding::decode(const QByteArray& bytes, Encoding encoding)
{
    QString text;
    switch (encoding) {
    case Encoding::Utf8: {
        QStringDecoder decoder(QStringConverter::Utf8);
        text = decoder.decode(bytes);
        break;
    }
    case Encoding::Utf16:
        text = decodeUtf16(bytes);
        break;
    case Encoding::Cp1258:
    case Encoding::Tcvn3:
        text.reserve(bytes.size());
        for (const char b : bytes)
            text += QChar(encoding == Encoding::Tcvn3 ? tcvn3(uchar(b)) : cp1258(uchar(b)));
        break;
    case Encoding::Vni:
        text = decodeVni(bytes);
        break;
    }
    // Linear in the size of the text (QString::normalized is not, on text that is not NFC yet).
    text = NfcNormalizer::normalize(text);
    return encoding == Encoding::Tcvn3 ? fixTcvn3Capitals(text) : text;
}

QByteArray LegacyEncoding::encode(const QString& text, Encoding encoding, bool* lossless)
{
    const QString source = VietnameseText::nfc(text);
    bool ok = true;
    QByteArray out;
    switch (encoding) {
    case Encoding::Utf8:
        out = source.toUtf8();
        break;
    case Encoding::Utf16: {
        QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        out = encoder.encode(source);
        break;
    }
    case Encoding::Cp1258:
    case Encoding::Tcvn3:
    case Encoding::Vni:
        out.reserve(source.size() * 2);
        for (const QChar c : source) {
            if (encoding == Encoding::Tcvn3)
                encodeTcvn3(c, out, ok);
            else if (encoding == Encoding::Cp1258)
                encodeCp1258(c, out, ok);
            else
                encodeVni(c, out, ok);
        }
        break;
    }
    if (lossless)
        *lossless = ok;
    return out;
}

QString LegacyEncoding::fromCp1252(const QByteArray& bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char b : bytes)
        text += QChar(cp1252(uchar(b)));
    return text;
}

bool LegacyEncoding::toCp1252(const QString& text, QByteArray* bytes)
{
    static const ReverseTable table(&cp1252);
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        int byte = singleByte(table, c);
        if (byte < 0 && c.unicode() >= 0x80 && c.unicode() < 0xA0)
            byte = c.unicode(); // a C1 control, as a Latin-1 reader would have made of the byte
        if (byte < 0)
            return false;
        out += char(byte);
    }
    if (bytes)
        *bytes = out;
    return true;
}

} // namespace thidua
