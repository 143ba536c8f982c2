#include "core/meeting/MeetingRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace thidua::MeetingRules {

bool quorumMet(int present, int members, Fraction quorum)
{
    if (members <= 0 || quorum.denominator <= 0)
        return false;
    return qint64(present) * quorum.denominator >= qint64(quorum.numerator) * members;
}

int quorumNeeded(int members, Fraction quorum)
{
    if (members <= 0 || quorum.denominator <= 0)
        return 0;
    const qint64 product = qint64(quorum.numerator) * members;
    return int((product + quorum.denominator - 1) / quorum.denominator);
}

int denominator(Base base, const Counts& counts)
{
    switch (base) {
    case Base::MembersPresent:
        return counts.present;
    case Base::AllMembers:
        return counts.members;
    case Base::ValidBallots:
        return counts.validBallots;
    }
    return 0;
}

bool passes(int agree, const Threshold& threshold, const Counts& counts)
{
    const int d = denominator(threshold.base, counts);
    return d > 0 && qint64(agree) * 1000 >= qint64(threshold.tenths) * d;
}

int shareTenths(int agree, int denominator)
{
    return denominator > 0 ? int(qint64(agree) * 1000 / denominator) : 0;
}

QList<TallyDifference> differences(const Tally& first, const Tally& second)
{
    QList<TallyDifference> out;
    const auto compare = [&](const char* field, int nominee, int a, int b) {
        if (a != b)
            out.append({ QString::fromLatin1(field), nominee, a, b });
    };
    compare("issued", -1, first.issued, second.issued);
    compare("returned", -1, first.returned, second.returned);
    compare("valid", -1, first.valid, second.valid);
    compare("invalid", -1, first.invalid, second.invalid);
    const qsizetype count = std::max(first.nominees.size(), second.nominees.size());
    for (qsizetype i = 0; i < count; ++i) {
        const Tally::Votes a = first.nominees.value(i);
        const Tally::Votes b = second.nominees.value(i);
        compare("agree", int(i), a.agree, b.agree);
        compare("disagree", int(i), a.disagree, b.disagree);
    }
    return out;
}

QStringList problems(const Tally& tally)
{
    QStringList out;
    if (tally.issued < 0 || tally.returned < 0 || tally.valid < 0 || tally.invalid < 0)
        out << QCoreApplication::translate("MeetingRules", "A ballot count is negative.");
    if (tally.returned > tally.issued)
        out << QCoreApplication::translate("MeetingRules", "%1 ballots returned, more than the %2 issued.")
                   .arg(tally.returned)
                   .arg(tally.issued);
    if (tally.valid + tally.invalid != tally.returned) {
        out << QCoreApplication::translate(
            "MeetingRules", "%1 valid and %2 invalid ballots make %3, not the %4 returned.")
                   .arg(tally.valid)
                   .arg(tally.invalid)
                   .arg(tally.valid + tally.invalid)
                   .arg(tally.returned);
    }
    for (qsizetype i = 0; i < tally.nominees.size(); ++i) {
        const Tally::Votes& v = tally.nominees.at(i);
        if (v.agree < 0 || v.disagree < 0)
            out << QCoreApplication::translate("MeetingRules", "Nominee %1: a vote count is negative.").arg(i + 1);
        else if (v.agree + v.disagree > tally.valid)
            out << QCoreApplication::translate(
                "MeetingRules", "Nominee %1: %2 agree and %3 disagree, more than the %4 valid ballots.")
                       .arg(i + 1)
                       .arg(v.agree)
                       .arg(v.disagree)
                       .arg(tally.valid);
    }
    return out;
}

} // namespace thidua::MeetingRules
