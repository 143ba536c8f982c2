// Award forms as data (core/awards): the catalogue and the base salaries are the rows of migration 0010, read from a
// fresh database; danh hiệu kept apart from hình thức, the vote thresholds, the title a title requires, the base
// salary in force on a date, and prize amounts in figures and in words. Expected amounts worked out by hand from
// legal-facts §2.3 (coefficient × mức lương cơ sở), the words written out by hand.
#include "core/awards/AwardForm.h"
#include "core/awards/AwardService.h"
#include "core/awards/Eligibility.h"
#include "core/db/Database.h"
#include "core/text/VietnameseFormat.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace thidua;
using namespace Qt::StringLiterals;

class TestAwardForms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void catalogue();
    void titlesAndCommendations_data();
    void titlesAndCommendations();
    void baseSalaryOn_data();
    void baseSalaryOn();
    void prize_data();
    void prize();
    void noBaseSalary();
    void eligibility_data();
    void eligibility();
    void recusal_data();
    void recusal();

private:
    // The catalogue and the base salaries as a new school's database holds them (initTestCase).
    static QList<AwardForm> s_forms;
    static QList<BaseSalary> s_salaries;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QList<AwardForm> TestAwardForms::s_forms;
QList<BaseSalary> TestAwardForms::s_salaries;

Q_DECLARE_METATYPE(thidua::Eligibility::Facts)

void TestAwardForms::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(u"school.sqlite"_s));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    m_db = std::move(db).value();
    const AwardService awards(m_db->connection());
    auto forms = awards.forms();
    QVERIFY(forms.ok());
    s_forms = *forms;
    auto salaries = awards.baseSalaries();
    QVERIFY(salaries.ok());
    s_salaries = *salaries;
}

void TestAwardForms::cleanupTestCase()
{
    m_db.reset();
}

void TestAwardForms::catalogue()
{
    // The eleven forms of the migration in their sort order, and the two base salaries by date.
    QStringList keys;
    for (const AwardForm& f : std::as_const(s_forms))
        keys << f.key;
    QCOMPARE(keys,
        QStringList({ u"lao_dong_tien_tien"_s,
            u"chien_si_thi_dua_co_so"_s,
            u"chien_si_thi_dua_tinh"_s,
            u"tap_the_lao_dong_tien_tien"_s,
            u"tap_the_lao_dong_xuat_sac"_s,
            u"giay_khen_hieu_truong"_s,
            u"giay_khen_hieu_truong_tap_the"_s,
            u"giay_khen_cap_tren"_s,
            u"bang_khen_tinh"_s,
            u"bang_khen_tinh_tap_the"_s,
            u"bang_khen_thu_tuong"_s }));
    QCOMPARE(s_salaries.size(), 2);
    QCOMPARE(s_salaries.at(0).from, QDate(2023, 7, 1));
    QCOMPARE(s_salaries.at(0).legalBasis, u"Nghị định số 24/2023/NĐ-CP"_s);
    QCOMPARE(s_salaries.at(1).from, QDate(2024, 7, 1));
    QCOMPARE(s_salaries.at(1).dong, qint64(2'340'000));
    QCOMPARE(s_salaries.at(1).legalBasis, u"Nghị định số 73/2024/NĐ-CP"_s);
}

void TestAwardForms::titlesAndCommendations_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("title");
    QTest::addColumn<bool>("collective");
    QTest::addColumn<bool>("schoolDecides");
    QTest::addColumn<int>("thresholdTenths");
    QTest::addColumn<bool>("allMembers");
    QTest::addColumn<int>("coefficient"); // hundredths
    QTest::addColumn<QString>("required");

    QTest::newRow("LĐTT") << u"lao_dong_tien_tien"_s << true << false << true << 700 << false << 30 << QString();
    QTest::newRow("CSTĐCS") << u"chien_si_thi_dua_co_so"_s << true << false << false << 700 << false << 100
                            << u"lao_dong_tien_tien"_s;
    QTest::newRow("CSTĐ tỉnh") << u"chien_si_thi_dua_tinh"_s << true << false << false << 900 << true << 300
                               << u"chien_si_thi_dua_co_so"_s;
    QTest::newRow("TTLĐTT") << u"tap_the_lao_dong_tien_tien"_s << true << true << true << 700 << false << 80
                            << QString();
    QTest::newRow("TTLĐXS") << u"tap_the_lao_dong_xuat_sac"_s << true << true << false << 700 << false << 150
                            << u"tap_the_lao_dong_tien_tien"_s;
    QTest::newRow("Giấy khen HT") << u"giay_khen_hieu_truong"_s << false << false << true << 700 << false << 30
                                  << QString();
    QTest::newRow("Giấy khen HT tập thể")
        << u"giay_khen_hieu_truong_tap_the"_s << false << true << true << 700 << false << 30 << QString();
    QTest::newRow("Giấy khen cấp trên") << u"giay_khen_cap_tren"_s << false << false << false << 700 << false << 30
                                        << QString();
    QTest::newRow("Bằng khen tỉnh") << u"bang_khen_tinh"_s << false << false << false << 700 << false << 150
                                    << QString();
    QTest::newRow("Bằng khen tỉnh tập thể")
        << u"bang_khen_tinh_tap_the"_s << false << true << false << 700 << false << 150 << QString();
    QTest::newRow("Bằng khen TTg") << u"bang_khen_thu_tuong"_s << false << false << false << 900 << true << 350
                                   << QString();
}

void TestAwardForms::titlesAndCommendations()
{
    QFETCH(QString, key);
    QFETCH(bool, title);
    QFETCH(bool, collective);
    QFETCH(bool, schoolDecides);
    QFETCH(int, thresholdTenths);
    QFETCH(bool, allMembers);
    QFETCH(int, coefficient);
    QFETCH(QString, required);
    const std::optional<AwardForm> form = AwardCatalogue::find(s_forms, key);
    QVERIFY(form);
    QCOMPARE(form->coefficientHundredths, coefficient);
    QCOMPARE(form->requiresKey, required);
    QCOMPARE(form->category == AwardForm::Category::Title, title);
    QCOMPARE(form->subject == AwardForm::Subject::Collective, collective);
    QCOMPARE(form->schoolDecides(), schoolDecides);
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
    const std::optional<BaseSalary> salary = AwardCatalogue::baseSalaryOn(s_salaries, date);
    QCOMPARE(salary ? salary->dong : 0, dong);
    // The order of the rows does not matter.
    QList<BaseSalary> reversed = s_salaries;
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
    const std::optional<AwardForm> form = AwardCatalogue::find(s_forms, key);
    QVERIFY(form);
    const Result<qint64> amount = AwardCatalogue::prize(*form, s_salaries, decided);
    QVERIFY(amount.ok());
    QCOMPARE(*amount, dong);
    QCOMPARE(VietnameseFormat::moneyInWords(*amount), words);
}

void TestAwardForms::noBaseSalary()
{
    const std::optional<AwardForm> form = AwardCatalogue::find(s_forms, u"lao_dong_tien_tien"_s);
    QVERIFY(form);
    const Result<qint64> amount = AwardCatalogue::prize(*form, s_salaries, QDate(2020, 5, 1));
    QVERIFY(!amount.ok());
    QVERIFY2(amount.error().message.contains(u"2020"_s), qPrintable(amount.error().message));
}

void TestAwardForms::eligibility_data()
{
    QTest::addColumn<Eligibility::Facts>("facts");
    QTest::addColumn<QList<int>>("rules"); // the Eligibility::Rule values failed, in order
    QTest::addColumn<QString>("mentions"); // a text the first explanation holds

    // As the nomination service gathers them: the required title's name from the catalogue row it names.
    const auto facts = [&](const char* key, const QString& name) {
        Eligibility::Facts f;
        f.form = *AwardCatalogue::find(s_forms, QString::fromLatin1(key));
        if (!f.form.requiresKey.isEmpty())
            f.requiredTitleName = AwardCatalogue::find(s_forms, f.form.requiresKey)->name;
        f.nomineeName = name;
        f.learningCitizen = true;
        f.learningUnit = true;
        return f;
    };
    using R = Eligibility::Rule;

    Eligibility::Facts f = facts("lao_dong_tien_tien", u"Nguyễn Văn An"_s);
    QTest::newRow("LĐTT, all met") << f << QList<int>() << QString();
    f.otherFormsForAchievement = QStringList { u"Giấy khen của Hiệu trưởng"_s };
    QTest::newRow("two forms, one achievement")
        << f << QList<int> { int(R::OneFormPerAchievement) } << u"Giấy khen của Hiệu trưởng"_s;
    f = facts("giay_khen_hieu_truong", u"Lê Thị Hoà"_s);
    f.restrictionsInForce = QStringList { u"kỷ luật"_s };
    QTest::newRow("discipline in force") << f << QList<int> { int(R::PendingRestriction) } << u"kỷ luật"_s;
    f = facts("giay_khen_hieu_truong", u"Lê Thị Hoà"_s);
    f.learningCitizen = false;
    QTest::newRow("not a Công dân học tập") << f << QList<int> { int(R::LearningCitizen) } << u"Lê Thị Hoà"_s;
    f = facts("chien_si_thi_dua_co_so", u"Trần Đức Ưng"_s);
    QTest::newRow("CSTĐCS without LĐTT") << f << QList<int> { int(R::EarlierTitle) } << u"Lao động tiên tiến"_s;
    f.titlesThisYear = QStringList { u"lao_dong_tien_tien"_s };
    QTest::newRow("CSTĐCS with LĐTT") << f << QList<int>() << QString();
    f = facts("chien_si_thi_dua_tinh", u"Trần Đức Ưng"_s);
    f.titlesThisYear = QStringList { u"lao_dong_tien_tien"_s };
    QTest::newRow("CSTĐ tỉnh with LĐTT but without CSTĐCS")
        << f << QList<int> { int(R::EarlierTitle) } << u"Chiến sĩ thi đua cơ sở"_s;
    f = facts("tap_the_lao_dong_xuat_sac", u"Tổ Toán - Tin"_s);
    QTest::newRow("TTLĐXS without TTLĐTT")
        << f << QList<int> { int(R::EarlierTitle) } << u"Tập thể lao động tiên tiến"_s;
    f.titlesThisYear = QStringList { u"tap_the_lao_dong_tien_tien"_s };
    f.relatedCollectivesNominated = QStringList { u"Trường THPT Demo"_s };
    QTest::newRow("collective and its school")
        << f << QList<int> { int(R::CollectiveOrSubUnits) } << u"Trường THPT Demo"_s;
    f = facts("tap_the_lao_dong_xuat_sac", u"Tổ Toán - Tin"_s);
    f.titlesThisYear = QStringList { u"tap_the_lao_dong_tien_tien"_s };
    f.learningUnit = false;
    f.learningCitizen = false; // people only: not checked for a collective
    QTest::newRow("TTLĐXS without Đơn vị học tập (below the province)") << f << QList<int>() << QString();
    Eligibility::Facts province = facts("bang_khen_tinh", u"Tổ Ngữ văn"_s);
    province.form.subject = AwardForm::Subject::Collective;
    province.learningUnit = false;
    QTest::newRow("Bằng khen tỉnh for a collective without Đơn vị học tập")
        << province << QList<int> { int(R::LearningUnit) } << u"Đơn vị học tập"_s;
    f = facts("chien_si_thi_dua_co_so", u"Phạm Thu"_s);
    f.otherFormsForAchievement = QStringList { u"Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"_s };
    f.restrictionsInForce = QStringList { u"điều tra"_s };
    f.learningCitizen = false;
    QTest::newRow("everything at once") << f
                                        << QList<int> { int(R::OneFormPerAchievement),
                                               int(R::PendingRestriction),
                                               int(R::LearningCitizen),
                                               int(R::EarlierTitle) }
                                        << u"Phạm Thu"_s;
}

void TestAwardForms::eligibility()
{
    QFETCH(Eligibility::Facts, facts);
    QFETCH(QList<int>, rules);
    QFETCH(QString, mentions);
    const QList<Eligibility::Problem> problems = Eligibility::check(facts);
    QList<int> failed;
    for (const Eligibility::Problem& p : problems) {
        failed << int(p.rule);
        QVERIFY(!p.explanation.isEmpty());
    }
    QCOMPARE(failed, rules);
    if (!problems.isEmpty())
        QVERIFY2(problems.constFirst().explanation.contains(mentions), qPrintable(problems.constFirst().explanation));
}

void TestAwardForms::recusal_data()
{
    QTest::addColumn<bool>("collective");
    QTest::addColumn<qint64>("nominee");
    QTest::addColumn<bool>("recused");

    QTest::newRow("the member is the nominee") << false << qint64(7) << true;
    QTest::newRow("another person") << false << qint64(8) << false;
    QTest::newRow("heads the collective") << true << qint64(3) << true;
    QTest::newRow("another collective") << true << qint64(4) << false;
    QTest::newRow("person id equal to a headed collective's id") << false << qint64(3) << false;
}

void TestAwardForms::recusal()
{
    QFETCH(bool, collective);
    QFETCH(qint64, nominee);
    QFETCH(bool, recused);
    const Eligibility::Member member { 7, { 3, 5 } };
    QCOMPARE(
        Eligibility::recused(member, collective ? AwardForm::Subject::Collective : AwardForm::Subject::Person, nominee),
        recused);
}

QTEST_GUILESS_MAIN(TestAwardForms)
#include "TestAwardForms.moc"
