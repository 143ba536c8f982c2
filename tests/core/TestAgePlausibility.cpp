#include "core/people/AgePlausibility.h"

#include <QTest>

using namespace thidua;

// The ages a kind and a class make plausible, and the warning a date of birth gets: hand-written cases, boundaries
// on both sides, dates known by their year only, no class, no school year.
class TestAgePlausibility : public QObject
{
    Q_OBJECT

private slots:
    void expectedAges_data();
    void expectedAges();
    void warning_data();
    void warning();
    void warningSaysWhy();
    void startYearOn();
};

void TestAgePlausibility::expectedAges_data()
{
    QTest::addColumn<bool>("student");
    QTest::addColumn<QString>("className");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<int>("grade");

    QTest::newRow("staff") << false << QString() << 18 << 65 << 0;
    QTest::newRow("staff, a class named") << false << QStringLiteral("10A1") << 18 << 65 << 10;
    QTest::newRow("THPT 10A3") << true << QStringLiteral("10A3") << 13 << 18 << 10;
    QTest::newRow("THPT 12A1") << true << QStringLiteral("12A1") << 15 << 20 << 12;
    QTest::newRow("THPT 11 Toán") << true << QStringLiteral("11 Toán") << 14 << 19 << 11;
    QTest::newRow("THCS Lớp 6/2") << true << QStringLiteral("Lớp 6/2") << 9 << 14 << 6;
    QTest::newRow("THCS 9A") << true << QStringLiteral("9A") << 12 << 17 << 9;
    QTest::newRow("Tiểu học 1A") << true << QStringLiteral("1A") << 4 << 9 << 1;
    QTest::newRow("Tiểu học 5/3") << true << QStringLiteral("5/3") << 8 << 13 << 5;
    QTest::newRow("Mẫu giáo lớn") << true << QStringLiteral("Mẫu giáo lớn") << 4 << 6 << 0;
    QTest::newRow("Lá 2") << true << QStringLiteral("Lá 2") << 4 << 6 << 0;
    QTest::newRow("Chồi 1") << true << QStringLiteral("Chồi 1") << 3 << 5 << 0;
    QTest::newRow("Mầm 3") << true << QStringLiteral("Mầm 3") << 2 << 4 << 0;
    QTest::newRow("Mẫu giáo nhỡ") << true << QStringLiteral("Mẫu giáo nhỡ") << 3 << 5 << 0;
    QTest::newRow("Mẫu giáo nhỏ") << true << QStringLiteral("Mẫu giáo nhỏ") << 2 << 4 << 0;
    QTest::newRow("Mẫu giáo bé B") << true << QStringLiteral("Mẫu giáo bé B") << 2 << 4 << 0;
    QTest::newRow("Lớp 5 tuổi, not grade 5") << true << QStringLiteral("Lớp 5 tuổi") << 4 << 6 << 0;
    QTest::newRow("4-5 tuổi") << true << QStringLiteral("Lớp 4-5 tuổi") << 3 << 5 << 0;
    QTest::newRow("Nhà trẻ") << true << QStringLiteral("Nhà trẻ") << 0 << 3 << 0;
    QTest::newRow("24-36 tháng") << true << QStringLiteral("Nhóm 24-36 tháng") << 0 << 3 << 0;
    QTest::newRow("no class") << true << QString() << 0 << 25 << 0;
    QTest::newRow("a class without a grade") << true << QStringLiteral("Lớp chọn") << 0 << 25 << 0;
}

void TestAgePlausibility::expectedAges()
{
    QFETCH(bool, student);
    QFETCH(QString, className);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(int, grade);
    const auto range = AgePlausibility::expectedAges(student ? PersonKind::Student : PersonKind::Staff, className);
    QCOMPARE(range.from, from);
    QCOMPARE(range.to, to);
    QCOMPARE(AgePlausibility::gradeOf(className), grade);
}

void TestAgePlausibility::warning_data()
{
    QTest::addColumn<bool>("student");
    QTest::addColumn<QString>("birth");
    QTest::addColumn<int>("startYear");
    QTest::addColumn<QString>("className");
    QTest::addColumn<bool>("warns");

    // The case: a student born 29/02/2024 put into 10A3.
    QTest::newRow("born 2024 in 10A3") << true << QStringLiteral("29/02/2024") << 2025 << QStringLiteral("10A3")
                                       << true;
    QTest::newRow("15 in 10A3") << true << QStringLiteral("14/03/2010") << 2025 << QStringLiteral("10A3") << false;
    QTest::newRow("year only, 15") << true << QStringLiteral("2010") << 2025 << QStringLiteral("10A3") << false;
    QTest::newRow("born 31/12, counted by year")
        << true << QStringLiteral("31/12/2010") << 2025 << QStringLiteral("10A3") << false;
    QTest::newRow("13 in 10A3, two years early")
        << true << QStringLiteral("2012") << 2025 << QStringLiteral("10A3") << false;
    QTest::newRow("12 in 10A3") << true << QStringLiteral("01/01/2013") << 2025 << QStringLiteral("10A3") << true;
    QTest::newRow("18 in 10A3, three years late")
        << true << QStringLiteral("2007") << 2025 << QStringLiteral("10A3") << false;
    QTest::newRow("19 in 10A3") << true << QStringLiteral("2006") << 2025 << QStringLiteral("10A3") << true;
    QTest::newRow("20 in 12A1") << true << QStringLiteral("2005") << 2025 << QStringLiteral("12A1") << false;
    QTest::newRow("21 in 12A1") << true << QStringLiteral("2004") << 2025 << QStringLiteral("12A1") << true;
    QTest::newRow("15 in 2025-2026 is 13 in 2023-2024")
        << true << QStringLiteral("2010") << 2023 << QStringLiteral("12A1") << true;
    QTest::newRow("6 in 1A") << true << QStringLiteral("2019") << 2025 << QStringLiteral("1A") << false;
    QTest::newRow("3 in 1A") << true << QStringLiteral("2022") << 2025 << QStringLiteral("1A") << true;
    QTest::newRow("5 in Lá 1") << true << QStringLiteral("2020") << 2025 << QStringLiteral("Lá 1") << false;
    QTest::newRow("7 in Lá 1") << true << QStringLiteral("2018") << 2025 << QStringLiteral("Lá 1") << true;
    QTest::newRow("1 in Nhà trẻ") << true << QStringLiteral("2024") << 2025 << QStringLiteral("Nhà trẻ") << false;
    QTest::newRow("no class, 25") << true << QStringLiteral("2000") << 2025 << QString() << false;
    QTest::newRow("no class, 26") << true << QStringLiteral("1999") << 2025 << QString() << true;
    QTest::newRow("no class, born after the year began")
        << true << QStringLiteral("03/01/2026") << 2025 << QString() << true;
    QTest::newRow("no date of birth") << true << QString() << 2025 << QStringLiteral("10A3") << false;
    QTest::newRow("no school year") << true << QStringLiteral("2024") << 0 << QStringLiteral("10A3") << false;
    QTest::newRow("staff 65") << false << QStringLiteral("1960") << 2025 << QString() << false;
    QTest::newRow("staff 66") << false << QStringLiteral("15/06/1959") << 2025 << QString() << true;
    QTest::newRow("staff 18") << false << QStringLiteral("2007") << 2025 << QString() << false;
    QTest::newRow("staff 17") << false << QStringLiteral("2008") << 2025 << QString() << true;
    QTest::newRow("staff, the class is not theirs")
        << false << QStringLiteral("1980") << 2025 << QStringLiteral("10A1") << false;
}

void TestAgePlausibility::warning()
{
    QFETCH(bool, student);
    QFETCH(QString, birth);
    QFETCH(int, startYear);
    QFETCH(QString, className);
    QFETCH(bool, warns);
    const PartialDate date = birth.isEmpty() ? PartialDate() : PartialDate::fromUserText(birth);
    QVERIFY(birth.isEmpty() || date.isValid());
    const QString message =
        AgePlausibility::warning(student ? PersonKind::Student : PersonKind::Staff, date, startYear, className);
    QVERIFY2(message.isEmpty() != warns, qPrintable(message));
}

void TestAgePlausibility::warningSaysWhy()
{
    const QString message = AgePlausibility::warning(
        PersonKind::Student, PartialDate::fromUserText(QStringLiteral("29/02/2024")), 2025, QStringLiteral("10A3"));
    QVERIFY2(message.contains(QStringLiteral("10A3")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("2025-2026")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral(" 1 ")), qPrintable(message)); // the age
    QVERIFY2(message.contains(QStringLiteral("13 to 18")), qPrintable(message));
}

void TestAgePlausibility::startYearOn()
{
    QCOMPARE(AgePlausibility::startYearOn(QDate(2026, 7, 31)), 2025);
    QCOMPARE(AgePlausibility::startYearOn(QDate(2026, 8, 1)), 2026);
    QCOMPARE(AgePlausibility::startYearOn(QDate(2027, 1, 15)), 2026);
}

QTEST_GUILESS_MAIN(TestAgePlausibility)
#include "TestAgePlausibility.moc"
