// Vietnamese collation through ICU "vi": the CLDR letter order, tones as a secondary difference, the two tone
// placements giving one key, and the people order (tên, tên đệm, họ, date of birth) on a list of 50 people.
// The time to compute keys is measured in tests/bench/BenchVietnameseText.
#include "core/text/VietnameseCollator.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace thidua;
using namespace Qt::StringLiterals;

class TestVietnameseCollator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void alphabet();
    void lettersArePrimary_data();
    void lettersArePrimary();
    void ascending_data();
    void ascending();
    void tonePlacement_data();
    void tonePlacement();
    void caseIsTertiary();
    void keyBytes();
    void people();
    void personKeyComparesPartByPart();

private:
    VietnameseCollator m_collator;
};

namespace {

struct Person
{
    QString given;
    QString middle;
    QString family;
    QString birth;
    QString display() const { return QStringList { family, middle, given, birth }.join(u'|'); }
};

} // namespace

void TestVietnameseCollator::initTestCase()
{
    QVERIFY(m_collator.isValid());
}

void TestVietnameseCollator::alphabet()
{
    // CLDR "vi": a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, capitals alike.
    const QStringList letters = u"a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y"_s.split(u' ');
    QCOMPARE(letters.size(), 29);
    for (qsizetype i = 0; i + 1 < letters.size(); ++i) {
        QVERIFY2(m_collator.sortKey(letters[i]) < m_collator.sortKey(letters[i + 1]),
            qPrintable(letters[i] + u" < "_s + letters[i + 1]));
        QVERIFY2(m_collator.sortKey(letters[i].toUpper()) < m_collator.sortKey(letters[i + 1].toUpper()),
            qPrintable(letters[i].toUpper() + u" < "_s + letters[i + 1].toUpper()));
        QCOMPARE(m_collator.compare(letters[i], letters[i + 1]), -1);
        QCOMPARE(m_collator.compare(letters[i + 1], letters[i]), 1);
    }
    // A shuffled copy sorts back into the alphabet.
    QStringList shuffled = letters;
    std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(42));
    std::sort(shuffled.begin(), shuffled.end(), [this](const QString& a, const QString& b) {
        return m_collator.sortKey(a) < m_collator.sortKey(b);
    });
    QCOMPARE(shuffled, letters);
}

void TestVietnameseCollator::lettersArePrimary_data()
{
    // If ă were only a secondary variant of a, "ăa" would sort before "ay"; as a letter of its own it sorts after.
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("a/ă") << u"ay"_s << u"ăa"_s;
    QTest::newRow("ă/â") << u"ăy"_s << u"âa"_s;
    QTest::newRow("d/đ") << u"dy"_s << u"đa"_s;
    QTest::newRow("e/ê") << u"ey"_s << u"êa"_s;
    QTest::newRow("o/ô") << u"oy"_s << u"ôa"_s;
    QTest::newRow("ô/ơ") << u"ôy"_s << u"ơa"_s;
    QTest::newRow("u/ư") << u"uy"_s << u"ưa"_s;
    QTest::newRow("Dũng/Đức") << u"Dũng"_s << u"Đức"_s;
    QTest::newRow("Đức/Em") << u"Đức"_s << u"Em"_s;
    QTest::newRow("Dương/Đào") << u"Dương"_s << u"Đào"_s;
    QTest::newRow("Anh/Ân") << u"Anh"_s << u"Ân"_s;
    QTest::newRow("Ắn/Ân") << u"Ắn"_s << u"Ân"_s;
    QTest::newRow("Oanh/Ông") << u"Oanh"_s << u"Ông"_s;
    QTest::newRow("Uyên/Ước") << u"Uyên"_s << u"Ước"_s;
    QTest::newRow("Hùng/Hưng") << u"Hùng"_s << u"Hưng"_s;
}

void TestVietnameseCollator::lettersArePrimary()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QVERIFY(m_collator.sortKey(before) < m_collator.sortKey(after));
    QCOMPARE(m_collator.compare(before, after), -1);
}

void TestVietnameseCollator::ascending_data()
{
    QTest::addColumn<QStringList>("words");
    // Tones after the base letters: ngang < huyền < hỏi < ngã < sắc < nặng, and any base-letter difference
    // outweighs any tone ("Họa" < "Hoan").
    QTest::newRow("tones") << QStringList {
        u"Hoa"_s, u"Hòa"_s, u"Hỏa"_s, u"Hõa"_s, u"Hóa"_s, u"Họa"_s, u"Hoan"_s, u"Hoàn"_s, u"Hoang"_s, u"Hoàng"_s
    };
    QTest::newRow("ba") << QStringList {
        u"Ba"_s, u"Bà"_s, u"Bả"_s, u"Bã"_s, u"Bá"_s, u"Bạ"_s, u"Bác"_s, u"Bạc"_s, u"Bạch"_s, u"Bài"_s
    };
    QTest::newRow("prefixes") << QStringList { u"An"_s, u"An Bình"_s, u"Anh"_s, u"Ánh"_s, u"Ân"_s };
    QTest::newRow("given names") << QStringList {
        u"Chi"_s, u"Dũng"_s, u"Dương"_s, u"Đạt"_s, u"Đức"_s, u"Em"_s, u"Giang"_s, u"Hà"_s, u"Hải"_s
    };
    QTest::newRow("collectives") << QStringList {
        u"Lớp 10A1"_s, u"Lớp 10A2"_s, u"Tổ Ngữ văn"_s, u"Tổ Toán"_s, u"Tổ Tự nhiên"_s, u"Tổ Văn phòng"_s
    };
}

void TestVietnameseCollator::ascending()
{
    QFETCH(QStringList, words);
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        QVERIFY2(m_collator.sortKey(words[i]) < m_collator.sortKey(words[i + 1]),
            qPrintable(words[i] + u" < "_s + words[i + 1]));
    }
}

void TestVietnameseCollator::tonePlacement_data()
{
    QTest::addColumn<QString>("old");
    QTest::addColumn<QString>("modern");
    QTest::newRow("Hoà") << u"Hoà"_s << u"Hòa"_s;
    QTest::newRow("Thuỷ") << u"Thuỷ"_s << u"Thủy"_s;
    QTest::newRow("Khoẻ") << u"Khoẻ"_s << u"Khỏe"_s;
    QTest::newRow("THUÝ") << u"THUÝ"_s << u"THÚY"_s;
    QTest::newRow("full name") << u"Nguyễn Thị Thanh Thuỷ"_s << u"Nguyễn Thị Thanh Thủy"_s;
    QTest::newRow("NFD") << u"Hoà"_s.normalized(QString::NormalizationForm_D) << u"Hòa"_s;
    QTest::newRow("NFD Nguyễn") << u"Nguyễn"_s.normalized(QString::NormalizationForm_D) << u"Nguyễn"_s;
}

void TestVietnameseCollator::tonePlacement()
{
    QFETCH(QString, old);
    QFETCH(QString, modern);
    QCOMPARE(m_collator.sortKey(old), m_collator.sortKey(modern));
    QCOMPARE(m_collator.compare(old, modern), 0);
    QCOMPARE(m_collator.personSortKey(old, old, old, QString()), m_collator.personSortKey(modern, modern, modern, {}));
}

void TestVietnameseCollator::caseIsTertiary()
{
    QVERIFY(m_collator.sortKey(u"an"_s) != m_collator.sortKey(u"An"_s));
    QVERIFY(m_collator.sortKey(u"an"_s) < m_collator.sortKey(u"An"_s));
    QVERIFY(m_collator.sortKey(u"An"_s) < m_collator.sortKey(u"anh"_s));
    QVERIFY(m_collator.sortKey(u"Hoa"_s) != m_collator.sortKey(u"Hòa"_s));
    // Person keys ignore case.
    QCOMPARE(m_collator.personSortKey(u"AN"_s, u"VĂN"_s, u"LÊ"_s, QString()),
        m_collator.personSortKey(u"An"_s, u"Văn"_s, u"Lê"_s, QString()));
}

void TestVietnameseCollator::keyBytes()
{
    // personSortKey relies on ICU keys using 00 only as the (dropped) terminator and 01 only between levels.
    const QStringList samples = { QString(),
        u"a"_s,
        u"Nguyễn Thị Ánh"_s,
        u"ĐẶNG"_s,
        u"Lớp 10A1 – Tổ Toán"_s,
        u"Hoà"_s,
        u"Ước"_s,
        u"x y z"_s,
        u"😀"_s,
        u"日本"_s };
    for (const QString& sample : samples) {
        const QByteArray key = m_collator.sortKey(sample);
        QVERIFY2(!key.contains('\0'), qPrintable(sample));
        QCOMPARE(key.count('\x01'), 2); // three levels
        const QByteArray person = m_collator.personSortKey(sample, sample, sample, u"1987-04-05"_s);
        QVERIFY(!person.contains('\0'));
        QCOMPARE(person.count('\x01'), 6); // two levels per part, three separators
    }
}

void TestVietnameseCollator::people()
{
    // The expected order: tên, then tên đệm, then họ, then date of birth. Written with both tone placements on
    // purpose: if "Hoà" and "Hòa" were keyed apart, Phạm would come before Nguyễn and Lê before Nguyễn.
    const QList<Person> expected = {
        { u"An"_s, QString(), u"Vũ"_s, QString() },
        { u"An"_s, u"Thị"_s, u"Lê"_s, u"1990-01-01"_s },
        { u"An"_s, u"Văn"_s, u"Nguyễn"_s, u"1985-05-05"_s },
        { u"An"_s, u"Văn"_s, u"Nguyễn"_s, u"1987"_s },
        { u"An"_s, u"Văn"_s, u"Nguyễn"_s, u"1987-02-03"_s },
        { u"An"_s, u"Văn"_s, u"Trần"_s, QString() },
        { u"Anh"_s, u"Ngọc"_s, u"Phạm"_s, QString() },
        { u"Ánh"_s, u"Ngọc"_s, u"Nguyễn"_s, QString() },
        { u"Ân"_s, u"Hồng"_s, u"Lê"_s, QString() },
        { u"Bảo"_s, u"Gia"_s, u"Hoàng"_s, QString() },
        { u"Bình"_s, u"Thanh"_s, u"Võ"_s, QString() },
        { u"Chi"_s, u"Mai"_s, u"Đỗ"_s, QString() },
        { u"Dũng"_s, u"Mạnh"_s, u"Bùi"_s, QString() },
        { u"Dương"_s, u"Thùy"_s, u"Trần"_s, QString() },
        { u"Đạt"_s, u"Tiến"_s, u"Nguyễn"_s, QString() },
        { u"Đức"_s, u"Minh"_s, u"Lê"_s, QString() },
        { u"Em"_s, u"Thị"_s, u"Phan"_s, QString() },
        { u"Giang"_s, u"Hương"_s, u"Vũ"_s, QString() },
        { u"Hà"_s, u"Thu"_s, u"Nguyễn"_s, QString() },
        { u"Hải"_s, u"Văn"_s, u"Lê"_s, QString() },
        { u"Hoa"_s, u"Thị"_s, u"Trần"_s, QString() },
        { u"Hòa"_s, u"Thị"_s, u"Nguyễn"_s, QString() },
        { u"Hoà"_s, u"Thị"_s, u"Phạm"_s, QString() },
        { u"Hoan"_s, u"Văn"_s, u"Đinh"_s, QString() },
        { u"Hoàng"_s, u"Minh"_s, u"Lý"_s, QString() },
        { u"Hùng"_s, u"Mạnh"_s, u"Lê"_s, QString() },
        { u"Hưng"_s, u"Quốc"_s, u"Trần"_s, QString() },
        { u"Khoa"_s, u"Đăng"_s, u"Nguyễn"_s, QString() },
        { u"Lan"_s, u"Thị"_s, u"Đoàn"_s, QString() }, // o before ô
        { u"Lan"_s, u"Thị"_s, u"Đỗ"_s, QString() },
        { u"Lan"_s, u"Thị"_s, u"Nguyễn"_s, QString() },
        { u"Lan"_s, u"Thị"_s, u"Nguyễn"_s, u"1980"_s },
        { u"LAN"_s, u"THỊ"_s, u"NGUYỄN"_s, u"1990-01-01"_s },
        { u"Lan"_s, u"Thị"_s, u"Nguyễn"_s, u"1995-03-02"_s },
        { u"Lan"_s, u"Thị"_s, u"Nguyễn"_s, u"1995-03-10"_s },
        { u"Oanh"_s, u"Kim"_s, u"Hồ"_s, QString() },
        { u"Phúc"_s, u"Hồng"_s, u"Lê"_s, QString() },
        { u"Quân"_s, u"Minh"_s, u"Ngô"_s, QString() },
        { u"Quỳnh"_s, u"Như"_s, u"Trương"_s, QString() },
        { u"Sơn"_s, u"Thái"_s, u"Nguyễn"_s, QString() },
        { u"Thảo"_s, u"Phương"_s, u"Hoàng"_s, QString() },
        { u"Thủy"_s, u"Thanh"_s, u"Nguyễn"_s, QString() },
        { u"Thuỷ"_s, u"Thu"_s, u"Lê"_s, QString() },
        { u"Tú"_s, u"Anh"_s, u"Mai"_s, QString() },
        { u"Uyên"_s, u"Phương"_s, u"Lâm"_s, QString() },
        { u"Ước"_s, u"Thị"_s, u"Đặng"_s, QString() },
        { u"Vân"_s, u"Hồng"_s, u"Trịnh"_s, QString() },
        { u"Xuân"_s, u"Thị"_s, u"Bùi"_s, QString() },
        { u"Yến"_s, u"Hải"_s, u"Đào"_s, QString() },
        { u"Yến"_s, u"Hải"_s, u"Đào"_s, u"2001-12-31"_s },
    };
    QVERIFY(expected.size() >= 30);
    for (const unsigned seed : { 1u, 2u, 3u }) {
        QList<Person> people = expected;
        std::shuffle(people.begin(), people.end(), std::mt19937(seed));
        QList<std::pair<QByteArray, Person>> keyed;
        for (const Person& p : std::as_const(people))
            keyed.append({ m_collator.personSortKey(p.given, p.middle, p.family, p.birth), p });
        std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        QStringList got;
        QStringList want;
        for (qsizetype i = 0; i < keyed.size(); ++i) {
            got << keyed[i].second.display();
            want << expected[i].display();
        }
        QCOMPARE(got, want);
    }
}

void TestVietnameseCollator::personKeyComparesPartByPart()
{
    // The concatenated key must order exactly like comparing tên, tên đệm, họ and date one after another.
    const QStringList parts = { QString(),
        u"A"_s,
        u"An"_s,
        u"an"_s,
        u"Anh"_s,
        u"Ánh"_s,
        u"Ân"_s,
        u"B"_s,
        u"Hoa"_s,
        u"Hòa"_s,
        u"Hoà"_s,
        u"Hoan"_s,
        u"Thị"_s,
        u"Thị Minh"_s,
        u"Thi"_s,
        u"Đ"_s,
        u"Đỗ"_s,
        u"Đoàn"_s,
        u"Dũng"_s };
    const QStringList dates = { QString(), u"1987"_s, u"1987-04-05"_s };
    std::mt19937 random(7);
    const auto pick = [&random](const QStringList& list) { return list[qsizetype(random() % list.size())]; };
    const auto partCompare = [this](const QString& a, const QString& b) {
        return m_collator.compare(a.toLower(), b.toLower());
    };
    for (int i = 0; i < 4000; ++i) {
        const Person a { pick(parts), pick(parts), pick(parts), pick(dates) };
        const Person b { pick(parts), pick(parts), pick(parts), pick(dates) };
        int expected = partCompare(a.given, b.given);
        if (expected == 0)
            expected = partCompare(a.middle, b.middle);
        if (expected == 0)
            expected = partCompare(a.family, b.family);
        if (expected == 0)
            expected = a.birth < b.birth ? -1 : (b.birth < a.birth ? 1 : 0);
        const QByteArray ka = m_collator.personSortKey(a.given, a.middle, a.family, a.birth);
        const QByteArray kb = m_collator.personSortKey(b.given, b.middle, b.family, b.birth);
        const int got = ka < kb ? -1 : (kb < ka ? 1 : 0);
        QVERIFY2(got == expected, qPrintable(a.display() + u" vs "_s + b.display()));
    }
}

QTEST_GUILESS_MAIN(TestVietnameseCollator)
#include "TestVietnameseCollator.moc"
