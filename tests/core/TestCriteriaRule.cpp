// The result rules of criteria sets (CriteriaRule), pure functions, at their boundaries: every leaf met; at least 80 of
// 100 points with no chỉ số under 5; by level (Thông tư 24/2023's Mức độ 1 / Mức độ 2). Rates in integer arithmetic:
// exactly 90,0 % meets "≥ 90 %", 17 of 18 is 94,4 %. Expected reasons are written by hand (English source texts: no
// translation is installed here).
#include "core/criteria/CriteriaRule.h"
#include "core/criteria/CriteriaSet.h"
#include "core/text/VietnameseFormat.h"

#include <QTest>

using namespace thidua;

namespace {

CriteriaItem leaf(const QString& code, CriteriaItem::Kind kind, int limit = 0, int depth = 1)
{
    CriteriaItem item;
    item.code = code;
    item.text = QStringLiteral("Nội dung ") + code;
    item.depth = depth;
    item.kind = kind;
    if (kind == CriteriaItem::Kind::Points)
        item.maximum = limit;
    else
        item.threshold = limit;
    return item;
}

CriteriaItem group(const QString& code, QList<int> levels = {})
{
    CriteriaItem item;
    item.code = code;
    item.text = QStringLiteral("Tiêu chí ") + code;
    item.kind = CriteriaItem::Kind::Group;
    item.levels = levels;
    return item;
}

// "A=1 R=9/10 C=- N=na": value, numerator/denominator, unanswered (-), not applicable (na).
ItemAnswers answers(const QString& spec)
{
    ItemAnswers result;
    const QStringList parts = spec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QString code = part.section(QLatin1Char('='), 0, 0);
        const QString value = part.section(QLatin1Char('='), 1);
        ItemAnswer answer;
        if (value == QStringLiteral("-")) {
            continue;
        } else if (value == QStringLiteral("na")) {
            answer.state = ItemAnswer::State::NotApplicable;
        } else {
            answer.state = ItemAnswer::State::Answered;
            answer.value = value.section(QLatin1Char('/'), 0, 0).toLongLong();
            answer.denominator = value.section(QLatin1Char('/'), 1).toLongLong();
        }
        result.insert(code, answer);
    }
    return result;
}

CriteriaSet allPassSet()
{
    CriteriaSet set;
    set.key = QStringLiteral("t");
    set.name = QStringLiteral("Tổ chuyên môn");
    set.rule.kind = CriteriaRule::Kind::AllPass;
    set.items = { group(QStringLiteral("TC1")),
        leaf(QStringLiteral("A"), CriteriaItem::Kind::PassFail),
        leaf(QStringLiteral("B"), CriteriaItem::Kind::PassFail),
        group(QStringLiteral("TC2")),
        leaf(QStringLiteral("R"), CriteriaItem::Kind::Rate, 95),
        leaf(QStringLiteral("T"), CriteriaItem::Kind::Rate, 100),
        leaf(QStringLiteral("C"), CriteriaItem::Kind::Count, 1) };
    return set;
}

CriteriaSet pointsSet()
{
    CriteriaSet set;
    set.key = QStringLiteral("cdht");
    set.name = QStringLiteral("Công dân học tập");
    set.rule = { CriteriaRule::Kind::Points, 80, 5, {} };
    set.items << group(QStringLiteral("NL"));
    for (int i = 1; i <= 10; ++i)
        set.items << leaf(QStringLiteral("CS%1").arg(i), CriteriaItem::Kind::Points, 10);
    return set;
}

CriteriaSet levelSet()
{
    CriteriaSet set;
    set.key = QStringLiteral("dvht");
    set.name = QStringLiteral("Đơn vị học tập");
    set.rule.kind = CriteriaRule::Kind::Levels;
    set.rule.levels = { { 1, QStringLiteral("Mức độ 1") }, { 2, QStringLiteral("Mức độ 2") } };
    set.items = { group(QStringLiteral("TC1"), { 1, 2 }),
        leaf(QStringLiteral("A"), CriteriaItem::Kind::PassFail),
        leaf(QStringLiteral("V"), CriteriaItem::Kind::PassFail),
        group(QStringLiteral("TC2.M1"), { 1 }),
        leaf(QStringLiteral("R1"), CriteriaItem::Kind::Rate, 90),
        group(QStringLiteral("TC2.M2"), { 2 }),
        leaf(QStringLiteral("R2"), CriteriaItem::Kind::Rate, 95) };
    return set;
}

QString pointAnswers(const QList<int>& values)
{
    QStringList parts;
    for (int i = 0; i < values.size(); ++i)
        parts << (values[i] < 0 ? QStringLiteral("CS%1=-").arg(i + 1)
                                : QStringLiteral("CS%1=%2").arg(i + 1).arg(values[i]));
    return parts.join(QLatin1Char(' '));
}

} // namespace

Q_DECLARE_METATYPE(thidua::CriteriaOutcome::Verdict)

class TestCriteriaRule : public QObject
{
    Q_OBJECT

private slots:
    void percent_data();
    void percent();
    void judgeRate_data();
    void judgeRate();
    void allPass_data();
    void allPass();
    void points_data();
    void points();
    void levels_data();
    void levels();
    void validate_data();
    void validate();
};

void TestCriteriaRule::percent_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<QString>("expected");
    QTest::newRow("17 of 18") << qint64(17) << qint64(18) << QStringLiteral("94,4 %");
    QTest::newRow("12 of 13") << qint64(12) << qint64(13) << QStringLiteral("92,3 %");
    QTest::newRow("19 of 20") << qint64(19) << qint64(20) << QStringLiteral("95,0 %");
    QTest::newRow("2 of 3, rounded down") << qint64(2) << qint64(3) << QStringLiteral("66,6 %");
    QTest::newRow("2374 of 2500 is not shown as 95") << qint64(2374) << qint64(2500) << QStringLiteral("94,9 %");
    QTest::newRow("all") << qint64(2500) << qint64(2500) << QStringLiteral("100,0 %");
    QTest::newRow("none") << qint64(0) << qint64(45) << QStringLiteral("0,0 %");
    QTest::newRow("no one counted") << qint64(0) << qint64(0) << QStringLiteral("–");
}

void TestCriteriaRule::percent()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(QString, expected);
    QCOMPARE(VietnameseFormat::percent(numerator, denominator), expected);
}

void TestCriteriaRule::judgeRate_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("why");
    QTest::newRow("exactly 95,0 % meets 95") << 95 << qint64(19) << qint64(20) << 1 << QString();
    QTest::newRow("94,4 % misses 95") << 95 << qint64(17) << qint64(18) << 0 << QStringLiteral("R below 95 % (94,4 %)");
    QTest::newRow("a tổ of 13, 12 recognised, misses 100")
        << 100 << qint64(12) << qint64(13) << 0 << QStringLiteral("R below 100 % (92,3 %)");
    QTest::newRow("13 of 13 meets 100") << 100 << qint64(13) << qint64(13) << 1 << QString();
    QTest::newRow("exactly 90 % meets 90") << 90 << qint64(9) << qint64(10) << 1 << QString();
    QTest::newRow("89,9 % misses 90") << 90 << qint64(899) << qint64(1000) << 0
                                      << QStringLiteral("R below 90 % (89,9 %)");
    QTest::newRow("2375 of 2500 is exactly 95 %") << 95 << qint64(2375) << qint64(2500) << 1 << QString();
    QTest::newRow("2374 of 2500 misses 95")
        << 95 << qint64(2374) << qint64(2500) << 0 << QStringLiteral("R below 95 % (94,9 %)");
    QTest::newRow("nobody counted") << 90 << qint64(0) << qint64(0) << 0 << QStringLiteral("R: 0 of 0 is not a rate");
    QTest::newRow("more met than counted")
        << 90 << qint64(11) << qint64(10) << 0 << QStringLiteral("R: 11 of 10 is not a rate");
}

void TestCriteriaRule::judgeRate()
{
    QFETCH(int, threshold);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(int, expected);
    QFETCH(QString, why);
    const CriteriaItem item = leaf(QStringLiteral("R"), CriteriaItem::Kind::Rate, threshold);
    ItemAnswer answer { ItemAnswer::State::Answered, numerator, denominator, {}, {} };
    QString reason;
    QCOMPARE(CriteriaRule::judge(item, answer, &reason), expected);
    QCOMPARE(reason, why);
}

void TestCriteriaRule::allPass_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<CriteriaOutcome::Verdict>("verdict");
    QTest::addColumn<QString>("reason");
    using V = CriteriaOutcome::Verdict;
    QTest::newRow("all met") << QStringLiteral("A=1 B=1 R=19/20 T=13/13 C=1") << V::Pass
                             << QStringLiteral("met: all 5 item(s) met");
    QTest::newRow("one not met") << QStringLiteral("A=1 B=0 R=19/20 T=13/13 C=1") << V::Fail
                                 << QStringLiteral("not met: B not met");
    QTest::newRow("tổ of 13 with 12") << QStringLiteral("A=1 B=1 R=19/20 T=12/13 C=2") << V::Fail
                                      << QStringLiteral("not met: T below 100 % (92,3 %)");
    QTest::newRow("no learning model") << QStringLiteral("A=1 B=1 R=19/20 T=13/13 C=0") << V::Fail
                                       << QStringLiteral("not met: C below 1 (0)");
    QTest::newRow("four failures, three named")
        << QStringLiteral("A=0 B=0 R=17/18 T=12/13 C=1") << V::Fail
        << QStringLiteral("not met: A not met; B not met; R below 95 % (94,4 %) and 1 more");
    QTest::newRow("unanswered") << QStringLiteral("A=1 R=19/20 T=13/13 C=1") << V::Incomplete
                                << QStringLiteral("not assessed yet: 1 item(s) unanswered (B)");
    QTest::newRow("a failure outweighs unanswered items")
        << QStringLiteral("A=0") << V::Fail << QStringLiteral("not met: A not met");
    QTest::newRow("not applicable is left out")
        << QStringLiteral("A=1 B=na R=19/20 T=13/13 C=1") << V::Pass << QStringLiteral("met: all 4 item(s) met");
}

void TestCriteriaRule::allPass()
{
    QFETCH(QString, given);
    QFETCH(CriteriaOutcome::Verdict, verdict);
    QFETCH(QString, reason);
    const CriteriaOutcome outcome = CriteriaRule::evaluate(allPassSet(), answers(given));
    QCOMPARE(outcome.reason, reason);
    QCOMPARE(outcome.verdict, verdict);
    QCOMPARE(outcome.level, 0);
    QCOMPARE(outcome.points, qint64(-1));
}

void TestCriteriaRule::points_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<CriteriaOutcome::Verdict>("verdict");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("reason");
    using V = CriteriaOutcome::Verdict;
    QTest::newRow("exactly 80, all 8") << pointAnswers({ 8, 8, 8, 8, 8, 8, 8, 8, 8, 8 }) << V::Pass << qint64(80)
                                       << QStringLiteral("met: 80 points, none under 5");
    QTest::newRow("79") << pointAnswers({ 8, 8, 8, 8, 8, 8, 8, 8, 8, 7 }) << V::Fail << qint64(79)
                        << QStringLiteral("not met: 79 points, under 80");
    QTest::newRow("85 but chỉ số 10 has 4") << pointAnswers({ 9, 9, 9, 9, 9, 9, 9, 9, 9, 4 }) << V::Fail << qint64(85)
                                            << QStringLiteral("not met: CS10 under 5 points (4)");
    QTest::newRow("a 5 is not under 5") << pointAnswers({ 10, 10, 10, 10, 10, 10, 10, 10, 10, 5 }) << V::Pass
                                        << qint64(95) << QStringLiteral("met: 95 points, none under 5");
    QTest::newRow("both") << pointAnswers({ 8, 8, 8, 8, 8, 8, 8, 8, 8, 4 }) << V::Fail << qint64(76)
                          << QStringLiteral("not met: 76 points, under 80; CS10 under 5 points (4)");
    QTest::newRow("one unanswered") << pointAnswers({ 8, 8, 8, 8, 8, 8, 8, 8, 8, -1 }) << V::Incomplete << qint64(72)
                                    << QStringLiteral("not assessed yet: 1 item(s) unanswered (CS10)");
    QTest::newRow("one under 5 and one unanswered") << pointAnswers({ 3, 8, 8, 8, 8, 8, 8, 8, 8, -1 }) << V::Fail
                                                    << qint64(67) << QStringLiteral("not met: CS1 under 5 points (3)");
}

void TestCriteriaRule::points()
{
    QFETCH(QString, given);
    QFETCH(CriteriaOutcome::Verdict, verdict);
    QFETCH(qint64, total);
    QFETCH(QString, reason);
    const CriteriaOutcome outcome = CriteriaRule::evaluate(pointsSet(), answers(given));
    QCOMPARE(outcome.reason, reason);
    QCOMPARE(outcome.verdict, verdict);
    QCOMPARE(outcome.points, total);
}

void TestCriteriaRule::levels_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<CriteriaOutcome::Verdict>("verdict");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("reason");
    using V = CriteriaOutcome::Verdict;
    QTest::newRow("level 2") << QStringLiteral("A=1 V=1 R1=90/100 R2=95/100") << V::Pass << 2
                             << QStringLiteral("met Mức độ 2");
    QTest::newRow("level 1 only") << QStringLiteral("A=1 V=1 R1=92/100 R2=94/100") << V::Pass << 1
                                  << QStringLiteral("met Mức độ 1; Mức độ 2 not met: R2 below 95 % (94,0 %)");
    QTest::newRow("level 2 unanswered") << QStringLiteral("A=1 V=1 R1=92/100") << V::Pass << 1
                                        << QStringLiteral(
                                               "met Mức độ 1; Mức độ 2 not assessed yet: 1 item(s) unanswered (R2)");
    QTest::newRow("shared item fails both") << QStringLiteral("A=0 V=1 R1=92/100 R2=99/100") << V::Fail << 0
                                            << QStringLiteral("Mức độ 1 not met: A not met");
    QTest::newRow("level 1 rate misses") << QStringLiteral("A=1 V=1 R1=89/100 R2=99/100") << V::Fail << 0
                                         << QStringLiteral("Mức độ 1 not met: R1 below 90 % (89,0 %)");
    QTest::newRow("not applicable left out")
        << QStringLiteral("A=1 V=na R1=9/10 R2=19/20") << V::Pass << 2 << QStringLiteral("met Mức độ 2");
    QTest::newRow("nothing answered") << QString() << V::Incomplete << 0
                                      << QStringLiteral("Mức độ 1 not assessed yet: 3 item(s) unanswered (A; V; R1)");
}

void TestCriteriaRule::levels()
{
    QFETCH(QString, given);
    QFETCH(CriteriaOutcome::Verdict, verdict);
    QFETCH(int, level);
    QFETCH(QString, reason);
    const CriteriaOutcome outcome = CriteriaRule::evaluate(levelSet(), answers(given));
    QCOMPARE(outcome.reason, reason);
    QCOMPARE(outcome.verdict, verdict);
    QCOMPARE(outcome.level, level);
}

void TestCriteriaRule::validate_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("message");
    QTest::newRow("valid") << 0 << QString();
    QTest::newRow("code twice") << 1 << QStringLiteral("R1: the code is used twice.");
    QTest::newRow("group without items") << 2 << QStringLiteral("TC2.M2: a group needs items under it.");
    QTest::newRow("unknown level") << 3 << QStringLiteral("TC2.M2: level 3 is not one of the rule's levels.");
    QTest::newRow("rate over 100") << 4 << QStringLiteral("R2: the threshold must be from 0 to 100 %.");
    QTest::newRow("skips a depth") << 5 << QStringLiteral("R1: it is not placed under an item one level up.");
    QTest::newRow("leaf with items under it")
        << 6 << QStringLiteral("A: an item with items under it cannot be answered itself.");
}

void TestCriteriaRule::validate()
{
    QFETCH(int, change);
    QFETCH(QString, message);
    CriteriaSet set = levelSet();
    switch (change) {
    case 1:
        set.items[6].code = QStringLiteral("R1");
        break;
    case 2:
        set.items.removeLast();
        break;
    case 3:
        set.items[5].levels = { 3 };
        break;
    case 4:
        set.items[6].threshold = 101;
        break;
    case 5:
        set.items[4].depth = 2;
        break;
    case 6:
        set.items[2].depth = 2;
        break;
    }
    const Status valid = set.validate();
    QCOMPARE(valid.ok() ? QString() : valid.error().message, message);
}

QTEST_GUILESS_MAIN(TestCriteriaRule)
#include "TestCriteriaRule.moc"
