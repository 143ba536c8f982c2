// The rules of the movement's targets (issue 14, point 5), as data tables with hand-written values: rates in integer
// arithmetic (exactly 95,0 % meets "≥ 95 %"; a tổ of 13 with 12 recognised is 92,3 % and misses 100 %; 17 of 18 is
// 94,4 %), the amber band of 5 points, empty denominators, targets as people type them, and who counts in a
// denominator on the reference date.
#include "core/criteria/MovementRoster.h"
#include "core/criteria/TargetRate.h"
#include "core/text/VietnameseFormat.h"

#include <QTest>

using namespace thidua;
using namespace Qt::StringLiterals;
using Level = TargetRate::Level;

Q_DECLARE_METATYPE(TargetRate::Level)

class TestTargetRate : public QObject
{
    Q_OBJECT

private slots:
    void rate_data();
    void rate();
    void tenths_data();
    void tenths();
    void percentTenthsShort_data();
    void percentTenthsShort();
    void parseTenths_data();
    void parseTenths();
    void counts_data();
    void counts();
    void countLevel();
};

void TestTargetRate::rate_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<int>("targetTenths");
    QTest::addColumn<bool>("met");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("text");
    // ≥ 95 %
    QTest::newRow("19 of 20 is exactly 95,0 %: met") << 19LL << 20LL << 950 << true << Level::Met << u"95,0 %"_s;
    QTest::newRow("2375 of 2500 is exactly 95,0 %") << 2375LL << 2500LL << 950 << true << Level::Met << u"95,0 %"_s;
    QTest::newRow("2374 of 2500 is 94,96 %: missed, shown 94,9 %")
        << 2374LL << 2500LL << 950 << false << Level::Near << u"94,9 %"_s;
    QTest::newRow("17 of 18 is 94,4 %") << 17LL << 18LL << 950 << false << Level::Near << u"94,4 %"_s;
    QTest::newRow("18 of 19 is 94,7 %") << 18LL << 19LL << 950 << false << Level::Near << u"94,7 %"_s;
    QTest::newRow("90 of 100: exactly 5 points below, amber")
        << 90LL << 100LL << 950 << false << Level::Near << u"90,0 %"_s;
    QTest::newRow("899 of 1000: 5,1 points below, red")
        << 899LL << 1000LL << 950 << false << Level::Missed << u"89,9 %"_s;
    QTest::newRow("all recognised") << 45LL << 45LL << 950 << true << Level::Met << u"100,0 %"_s;
    QTest::newRow("none recognised") << 0LL << 45LL << 950 << false << Level::Missed << u"0,0 %"_s;
    // 100 % of a tổ
    QTest::newRow("tổ of 13 with 12: 92,3 % misses 100 %")
        << 12LL << 13LL << 1000 << false << Level::Missed << u"92,3 %"_s;
    QTest::newRow("tổ of 13 with 13") << 13LL << 13LL << 1000 << true << Level::Met << u"100,0 %"_s;
    QTest::newRow("tổ of 20 with 19: 95,0 %, amber") << 19LL << 20LL << 1000 << false << Level::Near << u"95,0 %"_s;
    QTest::newRow("1999 of 2000: 99,95 % shown 99,9 %, missed")
        << 1999LL << 2000LL << 1000 << false << Level::Near << u"99,9 %"_s;
    // ≥ 97 % (seed 002), ≥ 97,5 %
    QTest::newRow("97 of 100 meets 97 %") << 97LL << 100LL << 970 << true << Level::Met << u"97,0 %"_s;
    QTest::newRow("96 of 100 misses 97 %") << 96LL << 100LL << 970 << false << Level::Near << u"96,0 %"_s;
    QTest::newRow("39 of 40 meets 97,5 %") << 39LL << 40LL << 975 << true << Level::Met << u"97,5 %"_s;
    QTest::newRow("77 of 79 misses 97,5 %") << 77LL << 79LL << 975 << false << Level::Near << u"97,4 %"_s;
    // nobody to count
    QTest::newRow("empty denominator") << 0LL << 0LL << 950 << false << Level::Empty << u"–"_s;
    QTest::newRow("empty tổ") << 0LL << 0LL << 1000 << false << Level::Empty << u"–"_s;
}

void TestTargetRate::rate()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(int, targetTenths);
    QFETCH(bool, met);
    QFETCH(Level, level);
    QFETCH(QString, text);
    QCOMPARE(TargetRate::meets(numerator, denominator, targetTenths), met);
    QCOMPARE(TargetRate::level(numerator, denominator, targetTenths), level);
    QCOMPARE(VietnameseFormat::percent(numerator, denominator), text);
}

void TestTargetRate::tenths_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("tenths"); // -1: none
    QTest::newRow("17 of 18") << 17LL << 18LL << 944LL;
    QTest::newRow("12 of 13") << 12LL << 13LL << 923LL;
    QTest::newRow("1 of 8 = 12,5 exactly") << 1LL << 8LL << 125LL;
    QTest::newRow("2 of 3 = 66,67 rounds down") << 2LL << 3LL << 666LL;
    QTest::newRow("1 of 3 = 33,33 rounds down") << 1LL << 3LL << 333LL;
    QTest::newRow("1 of 2000 = 0,05: down") << 1LL << 2000LL << 0LL;
    QTest::newRow("1 of 1000 = 0,1") << 1LL << 1000LL << 1LL;
    QTest::newRow("1 of 2001 = 0,04998") << 1LL << 2001LL << 0LL;
    QTest::newRow("5 of 5") << 5LL << 5LL << 1000LL;
    QTest::newRow("empty") << 0LL << 0LL << -1LL;
}

void TestTargetRate::tenths()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, tenths);
    const auto got = TargetRate::tenths(numerator, denominator);
    QCOMPARE(got.value_or(-1), tenths);
}

void TestTargetRate::percentTenthsShort_data()
{
    QTest::addColumn<qint64>("tenths");
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("brief");
    QTest::newRow("95") << 950LL << u"95,0 %"_s << u"95 %"_s;
    QTest::newRow("97,5") << 975LL << u"97,5 %"_s << u"97,5 %"_s;
    QTest::newRow("100") << 1000LL << u"100,0 %"_s << u"100 %"_s;
    QTest::newRow("0,1") << 1LL << u"0,1 %"_s << u"0,1 %"_s;
    QTest::newRow("negative") << -5LL << u"-0,5 %"_s << u"-0,5 %"_s;
    QTest::newRow("thousands") << 123450LL << u"12.345,0 %"_s << u"12.345 %"_s;
}

void TestTargetRate::percentTenthsShort()
{
    QFETCH(qint64, tenths);
    QFETCH(QString, full);
    QFETCH(QString, brief);
    QCOMPARE(VietnameseFormat::percentTenths(tenths), full);
    QCOMPARE(VietnameseFormat::percentTenthsShort(tenths), brief);
}

void TestTargetRate::parseTenths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("tenths"); // -1: refused
    QTest::newRow("whole") << u"95"_s << 950;
    QTest::newRow("decimal comma") << u"97,5"_s << 975;
    QTest::newRow("decimal point") << u"97.5"_s << 975;
    QTest::newRow("with a percent sign") << u"97 %"_s << 970;
    QTest::newRow("sign without space") << u"97,5%"_s << 975;
    QTest::newRow("spaces around") << u"  100 "_s << 1000;
    QTest::newRow("smallest") << u"0,1"_s << 1;
    QTest::newRow("zero") << u"0"_s << -1;
    QTest::newRow("above 100") << u"100,1"_s << -1;
    QTest::newRow("two decimals") << u"97,55"_s << -1;
    QTest::newRow("negative") << u"-5"_s << -1;
    QTest::newRow("word") << u"chín lăm"_s << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("fraction") << u"19/20"_s << -1;
}

void TestTargetRate::parseTenths()
{
    QFETCH(QString, text);
    QFETCH(int, tenths);
    QCOMPARE(TargetRate::parseTenths(text).value_or(-1), tenths);
}

void TestTargetRate::counts_data()
{
    QTest::addColumn<QDate>("activeFrom");
    QTest::addColumn<QDate>("activeTo");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<bool>("counts");
    const QDate end(2025, 5, 31);
    QTest::newRow("no dates") << QDate() << QDate() << end << true;
    QTest::newRow("came before") << QDate(2020, 8, 15) << QDate() << end << true;
    QTest::newRow("came on the day") << end << QDate() << end << true;
    QTest::newRow("came the day after") << end.addDays(1) << QDate() << end << false;
    QTest::newRow("left on the day (graduated)") << QDate(2022, 9, 5) << end << end << true;
    QTest::newRow("left the day before") << QDate(2022, 9, 5) << end.addDays(-1) << end << false;
    QTest::newRow("left mid-year") << QDate() << QDate(2025, 1, 20) << end << false;
    QTest::newRow("no reference date: everybody") << QDate(2030, 1, 1) << QDate() << QDate() << true;
}

void TestTargetRate::counts()
{
    QFETCH(QDate, activeFrom);
    QFETCH(QDate, activeTo);
    QFETCH(QDate, reference);
    QFETCH(bool, counts);
    QCOMPARE(MovementRoster::counts(activeFrom, activeTo, reference), counts);
}

void TestTargetRate::countLevel()
{
    QCOMPARE(TargetRate::countLevel(1, 1), Level::Met);
    QCOMPARE(TargetRate::countLevel(3, 1), Level::Met);
    QCOMPARE(TargetRate::countLevel(0, 1), Level::Missed);
    QCOMPARE(TargetRate::countLevel(0, 0), Level::Met);
    QCOMPARE(TargetRate::countLevel(1, 2), Level::Missed);
}

QTEST_GUILESS_MAIN(TestTargetRate)
#include "TestTargetRate.moc"
