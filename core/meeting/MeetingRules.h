#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace thidua {

// The arithmetic of a council meeting (Hội đồng Thi đua – Khen thưởng), as pure functions in integers, so that a
// share that exactly meets a threshold passes and nothing depends on how a double rounds: quorum, the denominator of
// a vote threshold and the verdict, the share shown, and the two entries of a ballot count (the secretary's and the
// Ban kiểm phiếu's) compared cell by cell. The thresholds, the quorum and their denominators are configuration
// (legal-facts §2.5: the rules in force for schools were not found; the defaults are those of the education sector's
// earlier circulars: a quorum of two thirds, 70 % of the members present, 90 % of all members for the higher titles).
namespace MeetingRules {

// A fraction of the council: the quorum is two thirds by default.
struct Fraction
{
    int numerator = 2;
    int denominator = 3;
};

// Whether `present` members of a council of `members` reach the quorum: present × d ≥ n × members. A council without
// members never does.
bool quorumMet(int present, int members, Fraction quorum = {});
// The fewest members present that reach the quorum (6 of 9 for two thirds, 7 of 10).
int quorumNeeded(int members, Fraction quorum = {});

// What a vote threshold is counted on.
enum class Base
{
    MembersPresent, // tổng số thành viên có mặt (or consulted)
    AllMembers, // tổng số thành viên Hội đồng
    ValidBallots, // số phiếu hợp lệ
};

// A threshold in tenths of a percent (700 = 70 %) and what it is counted on.
struct Threshold
{
    int tenths = 700;
    Base base = Base::MembersPresent;
    static Threshold percent(int percent, Base base) { return { percent * 10, base }; }
};

// The numbers of the meeting a threshold may be counted on.
struct Counts
{
    int members = 0;
    int present = 0;
    int validBallots = 0;
};

int denominator(Base base, const Counts& counts);
// Agree × 1000 ≥ tenths × denominator; never with a denominator of 0.
bool passes(int agree, const Threshold& threshold, const Counts& counts);
// The share of `agree` in tenths of a percent, rounded down (7 of 9 → 777, shown "77,7 %"), so that a shown
// share reaches a threshold exactly when the vote does. 0 for an empty denominator.
int shareTenths(int agree, int denominator);

// One count of the ballots of a round: the ballots, then agree / disagree for each nominee in order.
struct Tally
{
    int issued = 0; // phiếu phát ra
    int returned = 0; // phiếu thu vào
    int valid = 0;
    int invalid = 0;
    struct Votes
    {
        int agree = 0;
        int disagree = 0;
    };
    QList<Votes> nominees;
};

// Where two entries of the same count differ: the field ("issued", "returned", "valid", "invalid", "agree",
// "disagree"), the nominee's position (-1 for the ballot counts) and both values.
struct TallyDifference
{
    QString field;
    int nominee = -1;
    int first = 0;
    int second = 0;
    bool operator==(const TallyDifference&) const = default;
};
// Cell by cell: every field of the ballots, then of each nominee. A nominee missing from one entry differs in both of
// its fields (the missing side counts as 0).
QList<TallyDifference> differences(const Tally& first, const Tally& second);

// What is wrong with one entry on its own, in Vietnamese: more returned than issued, valid + invalid not the
// returned, a nominee with more votes than valid ballots, a negative number. Empty when it is consistent.
QStringList problems(const Tally& tally);

} // namespace MeetingRules

} // namespace thidua
