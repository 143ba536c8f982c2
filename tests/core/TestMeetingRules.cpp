// The meeting's arithmetic (core/meeting/MeetingRules): quorum, thresholds at every boundary on each denominator, the
// share shown, and the two entries of a ballot count compared cell by cell. Expected values worked out by hand.
#include "core/meeting/MeetingRules.h"

#include <QTest>

using namespace thidua;
using namespace Qt::StringLiterals;
using MeetingRules::Base;

Q_DECLARE_METATYPE(thidua::MeetingRules::Base)

class TestMeetingRules : public QObject
{
    Q_OBJECT

private slots:
    void quorum_data();
    void quorum();
    void threshold_data();
    void threshold();
    void share_data();
    void share();
    void differences();
    void problems_data();
    void problems();
};

void TestMeetingRules::quorum_data()
{
    QTest::addColumn<int>("present");
    QTest::addColumn<int>("members");
    QTest::addColumn<int>("numerator");
    QTest::addColumn<int>("denominator");
    QTest::addColumn<bool>("met");
    QTest::addColumn<int>("needed");

    QTest::newRow("6 of 9, two thirds") << 6 << 9 << 2 << 3 << true << 6;
    QTest::newRow("5 of 9, two thirds") << 5 << 9 << 2 << 3 << false << 6;
    QTest::newRow("7 of 10, two thirds") << 7 << 10 << 2 << 3 << true << 7;
    QTest::newRow("6 of 10, two thirds (6,67 needed)") << 6 << 10 << 2 << 3 << false << 7;
    QTest::newRow("8 of 11, two thirds") << 8 << 11 << 2 << 3 << true << 8;
    QTest::newRow("7 of 11, two thirds") << 7 << 11 << 2 << 3 << false << 8;
    QTest::newRow("all of 3") << 3 << 3 << 2 << 3 << true << 2;
    QTest::newRow("half of 10, a half") << 5 << 10 << 1 << 2 << true << 5;
    QTest::newRow("4 of 9, a half") << 4 << 9 << 1 << 2 << false << 5;
    QTest::newRow("no council") << 0 << 0 << 2 << 3 << false << 0;
    QTest::newRow("nobody present") << 0 << 9 << 2 << 3 << false << 6;
}

void TestMeetingRules::quorum()
{
    QFETCH(int, present);
    QFETCH(int, members);
    QFETCH(int, numerator);
    QFETCH(int, denominator);
    QFETCH(bool, met);
    QFETCH(int, needed);
    const MeetingRules::Fraction fraction { numerator, denominator };
    QCOMPARE(MeetingRules::quorumMet(present, members, fraction), met);
    QCOMPARE(MeetingRules::quorumNeeded(members, fraction), needed);
}

void TestMeetingRules::threshold_data()
{
    QTest::addColumn<int>("agree");
    QTest::addColumn<int>("members");
    QTest::addColumn<int>("present");
    QTest::addColumn<int>("valid");
    QTest::addColumn<int>("tenths");
    QTest::addColumn<Base>("base");
    QTest::addColumn<bool>("passes");

    // The cases.
    QTest::newRow("7 of 10 present = 70 %") << 7 << 10 << 10 << 10 << 700 << Base::MembersPresent << true;
    QTest::newRow("6 of 8 present (75 %) ≥ 70 %") << 6 << 10 << 8 << 8 << 700 << Base::MembersPresent << true;
    QTest::newRow("6 of all 10 (60 %) < 70 %") << 6 << 10 << 8 << 8 << 700 << Base::AllMembers << false;
    // Each side of each boundary.
    QTest::newRow("69 of 100 present") << 69 << 100 << 100 << 100 << 700 << Base::MembersPresent << false;
    QTest::newRow("70 of 100 present") << 70 << 100 << 100 << 100 << 700 << Base::MembersPresent << true;
    QTest::newRow("7 of 9 present (77,8 %)") << 7 << 11 << 9 << 9 << 700 << Base::MembersPresent << true;
    QTest::newRow("6 of 9 present (66,7 %)") << 6 << 11 << 9 << 9 << 700 << Base::MembersPresent << false;
    QTest::newRow("9 of 10 members = 90 %") << 9 << 10 << 9 << 9 << 900 << Base::AllMembers << true;
    QTest::newRow("9 of 11 members (81,8 %) < 90 %") << 9 << 11 << 9 << 9 << 900 << Base::AllMembers << false;
    QTest::newRow("10 of 11 members (90,9 %)") << 10 << 11 << 10 << 10 << 900 << Base::AllMembers << true;
    QTest::newRow("7 of 10 valid") << 7 << 12 << 11 << 10 << 700 << Base::ValidBallots << true;
    QTest::newRow("7 of 11 valid") << 7 << 12 << 11 << 11 << 700 << Base::ValidBallots << false;
    QTest::newRow("2 of 3 present, 66,7 %") << 2 << 3 << 3 << 3 << 667 << Base::MembersPresent << false;
    QTest::newRow("2 of 3 present, 66,6 %") << 2 << 3 << 3 << 3 << 666 << Base::MembersPresent << true;
    QTest::newRow("more than half: 5 of 9") << 5 << 9 << 9 << 9 << 501 << Base::MembersPresent << true;
    QTest::newRow("half is not more than half") << 5 << 10 << 10 << 10 << 501 << Base::MembersPresent << false;
    QTest::newRow("nobody present") << 0 << 9 << 0 << 0 << 700 << Base::MembersPresent << false;
    QTest::newRow("no valid ballot, 0 % threshold") << 0 << 9 << 9 << 0 << 0 << Base::ValidBallots << false;
    QTest::newRow("all of 1") << 1 << 1 << 1 << 1 << 1000 << Base::MembersPresent << true;
}

void TestMeetingRules::threshold()
{
    QFETCH(int, agree);
    QFETCH(int, members);
    QFETCH(int, present);
    QFETCH(int, valid);
    QFETCH(int, tenths);
    QFETCH(Base, base);
    QFETCH(bool, passes);
    QCOMPARE(MeetingRules::passes(agree, { tenths, base }, { members, present, valid }), passes);
}

void TestMeetingRules::share_data()
{
    QTest::addColumn<int>("agree");
    QTest::addColumn<int>("denominator");
    QTest::addColumn<int>("tenths");

    QTest::newRow("7 of 10") << 7 << 10 << 700;
    QTest::newRow("7 of 9 (77,777…)") << 7 << 9 << 777;
    QTest::newRow("2 of 3 (66,666…)") << 2 << 3 << 666;
    QTest::newRow("1 of 3 (33,333…)") << 1 << 3 << 333;
    QTest::newRow("6 of 8") << 6 << 8 << 750;
    QTest::newRow("all") << 11 << 11 << 1000;
    QTest::newRow("none") << 0 << 11 << 0;
    QTest::newRow("empty denominator") << 3 << 0 << 0;
}

void TestMeetingRules::share()
{
    QFETCH(int, agree);
    QFETCH(int, denominator);
    QFETCH(int, tenths);
    QCOMPARE(MeetingRules::shareTenths(agree, denominator), tenths);
}

void TestMeetingRules::differences()
{
    MeetingRules::Tally secretary { 9, 9, 8, 1, { { 8, 0 }, { 6, 2 }, { 7, 1 } } };
    QVERIFY(MeetingRules::differences(secretary, secretary).isEmpty());

    MeetingRules::Tally counter = secretary;
    counter.valid = 9;
    counter.invalid = 0;
    counter.nominees[1] = { 7, 2 };
    const QList<MeetingRules::TallyDifference> expected = {
        { u"valid"_s, -1, 8, 9 },
        { u"invalid"_s, -1, 1, 0 },
        { u"agree"_s, 1, 6, 7 },
    };
    QCOMPARE(MeetingRules::differences(secretary, counter), expected);

    // A nominee missing from the second entry differs in both fields.
    counter = secretary;
    counter.nominees.removeLast();
    const QList<MeetingRules::TallyDifference> missing = { { u"agree"_s, 2, 7, 0 }, { u"disagree"_s, 2, 1, 0 } };
    QCOMPARE(MeetingRules::differences(secretary, counter), missing);
}

void TestMeetingRules::problems_data()
{
    QTest::addColumn<int>("issued");
    QTest::addColumn<int>("returned");
    QTest::addColumn<int>("valid");
    QTest::addColumn<int>("invalid");
    QTest::addColumn<int>("agree");
    QTest::addColumn<int>("disagree");
    QTest::addColumn<QStringList>("mentions"); // one text per problem expected

    QTest::newRow("consistent") << 9 << 9 << 8 << 1 << 6 << 2 << QStringList();
    QTest::newRow("not all returned") << 9 << 8 << 8 << 0 << 8 << 0 << QStringList();
    QTest::newRow("more returned than issued") << 9 << 10 << 10 << 0 << 5 << 5 << QStringList { u"10"_s };
    QTest::newRow("valid + invalid ≠ returned") << 9 << 9 << 7 << 1 << 5 << 2 << QStringList { u"8"_s };
    QTest::newRow("votes over the valid ballots") << 9 << 9 << 9 << 0 << 7 << 3 << QStringList { u"9 valid"_s };
    QTest::newRow("negative") << 9 << 9 << 9 << 0 << -1 << 3 << QStringList { u"1"_s };
}

void TestMeetingRules::problems()
{
    QFETCH(int, issued);
    QFETCH(int, returned);
    QFETCH(int, valid);
    QFETCH(int, invalid);
    QFETCH(int, agree);
    QFETCH(int, disagree);
    QFETCH(QStringList, mentions);
    const QStringList found = MeetingRules::problems({ issued, returned, valid, invalid, { { agree, disagree } } });
    QCOMPARE(found.size(), mentions.size());
    for (qsizetype i = 0; i < found.size(); ++i)
        QVERIFY2(found.at(i).contains(mentions.at(i)), qPrintable(found.at(i)));
}

QTEST_GUILESS_MAIN(TestMeetingRules)
#include "TestMeetingRules.moc"
