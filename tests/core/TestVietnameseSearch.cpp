// Search as you type: word prefixes, with or without diacritics, tone placement alike, and the rank that puts
// exact and accented matches before folded ones. The time per keystroke is measured in tests/bench/BenchVietnameseText.
#include "core/text/VietnameseSearch.h"

#include <QTest>

#include <algorithm>

using namespace thidua;
using namespace Qt::StringLiterals;

using Rank = VietnameseSearch::Rank;
Q_DECLARE_METATYPE(VietnameseSearch::Rank)

class TestVietnameseSearch : public QObject
{
    Q_OBJECT

private slots:
    void key();
    void rank_data();
    void rank();
    void ordering();
    void multipleFields();
};

void TestVietnameseSearch::key()
{
    const auto key = VietnameseSearch::makeKey(u"  Nguyễn Thị HOÀ (10A1-Toán) "_s);
    QCOMPARE(key.accented, u" nguyễn thị hòa 10a1 toán"_s);
    QCOMPARE(key.folded, u" nguyen thi hoa 10a1 toan"_s);
    const auto nfd = VietnameseSearch::makeKey(u"Nguyễn Thị Hoà"_s.normalized(QString::NormalizationForm_D));
    QCOMPARE(nfd.accented, u" nguyễn thị hòa"_s);
    QCOMPARE(key.toned, u" 3nguyên 5thi 1hoa 010a1 4toan"_s);
    QVERIFY(VietnameseSearch::makeKey(QString()).accented.isEmpty());
}

void TestVietnameseSearch::rank_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<Rank>("expected");
    const QString hoaOld = u"Nguyễn Thị Hoà"_s;
    QTest::newRow("exact") << hoaOld << u"Nguyễn Thị Hoà"_s << Rank::Exact;
    QTest::newRow("exact, other tone placement") << hoaOld << u"Nguyễn Thị Hòa"_s << Rank::Exact;
    QTest::newRow("exact, any case") << hoaOld << u"NGUYỄN THỊ HOÀ"_s << Rank::Exact;
    QTest::newRow("exact, extra spaces") << hoaOld << u"  nguyễn  thị hoà "_s << Rank::Exact;
    QTest::newRow("exact, NFD query") << hoaOld << u"Nguyễn Thị Hòa"_s.normalized(QString::NormalizationForm_D)
                                      << Rank::Exact;
    QTest::newRow("folded full name") << hoaOld << u"nguyen thi hoa"_s << Rank::Folded;
    QTest::newRow("folded, other order") << hoaOld << u"hoa nguyen"_s << Rank::Folded;
    QTest::newRow("folded prefixes") << hoaOld << u"ngu th ho"_s << Rank::Folded;
    QTest::newRow("accented word") << hoaOld << u"hòa"_s << Rank::Accented;
    QTest::newRow("accented word, old placement") << hoaOld << u"hoà"_s << Rank::Accented;
    QTest::newRow("accented prefix") << hoaOld << u"nguyễn th"_s << Rank::Accented;
    QTest::newRow("plain prefixes match as typed") << hoaOld << u"ng th h"_s << Rank::Accented;
    QTest::newRow("accented and folded words") << hoaOld << u"nguyễn hoa"_s << Rank::Folded;
    QTest::newRow("plain word equal to plain text") << u"Nguyễn Thị Hoa"_s << u"hoa"_s << Rank::Accented;
    QTest::newRow("plain word, toned text") << hoaOld << u"hoa"_s << Rank::Folded;
    QTest::newRow("tone must match") << u"Nguyễn Thị Hoa"_s << u"hòa"_s << Rank::NoMatch;
    QTest::newRow("other tone") << u"Nguyễn Thị Hóa"_s << u"hòa"_s << Rank::NoMatch;
    QTest::newRow("accented word must match") << u"Nguyễn Thị Hoa"_s << u"nguyễn hòa"_s << Rank::NoMatch;
    QTest::newRow("duc finds Đức") << u"Trần Đức Anh"_s << u"duc"_s << Rank::Folded;
    QTest::newRow("đức finds Đức") << u"Trần Đức Anh"_s << u"Đức"_s << Rank::Accented;
    QTest::newRow("d finds Đ") << u"Đặng Văn Lâm"_s << u"d"_s << Rank::Folded;
    QTest::newRow("đ finds Đ") << u"Đặng Văn Lâm"_s << u"đ"_s << Rank::Accented;
    QTest::newRow("đ does not find D") << u"Lê Văn Dũng"_s << u"đ"_s << Rank::NoMatch;
    QTest::newRow("d finds D") << u"Lê Văn Dũng"_s << u"d"_s << Rank::Accented;
    QTest::newRow("prefix of a word") << u"Nguyễn Văn Anh"_s << u"an"_s << Rank::Accented;
    QTest::newRow("not inside a word") << u"Trần Thị Lan"_s << u"an"_s << Rank::NoMatch;
    QTest::newRow("van finds Văn") << u"Nguyễn Văn An"_s << u"van"_s << Rank::Folded;
    QTest::newRow("every word must match") << hoaOld << u"thi hoa xuan"_s << Rank::NoMatch;
    QTest::newRow("class code") << u"Lớp 10A1"_s << u"10a"_s << Rank::Accented;
    QTest::newRow("Thuỷ and thủy") << u"Lê Thị Thuỷ"_s << u"thủy"_s << Rank::Accented;
    QTest::newRow("thuy finds Thuỷ") << u"Lê Thị Thuỷ"_s << u"thuy"_s << Rank::Folded;
    QTest::newRow("quy does not find Thuỷ") << u"Lê Thị Thuỷ"_s << u"quy"_s << Rank::NoMatch;
    // A toned word typed on the way to a longer syllable whose tone sits elsewhere (issue 13, point 16).
    QTest::newRow("Hoà on the way to Hoàng") << u"Lê Văn Hoàng"_s << u"Hoà"_s << Rank::Accented;
    QTest::newRow("Hòa on the way to Hoàng") << u"Lê Văn Hoàng"_s << u"hòa"_s << Rank::Accented;
    QTest::newRow("Hoàn finds Hoàng") << u"Lê Văn Hoàng"_s << u"Hoàn"_s << Rank::Accented;
    QTest::newRow("Hoà with the family name") << u"Lê Văn Hoàng"_s << u"lê hoà"_s << Rank::Accented;
    QTest::newRow("Hoà finds Hoàn") << u"Trần Thị Hoàn"_s << u"hoà"_s << Rank::Accented;
    QTest::newRow("Hoà, NFD") << u"Lê Văn Hoàng"_s << u"Hoà"_s.normalized(QString::NormalizationForm_D)
                              << Rank::Accented;
    QTest::newRow("Hoà does not find Hoang") << u"Lê Văn Hoang"_s << u"hoà"_s << Rank::NoMatch;
    QTest::newRow("Hoà does not find Hoáng") << u"Lê Văn Hoáng"_s << u"hoà"_s << Rank::NoMatch;
    QTest::newRow("Hoà does not find Hoằng") << u"Lê Văn Hoằng"_s << u"hoà"_s << Rank::NoMatch;
    QTest::newRow("thủ finds Thuỷ") << u"Lê Thị Thuỷ"_s << u"thủ"_s << Rank::Accented;
    QTest::newRow("Nguyễ finds Nguyễn") << u"Nguyễn Văn An"_s << u"Nguyễ"_s << Rank::Accented;
    QTest::newRow("toned word inside a word") << u"Lê Văn Khoàng"_s << u"hoà"_s << Rank::NoMatch;
    QTest::newRow("empty query") << hoaOld << QString() << Rank::Exact;
    QTest::newRow("blank query") << hoaOld << u"  - "_s << Rank::Exact;
}

void TestVietnameseSearch::rank()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(Rank, expected);
    const VietnameseSearch search(query);
    QCOMPARE(search.query(), query);
    const auto key = VietnameseSearch::makeKey(text);
    QCOMPARE(search.rank(key), expected);
    QCOMPARE(search.matches(key), expected != Rank::NoMatch);
}

void TestVietnameseSearch::ordering()
{
    const QStringList rows = { u"Phạm Văn Hoàng"_s,
        u"Lê Hòa"_s,
        u"Nguyễn Thị Hoa"_s,
        u"Hoa"_s,
        u"Trần Hoà"_s,
        u"Võ Thị Hóa"_s,
        u"Đỗ Minh Khoa"_s };
    const VietnameseSearch search(u"hoa"_s);
    QList<std::pair<Rank, QString>> hits;
    for (const QString& row : rows) {
        const Rank rank = search.rank(VietnameseSearch::makeKey(row));
        if (rank != Rank::NoMatch)
            hits.append({ rank, row });
    }
    std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList order;
    for (const auto& hit : std::as_const(hits))
        order << hit.second;
    // "Hoa" itself, then the plain "Hoa"s, then everything that needed folding; "Khoa" has no word starting "hoa".
    QCOMPARE(order,
        QStringList(
            { u"Hoa"_s, u"Nguyễn Thị Hoa"_s, u"Phạm Văn Hoàng"_s, u"Lê Hòa"_s, u"Trần Hoà"_s, u"Võ Thị Hóa"_s }));
}

void TestVietnameseSearch::multipleFields()
{
    const auto key = VietnameseSearch::makeKey({ u"Nguyễn Thị Hoà"_s, u"GV0123"_s, u"Tổ Toán"_s });
    QCOMPARE(VietnameseSearch(u"gv01"_s).rank(key), Rank::Accented);
    QCOMPARE(VietnameseSearch(u"toan hoa"_s).rank(key), Rank::Folded);
    QCOMPARE(VietnameseSearch(u"tổ"_s).rank(key), Rank::Accented);
    QCOMPARE(VietnameseSearch(u"tố"_s).rank(key), Rank::NoMatch);
}

QTEST_GUILESS_MAIN(TestVietnameseSearch)
#include "TestVietnameseSearch.moc"
