// The pure rules of evidence files (issue 15): EvidenceName::clean on hostile names (path parts, drive letters,
// reserved Windows names, 300-byte names, control characters, NFD, right-to-left and other invisible marks) and
// the evidence codes (EvidenceCode::prefixFor, propose). Every expected value is written by hand.
#include "core/evidence/EvidenceCode.h"
#include "core/evidence/EvidenceName.h"

#include <QRandomGenerator>
#include <QTest>

using namespace thidua;
using namespace Qt::StringLiterals;

class TestEvidenceRules : public QObject
{
    Q_OBJECT

private slots:
    void clean_data();
    void clean();
    void cleanIsStable_data() { clean_data(); }
    void cleanIsStable();
    void cleanPropertiesOnRandomNames();
    void extension_data();
    void extension();
    void prefixFor_data();
    void prefixFor();
    void propose_data();
    void propose();
    void isValid_data();
    void isValid();
};

void TestEvidenceRules::clean_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("expected");
    const QString a116(116, u'a');
    // "ễ" is one character, three UTF-8 bytes: 100 of them make a 300-byte stem.
    const QString e100 = QString(100, QChar(0x1EC5));
    const QString e65 = QString(65, QChar(0x1EC5));
    QString emoji70;
    QString emoji49;
    for (int i = 0; i < 70; ++i)
        emoji70 += QString::fromUtf8("\xF0\x9F\x98\x80"); // U+1F600, two UTF-16 units, four bytes
    for (int i = 0; i < 49; ++i)
        emoji49 += QString::fromUtf8("\xF0\x9F\x98\x80");

    QTest::newRow("plain Vietnamese") << u"Quyết định khen thưởng.pdf"_s << u"Quyết định khen thưởng.pdf"_s;
    QTest::newRow("parent folders") << u"../../x"_s << u"x"_s;
    QTest::newRow("parent folders with name") << u"../../../etc/passwd"_s << u"passwd"_s;
    QTest::newRow("Windows path") << u"C:\\x"_s << u"x"_s;
    QTest::newRow("Windows parents") << u"..\\..\\Windows\\win.ini"_s << u"win.ini"_s;
    QTest::newRow("drive without separator") << u"C:x.pdf"_s << u"C_x.pdf"_s;
    QTest::newRow("UNC path") << u"\\\\server\\share\\scan.jpg"_s << u"scan.jpg"_s;
    QTest::newRow("absolute path") << u"/home/user/ảnh.png"_s << u"ảnh.png"_s;
    QTest::newRow("trailing separator") << u"folder/"_s << u"tep"_s;
    QTest::newRow("CON") << u"CON"_s << u"_CON"_s;
    QTest::newRow("con.txt") << u"con.txt"_s << u"_con.txt"_s;
    QTest::newRow("NUL with two extensions") << u"nul.tar.gz"_s << u"_nul.tar.gz"_s;
    QTest::newRow("LPT1") << u"LPT1.pdf"_s << u"_LPT1.pdf"_s;
    QTest::newRow("COM9") << u"com9"_s << u"_com9"_s;
    QTest::newRow("COM superscript one") << u"COM\u00B9.txt"_s << u"_COM\u00B9.txt"_s;
    QTest::newRow("COM10 is allowed") << u"COM10.pdf"_s << u"COM10.pdf"_s;
    QTest::newRow("CONSOLE is allowed") << u"console.log"_s << u"console.log"_s;
    QTest::newRow("300-byte ASCII name") << QString(300, u'a') + u".pdf"_s << a116 + u".pdf"_s;
    QTest::newRow("300-byte Vietnamese stem") << e100 + u".pdf"_s << e65 + u".pdf"_s;
    QTest::newRow("emoji not split") << emoji70 + u".png"_s << emoji49 + u".png"_s;
    QTest::newRow("long name without extension") << QString(200, u'b') << QString(120, u'b');
    QTest::newRow("long extension is cut with the rest")
        << QString(130, u'a') + u".averylongextension"_s << QString(120, u'a');
    QTest::newRow("control characters") << u"bao\u0001cao\u007F\u001B.pdf"_s << u"baocao.pdf"_s;
    QTest::newRow("C1 control") << u"ab\u0080\u009Bc.pdf"_s << u"abc.pdf"_s;
    QTest::newRow("tab and line break") << u"báo\tcáo\nnăm.pdf"_s << u"báo cáo năm.pdf"_s;
    QTest::newRow("NFD to NFC") << u"Bie\u0302n ba\u0309n ho\u0323p.pdf"_s << u"Bi\u00EAn b\u1EA3n h\u1ECDp.pdf"_s;
    QTest::newRow("right-to-left override") << u"hoadon\u202Efdp.exe"_s << u"hoadonfdp.exe"_s;
    QTest::newRow("left-to-right mark") << u"\u200Eảnh.png"_s << u"ảnh.png"_s;
    QTest::newRow("right-to-left mark") << u"ảnh\u200F.png"_s << u"ảnh.png"_s;
    QTest::newRow("isolates") << u"\u2066x\u2069.pdf"_s << u"x.pdf"_s;
    QTest::newRow("Arabic letter mark") << u"a\u061Cb.pdf"_s << u"ab.pdf"_s;
    QTest::newRow("zero width inside a syllable") << u"ba\u200B\u0309n.pdf"_s << u"b\u1EA3n.pdf"_s;
    QTest::newRow("byte order mark") << u"\uFEFFscan.jpg"_s << u"scan.jpg"_s;
    QTest::newRow("private use") << u"\uE000x.pdf"_s << u"x.pdf"_s;
    QTest::newRow("separator hidden by a mark") << u"..\u200E/x.pdf"_s << u"x.pdf"_s;
    QTest::newRow("Windows forbidden characters") << u"a<b>c:d\"e|f?g*h.pdf"_s << u"a_b_c_d_e_f_g_h.pdf"_s;
    QTest::newRow("trailing dots and spaces") << u"report.pdf. . "_s << u"report.pdf"_s;
    QTest::newRow("leading dot") << u".bashrc"_s << u"bashrc"_s;
    QTest::newRow("only an extension") << u".pdf"_s << u"pdf"_s;
    QTest::newRow("spaces collapsed") << u"  báo   cáo .pdf"_s << u"báo cáo .pdf"_s;
    QTest::newRow("empty") << QString() << u"tep"_s;
    QTest::newRow("dot") << u"."_s << u"tep"_s;
    QTest::newRow("dot dot") << u".."_s << u"tep"_s;
    QTest::newRow("only invisible") << u"\u202E\u200B"_s << u"tep"_s;
}

void TestEvidenceRules::clean()
{
    QFETCH(QString, original);
    QFETCH(QString, expected);
    const QString cleaned = EvidenceName::clean(original);
    QCOMPARE(cleaned, expected);
    QVERIFY(cleaned.size() <= EvidenceName::MaxLength);
    QVERIFY(cleaned.toUtf8().size() <= EvidenceName::MaxBytes);
}

void TestEvidenceRules::cleanIsStable()
{
    QFETCH(QString, original);
    const QString once = EvidenceName::clean(original);
    QCOMPARE(EvidenceName::clean(once), once);
}

// 20,000 names drawn from the characters that make names hostile (separators, dots, spaces, controls, marks,
// bidi controls, letters with and without combining marks, emoji, forbidden characters), with a fixed seed: each
// cleaned name keeps the promises of EvidenceName::clean (the same ones tests/fuzz/FuzzEvidenceName checks).
void TestEvidenceRules::cleanPropertiesOnRandomNames()
{
    const QList<QString> pieces = { u"/"_s,
        u"\\"_s,
        u"."_s,
        u".."_s,
        u" "_s,
        u"\t"_s,
        u"\n"_s,
        u"\u0001"_s,
        u"\u007F"_s,
        u"\u0085"_s,
        u"\u200E"_s,
        u"\u202E"_s,
        u"\u2066"_s,
        u"\u200B"_s,
        u"\uFEFF"_s,
        u"\u0301"_s,
        u"\u0309"_s,
        u"a"_s,
        u"ễ"_s,
        u"e"_s,
        u"CON"_s,
        u"lpt1"_s,
        u"C:"_s,
        u"<"_s,
        u"*"_s,
        u"?"_s,
        u"\""_s,
        u"|"_s,
        u".pdf"_s,
        u"\uE000"_s,
        QString::fromUtf8("\xF0\x9F\x98\x80"),
        QString(QChar(0xD800)),
        u"đ"_s,
        u"_"_s };
    QRandomGenerator random(20261202);
    for (int i = 0; i < 20000; ++i) {
        QString original;
        const int count = int(random.bounded(1, 90));
        for (int k = 0; k < count; ++k)
            original += pieces.at(random.bounded(int(pieces.size())));
        const QString name = EvidenceName::clean(original);
        const QByteArray shown = original.toUtf8().toPercentEncoding();
        QVERIFY2(
            !name.isEmpty() && name.size() <= EvidenceName::MaxLength && name.toUtf8().size() <= EvidenceName::MaxBytes,
            shown.constData());
        for (const char32_t c : name.toUcs4()) {
            const auto category = QChar::category(c);
            QVERIFY2(category != QChar::Other_Control && category != QChar::Other_Format
                    && category != QChar::Other_PrivateUse && category != QChar::Other_Surrogate
                    && !QStringView(u"/\\<>:\"|?*").contains(QChar(char16_t(c))),
                shown.constData());
        }
        QVERIFY2(!name.startsWith(u'.') && !name.startsWith(u' ') && !name.endsWith(u'.') && !name.endsWith(u' '),
            shown.constData());
        QVERIFY2(name.section(u'.', 0, 0).toUpper() != u"CON"_s && name.section(u'.', 0, 0).toUpper() != u"LPT1"_s,
            shown.constData());
        QVERIFY2(EvidenceName::clean(name) == name, shown.constData());
    }
}

void TestEvidenceRules::extension_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pdf") << u"a.PDF"_s << u"pdf"_s;
    QTest::newRow("two dots") << u"a.tar.gz"_s << u"gz"_s;
    QTest::newRow("none") << u"README"_s << QString();
    QTest::newRow("hidden file") << u".profile"_s << QString();
    QTest::newRow("too long") << u"a.abcdefghijk"_s << QString();
}

void TestEvidenceRules::extension()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(EvidenceName::extension(name), expected);
}

void TestEvidenceRules::prefixFor_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("itemCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("criteria item") << int(EvidenceLink::Kind::AssessmentItem) << u"H1.TC2.CT1"_s << u"H1.TC2.CT1"_s;
    QTest::newRow("person") << int(EvidenceLink::Kind::Person) << QString() << u"CN"_s;
    QTest::newRow("collective") << int(EvidenceLink::Kind::Collective) << QString() << u"TT"_s;
    QTest::newRow("Công dân học tập") << int(EvidenceLink::Kind::LearningResult) << QString() << u"CDHT"_s;
    QTest::newRow("nomination") << int(EvidenceLink::Kind::Nomination) << QString() << u"KT"_s;
    QTest::newRow("activity") << int(EvidenceLink::Kind::Activity) << QString() << u"HD"_s;
    QTest::newRow("meeting") << int(EvidenceLink::Kind::Meeting) << QString() << u"HH"_s;
}

void TestEvidenceRules::prefixFor()
{
    QFETCH(int, kind);
    QFETCH(QString, itemCode);
    QFETCH(QString, expected);
    EvidenceLink link;
    link.kind = EvidenceLink::Kind(kind);
    link.targetId = 1;
    link.itemCode = itemCode;
    QCOMPARE(EvidenceCode::prefixFor(link), expected);
    // The key round-trips.
    EvidenceLink::Kind back = EvidenceLink::Kind::Meeting;
    QVERIFY(EvidenceLink::kindFromKey(EvidenceLink::kindKey(link.kind), &back));
    QCOMPARE(back, link.kind);
}

void TestEvidenceRules::propose_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first") << u"TC2.CT1"_s << QStringList() << u"TC2.CT1-01"_s;
    QTest::newRow("third") << u"TC2.CT1"_s << QStringList { u"TC2.CT1-01"_s, u"TC2.CT1-02"_s } << u"TC2.CT1-03"_s;
    QTest::newRow("after the highest, not in a gap")
        << u"TC2.CT1"_s << QStringList { u"TC2.CT1-05"_s, u"TC2.CT1-01"_s } << u"TC2.CT1-06"_s;
    QTest::newRow("other prefixes ignored")
        << u"TC2.CT1"_s << QStringList { u"TC2.CT10-07"_s, u"TC2.CT1-02"_s, u"TC2-09"_s, u"CN-04"_s }
        << u"TC2.CT1-03"_s;
    QTest::newRow("suffixes that are not numbers")
        << u"TC2.CT1"_s << QStringList { u"TC2.CT1-ab"_s, u"TC2.CT1-2a"_s, u"TC2.CT1-"_s } << u"TC2.CT1-01"_s;
    QTest::newRow("past 99") << u"CN"_s << QStringList { u"CN-99"_s } << u"CN-100"_s;
    QTest::newRow("three digits typed") << u"CN"_s << QStringList { u"CN-007"_s } << u"CN-08"_s;
    QTest::newRow("case of the prefix") << u"CN"_s << QStringList { u"cn-04"_s } << u"CN-05"_s;
    QTest::newRow("a longer code under the prefix") << u"CN"_s << QStringList { u"CN-01-02"_s } << u"CN-01"_s;
    QTest::newRow("a code as prefix") << u"CN-01"_s << QStringList { u"CN-01-02"_s } << u"CN-01-03"_s;
    QTest::newRow("criteria item") << u"H1.TC2.CT1"_s << QStringList { u"H1.TC2.CT1-01"_s } << u"H1.TC2.CT1-02"_s;
}

void TestEvidenceRules::propose()
{
    QFETCH(QString, prefix);
    QFETCH(QStringList, codes);
    QFETCH(QString, expected);
    QCOMPARE(EvidenceCode::propose(prefix, codes), expected);
}

void TestEvidenceRules::isValid_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("scheme") << u"TC2.CT1-03"_s << true;
    QTest::newRow("underscore") << u"MC_1"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << u"TC 1"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("backslash") << u"a\\b"_s << false;
    QTest::newRow("marks") << u"Tiêu chí"_s << false;
    QTest::newRow("40 characters") << QString(40, u'x') << true;
    QTest::newRow("41 characters") << QString(41, u'x') << false;
}

void TestEvidenceRules::isValid()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(EvidenceCode::isValid(code), valid);
}

QTEST_GUILESS_MAIN(TestEvidenceRules)
#include "TestEvidenceRules.moc"
