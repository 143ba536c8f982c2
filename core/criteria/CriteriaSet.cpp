#include "core/criteria/CriteriaSet.h"

#include <QSet>

namespace thidua {

namespace {
constexpr int MaxTextChars = 4000;
constexpr int MaxLevels = 10;
} // namespace

bool CriteriaSet::sameContent(const CriteriaSet& other) const
{
    return key == other.key && name == other.name && target == other.target && collectiveKind == other.collectiveKind
        && legalBasis == other.legalBasis && note == other.note && statusOnly == other.statusOnly && rule == other.rule
        && items == other.items;
}

CriteriaItems CriteriaSet::leaves() const
{
    CriteriaItems result;
    for (const CriteriaItem& item : items) {
        if (item.isLeaf())
            result << item;
    }
    return result;
}

qsizetype CriteriaSet::indexOf(const QString& code) const
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items[i].code == code)
            return i;
    }
    return -1;
}

QList<qsizetype> CriteriaSet::children(qsizetype index) const
{
    QList<qsizetype> result;
    const int depth = index < 0 ? 0 : items[index].depth + 1;
    for (qsizetype i = index + 1; i < items.size(); ++i) {
        if (items[i].depth < depth)
            break;
        if (items[i].depth == depth)
            result << i;
    }
    return result;
}

QList<int> CriteriaSet::effectiveLevels(qsizetype index) const
{
    int depth = items[index].depth + 1;
    for (qsizetype i = index; i >= 0; --i) {
        if (items[i].depth >= depth)
            continue;
        depth = items[i].depth;
        if (!items[i].levels.isEmpty())
            return items[i].levels;
        if (depth == 0)
            break;
    }
    return {};
}

int CriteriaSet::unconfirmedCount() const
{
    int count = 0;
    for (const CriteriaItem& item : items)
        count += item.unconfirmed ? 1 : 0;
    return count;
}

Status CriteriaSet::validate() const
{
    auto problem = [](const QString& message) { return Error(Error::Code::Validation, message); };
    if (key.trimmed().isEmpty())
        return problem(tr("The criteria set has no key."));
    if (name.trimmed().isEmpty())
        return problem(tr("The criteria set has no name."));
    if (items.isEmpty())
        return problem(tr("The criteria set “%1” has no items.").arg(name));
    QSet<int> levelNumbers;
    if (rule.kind == CriteriaRule::Kind::Levels) {
        if (rule.levels.isEmpty() || rule.levels.size() > MaxLevels)
            return problem(tr("A rule by level needs from 1 to %1 levels.").arg(MaxLevels));
        int previous = 0;
        for (const CriteriaRule::Level& level : rule.levels) {
            if (level.number <= previous || level.name.trimmed().isEmpty())
                return problem(tr("The levels must have names and rising numbers."));
            previous = level.number;
            levelNumbers.insert(level.number);
        }
    }
    if (rule.kind == CriteriaRule::Kind::Points && (rule.minTotal < 0 || rule.minEach < 0))
        return problem(tr("The points of the rule cannot be negative."));
    QSet<QString> codes;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const CriteriaItem& item = items[i];
        const QString where = item.code.isEmpty() ? tr("item %1").arg(i + 1) : item.code;
        if (item.code.trimmed().isEmpty() || item.code.size() > 64)
            return problem(tr("%1: the code must have from 1 to 64 characters.").arg(where));
        if (codes.contains(item.code))
            return problem(tr("%1: the code is used twice.").arg(where));
        codes.insert(item.code);
        if (item.text.trimmed().isEmpty() || item.text.size() > MaxTextChars)
            return problem(tr("%1: the text must have from 1 to %2 characters.").arg(where).arg(MaxTextChars));
        const int previousDepth = i == 0 ? -1 : items[i - 1].depth;
        if (item.depth < 0 || item.depth > CriteriaItem::MaxDepth || item.depth > previousDepth + 1)
            return problem(tr("%1: it is not placed under an item one level up.").arg(where));
        const bool hasChildren = i + 1 < items.size() && items[i + 1].depth > item.depth;
        if (hasChildren != (item.kind == CriteriaItem::Kind::Group))
            return problem(hasChildren ? tr("%1: an item with items under it cannot be answered itself.").arg(where)
                                       : tr("%1: a group needs items under it.").arg(where));
        if (item.kind == CriteriaItem::Kind::Points && (item.maximum < 1 || item.maximum > CriteriaItem::MaxPoints))
            return problem(tr("%1: the most points must be from 1 to %2.").arg(where).arg(CriteriaItem::MaxPoints));
        if (item.kind == CriteriaItem::Kind::Rate && (item.threshold < 0 || item.threshold > 100))
            return problem(tr("%1: the threshold must be from 0 to 100 %.").arg(where));
        if (item.kind == CriteriaItem::Kind::Count && (item.threshold < 0 || item.threshold > CriteriaItem::MaxCount))
            return problem(tr("%1: the minimum must be from 0 to %2.").arg(where).arg(CriteriaItem::MaxCount));
        for (int level : item.levels) {
            if (!levelNumbers.contains(level))
                return problem(tr("%1: level %2 is not one of the rule's levels.").arg(where).arg(level));
        }
    }
    return {};
}

QString CriteriaSet::targetKey(Target target)
{
    switch (target) {
    case Target::Staff:
        return QStringLiteral("staff");
    case Target::Students:
        return QStringLiteral("students");
    case Target::People:
        return QStringLiteral("people");
    case Target::Collective:
        return QStringLiteral("collective");
    case Target::School:
        return QStringLiteral("school");
    }
    return QString();
}

bool CriteriaSet::targetFromKey(const QString& key, Target* target)
{
    for (Target t : { Target::Staff, Target::Students, Target::People, Target::Collective, Target::School }) {
        if (targetKey(t) == key) {
            *target = t;
            return true;
        }
    }
    return false;
}

QString CriteriaSet::targetName(Target target)
{
    switch (target) {
    case Target::Staff:
        return tr("Staff");
    case Target::Students:
        return tr("Students");
    case Target::People:
        return tr("Staff and students");
    case Target::Collective:
        return tr("A collective");
    case Target::School:
        return tr("The school");
    }
    return QString();
}

} // namespace thidua
