// Legacy encodings: known byte sequences for TCVN3, VNI and CP1258 (checked against glibc iconv and the UniKey
// tables), round trips of 35 names and sentences holding every Vietnamese letter through every encoding, NFD
// input, auto-detection of whole files, UTF-16 without a byte order mark, .VnTimeH capitals, and repair of
// spreadsheet cells that hold the Windows-1252 reading of TCVN3 or VNI bytes.
#include "core/common/Translation.h"
#include "core/text/EncodingDetector.h"
#include "core/text/LegacyEncoding.h"
#include "core/text/NfcNormalizer.h"
#include "core/text/VietnameseSyllable.h"

#include <QCoreApplication>
#include <QStringEncoder>
#include <QTest>

using namespace thidua;
using namespace Qt::StringLiterals;

using Encoding = LegacyEncoding::Encoding;
Q_DECLARE_METATYPE(LegacyEncoding::Encoding)

class TestLegacyEncoding : public QObject
{
    Q_OBJECT

private slots:
    void names();
    void vietnameseNames();
    void knownBytes_data();
    void knownBytes();
    void decodeKnownBytes();
    void roundTrip_data();
    void roundTrip();
    void tcvn3Capitals_data();
    void tcvn3Capitals();
    void unencodable();
    void utf8();
    void utf16_data();
    void utf16();
    void detectFile_data();
    void detectFile();
    void detectSimple();
    void score();
    void repairCells_data();
    void repairCells();
    void repairColumn();
    void nfcPieces_data();
    void nfcPieces();
    void decodeLarge_data();
    void decodeLarge();
    void looksBinary_data();
    void looksBinary();
};

namespace {

QStringList corpus()
{
    QStringList texts = { u"Nguyễn Văn An"_s,
        u"Trần Thị Bích Ngọc"_s,
        u"Lê Hoàng Ân"_s,
        u"Phạm Thị Hoà"_s,
        u"Hoàng Văn Thụ"_s,
        u"Huỳnh Tấn Phát"_s,
        u"Võ Nguyên Giáp"_s,
        u"Đặng Thị Ước"_s,
        u"Bùi Thị Xuân"_s,
        u"Đỗ Mười"_s,
        u"Ngô Bảo Châu"_s,
        u"Dương Thu Hương"_s,
        u"Lý Thường Kiệt"_s,
        u"Tôn Nữ Thị Ninh"_s,
        u"Tôn Thất Tùng"_s,
        u"Âu Dương Lân"_s,
        u"Nguyễn Thị Thanh Thuỷ"_s,
        u"Phan Bội Châu"_s,
        u"Trương Định"_s,
        u"Đinh Bộ Lĩnh"_s,
        u"Lưu Thị Ánh Tuyết"_s,
        u"Vũ Quỳnh Như"_s,
        u"Hồ Xuân Hương"_s,
        u"Khổng Minh Khoa"_s,
        u"Quách Thị Yến"_s,
        u"Kiều Oanh"_s,
        u"Ông Ích Khiêm"_s,
        u"Ưng Hoàng Phúc"_s,
        u"Ỷ Lan"_s,
        u"Mạc Đĩnh Chi"_s,
        u"Giang Thị Gấm"_s,
        u"Thái Thị Ẩn"_s,
        u"Cộng hòa xã hội chủ nghĩa Việt Nam"_s,
        u"Độc lập – Tự do – Hạnh phúc"_s,
        u"Trường Trung học phổ thông Nguyễn Khuyến, Quận Gò Vấp"_s,
        u"Biên bản họp Hội đồng Thi đua – Khen thưởng năm học 2023–2024"_s,
        u"Tiền thưởng: 2.340.000 đồng (Hai triệu ba trăm bốn mươi nghìn đồng)"_s,
        u"Khoẻ mạnh, ngoan ngoãn, học giỏi; thuở ấy gió đưa cành trúc la đà."_s,
        u"Quyết định về việc công nhận danh hiệu “Lao động tiên tiến”"_s,
        u"Ăn quả nhớ kẻ trồng cây, uống nước nhớ nguồn."_s };
    // Every letter: the 72 vowel forms in both cases, đ/Đ and the consonants.
    const QString vowels = u"aàảãáạ ăằẳẵắặ âầẩẫấậ eèẻẽéẹ êềểễếệ iìỉĩíị oòỏõóọ ôồổỗốộ ơờởỡớợ uùủũúụ ưừửữứự yỳỷỹýỵ"_s;
    texts << vowels << vowels.toUpper() << u"đ Đ b c d g h k l m n p q r s t v x B C D G H K L M N P Q R S T V X"_s;
    return texts;
}

bool hasTonedCapital(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isUpper() && VietnameseSyllable::tone(c) != VietnameseSyllable::Tone::None;
    });
}

QByteArray utf16Bytes(const QString& text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

} // namespace

void TestLegacyEncoding::names()
{
    QStringList names;
    for (const Encoding encoding : LegacyEncoding::all()) {
        names << LegacyEncoding::name(encoding);
        QVERIFY(!LegacyEncoding::displayName(encoding).isEmpty());
        const auto parsed = LegacyEncoding::fromName(LegacyEncoding::name(encoding));
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, encoding);
    }
    QCOMPARE(names, QStringList({ u"utf8"_s, u"utf16"_s, u"cp1258"_s, u"tcvn3"_s, u"vni"_s }));
    QCOMPARE(*LegacyEncoding::fromName(u"UTF-8"_s), Encoding::Utf8);
    QCOMPARE(*LegacyEncoding::fromName(u"utf-16le"_s), Encoding::Utf16);
    QCOMPARE(*LegacyEncoding::fromName(u"Windows-1258"_s), Encoding::Cp1258);
    QCOMPARE(*LegacyEncoding::fromName(u" ABC "_s), Encoding::Tcvn3);
    QCOMPARE(*LegacyEncoding::fromName(u"VNI-Win"_s), Encoding::Vni);
    const auto unknown = LegacyEncoding::fromName(u"latin9"_s);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, Error::Code::Usage);
    QVERIFY(unknown.error().message.contains(u"latin9"_s));
    QVERIFY(unknown.error().message.contains(u"tcvn3"_s));
}

void TestLegacyEncoding::vietnameseNames()
{
    QVERIFY(Translation::install(*QCoreApplication::instance(), u"vi"_s));
    QCOMPARE(LegacyEncoding::displayName(Encoding::Tcvn3), u"TCVN3 (ABC, phông .VnTime)"_s);
    QCOMPARE(LegacyEncoding::displayName(Encoding::Vni), u"VNI Windows (phông VNI-Times)"_s);
    QVERIFY(LegacyEncoding::fromName(u"x"_s).error().message.startsWith(u"Bảng mã “x” không hợp lệ"_s));
    QVERIFY(Translation::install(*QCoreApplication::instance(), u"en"_s));
    QCOMPARE(LegacyEncoding::displayName(Encoding::Tcvn3), u"TCVN3 (ABC, .VnTime fonts)"_s);
}

void TestLegacyEncoding::knownBytes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    // TCVN3: the same as glibc iconv TCVN5712-1 where VN3 has the letter (legal-facts.md §5).
    QTest::newRow("tcvn3 Nguyễn Đức Trần")
        << u"Nguyễn Đức Trần"_s << Encoding::Tcvn3 << QByteArray::fromHex("4e677579d46e20a7f863205472c76e");
    // … and a capital with a tone written with its lower-case code, as UniKey does (iconv writes VN1's 0x83).
    QTest::newRow("tcvn3 Lưu Thị Ánh Tuyết")
        << u"Lưu Thị Ánh Tuyết"_s << Encoding::Tcvn3 << QByteArray::fromHex("4cad75205468de20b86e6820547579d574");
    QTest::newRow("tcvn3 ơ ư ă â ê ô") << u"ơ ư ă â ê ô Ơ Ư Ă Â Ê Ô"_s << Encoding::Tcvn3
                                       << QByteArray::fromHex("ac20ad20a820a920aa20ab20a520a620a120a220a320a4");
    // CP1258: byte for byte what glibc iconv CP1258 writes.
    QTest::newRow("cp1258 Nguyễn Đức Trần")
        << u"Nguyễn Đức Trần"_s << Encoding::Cp1258 << QByteArray::fromHex("4e677579eade6e20d0fdec63205472e2cc6e");
    QTest::newRow("cp1258 Hoàng Thị Ý Nhi")
        << u"Hoàng Thị Ý Nhi"_s << Encoding::Cp1258 << QByteArray::fromHex("486fe06e6720546869f22059ec204e6869");
    QTest::newRow("cp1258 Phạm Văn Đồng, Ưng Hoàng Phúc")
        << u"Phạm Văn Đồng, Ưng Hoàng Phúc"_s << Encoding::Cp1258
        << QByteArray::fromHex("506861f26d2056e36e20d0f4cc6e672c20dd6e6720486fe06e67205068fa63");
    QTest::newRow("cp1258 Lưu Thị Ánh Tuyết")
        << u"Lưu Thị Ánh Tuyết"_s << Encoding::Cp1258 << QByteArray::fromHex("4cfd7520546869f220c16e6820547579eaec74");
    QTest::newRow("cp1258 đồng sign") << u"₫"_s << Encoding::Cp1258 << QByteArray::fromHex("fe");
    // VNI Windows: base letter + mark byte (UniKey VNI-WIN, xvnkb vni.h): "AÙ" = Á, "ÔØ" = Ờ.
    QTest::newRow("vni Nguyễn Văn Á Ờ") << u"Nguyễn Văn Á Ờ"_s << Encoding::Vni
                                        << QByteArray::fromHex("4e67757965e36e205661ea6e2041d920d4d8");
    QTest::newRow("vni Đặng Thị Ước") << u"Đặng Thị Ước"_s << Encoding::Vni
                                      << QByteArray::fromHex("d161eb6e67205468f220d6f4f963");
    QTest::newRow("vni Quỳnh Thủy Tiến Kỷ") << u"Quỳnh Thủy Tiến Kỷ"_s << Encoding::Vni
                                            << QByteArray::fromHex("517579f86e6820546875fb7920546965e16e204b79fb");
    QTest::newRow("vni single bytes") << u"ỵ Ỵ ị Ĩ í Ì ỉ đ"_s << Encoding::Vni
                                      << QByteArray::fromHex("ee20ce20f220d320ed20cc20e620f1");
}

void TestLegacyEncoding::knownBytes()
{
    QFETCH(QString, text);
    QFETCH(Encoding, encoding);
    QFETCH(QByteArray, bytes);
    bool lossless = false;
    QCOMPARE(LegacyEncoding::encode(text, encoding, &lossless).toHex(), bytes.toHex());
    QVERIFY(lossless);
    if (encoding != Encoding::Tcvn3 || !hasTonedCapital(text))
        QCOMPARE(LegacyEncoding::decode(bytes, encoding), text);
}

void TestLegacyEncoding::decodeKnownBytes()
{
    // Decoding only: input other tools write.
    // VN1 capitals that iconv writes in the upper half decode as capitals.
    QCOMPARE(LegacyEncoding::decode(QByteArray::fromHex("c0bf"), Encoding::Tcvn3), u"Ắẵ"_s.toUpper());
    // TCVN3 0x80–0x9F are Windows-1252 punctuation, as in Word files typed in .VnTime.
    QCOMPARE(LegacyEncoding::decode(QByteArray::fromHex("93a7b5938596"), Encoding::Tcvn3), u"“Đà“…–"_s);
    // VN1 combining marks 0xB0–0xB4 compose.
    QCOMPARE(LegacyEncoding::decode(QByteArray::fromHex("61b06fb4"), Encoding::Tcvn3), u"àọ"_s);
    // VNI: a capital with a small mark byte still gives the capital; marks after a consonant stay Latin-1.
    QCOMPARE(LegacyEncoding::decode(QByteArray::fromHex("41f9"), Encoding::Vni), u"Á"_s);
    QCOMPARE(LegacyEncoding::decode(QByteArray::fromHex("62f9"), Encoding::Vni), u"bù"_s);
    QCOMPARE(LegacyEncoding::decode(QByteArray::fromHex("65ea"), Encoding::Vni), u"eê"_s); // no breve on e
    QCOMPARE(LegacyEncoding::decode(QByteArray::fromHex("93416993"), Encoding::Vni), u"“Ai“"_s);
    // CP1258 from Windows: decomposed, composed by NFC.
    QCOMPARE(LegacyEncoding::decode(QByteArray::fromHex("4e677579eade6e"), Encoding::Cp1258), u"Nguyễn"_s);
    QCOMPARE(LegacyEncoding::decode(QByteArray::fromHex("80fe"), Encoding::Cp1258), u"€₫"_s);
}

void TestLegacyEncoding::roundTrip_data()
{
    QTest::addColumn<Encoding>("encoding");
    for (const Encoding encoding : LegacyEncoding::all())
        QTest::newRow(qPrintable(LegacyEncoding::name(encoding))) << encoding;
}

void TestLegacyEncoding::roundTrip()
{
    QFETCH(Encoding, encoding);
    const QStringList texts = corpus();
    QVERIFY(texts.size() >= 30);
    for (const QString& text : texts) {
        bool lossless = false;
        const QByteArray bytes = LegacyEncoding::encode(text, encoding, &lossless);
        QVERIFY2(lossless, qPrintable(text));
        // NFD input gives the same bytes.
        QCOMPARE(LegacyEncoding::encode(text.normalized(QString::NormalizationForm_D), encoding), bytes);
        const QString decoded = LegacyEncoding::decode(bytes, encoding);
        QCOMPARE(decoded, decoded.normalized(QString::NormalizationForm_C));
        if (encoding == Encoding::Tcvn3 && hasTonedCapital(text))
            QCOMPARE(decoded.toLower(), text.toLower()); // see tcvn3Capitals
        else
            QCOMPARE(decoded, text);
        if (encoding != Encoding::Utf8 && encoding != Encoding::Utf16)
            QVERIFY2(!bytes.contains('\0') && bytes.size() >= text.size(), qPrintable(text));
    }
}

void TestLegacyEncoding::tcvn3Capitals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("decoded");
    // Capitals with a tone have no TCVN3 code: typed in .VnTimeH they are the lower-case code. All-capital runs
    // come back in capitals; elsewhere the letter comes back in lower case.
    QTest::newRow("all capitals") << u"NGUYỄN VĂN AN"_s << u"NGUYỄN VĂN AN"_s;
    QTest::newRow("heading") << u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s << u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s;
    QTest::newRow("school") << u"TRƯỜNG THPT NGUYỄN KHUYẾN"_s << u"TRƯỜNG THPT NGUYỄN KHUYẾN"_s;
    QTest::newRow("cells") << u"STT\tHỌ VÀ TÊN\tGhi chú"_s << u"STT\tHỌ VÀ TÊN\tGhi chú"_s;
    QTest::newRow("initial toned capital") << u"Nguyễn Thị Ánh"_s << u"Nguyễn Thị ánh"_s;
    QTest::newRow("Ẩn") << u"Thái Thị Ẩn"_s << u"Thái Thị ẩn"_s;
    QTest::newRow("Ư and Đ have codes") << u"Lê Ước, Độc lập"_s << u"Lê Ước, Độc lập"_s;
    QTest::newRow("capitals only at word starts") << u"Lê Hà"_s << u"Lê Hà"_s;
    QTest::newRow("a capital inside a word decides") << u"ĐỖ THỊ HÀ"_s << u"ĐỖ THỊ HÀ"_s;
    QTest::newRow("one word, one capital: ambiguous") << u"ĐỖ"_s << u"Đỗ"_s;
    QTest::newRow("all-capital name cells") << u"Lê Văn A;NGUYỄN THỊ HÀ;10A1"_s << u"Lê Văn A;NGUYỄN THỊ HÀ;10A1"_s;
}

void TestLegacyEncoding::tcvn3Capitals()
{
    QFETCH(QString, text);
    QFETCH(QString, decoded);
    QCOMPARE(LegacyEncoding::decode(LegacyEncoding::encode(text, Encoding::Tcvn3), Encoding::Tcvn3), decoded);
}

void TestLegacyEncoding::unencodable()
{
    bool lossless = true;
    QCOMPARE(LegacyEncoding::encode(u"An 日本"_s, Encoding::Tcvn3, &lossless), QByteArray("An ??"));
    QVERIFY(!lossless);
    lossless = true;
    QCOMPARE(LegacyEncoding::encode(u"©"_s, Encoding::Tcvn3, &lossless), QByteArray("?")); // 0xA9 is â there
    QVERIFY(!lossless);
    lossless = true;
    QCOMPARE(LegacyEncoding::encode(u"ñ"_s, Encoding::Cp1258, &lossless), QByteArray("\xF1"));
    QVERIFY(lossless);
    QCOMPARE(LegacyEncoding::encode(u"Ω"_s, Encoding::Vni, &lossless), QByteArray("?"));
    QVERIFY(!lossless);
    lossless = false;
    QCOMPARE(LegacyEncoding::encode(u"日本"_s, Encoding::Utf8, &lossless), u"日本"_s.toUtf8());
    QVERIFY(lossless);
}

void TestLegacyEncoding::utf8()
{
    const QString text = u"Nguyễn Thị Hoà"_s;
    QCOMPARE(LegacyEncoding::decode("\xEF\xBB\xBF" + text.toUtf8(), Encoding::Utf8), text);
    QCOMPARE(LegacyEncoding::decode(text.normalized(QString::NormalizationForm_D).toUtf8(), Encoding::Utf8), text);
    QCOMPARE(LegacyEncoding::decode(QByteArray("a\xC3\x28z"), Encoding::Utf8), u"a\uFFFD(z"_s);
    EncodingDetector::Detection detection;
    QCOMPARE(EncodingDetector::decode("\xEF\xBB\xBF" + text.toUtf8(), &detection), text);
    QCOMPARE(detection.encoding, Encoding::Utf8);
    QCOMPARE(detection.confidence, 1.0);
}

void TestLegacyEncoding::utf16_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString text = u"Danh sách: Nguyễn Thị Hoà, Đặng Văn Ước"_s;
    QTest::newRow("LE with BOM") << utf16Bytes(text, QStringConverter::Utf16LE, true);
    QTest::newRow("BE with BOM") << utf16Bytes(text, QStringConverter::Utf16BE, true);
    QTest::newRow("LE without BOM") << utf16Bytes(text, QStringConverter::Utf16LE, false);
    QTest::newRow("BE without BOM") << utf16Bytes(text, QStringConverter::Utf16BE, false);
    QTest::newRow("NFD LE without BOM") << utf16Bytes(
        text.normalized(QString::NormalizationForm_D), QStringConverter::Utf16LE, false);
}

void TestLegacyEncoding::utf16()
{
    QFETCH(QByteArray, bytes);
    const QString text = u"Danh sách: Nguyễn Thị Hoà, Đặng Văn Ước"_s;
    QCOMPARE(LegacyEncoding::decode(bytes, Encoding::Utf16), text);
    const auto detection = EncodingDetector::detect(bytes);
    QCOMPARE(detection.encoding, Encoding::Utf16);
    QVERIFY(detection.confidence >= 0.8);
    QCOMPARE(EncodingDetector::decode(bytes), text);
    QCOMPARE(LegacyEncoding::encode(text, Encoding::Utf16), utf16Bytes(text, QStringConverter::Utf16LE, true));
}

void TestLegacyEncoding::detectFile_data()
{
    QTest::addColumn<Encoding>("encoding");
    for (const Encoding encoding : LegacyEncoding::all())
        QTest::newRow(qPrintable(LegacyEncoding::name(encoding))) << encoding;
}

void TestLegacyEncoding::detectFile()
{
    QFETCH(Encoding, encoding);
    // A roster file: the corpus, one text per line, in each encoding; also NFD text and a single long line.
    const QString file = corpus().join(u'\n');
    for (const QString& source : { file, file.normalized(QString::NormalizationForm_D) }) {
        const QByteArray bytes = LegacyEncoding::encode(source, encoding);
        const auto detection = EncodingDetector::detect(bytes);
        QCOMPARE(detection.encoding, encoding);
        QVERIFY2(detection.confidence >= 0.8, qPrintable(QString::number(detection.confidence)));
        const QString decoded = EncodingDetector::decode(bytes);
        QCOMPARE(decoded, LegacyEncoding::decode(bytes, encoding));
        if (encoding == Encoding::Tcvn3)
            QCOMPARE(decoded.toLower(), file.toLower());
        else
            QCOMPARE(decoded, file);
    }
    const QString sentence = u"Biên bản họp Hội đồng Thi đua – Khen thưởng trường năm học 2023–2024 về việc xét "
                             u"danh hiệu Lao động tiên tiến cho giáo viên"_s;
    QCOMPARE(EncodingDetector::detect(LegacyEncoding::encode(sentence, encoding)).encoding, encoding);
    // Each person's name alone: enough for every name of three syllables with diacritics here.
    int right = 0;
    const QStringList texts = corpus();
    for (const QString& text : texts)
        right += EncodingDetector::decode(LegacyEncoding::encode(text, encoding)).toLower() == text.toLower();
    qInfo("%s: %d of %d texts decoded right on their own",
        qPrintable(LegacyEncoding::name(encoding)),
        right,
        int(texts.size()));
    QVERIFY(right >= texts.size() * 3 / 4);
}

void TestLegacyEncoding::detectSimple()
{
    QCOMPARE(EncodingDetector::detect(QByteArray()).encoding, Encoding::Utf8);
    const auto ascii = EncodingDetector::detect("Nguyen Van An, 1987");
    QCOMPARE(ascii.encoding, Encoding::Utf8);
    QCOMPARE(ascii.confidence, 1.0);
    const auto utf8 = EncodingDetector::detect(u"Nguyễn Văn An; Trần Thị Bích"_s.toUtf8());
    QCOMPARE(utf8.encoding, Encoding::Utf8);
    QVERIFY(utf8.confidence > 0.95);
    // UTF-8 with one broken byte is still UTF-8, not a legacy encoding.
    QByteArray broken = corpus().join(u'\n').toUtf8();
    broken[10] = '\xFF';
    QCOMPARE(EncodingDetector::detect(broken).encoding, Encoding::Utf8);
    // Only Windows-1252 punctuation above ASCII: nothing to tell the legacy encodings apart, low confidence.
    const auto quotes = EncodingDetector::detect("\x93Hello\x94");
    QVERIFY(quotes.confidence <= 0.5);
    QCOMPARE(LegacyEncoding::decode("\x93Hello\x94", quotes.encoding), u"“Hello”"_s);
}

void TestLegacyEncoding::score()
{
    int words = 0;
    QCOMPARE(EncodingDetector::vietnameseScore(u"Nguyễn Thị Ánh, 10A1"_s, &words), 1.0);
    QCOMPARE(words, 3);
    QCOMPARE(EncodingDetector::vietnameseScore(u"NguyÔn ThÞ ¸nh Tr\u00ADêng"_s, &words), 0.0);
    QCOMPARE(words, 4); // "¸nh" and "Tr­êng" are single words
    QCOMPARE(EncodingDetector::vietnameseScore(u"plain ascii"_s, &words), 0.0);
    QCOMPARE(words, 0);
    QVERIFY(EncodingDetector::vietnameseScore(u"Nguyễn Thị \u0001\u0002"_s) < 1.0);
}

void TestLegacyEncoding::repairCells_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<Encoding>("from");
    const auto garble = [](const QString& text, Encoding encoding) {
        return LegacyEncoding::fromCp1252(LegacyEncoding::encode(text, encoding));
    };
    // What an .xlsx cell typed in a .VnTime or VNI-Times font holds.
    QTest::newRow("tcvn3 literal") << u"NguyÔn V¨n An"_s << u"Nguyễn Văn An"_s << Encoding::Tcvn3;
    QTest::newRow("tcvn3 Lê Thị Hoa") << u"Lª ThÞ Hoa"_s << u"Lê Thị Hoa"_s << Encoding::Tcvn3;
    QTest::newRow("tcvn3 soft hyphen ư") << u"Tr\u00ADêng THCS"_s << u"Trường THCS"_s << Encoding::Tcvn3;
    QTest::newRow("tcvn3 Hồ") << u"Hå"_s << u"Hồ"_s << Encoding::Tcvn3;
    QTest::newRow("vni literal") << u"Nguyeãn Vaên An"_s << u"Nguyễn Văn An"_s << Encoding::Vni;
    QTest::newRow("vni Lê Thị Hoa") << u"Leâ Thò Hoa"_s << u"Lê Thị Hoa"_s << Encoding::Vni;
    const QStringList names = { u"Trần Thị Bích Ngọc"_s,
        u"Đặng Thị Ước"_s,
        u"Huỳnh Tấn Phát"_s,
        u"Nguyễn Thị Thanh Thuỷ"_s,
        u"Dương Thu Hương"_s,
        u"Trường THPT Nguyễn Khuyến"_s };
    for (const QString& name : names) {
        QTest::newRow(qPrintable(u"tcvn3 "_s + name)) << garble(name, Encoding::Tcvn3) << name << Encoding::Tcvn3;
        QTest::newRow(qPrintable(u"vni "_s + name)) << garble(name, Encoding::Vni) << name << Encoding::Vni;
        QTest::newRow(qPrintable(u"cp1258 "_s + name)) << garble(name, Encoding::Cp1258) << name << Encoding::Cp1258;
        // Proper text is left alone.
        QTest::newRow(qPrintable(u"proper "_s + name)) << name << name << Encoding::Utf8;
    }
    // Proper text that happens to be all Windows-1252 characters is left alone too.
    QTest::newRow("Lê Hà") << u"Lê Hà"_s << u"Lê Hà"_s << Encoding::Utf8;
    QTest::newRow("Ánh") << u"Ánh"_s << u"Ánh"_s << Encoding::Utf8;
    QTest::newRow("Hà Nội") << u"Hà Nội"_s << u"Hà Nội"_s << Encoding::Utf8;
    QTest::newRow("José Müller") << u"José Müller"_s << u"José Müller"_s << Encoding::Utf8;
    QTest::newRow("Café Señor") << u"Café Señor"_s << u"Café Señor"_s << Encoding::Utf8;
    QTest::newRow("ascii") << u"Nguyen Van An"_s << u"Nguyen Van An"_s << Encoding::Utf8;
    QTest::newRow("empty") << QString() << QString() << Encoding::Utf8;
    QTest::newRow("NFD stays, as NFC") << u"Lê Thị Hoa"_s.normalized(QString::NormalizationForm_D) << u"Lê Thị Hoa"_s
                                       << Encoding::Utf8;
}

void TestLegacyEncoding::repairCells()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QFETCH(Encoding, from);
    Encoding found = Encoding::Utf16;
    QCOMPARE(EncodingDetector::repairMojibake(cell, &found), expected);
    QCOMPARE(found, from);
    if (from != Encoding::Utf8)
        QCOMPARE(EncodingDetector::repairMojibake(cell, from), expected);
}

void TestLegacyEncoding::repairColumn()
{
    // A column of short names: too little to judge one by one, clear together.
    const QStringList names = { u"Lê Hà"_s, u"Hồ Yên"_s, u"Đỗ Hà"_s, u"Lý Tú"_s, u"Võ Lê"_s, u"Ngô Tố Như"_s };
    for (const Encoding encoding : { Encoding::Tcvn3, Encoding::Vni }) {
        QStringList cells;
        for (const QString& name : names)
            cells << LegacyEncoding::fromCp1252(LegacyEncoding::encode(name, encoding));
        const auto detection = EncodingDetector::detectMojibake(cells);
        QCOMPARE(detection.encoding, encoding);
        QStringList repaired;
        for (const QString& cell : std::as_const(cells))
            repaired << EncodingDetector::repairMojibake(cell, detection.encoding);
        QCOMPARE(repaired, names);
    }
    // Proper Vietnamese: nothing to repair.
    const auto proper = EncodingDetector::detectMojibake(names);
    QCOMPARE(proper.encoding, Encoding::Utf8);
    QCOMPARE(EncodingDetector::detectMojibake({ u"Nguyen Van An"_s, u"123"_s }).confidence, 1.0);
    // Text with characters Windows-1252 lacks is never converted.
    QCOMPARE(EncodingDetector::repairMojibake(u"Lª Văn"_s, Encoding::Tcvn3), u"Lª Văn"_s);
}

void TestLegacyEncoding::nfcPieces_data()
{
    // NfcNormalizer cuts long text into pieces: the result must be NFC of the whole, whatever falls on a cut.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString nfd = u"Nguye\u0302\u0303n Thi\u0323 A\u0301nh, "_s; // "Nguyễn Thị Ánh, " decomposed
    const QString nfc = u"Nguyễn Thị Ánh, "_s;
    QTest::newRow("decomposed, 1,000 times") << nfd.repeated(1000) << nfc.repeated(1000);
    // Tone marks typed before the vowel mark, in the wrong order (canonical reordering within each letter).
    QTest::newRow("marks out of order") << u"o\u0302\u0323 "_s.repeated(500) << u"ộ "_s.repeated(500);
    // Korean: a trailing jamo composes with the syllable before it, so no cut may fall before it.
    QTest::newRow("hangul jamo") << u"\u1100\u1161\u11A8"_s.repeated(400) << u"\uAC01"_s.repeated(400);
    QTest::newRow("cyrillic decomposed") << u"\u0438\u0306"_s.repeated(600) << u"\u0439"_s.repeated(600);
    // An emoji is a starter: the acute after it stays there, the A stays plain.
    QTest::newRow("emoji (surrogates)") << u"A\U0001F600\u0301"_s.repeated(300) << u"A\U0001F600\u0301"_s.repeated(300);
    // 40 marks after a letter: more than the 30 Unicode's stream-safe format allows; cut, not reordered past it.
    QTest::newRow("a run of 40 marks") << u"a"_s + u"\u0301"_s.repeated(40) + u" b"_s.repeated(200)
                                       << u"á"_s + u"\u0301"_s.repeated(39) + u" b"_s.repeated(200);
}

void TestLegacyEncoding::nfcPieces()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(NfcNormalizer::normalize(text), expected);
    QCOMPARE(NfcNormalizer::normalize(text), text.normalized(QString::NormalizationForm_C));
}

void TestLegacyEncoding::decodeLarge_data()
{
    QTest::addColumn<Encoding>("encoding");
    QTest::newRow("cp1258") << Encoding::Cp1258;
    QTest::newRow("tcvn3") << Encoding::Tcvn3;
    QTest::newRow("vni") << Encoding::Vni;
}

void TestLegacyEncoding::decodeLarge()
{
    // Issue 12: a 60,000-row list in Windows-1258 took 74 s to import (decoding was quadratic). The whole list
    // decodes to exactly the text it was written from. (Time is measured by BenchHostileFiles.)
    QFETCH(Encoding, encoding);
    QString text;
    for (int i = 0; i < 60'000; ++i)
        text += QString::number(i + 1) + u",Nguyễn Thị Hồng,Đặng Hữu Cường,ỷ lại ưng ý\r\n"_s;
    const QByteArray bytes = LegacyEncoding::encode(text, encoding);
    QVERIFY(bytes.size() > 2 * 1024 * 1024);
    QCOMPARE(LegacyEncoding::decode(bytes, encoding), text);
    QCOMPARE(EncodingDetector::detect(bytes).encoding, encoding);
}

void TestLegacyEncoding::looksBinary_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("binary");
    QTest::newRow("csv") << QByteArray("STT,H\xE1\xBB\x8D t\xC3\xAAn\r\n1,An\t\f\n") << false;
    QTest::newRow("a zero byte") << QByteArray("STT,Ten\n1,An\n2,Binh\n3,Chi\0\n4,Dung\n", 34) << true;
    QTest::newRow("controls") << QByteArray("1,An\x01\x02\x03\x1B\n") << true;
    QTest::newRow("one Ctrl-Z at the end") << QByteArray("1,An\n2,Binh\n3,Chi\n4,Dung\n5,Em\n6,Giang\n\x1A") << false;
    QTest::newRow("utf-16 without a byte order mark") << QByteArray("S\0T\0T\0,\0A\0n\0\n\0", 14) << false;
    QTest::newRow("utf-16 with one") << QByteArray("\xFF\xFE\0\0\0\0", 6) << false;
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << true;
    QTest::newRow("legacy letters only") << QByteArray("\xB8\xB5\xB6\xB7\xB9\xA8\xBE\xBB\xC6") << false;
}

void TestLegacyEncoding::looksBinary()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, binary);
    QCOMPARE(EncodingDetector::looksBinary(bytes), binary);
}

QTEST_GUILESS_MAIN(TestLegacyEncoding)
#include "TestLegacyEncoding.moc"
