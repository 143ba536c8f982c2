#include "core/text/EncodingDetector.h"

#include "core/text/VietnameseSyllable.h"
#include "core/text/VietnameseText.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace thidua {

namespace {

using Encoding = LegacyEncoding::Encoding;

// Legacy decodings are scored on the start of a file only.
constexpr qsizetype kSampleSize = 256 * 1024;

// Frequent accented syllables of Vietnamese names and school documents (lower case, new tone placement), sorted
// by UTF-16 code unit. A short cell that two legacy encodings both read as valid syllables ("Leâ Thò" in VNI is
// "Lê Thị", in TCVN3 "Leõ Thũ") is decided by which reading has the common words.
// clang-format off
constexpr std::u16string_view kCommonSyllables[] = {
    u"biên", u"bình", u"bích", u"bùi", u"bản", u"bộ", u"châu", u"chí", u"chú", u"chủ", u"chức", u"cá", u"các", u"có",
    u"công", u"cơ", u"cường", u"cộng", u"của", u"diệp", u"duyên", u"dân", u"dũng", u"dương", u"giá", u"giáo", u"giới",
    u"hiếu", u"hiền", u"hiển", u"hiệp", u"hoài", u"hoàng", u"huyện", u"huệ", u"huỳnh", u"hà", u"hòa", u"hùng", u"hưng",
    u"hương", u"hạnh", u"hải", u"hậu", u"họ", u"học", u"hồ", u"hồng", u"hội", u"hữu", u"khá", u"khánh", u"không",
    u"khải", u"kiên", u"kiều", u"kết", u"liên", u"loại", u"là", u"lâm", u"lê", u"lý", u"lưu", u"lập", u"lễ", u"lộc",
    u"lớp", u"lợi", u"lực", u"mạnh", u"mẫn", u"mến", u"một", u"mỹ", u"nghĩa", u"nguyễn", u"ngày", u"ngân", u"ngô",
    u"người", u"ngọc", u"nhàn", u"nhân", u"như", u"nhật", u"những", u"này", u"năm", u"nữ", u"phát", u"phòng", u"phúc",
    u"phương", u"phường", u"phượng", u"phạm", u"phải", u"phụng", u"quyên", u"quyết", u"quân", u"quý", u"quả", u"quận",
    u"quốc", u"quỳnh", u"sách", u"sĩ", u"sơn", u"sắc", u"số", u"sở", u"thiện", u"thuận", u"thành", u"thái", u"tháng",
    u"thùy", u"thúy", u"thơ", u"thư", u"thưởng", u"thảo", u"thắng", u"thể", u"thị", u"thịnh", u"thủy", u"tiên", u"tiến",
    u"toàn", u"trâm", u"trí", u"trúc", u"trương", u"trường", u"trần", u"trọng", u"tuyết", u"tuấn", u"tuệ", u"tài",
    u"tâm", u"tân", u"tên", u"tín", u"tính", u"tô", u"tùng", u"tú", u"tường", u"tập", u"tỉnh", u"tốt", u"tổ", u"tự",
    u"uyên", u"viên", u"việc", u"việt", u"và", u"vân", u"võ", u"văn", u"vĩnh", u"vũ", u"về", u"vị", u"với", u"vụ",
    u"xuân", u"xuất", u"xã", u"xếp", u"yến", u"yếu", u"ánh", u"ân", u"út", u"ý", u"đinh", u"điểm", u"điệp", u"đua",
    u"đào", u"đánh", u"đã", u"đông", u"đăng", u"đơn", u"được", u"đại", u"đạt", u"đặng", u"đến", u"đệm", u"định",
    u"đồng", u"đỗ", u"độc", u"động", u"đức", u"ủy",
};
// clang-format on

bool isCommonSyllable(QStringView word)
{
    const QString canonical = VietnameseSyllable::canonicalTone(word).toLower();
    const std::u16string_view key(reinterpret_cast<const char16_t*>(canonical.utf16()), size_t(canonical.size()));
    return std::binary_search(std::begin(kCommonSyllables), std::end(kCommonSyllables), key);
}

struct Score
{
    int words = 0; // words with a character outside ASCII
    int valid = 0; // … that are Vietnamese syllables
    int common = 0; // … that are frequent syllables
    int bad = 0; // control characters, U+FFFD, marks with no letter
    // The share of valid syllables: what the confidence is made of.
    double value() const { return words == 0 ? 0.0 : std::max(0.0, double(valid - bad) / words); }
    // What candidates are ranked by: the share of valid syllables, then of frequent ones.
    double rank() const { return words == 0 ? 0.0 : value() + 0.1 * common / words; }
};

bool isBadChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || (u >= 0x7F && u < 0xA0) || u == 0xFFFD;
}

// Letters, and what legacy encodings put among letters when misread: invisible format characters (TCVN3's ư is
// U+00AD in Windows-1252) and the Latin-1 symbols TCVN3 uses for letters (§ = Đ, ª = ê, « = ô, ¸ = á, …).
bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    return c.isLetter() || c.isMark() || c.category() == QChar::Other_Format || (u >= 0xA1 && u <= 0xBF) || u == 0xD7
        || u == 0xF7;
}

Score score(QStringView text)
{
    Score s;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (!isWordChar(c)) {
            s.bad += isBadChar(c);
            ++i;
            continue;
        }
        s.bad += c.isMark(); // a mark with no letter before it
        qsizetype end = i;
        bool ascii = true;
        while (end < n && isWordChar(text[end])) {
            ascii = ascii && text[end].unicode() < 0x80;
            ++end;
        }
        if (!ascii) {
            const QStringView word = text.mid(i, end - i);
            ++s.words;
            if (VietnameseSyllable::isValid(word)) {
                ++s.valid;
                s.common += isCommonSyllable(word);
            }
        }
        i = end;
    }
    return s;
}

// Strict UTF-8 (no overlong forms, surrogates or code points above U+10FFFF). `multiByte` counts the sequences of
// two bytes or more.
bool isValidUtf8(const QByteArray& bytes, int* multiByte)
{
    int count = 0;
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        char32_t minimum = 0;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
            code = b & 0x1F;
            minimum = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            code = b & 0x0F;
            minimum = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            code = b & 0x07;
            minimum = 0x10000;
        } else {
            return false;
        }
        if (i + length > n)
            return false;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        ++count;
        i += length;
    }
    if (multiByte)
        *multiByte = count;
    return true;
}

// UTF-16 without a byte order mark: text in Latin script has a zero in every ASCII character, on the same side.
bool looksLikeUtf16(const QByteArray& bytes, double* confidence)
{
    const qsizetype limit = std::min<qsizetype>(bytes.size(), 65536) & ~qsizetype(1);
    const qsizetype pairs = limit / 2;
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < limit; i += 2) {
        zeroEven += bytes[i] == 0;
        zeroOdd += bytes[i + 1] == 0;
    }
    const qsizetype most = std::max(zeroEven, zeroOdd);
    const qsizetype least = std::min(zeroEven, zeroOdd);
    if (pairs == 0 || most == 0 || most * 10 < pairs || least * 4 >= most)
        return false;
    *confidence = std::min(1.0, 0.5 + double(most) / double(pairs));
    return true;
}

struct Candidate
{
    Encoding encoding;
    Score score;
};

// The best candidate by rank (the first one on a tie) and its confidence: its share of valid syllables, reduced
// down to half when the runner-up ranks as well.
EncodingDetector::Detection choose(const QList<Candidate>& candidates)
{
    const Candidate* best = &candidates.first();
    for (const Candidate& candidate : candidates) {
        if (candidate.score.rank() > best->score.rank())
            best = &candidate;
    }
    double second = 0.0;
    for (const Candidate& candidate : candidates) {
        if (&candidate != best)
            second = std::max(second, candidate.score.rank());
    }
    const double margin = best->score.rank() - second;
    return { best->encoding, best->score.value() * std::min(1.0, 0.5 + 2.0 * margin) };
}

constexpr Encoding kLegacy[] = { Encoding::Tcvn3, Encoding::Vni, Encoding::Cp1258 };

} // namespace

double EncodingDetector::vietnameseScore(const QString& text, int* accentedWords)
{
    const Score s = score(VietnameseText::nfc(text));
    if (accentedWords)
        *accentedWords = s.words;
    return s.value();
}

EncodingDetector::Detection EncodingDetector::detect(const QByteArray& bytes)
{
    if (bytes.isEmpty() || bytes.startsWith("\xEF\xBB\xBF"))
        return { Encoding::Utf8, 1.0 };
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return { Encoding::Utf16, 1.0 };
    double confidence = 0.0;
    if (looksLikeUtf16(bytes, &confidence))
        return { Encoding::Utf16, confidence };
    if (std::all_of(bytes.cbegin(), bytes.cend(), [](char b) { return uchar(b) < 0x80; }))
        return { Encoding::Utf8, 1.0 };
    int multiByte = 0;
    if (isValidUtf8(bytes, &multiByte))
        return { Encoding::Utf8, multiByte >= 3 ? 0.99 : 0.9 };

    // Cut the sample at a line break so that no VNI letter loses its mark byte.
    QByteArray sample = bytes.left(kSampleSize);
    if (sample.size() < bytes.size() && sample.lastIndexOf('\n') > 0)
        sample.truncate(sample.lastIndexOf('\n'));
    QList<Candidate> candidates;
    for (const Encoding encoding : kLegacy)
        candidates.append({ encoding, score(LegacyEncoding::decode(sample, encoding)) });
    // Mostly UTF-8 with a few broken bytes: U+FFFD counts against it.
    candidates.append({ Encoding::Utf8, score(LegacyEncoding::decode(sample, Encoding::Utf8)) });
    const bool anyWords =
        std::any_of(candidates.cbegin(), candidates.cend(), [](const Candidate& c) { return c.score.words > 0; });
    if (!anyWords)
        return { Encoding::Tcvn3, 0.5 }; // only punctuation above ASCII, the same in every legacy encoding
    return choose(candidates);
}

bool EncodingDetector::looksBinary(const QByteArray& bytes)
{
    double confidence = 0.0;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF") || looksLikeUtf16(bytes, &confidence))
        return false;
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 1 << 20);
    qsizetype bad = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const auto b = uchar(bytes[i]);
        if (b == 0)
            return true;
        if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0B && b != 0x0C) || b == 0x7F)
            ++bad;
    }
    return bad >= 2 && bad * 50 > sample;
}

QString EncodingDetector::decode(const QByteArray& bytes, Detection* detection)
{
    const Detection found = detect(bytes);
    if (detection)
        *detection = found;
    return LegacyEncoding::decode(bytes, found.encoding);
}

EncodingDetector::Detection EncodingDetector::detectMojibake(const QStringList& texts)
{
    QList<Candidate> candidates;
    candidates.append({ Encoding::Utf8, score(VietnameseText::nfc(texts.join(QLatin1Char('\n')))) });
    for (const Encoding encoding : kLegacy) {
        QStringList repaired;
        repaired.reserve(texts.size());
        for (const QString& text : texts)
            repaired << repairMojibake(text, encoding);
        candidates.append({ encoding, score(repaired.join(QLatin1Char('\n'))) });
    }
    // A legacy reading must find more syllables than the text as it is, not only score as well.
    Detection detection = choose(candidates);
    const Score& original = candidates.first().score;
    for (const Candidate& candidate : candidates) {
        if (candidate.encoding == detection.encoding && candidate.score.valid <= original.valid)
            detection = { Encoding::Utf8, original.value() };
    }
    if (detection.encoding == Encoding::Utf8 && original.words == 0)
        detection.confidence = 1.0; // nothing garbled to repair
    return detection;
}

QString EncodingDetector::repairMojibake(const QString& text, Encoding from)
{
    QByteArray bytes;
    if ((from != Encoding::Tcvn3 && from != Encoding::Vni && from != Encoding::Cp1258)
        || !LegacyEncoding::toCp1252(text, &bytes))
        return VietnameseText::nfc(text);
    return LegacyEncoding::decode(bytes, from);
}

QString EncodingDetector::repairMojibake(const QString& text, Encoding* from)
{
    if (from)
        *from = Encoding::Utf8;
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii || !LegacyEncoding::toCp1252(text, nullptr))
        return VietnameseText::nfc(text);
    const Detection detection = detectMojibake({ text });
    if (detection.encoding == Encoding::Utf8)
        return VietnameseText::nfc(text);
    if (from)
        *from = detection.encoding;
    return repairMojibake(text, detection.encoding);
}

} // namespace thidua
