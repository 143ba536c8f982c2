// Vietnamese text rules: NFC, cleaning of typed and imported values, old → new tone placement, diacritic folding,
// case, and the syllable checks the encoding detector relies on.
#include "core/text/VietnameseSyllable.h"
#include "core/text/VietnameseText.h"

#include <QTest>

using namespace thidua;
using namespace Qt::StringLiterals;

class TestVietnameseText : public QObject
{
    Q_OBJECT

private slots:
    void nfc();
    void clean_data();
    void clean();
    void cleanLines_data();
    void cleanLines();
    void canonicalTones_data();
    void canonicalTones();
    void canonicalTonesKeepsOtherText();
    void fold_data();
    void fold();
    void lowerCanonical();
    void hasDiacritics_data();
    void hasDiacritics();
    void upper_data();
    void upper();
    void capitalizeWords_data();
    void capitalizeWords();
    void tones();
    void syllable_data();
    void syllable();
};

namespace {

QString nfd(const QString& text)
{
    return text.normalized(QString::NormalizationForm_D);
}

} // namespace

void TestVietnameseText::nfc()
{
    const QString composed = u"Nguyễn Thị Ánh"_s;
    const QString decomposed = nfd(composed);
    QCOMPARE(composed.size(), 14);
    QCOMPARE(decomposed.size(), 18);
    QVERIFY(decomposed != composed);
    QCOMPARE(VietnameseText::nfc(decomposed), composed);
    QCOMPARE(VietnameseText::nfc(composed), composed);
}

void TestVietnameseText::clean_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("already clean") << u"Nguyễn Thị Hoa"_s << u"Nguyễn Thị Hoa"_s;
    QTest::newRow("ends and runs") << u"  Nguyễn   Thị \t Hoa  "_s << u"Nguyễn Thị Hoa"_s;
    QTest::newRow("no-break spaces") << u"Nguyễn\u00A0\u00A0Thị\u202FHoa\u00A0"_s << u"Nguyễn Thị Hoa"_s;
    QTest::newRow("unicode spaces") << u"An\u2003Bình\u3000Minh"_s << u"An Bình Minh"_s;
    QTest::newRow("line breaks") << u"Trần\r\nVăn\nBa"_s << u"Trần Văn Ba"_s;
    QTest::newRow("zero width inside a word") << u"Ng\u200Buy\u200Cễn"_s << u"Nguyễn"_s;
    QTest::newRow("byte order mark") << u"\uFEFFLê Lợi"_s << u"Lê Lợi"_s;
    QTest::newRow("word joiner and soft hyphen") << u"Ph\u2060ạm\u00ADVăn"_s << u"PhạmVăn"_s;
    QTest::newRow("zero width between letter and mark") << u"Hoa\u200B\u0300"_s << u"Hoà"_s;
    QTest::newRow("NFD") << nfd(u"Đặng Thị Ước"_s) << u"Đặng Thị Ước"_s;
    QTest::newRow("zero width space as the only separator") << u"An\u200B Bình"_s << u"An Bình"_s;
    QTest::newRow("blank") << u" \u00A0\t\u200B "_s << QString();
    QTest::newRow("empty") << QString() << QString();
    // Characters a terminal obeys or that show the text in another order than stored.
    QTest::newRow("ESC sequence") << u"GV\u001B[2J01"_s << u"GV[2J01"_s;
    QTest::newRow("BEL and DEL") << u"Tổ\u0007 Toán\u007F"_s << u"Tổ Toán"_s;
    QTest::newRow("C1 control") << u"Hiệu\u009Btrưởng"_s << u"Hiệutrưởng"_s;
    QTest::newRow("right-to-left override") << u"Lê \u202EnăV\u202C Ba"_s << u"Lê năV Ba"_s;
    QTest::newRow("isolates and marks") << u"\u2067Tổ\u2069 \u200FVăn\u200E \u061Cphòng"_s << u"Tổ Văn phòng"_s;
    QTest::newRow("control between letter and mark") << u"Hoa\u001B\u0300"_s << u"Hoà"_s;
}

void TestVietnameseText::clean()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString cleaned = VietnameseText::clean(input);
    QCOMPARE(cleaned, expected);
    QCOMPARE(VietnameseText::clean(cleaned), cleaned);
}

void TestVietnameseText::cleanLines_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one line, cleaned") << u"  Nguyễn   Thị\tHoa "_s << u"Nguyễn Thị Hoa"_s;
    QTest::newRow("LF") << u"Dòng một\nDòng hai"_s << u"Dòng một\nDòng hai"_s;
    QTest::newRow("CR LF and CR") << u"Một\r\nHai\rBa"_s << u"Một\nHai\nBa"_s;
    QTest::newRow("Unicode separators") << u"Một\u2028Hai\u2029Ba"_s << u"Một\nHai\nBa"_s;
    QTest::newRow("each line cleaned") << u" Một  dòng \n\u00A0hai\u200B "_s << u"Một dòng\nhai"_s;
    QTest::newRow("blank lines inside kept") << u"Một\n\nHai"_s << u"Một\n\nHai"_s;
    QTest::newRow("blank lines at the ends removed") << u"\r\n \nMột\n \n"_s << u"Một"_s;
    QTest::newRow("NFD") << nfd(u"Ước\nĐặng"_s) << u"Ước\nĐặng"_s;
    QTest::newRow("only breaks") << u"\n\r\n"_s << QString();
    QTest::newRow("controls removed, breaks kept") << u"Một\u001B]0;x\u0007\nHai\u202E"_s << u"Một]0;x\nHai"_s;
}

void TestVietnameseText::cleanLines()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString cleaned = VietnameseText::cleanLines(input);
    QCOMPARE(cleaned, expected);
    QCOMPARE(VietnameseText::cleanLines(cleaned), cleaned);
    QCOMPARE(VietnameseText::clean(cleaned), VietnameseText::clean(input));
}

void TestVietnameseText::canonicalTones_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    // Old placement → new: the syllable ends in oa, oe or uy with no final consonant.
    QTest::newRow("Hoà") << u"Hoà"_s << u"Hòa"_s;
    QTest::newRow("hoà") << u"hoà"_s << u"hòa"_s;
    QTest::newRow("HOÀ") << u"HOÀ"_s << u"HÒA"_s;
    QTest::newRow("Hoá") << u"Hoá"_s << u"Hóa"_s;
    QTest::newRow("hoạ") << u"hoạ"_s << u"họa"_s;
    QTest::newRow("Toả") << u"Toả"_s << u"Tỏa"_s;
    QTest::newRow("loã") << u"loã"_s << u"lõa"_s;
    QTest::newRow("goá") << u"goá"_s << u"góa"_s;
    QTest::newRow("Khoẻ") << u"Khoẻ"_s << u"Khỏe"_s;
    QTest::newRow("KHOẺ") << u"KHOẺ"_s << u"KHỎE"_s;
    QTest::newRow("xoè") << u"xoè"_s << u"xòe"_s;
    QTest::newRow("Hoè") << u"Hoè"_s << u"Hòe"_s;
    QTest::newRow("loé") << u"loé"_s << u"lóe"_s;
    QTest::newRow("Thuỷ") << u"Thuỷ"_s << u"Thủy"_s;
    QTest::newRow("THUỶ") << u"THUỶ"_s << u"THỦY"_s;
    QTest::newRow("Thuý") << u"Thuý"_s << u"Thúy"_s;
    QTest::newRow("Thuỳ") << u"Thuỳ"_s << u"Thùy"_s;
    QTest::newRow("tuỵ") << u"tuỵ"_s << u"tụy"_s;
    QTest::newRow("Luỹ") << u"Luỹ"_s << u"Lũy"_s;
    QTest::newRow("huỷ") << u"huỷ"_s << u"hủy"_s;
    QTest::newRow("khuỷ") << u"khuỷ"_s << u"khủy"_s;
    QTest::newRow("uỷ ban") << u"uỷ ban"_s << u"ủy ban"_s;
    QTest::newRow("Uỷ") << u"Uỷ"_s << u"Ủy"_s;
    QTest::newRow("oà") << u"oà khóc"_s << u"òa khóc"_s;
    QTest::newRow("Oà") << u"Oà"_s << u"Òa"_s;
    QTest::newRow("full name") << u"Nguyễn Thị Thanh Thuỷ"_s << u"Nguyễn Thị Thanh Thủy"_s;
    QTest::newRow("two in a row") << u"Hoà Thuỷ"_s << u"Hòa Thủy"_s;
    QTest::newRow("punctuation") << u"(Hoà), Khoẻ-Thuỷ."_s << u"(Hòa), Khỏe-Thủy."_s;
    QTest::newRow("NFD input") << nfd(u"Hoà"_s) << u"Hòa"_s;
    QTest::newRow("sentence") << u"Trường Mầm non Hoà Bình khoẻ mạnh"_s << u"Trường Mầm non Hòa Bình khỏe mạnh"_s;
    // Already in the new placement.
    QTest::newRow("Hòa") << u"Hòa"_s << u"Hòa"_s;
    QTest::newRow("Thủy") << u"Thủy"_s << u"Thủy"_s;
    QTest::newRow("Khỏe") << u"Khỏe"_s << u"Khỏe"_s;
    // A final consonant or a third vowel: the tone is on the main vowel in both placements.
    QTest::newRow("hoàn") << u"hoàn"_s << u"hoàn"_s;
    QTest::newRow("Hoàng") << u"Hoàng"_s << u"Hoàng"_s;
    QTest::newRow("toán") << u"toán"_s << u"toán"_s;
    QTest::newRow("khoắn") << u"khoắn"_s << u"khoắn"_s;
    QTest::newRow("thuyền") << u"thuyền"_s << u"thuyền"_s;
    QTest::newRow("Huỳnh") << u"Huỳnh"_s << u"Huỳnh"_s;
    QTest::newRow("khuỷu") << u"khuỷu"_s << u"khuỷu"_s;
    QTest::newRow("ngoài") << u"ngoài"_s << u"ngoài"_s;
    QTest::newRow("xoáy") << u"xoáy"_s << u"xoáy"_s;
    QTest::newRow("ngoẻo") << u"ngoẻo"_s << u"ngoẻo"_s;
    QTest::newRow("khuya") << u"khuya"_s << u"khuya"_s;
    // qu: the u belongs to the onset, the tone is on the only vowel.
    QTest::newRow("quý") << u"quý"_s << u"quý"_s;
    QTest::newRow("Quý") << u"Quý"_s << u"Quý"_s;
    QTest::newRow("QUÝ") << u"QUÝ"_s << u"QUÝ"_s;
    QTest::newRow("quỳ") << u"quỳ"_s << u"quỳ"_s;
    QTest::newRow("quỹ") << u"quỹ"_s << u"quỹ"_s;
    QTest::newRow("Quỳnh") << u"Quỳnh"_s << u"Quỳnh"_s;
    QTest::newRow("quả") << u"quả"_s << u"quả"_s;
    QTest::newRow("quá") << u"quá"_s << u"quá"_s;
    // gi: the i belongs to the onset or is the vowel; neither pair is involved.
    QTest::newRow("già") << u"già"_s << u"già"_s;
    QTest::newRow("gìn") << u"gìn"_s << u"gìn"_s;
    QTest::newRow("giỏi") << u"giỏi"_s << u"giỏi"_s;
    // Other vowel pairs keep their tone where it is.
    QTest::newRow("của") << u"của"_s << u"của"_s;
    QTest::newRow("thuở") << u"thuở"_s << u"thuở"_s;
    QTest::newRow("Huệ") << u"Huệ"_s << u"Huệ"_s;
    QTest::newRow("mía") << u"mía"_s << u"mía"_s;
    QTest::newRow("no tone") << u"Khoa Huy"_s << u"Khoa Huy"_s;
    // Not a Vietnamese onset before the pair.
    QTest::newRow("foreign") << u"Joà"_s << u"Joà"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestVietnameseText::canonicalTones()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(VietnameseText::canonicalTones(input), expected);
    QCOMPARE(VietnameseText::canonicalTones(expected), expected);
}

void TestVietnameseText::canonicalTonesKeepsOtherText()
{
    const QString text = u"Số: 27/KH-MNgS — 10A1, “Hoà” & 2024"_s;
    QCOMPARE(VietnameseText::canonicalTones(text), u"Số: 27/KH-MNgS — 10A1, “Hòa” & 2024"_s);
    const QString plain = u"Trường THPT Nguyễn Khuyến"_s;
    QCOMPARE(VietnameseText::canonicalTones(plain), plain);
}

void TestVietnameseText::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name") << u"Nguyễn Thị Hoà"_s << u"nguyen thi hoa"_s;
    QTest::newRow("đ") << u"Đức"_s << u"duc"_s;
    QTest::newRow("capitals") << u"ĐẶNG THỊ ƯỚC"_s << u"dang thi uoc"_s;
    QTest::newRow("all vowels") << u"ăâêôơư ẰẨẪẬẮ ỳỷỹýỵ"_s << u"aaeoou aaaaa yyyyy"_s;
    QTest::newRow("school") << u"Trường THPT Nguyễn Khuyến"_s << u"truong thpt nguyen khuyen"_s;
    QTest::newRow("eth look-alike") << u"Ðoàn"_s << u"doan"_s;
    QTest::newRow("NFD") << nfd(u"Phạm Văn Đồng"_s) << u"pham van dong"_s;
    QTest::newRow("digits and signs") << u"Lớp 10A1 – Tổ Toán"_s << u"lop 10a1 – to toan"_s;
}

void TestVietnameseText::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(VietnameseText::fold(input), expected);
}

void TestVietnameseText::lowerCanonical()
{
    QCOMPARE(VietnameseText::lowerCanonical(u"HOÀ"_s), u"hòa"_s);
    QCOMPARE(VietnameseText::lowerCanonical(u"Nguyễn Thị Thuỷ"_s), u"nguyễn thị thủy"_s);
    QCOMPARE(VietnameseText::lowerCanonical(nfd(u"Khoẻ"_s)), u"khỏe"_s);
    QCOMPARE(VietnameseText::lowerCanonical(u"Hoà"_s), VietnameseText::lowerCanonical(u"hòa"_s));
    QVERIFY(VietnameseText::lowerCanonical(u"Hoa"_s) != VietnameseText::lowerCanonical(u"Hòa"_s));
}

void TestVietnameseText::hasDiacritics_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("expected");
    QTest::newRow("plain") << u"nguyen thi hoa"_s << false;
    QTest::newRow("capitals") << u"NGUYEN"_s << false;
    QTest::newRow("tone") << u"hòa"_s << true;
    QTest::newRow("đ only") << u"đ"_s << true;
    QTest::newRow("breve") << u"văn"_s << true;
    QTest::newRow("NFD") << nfd(u"ê"_s) << true;
    QTest::newRow("digits") << u"10a1"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestVietnameseText::hasDiacritics()
{
    QFETCH(QString, input);
    QFETCH(bool, expected);
    QCOMPARE(VietnameseText::hasDiacritics(input), expected);
}

void TestVietnameseText::upper_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("school") << u"Trường THPT Nguyễn Khuyến"_s << u"TRƯỜNG THPT NGUYỄN KHUYẾN"_s;
    QTest::newRow("đ and ư") << u"đặng thị ước"_s << u"ĐẶNG THỊ ƯỚC"_s;
    QTest::newRow("every tone") << u"à ả ã á ạ ỳ ỷ ỹ ý ỵ"_s << u"À Ả Ã Á Ạ Ỳ Ỷ Ỹ Ý Ỵ"_s;
    QTest::newRow("NFD") << nfd(u"cộng hòa xã hội"_s) << u"CỘNG HÒA XÃ HỘI"_s;
}

void TestVietnameseText::upper()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(VietnameseText::upper(input), expected);
}

void TestVietnameseText::capitalizeWords_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lower") << u"nguyễn ái quốc"_s << u"Nguyễn Ái Quốc"_s;
    QTest::newRow("upper") << u"ĐẶNG THỊ ƯỚC"_s << u"Đặng Thị Ước"_s;
    QTest::newRow("mixed") << u"tRầN vĂn bA"_s << u"Trần Văn Ba"_s;
    QTest::newRow("apostrophe") << u"h'hen niê"_s << u"H'Hen Niê"_s;
    QTest::newRow("hyphen") << u"lê-văn"_s << u"Lê-Văn"_s;
    QTest::newRow("digits stay inside a word") << u"lớp 10a1"_s << u"Lớp 10a1"_s;
    QTest::newRow("spaces kept") << u" an  bình "_s << u" An  Bình "_s;
    QTest::newRow("NFD") << nfd(u"ước"_s) << u"Ước"_s;
}

void TestVietnameseText::capitalizeWords()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(VietnameseText::capitalizeWords(input), expected);
}

void TestVietnameseText::tones()
{
    using Tone = VietnameseSyllable::Tone;
    Tone tone = Tone::None;
    QCOMPARE(VietnameseSyllable::toneless(u'ễ', &tone), QChar(u'ê'));
    QCOMPARE(tone, Tone::Tilde);
    QCOMPARE(VietnameseSyllable::toneless(u'Ặ', &tone), QChar(u'Ă'));
    QCOMPARE(tone, Tone::Dot);
    QCOMPARE(VietnameseSyllable::toneless(u'ừ', &tone), QChar(u'ư'));
    QCOMPARE(tone, Tone::Grave);
    QCOMPARE(VietnameseSyllable::toneless(u'đ', &tone), QChar(u'đ'));
    QCOMPARE(tone, Tone::None);
    QCOMPARE(VietnameseSyllable::toneless(u'b', &tone), QChar(u'b'));
    QCOMPARE(VietnameseSyllable::tone(u'ỷ'), Tone::Hook);
    QCOMPARE(VietnameseSyllable::tone(u'Í'), Tone::Acute);
    QCOMPARE(VietnameseSyllable::withTone(u'ê', Tone::Tilde), QChar(u'ễ'));
    QCOMPARE(VietnameseSyllable::withTone(u'Ơ', Tone::Grave), QChar(u'Ờ'));
    QCOMPARE(VietnameseSyllable::withTone(u'y', Tone::Dot), QChar(u'ỵ'));
    QCOMPARE(VietnameseSyllable::withTone(u'b', Tone::Acute), QChar(u'b'));
    QCOMPARE(VietnameseSyllable::withTone(u'á', Tone::Grave), QChar(u'á')); // already toned
    // Every vowel in every tone, both cases, goes there and back.
    const QString vowels = u"aăâeêioôơuưy"_s;
    int count = 0;
    for (const QChar vowel : vowels) {
        for (const QChar base : { vowel, vowel.toUpper() }) {
            for (int t = 0; t <= int(Tone::Dot); ++t) {
                const QChar toned = VietnameseSyllable::withTone(base, Tone(t));
                QVERIFY(VietnameseSyllable::isVowel(toned));
                QCOMPARE(toned.isUpper(), base.isUpper());
                QCOMPARE(VietnameseSyllable::toneless(toned, &tone), base);
                QCOMPARE(tone, Tone(t));
                const QString decomposed = nfd(QString(toned));
                QCOMPARE(VietnameseText::fold(QString(toned)), QString(decomposed.at(0).toLower()));
                ++count;
            }
        }
    }
    QCOMPARE(count, 144);
    QVERIFY(VietnameseSyllable::isVietnameseLetter(u'Đ'));
    QVERIFY(!VietnameseSyllable::isVietnameseLetter(u'f'));
    QVERIFY(!VietnameseSyllable::isVietnameseLetter(u'W'));
    QVERIFY(!VietnameseSyllable::isVietnameseLetter(u'ñ'));
}

void TestVietnameseText::syllable_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("valid");
    const char16_t* valid[] = { u"Nguyễn",
        u"quốc",
        u"Quý",
        u"Quỳnh",
        u"gì",
        u"gìn",
        u"giường",
        u"khuỷu",
        u"nghiêng",
        u"người",
        u"rượu",
        u"thuở",
        u"yêu",
        u"Đức",
        u"ĐẶNG",
        u"NGUYễN",
        u"Hòa",
        u"Hoà",
        u"ủy",
        u"xoong",
        u"khuya",
        u"Trường",
        u"việt",
        u"tấc",
        u"học",
        u"ăn",
        u"oanh",
        u"a",
        u"ý",
        u"khoắng",
        u"chuyện",
        u"huỳnh",
        u"ếch",
        u"ngoẻo",
        u"quân",
        u"yến",
        u"uyên",
        u"Ước",
        u"hoặc",
        u"khuếch",
        u"kìa",
        u"Ông" };
    for (const char16_t* word : valid)
        QTest::newRow(qPrintable(u"valid "_s + QString::fromUtf16(word))) << QString::fromUtf16(word) << true;
    const char16_t* invalid[] = { u"Nguyeãn",
        u"ThÞ",
        u"Lª",
        u"NguyƠn",
        u"tầc",
        u"hoàc",
        u"josé",
        u"café",
        u"Mỹller",
        u"xyz",
        u"bcd",
        u"hòá",
        u"Tr\u00ADêng",
        u"ngườii",
        u"qý",
        u"nghiêngg",
        u"KhơỊng",
        u"Ơng",
        u"yề",
        u"ăă",
        u"ăc",
        u"ơinh",
        u"bâ",
        u"lôch",
        u"ging",
        u"" };
    for (const char16_t* word : invalid)
        QTest::newRow(qPrintable(u"invalid "_s + QString::fromUtf16(word))) << QString::fromUtf16(word) << false;
}

void TestVietnameseText::syllable()
{
    QFETCH(QString, word);
    QFETCH(bool, valid);
    QCOMPARE(VietnameseSyllable::isValid(word), valid);
}

QTEST_GUILESS_MAIN(TestVietnameseText)
#include "TestVietnameseText.moc"
