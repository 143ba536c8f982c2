// Award forms as data (core/awards): danh hiệu kept apart from hình thức, the vote thresholds, the base salary in
// force on a date, and prize amounts in figures and in words. Expected amounts worked out by hand from legal-facts
// §2.3 (coefficient × mức lương cơ sở), the words written out by hand.
#include "core/awards/AwardForm.h"
#include "core/text/VietnameseFormat.h"

#include <QTest>

using namespace thidua;
using namespace Qt::StringLiterals;

class TestAwardForms : public QObject
{
    Q_OBJECT

private slots:
    void titlesAndCommendations_data();
    void titlesAndCommendations();
    void baseSalaryOn_data();
    void baseSalaryOn();
    void prize_data();
    void prize();
    void noBaseSalary();
};

void TestAwardForms::titlesAndCommendations_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("title");
    QTest::addColumn<bool>("collective");
    QTest::addColumn<bool>("schoolDecides");
    QTest::addColumn<int>("thresholdTenths");
    QTest::addColumn<bool>("allMembers");

    QTest::newRow("LĐTT") << u"lao_dong_tien_tien"_s << true << false << true << 700 << false;
    QTest::newRow("CSTĐCS") << u"chien_si_thi_dua_co_so"_s << true << false << false << 700 << false;
    QTest::newRow("CSTĐ tỉnh") << u"chien_si_thi_dua_tinh"_s << true << false << false << 900 << true;
    QTest::newRow("TTLĐTT") << u"tap_the_lao_dong_tien_tien"_s << true << true << true << 700 << false;
    QTest::newRow("TTLĐXS") << u"tap_the_lao_dong_xuat_sac"_s << true << true << false << 700 << false;
    QTest::newRow("Giấy khen HT") << u"giay_khen_hieu_truong"_s << false << false << true << 700 << false;
    QTest::newRow("Bằng khen tỉnh") << u"bang_khen_tinh"_s << false << false << false << 700 << false;
    QTest::newRow("Bằng khen TTg") << u"bang_khen_thu_tuong"_s << false << false << false << 700 << false;
}

void TestAwardForms::titlesAndCommendations()
{
    QFETCH(QString, key);
    QFETCH(bool, title);
    QFETCH(bool, collective);
    QFETCH(bool, schoolDecides);
    QFETCH(int, thresholdTenths);
    QFETCH(bool, allMembers);
    const std::optional<AwardForm> form = AwardCatalogue::find(AwardCatalogue::defaults(), key);
    QVERIFY(form);
    QCOMPARE(form->category == AwardForm::Category::Title, title);
    QCOMPARE(form->subject == AwardForm::Subject::Collective, collective);
    QCOMPARE(form->schoolDecides, schoolDecides);
    QCOMPARE(form->threshold.tenths, thresholdTenths);
    QCOMPARE(form->threshold.base == MeetingRules::Base::AllMembers, allMembers);
    QVERIFY(!form->decidedBy.isEmpty());
    QVERIFY(!form->coefficientBasis.isEmpty());
}

void TestAwardForms::baseSalaryOn_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("dong"); // 0: none known

    QTest::newRow("before the table") << QDate(2023, 6, 30) << qint64(0);
    QTest::newRow("first day of NĐ 24/2023") << QDate(2023, 7, 1) << qint64(1'800'000);
    QTest::newRow("last day of NĐ 24/2023") << QDate(2024, 6, 30) << qint64(1'800'000);
    QTest::newRow("first day of NĐ 73/2024") << QDate(2024, 7, 1) << qint64(2'340'000);
    QTest::newRow("a decision of May 2025") << QDate(2025, 5, 26) << qint64(2'340'000);
}

void TestAwardForms::baseSalaryOn()
{
    QFETCH(QDate, date);
    QFETCH(qint64, dong);
    const std::optional<BaseSalary> salary = AwardCatalogue::baseSalaryOn(AwardCatalogue::baseSalaries(), date);
    QCOMPARE(salary ? salary->dong : 0, dong);
    // The order of the rows does not matter.
    QList<BaseSalary> reversed = AwardCatalogue::baseSalaries();
    std::reverse(reversed.begin(), reversed.end());
    const std::optional<BaseSalary> again = AwardCatalogue::baseSalaryOn(reversed, date);
    QCOMPARE(again ? again->dong : 0, dong);
}

void TestAwardForms::prize_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QDate>("decided");
    QTest::addColumn<qint64>("dong");
    QTest::addColumn<QString>("words");

    const QDate may2025(2025, 5, 26);
    QTest::newRow("LĐTT 0,3") << u"lao_dong_tien_tien"_s << may2025 << qint64(702'000)
                              << u"Bảy trăm linh hai nghìn đồng"_s;
    QTest::newRow("CSTĐCS 1,0") << u"chien_si_thi_dua_co_so"_s << may2025 << qint64(2'340'000)
                                << u"Hai triệu ba trăm bốn mươi nghìn đồng"_s;
    QTest::newRow("TTLĐTT 0,8") << u"tap_the_lao_dong_tien_tien"_s << may2025 << qint64(1'872'000)
                                << u"Một triệu tám trăm bảy mươi hai nghìn đồng"_s;
    QTest::newRow("TTLĐXS 1,5") << u"tap_the_lao_dong_xuat_sac"_s << may2025 << qint64(3'510'000)
                                << u"Ba triệu năm trăm mười nghìn đồng"_s;
    QTest::newRow("Bằng khen TTg 3,5") << u"bang_khen_thu_tuong"_s << may2025 << qint64(8'190'000)
                                       << u"Tám triệu một trăm chín mươi nghìn đồng"_s;
    QTest::newRow("Giấy khen HT before 01/07/2024")
        << u"giay_khen_hieu_truong"_s << QDate(2024, 5, 20) << qint64(540'000) << u"Năm trăm bốn mươi nghìn đồng"_s;
}

void TestAwardForms::prize()
{
    QFETCH(QString, key);
    QFETCH(QDate, decided);
    QFETCH(qint64, dong);
    QFETCH(QString, words);
    const std::optional<AwardForm> form = AwardCatalogue::find(AwardCatalogue::defaults(), key);
    QVERIFY(form);
    const Result<qint64> amount = AwardCatalogue::prize(*form, AwardCatalogue::baseSalaries(), decided);
    QVERIFY(amount.ok());
    QCOMPARE(*amount, dong);
    QCOMPARE(VietnameseFormat::moneyInWords(*amount), words);
}

void TestAwardForms::noBaseSalary()
{
    const std::optional<AwardForm> form = AwardCatalogue::find(AwardCatalogue::defaults(), u"lao_dong_tien_tien"_s);
    QVERIFY(form);
    const Result<qint64> amount = AwardCatalogue::prize(*form, AwardCatalogue::baseSalaries(), QDate(2020, 5, 1));
    QVERIFY(!amount.ok());
    QVERIFY2(amount.error().message.contains(u"2020"_s), qPrintable(amount.error().message));
}

QTEST_GUILESS_MAIN(TestAwardForms)
#include "TestAwardForms.moc"
