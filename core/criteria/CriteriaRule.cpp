#include "core/criteria/CriteriaRule.h"

#include "core/criteria/CriteriaSet.h"
#include "core/text/VietnameseFormat.h"

namespace thidua {

namespace {

// At most this many failures are named in a reason; the rest are counted.
constexpr qsizetype MaxNamed = 3;

QString listed(const QStringList& reasons)
{
    QString text = reasons.mid(0, MaxNamed).join(QStringLiteral("; "));
    if (reasons.size() > MaxNamed)
        text += CriteriaRule::tr(" and %n more", nullptr, int(reasons.size() - MaxNamed));
    return text;
}

struct Judged
{
    QStringList failures;
    QStringList unanswered;
    int passed = 0;
};

Judged judgeLeaves(const CriteriaSet& set, const ItemAnswers& answers, int level)
{
    Judged judged;
    for (qsizetype i = 0; i < set.items.size(); ++i) {
        const CriteriaItem& item = set.items[i];
        if (!item.isLeaf())
            continue;
        if (level > 0) {
            const QList<int> levels = set.effectiveLevels(i);
            if (!levels.isEmpty() && !levels.contains(level))
                continue;
        }
        const ItemAnswer answer = answers.value(item.code);
        QString why;
        const int verdict = CriteriaRule::judge(item, answer, &why);
        if (verdict > 0)
            ++judged.passed;
        else if (verdict == 0)
            judged.failures << why;
        else if (answer.state == ItemAnswer::State::Unanswered)
            judged.unanswered << item.code;
    }
    return judged;
}

QString unansweredReason(const QStringList& codes)
{
    return CriteriaRule::tr("not assessed yet: %n item(s) unanswered (%1)", nullptr, int(codes.size()))
        .arg(listed(codes));
}

} // namespace

QString CriteriaOutcome::verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Incomplete:
        return QStringLiteral("incomplete");
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Fail:
        return QStringLiteral("fail");
    }
    return QString();
}

bool CriteriaOutcome::verdictFromKey(const QString& key, Verdict* verdict)
{
    for (Verdict v : { Verdict::Incomplete, Verdict::Pass, Verdict::Fail }) {
        if (verdictKey(v) == key) {
            *verdict = v;
            return true;
        }
    }
    return false;
}

QString CriteriaRule::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::AllPass:
        return QStringLiteral("all_pass");
    case Kind::Points:
        return QStringLiteral("points");
    case Kind::Levels:
        return QStringLiteral("levels");
    }
    return QString();
}

bool CriteriaRule::kindFromKey(const QString& key, Kind* kind)
{
    for (Kind k : { Kind::AllPass, Kind::Points, Kind::Levels }) {
        if (kindKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString CriteriaRule::describe() const
{
    switch (kind) {
    case Kind::AllPass:
        return tr("Every item met");
    case Kind::Points:
        return tr("At least %1 points, no item under %2 points").arg(minTotal).arg(minEach);
    case Kind::Levels: {
        QStringList names;
        for (const Level& level : levels)
            names << level.name;
        return tr("By level: %1").arg(names.join(QStringLiteral(", ")));
    }
    }
    return QString();
}

int CriteriaRule::judge(const CriteriaItem& item, const ItemAnswer& answer, QString* why)
{
    if (answer.state != ItemAnswer::State::Answered || !item.isLeaf())
        return -1;
    bool passes = false;
    switch (item.kind) {
    case CriteriaItem::Kind::Group:
        return -1;
    case CriteriaItem::Kind::PassFail:
        passes = answer.value == 1;
        if (!passes)
            *why = tr("%1 not met").arg(item.code);
        break;
    case CriteriaItem::Kind::Points:
        passes = answer.value >= 0 && answer.value <= item.maximum;
        if (!passes)
            *why = tr("%1 has %2 points, outside 0 to %3").arg(item.code).arg(answer.value).arg(item.maximum);
        break;
    case CriteriaItem::Kind::Rate:
        if (answer.denominator <= 0 || answer.value < 0 || answer.value > answer.denominator) {
            *why = tr("%1: %2 of %3 is not a rate").arg(item.code).arg(answer.value).arg(answer.denominator);
            return 0;
        }
        passes = answer.value * 100 >= qint64(item.threshold) * answer.denominator;
        if (!passes)
            *why = tr("%1 below %2 % (%3)")
                       .arg(item.code)
                       .arg(item.threshold)
                       .arg(VietnameseFormat::percent(answer.value, answer.denominator));
        break;
    case CriteriaItem::Kind::Count:
        passes = answer.value >= item.threshold;
        if (!passes)
            *why = tr("%1 below %2 (%3)").arg(item.code).arg(item.threshold).arg(answer.value);
        break;
    }
    return passes ? 1 : 0;
}

CriteriaOutcome CriteriaRule::evaluate(const CriteriaSet& set, const ItemAnswers& answers)
{
    switch (set.rule.kind) {
    case Kind::AllPass:
        return allPass(set, answers);
    case Kind::Points:
        return points(set, answers);
    case Kind::Levels:
        return byLevels(set, answers);
    }
    return {};
}

CriteriaOutcome CriteriaRule::allPass(const CriteriaSet& set, const ItemAnswers& answers)
{
    const Judged judged = judgeLeaves(set, answers, 0);
    CriteriaOutcome outcome;
    if (!judged.failures.isEmpty()) {
        outcome.verdict = CriteriaOutcome::Verdict::Fail;
        outcome.reason = tr("not met: %1").arg(listed(judged.failures));
    } else if (!judged.unanswered.isEmpty()) {
        outcome.reason = unansweredReason(judged.unanswered);
    } else {
        outcome.verdict = CriteriaOutcome::Verdict::Pass;
        outcome.reason = tr("met: all %n item(s) met", nullptr, judged.passed);
    }
    return outcome;
}

CriteriaOutcome CriteriaRule::points(const CriteriaSet& set, const ItemAnswers& answers)
{
    const CriteriaRule& rule = set.rule;
    Judged judged = judgeLeaves(set, answers, 0);
    CriteriaOutcome outcome;
    outcome.points = 0;
    for (const CriteriaItem& item : set.items) {
        if (item.kind != CriteriaItem::Kind::Points)
            continue;
        const ItemAnswer answer = answers.value(item.code);
        if (answer.state != ItemAnswer::State::Answered || answer.value < 0 || answer.value > item.maximum)
            continue;
        outcome.points += answer.value;
        if (answer.value < rule.minEach)
            judged.failures << tr("%1 under %2 points (%3)").arg(item.code).arg(rule.minEach).arg(answer.value);
    }
    if (!judged.unanswered.isEmpty() && judged.failures.isEmpty()) {
        outcome.reason = unansweredReason(judged.unanswered);
        return outcome;
    }
    if (outcome.points < rule.minTotal && judged.unanswered.isEmpty())
        judged.failures.prepend(tr("%1 points, under %2").arg(outcome.points).arg(rule.minTotal));
    if (!judged.failures.isEmpty()) {
        outcome.verdict = CriteriaOutcome::Verdict::Fail;
        outcome.reason = tr("not met: %1").arg(listed(judged.failures));
        return outcome;
    }
    outcome.verdict = CriteriaOutcome::Verdict::Pass;
    outcome.reason = tr("met: %1 points, none under %2").arg(outcome.points).arg(rule.minEach);
    return outcome;
}

CriteriaOutcome CriteriaRule::byLevels(const CriteriaSet& set, const ItemAnswers& answers)
{
    CriteriaOutcome outcome;
    const Level* met = nullptr;
    QString notMet; // why the next level up was not reached
    for (const Level& level : set.rule.levels) {
        const Judged judged = judgeLeaves(set, answers, level.number);
        if (judged.failures.isEmpty() && judged.unanswered.isEmpty()) {
            met = &level;
            notMet.clear();
            continue;
        }
        if (notMet.isEmpty()) {
            notMet = !judged.failures.isEmpty()
                ? tr("%1 not met: %2").arg(level.name, listed(judged.failures))
                : tr("%1 not assessed yet: %n item(s) unanswered (%2)", nullptr, int(judged.unanswered.size()))
                      .arg(level.name, listed(judged.unanswered));
        }
        if (!met) {
            outcome.verdict =
                judged.failures.isEmpty() ? CriteriaOutcome::Verdict::Incomplete : CriteriaOutcome::Verdict::Fail;
            outcome.reason = notMet;
            return outcome;
        }
    }
    if (!met) {
        outcome.reason = tr("the rule has no level");
        return outcome;
    }
    outcome.verdict = CriteriaOutcome::Verdict::Pass;
    outcome.level = met->number;
    outcome.reason = notMet.isEmpty() ? tr("met %1").arg(met->name) : tr("met %1; %2").arg(met->name, notMet);
    return outcome;
}

} // namespace thidua
