// Dates, numbers and amounts as Vietnamese documents write them (ND 30/2020 Phụ lục I §II.4, legal-facts.md §1.4
// and §6): leading zeros in date lines, "." for thousands and "," for decimals, amounts read out in words.
#include "core/text/VietnameseFormat.h"

#include <QTest>

#include <limits>

using namespace thidua;
using namespace Qt::StringLiterals;

class TestVietnameseFormat : public QObject
{
    Q_OBJECT

private slots:
    void dateWords_data();
    void dateWords();
    void dateLine();
    void shortDate();
    void documentDate_data();
    void documentDate();
    void integer_data();
    void integer();
    void decimal_data();
    void decimal();
    void money();
    void moneyInWords_data();
    void moneyInWords();
    void numberInWords_data();
    void numberInWords();
};

void TestVietnameseFormat::dateWords_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("day below 10, month 3") << QDate(2024, 3, 6) << u"ngày 06 tháng 3 năm 2024"_s;
    QTest::newRow("month 2") << QDate(2025, 2, 15) << u"ngày 15 tháng 02 năm 2025"_s;
    QTest::newRow("month 1") << QDate(2020, 1, 5) << u"ngày 05 tháng 01 năm 2020"_s;
    QTest::newRow("day 1") << QDate(2024, 2, 1) << u"ngày 01 tháng 02 năm 2024"_s;
    QTest::newRow("day 9, month 11") << QDate(2023, 11, 9) << u"ngày 09 tháng 11 năm 2023"_s;
    QTest::newRow("day 10, month 10") << QDate(2024, 10, 10) << u"ngày 10 tháng 10 năm 2024"_s;
    QTest::newRow("month 12") << QDate(2023, 12, 31) << u"ngày 31 tháng 12 năm 2023"_s;
    QTest::newRow("month 9") << QDate(2026, 9, 5) << u"ngày 05 tháng 9 năm 2026"_s;
    QTest::newRow("invalid") << QDate() << u"ngày … tháng … năm …"_s;
}

void TestVietnameseFormat::dateWords()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(VietnameseFormat::dateWords(date), expected);
}

void TestVietnameseFormat::documentDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("month 5") << QDate(2025, 5, 26) << u"26/5/2025"_s;
    QTest::newRow("day below 10, month 3") << QDate(2024, 3, 6) << u"06/3/2024"_s;
    QTest::newRow("month 1") << QDate(2020, 1, 5) << u"05/01/2020"_s;
    QTest::newRow("month 2") << QDate(2025, 2, 15) << u"15/02/2025"_s;
    QTest::newRow("month 12") << QDate(2023, 12, 31) << u"31/12/2023"_s;
    QTest::newRow("invalid") << QDate() << QString();
}

void TestVietnameseFormat::documentDate()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(VietnameseFormat::documentDate(date), expected);
}

void TestVietnameseFormat::dateLine()
{
    QCOMPARE(VietnameseFormat::dateLine(u"Gò Vấp"_s, QDate(2024, 3, 6)), u"Gò Vấp, ngày 06 tháng 3 năm 2024"_s);
    QCOMPARE(VietnameseFormat::dateLine(u"Hà Nội"_s, QDate(2020, 1, 5)), u"Hà Nội, ngày 05 tháng 01 năm 2020"_s);
    QCOMPARE(VietnameseFormat::dateLine(u"Quận 1"_s, QDate()), u"Quận 1, ngày … tháng … năm …"_s);
}

void TestVietnameseFormat::shortDate()
{
    QCOMPARE(VietnameseFormat::shortDate(QDate(2024, 3, 6)), u"06/03/2024"_s);
    QCOMPARE(VietnameseFormat::shortDate(QDate(2023, 11, 9)), u"09/11/2023"_s);
    QCOMPARE(VietnameseFormat::shortDate(QDate()), QString());
}

void TestVietnameseFormat::integer_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0") << qint64(0) << u"0"_s;
    QTest::newRow("7") << qint64(7) << u"7"_s;
    QTest::newRow("999") << qint64(999) << u"999"_s;
    QTest::newRow("1000") << qint64(1000) << u"1.000"_s;
    QTest::newRow("12345") << qint64(12345) << u"12.345"_s;
    QTest::newRow("234567") << qint64(234567) << u"234.567"_s;
    QTest::newRow("1234567") << qint64(1234567) << u"1.234.567"_s;
    QTest::newRow("2340000") << qint64(2340000) << u"2.340.000"_s;
    QTest::newRow("-1500") << qint64(-1500) << u"-1.500"_s;
    QTest::newRow("-999") << qint64(-999) << u"-999"_s;
    QTest::newRow("max") << std::numeric_limits<qint64>::max() << u"9.223.372.036.854.775.807"_s;
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << u"-9.223.372.036.854.775.808"_s;
}

void TestVietnameseFormat::integer()
{
    QFETCH(qint64, value);
    QFETCH(QString, expected);
    QCOMPARE(VietnameseFormat::integer(value), expected);
}

void TestVietnameseFormat::decimal_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1.234,50") << 1234.5 << 2 << u"1.234,50"_s;
    QTest::newRow("0,3") << 0.3 << 1 << u"0,3"_s;
    QTest::newRow("1,5") << 1.5 << 1 << u"1,5"_s;
    QTest::newRow("4,5") << 4.5 << 1 << u"4,5"_s;
    QTest::newRow("rounded") << 1234567.891 << 2 << u"1.234.567,89"_s;
    QTest::newRow("no decimals") << 12.0 << 0 << u"12"_s;
    QTest::newRow("rounds up into a new group") << 999.996 << 2 << u"1.000,00"_s;
    QTest::newRow("negative") << -2.5 << 1 << u"-2,5"_s;
    QTest::newRow("negative thousands") << -1234.5 << 1 << u"-1.234,5"_s;
    QTest::newRow("no minus zero") << -0.001 << 2 << u"0,00"_s;
    QTest::newRow("beyond qint64") << 1e20 << 0 << u"100.000.000.000.000.000.000"_s;
}

void TestVietnameseFormat::decimal()
{
    QFETCH(double, value);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(VietnameseFormat::decimal(value, decimals), expected);
}

void TestVietnameseFormat::money()
{
    QCOMPARE(VietnameseFormat::money(2340000), u"2.340.000 đồng"_s);
    QCOMPARE(VietnameseFormat::money(0), u"0 đồng"_s);
}

void TestVietnameseFormat::moneyInWords_data()
{
    QTest::addColumn<qint64>("dong");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0") << qint64(0) << u"Không đồng"_s;
    QTest::newRow("5") << qint64(5) << u"Năm đồng"_s;
    QTest::newRow("10") << qint64(10) << u"Mười đồng"_s;
    QTest::newRow("11 mười một") << qint64(11) << u"Mười một đồng"_s;
    QTest::newRow("14") << qint64(14) << u"Mười bốn đồng"_s;
    QTest::newRow("15 lăm") << qint64(15) << u"Mười lăm đồng"_s;
    QTest::newRow("20") << qint64(20) << u"Hai mươi đồng"_s;
    QTest::newRow("21 mốt") << qint64(21) << u"Hai mươi mốt đồng"_s;
    QTest::newRow("24 bốn") << qint64(24) << u"Hai mươi bốn đồng"_s;
    QTest::newRow("25 lăm") << qint64(25) << u"Hai mươi lăm đồng"_s;
    QTest::newRow("55") << qint64(55) << u"Năm mươi lăm đồng"_s;
    QTest::newRow("100") << qint64(100) << u"Một trăm đồng"_s;
    QTest::newRow("101 linh") << qint64(101) << u"Một trăm linh một đồng"_s;
    QTest::newRow("105 linh năm") << qint64(105) << u"Một trăm linh năm đồng"_s;
    QTest::newRow("110") << qint64(110) << u"Một trăm mười đồng"_s;
    QTest::newRow("115") << qint64(115) << u"Một trăm mười lăm đồng"_s;
    QTest::newRow("121") << qint64(121) << u"Một trăm hai mươi mốt đồng"_s;
    QTest::newRow("1000") << qint64(1000) << u"Một nghìn đồng"_s;
    QTest::newRow("1001") << qint64(1001) << u"Một nghìn không trăm linh một đồng"_s;
    QTest::newRow("1010") << qint64(1010) << u"Một nghìn không trăm mười đồng"_s;
    QTest::newRow("1100") << qint64(1100) << u"Một nghìn một trăm đồng"_s;
    QTest::newRow("15000") << qint64(15000) << u"Mười lăm nghìn đồng"_s;
    QTest::newRow("21000") << qint64(21000) << u"Hai mươi mốt nghìn đồng"_s;
    QTest::newRow("105000") << qint64(105000) << u"Một trăm linh năm nghìn đồng"_s;
    QTest::newRow("1000000") << qint64(1000000) << u"Một triệu đồng"_s;
    QTest::newRow("1000100") << qint64(1000100) << u"Một triệu một trăm đồng"_s;
    QTest::newRow("1005000") << qint64(1005000) << u"Một triệu không trăm linh năm nghìn đồng"_s;
    QTest::newRow("1020000") << qint64(1020000) << u"Một triệu không trăm hai mươi nghìn đồng"_s;
    QTest::newRow("1500000") << qint64(1500000) << u"Một triệu năm trăm nghìn đồng"_s;
    // Mức lương cơ sở and tiền thưởng (coefficient × 2.340.000 / 2.530.000, legal-facts.md §2.3).
    QTest::newRow("2340000") << qint64(2340000) << u"Hai triệu ba trăm bốn mươi nghìn đồng"_s;
    QTest::newRow("2530000") << qint64(2530000) << u"Hai triệu năm trăm ba mươi nghìn đồng"_s;
    QTest::newRow("0,3 × 2.340.000") << qint64(702000) << u"Bảy trăm linh hai nghìn đồng"_s;
    QTest::newRow("0,3 × 2.530.000") << qint64(759000) << u"Bảy trăm năm mươi chín nghìn đồng"_s;
    QTest::newRow("0,8 × 2.340.000") << qint64(1872000) << u"Một triệu tám trăm bảy mươi hai nghìn đồng"_s;
    QTest::newRow("1,5 × 2.340.000") << qint64(3510000) << u"Ba triệu năm trăm mười nghìn đồng"_s;
    QTest::newRow("3,5 × 2.340.000") << qint64(8190000) << u"Tám triệu một trăm chín mươi nghìn đồng"_s;
    QTest::newRow("4,5 × 2.340.000") << qint64(10530000) << u"Mười triệu năm trăm ba mươi nghìn đồng"_s;
    QTest::newRow("12 × 2.340.000") << qint64(28080000) << u"Hai mươi tám triệu không trăm tám mươi nghìn đồng"_s;
    QTest::newRow("1 tỷ") << qint64(1000000000) << u"Một tỷ đồng"_s;
    QTest::newRow("1 tỷ 5") << qint64(1000000005) << u"Một tỷ không trăm linh năm đồng"_s;
    QTest::newRow("2 tỷ 50 nghìn") << qint64(2000050000) << u"Hai tỷ không trăm năm mươi nghìn đồng"_s;
    QTest::newRow("1234567891") << qint64(
        1234567891) << u"Một tỷ hai trăm ba mươi bốn triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi mốt đồng"_s;
    QTest::newRow("nghìn tỷ") << qint64(1000000000000) << u"Một nghìn tỷ đồng"_s;
    QTest::newRow("negative") << qint64(-1500) << u"Âm một nghìn năm trăm đồng"_s;
}

void TestVietnameseFormat::moneyInWords()
{
    QFETCH(qint64, dong);
    QFETCH(QString, expected);
    QCOMPARE(VietnameseFormat::moneyInWords(dong), expected);
}

void TestVietnameseFormat::numberInWords_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0") << qint64(0) << u"không"_s;
    QTest::newRow("31") << qint64(31) << u"ba mươi mốt"_s;
    QTest::newRow("45") << qint64(45) << u"bốn mươi lăm"_s;
    QTest::newRow("3005") << qint64(3005) << u"ba nghìn không trăm linh năm"_s;
    QTest::newRow("1000001") << qint64(1000001) << u"một triệu không trăm linh một"_s;
    QTest::newRow("10^15") << qint64(1000000000000000) << u"một triệu tỷ"_s;
    QTest::newRow("-3") << qint64(-3) << u"âm ba"_s;
    QTest::newRow("max") << std::numeric_limits<qint64>::max()
                         << u"chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ "
                            u"tám trăm năm mươi bốn triệu bảy trăm bảy mươi lăm nghìn tám trăm linh bảy"_s;
    QTest::newRow("min") << std::numeric_limits<qint64>::min()
                         << u"âm chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu "
                            u"tỷ tám trăm năm mươi bốn triệu bảy trăm bảy mươi lăm nghìn tám trăm linh tám"_s;
}

void TestVietnameseFormat::numberInWords()
{
    QFETCH(qint64, value);
    QFETCH(QString, expected);
    QCOMPARE(VietnameseFormat::numberInWords(value), expected);
}

QTEST_GUILESS_MAIN(TestVietnameseFormat)
#include "TestVietnameseFormat.moc"
