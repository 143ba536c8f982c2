#include "core/criteria/MovementStats.h"

#include <QHash>

namespace thidua {

QString MovementStats::groupName(Group group)
{
    switch (group) {
    case Group::Staff:
        return tr("Staff");
    case Group::Students:
        return tr("Students");
    case Group::All:
        break;
    }
    return tr("Staff and students");
}

QString MovementStats::groupKey(Group group)
{
    switch (group) {
    case Group::Staff:
        return QStringLiteral("staff");
    case Group::Students:
        return QStringLiteral("students");
    case Group::All:
        break;
    }
    return QStringLiteral("all");
}

QString MovementStats::standingName(MovementRoster::Standing standing)
{
    switch (standing) {
    case MovementRoster::Standing::Recognised:
        return tr("recognised");
    case MovementRoster::Standing::NotRecognised:
        return tr("not recognised");
    case MovementRoster::Standing::Unassessed:
        break;
    }
    return tr("not assessed yet");
}

QString MovementStats::levelName(TargetRate::Level level)
{
    switch (level) {
    case TargetRate::Level::Met:
        return tr("met");
    case TargetRate::Level::Near:
    case TargetRate::Level::Missed:
        return tr("not met");
    case TargetRate::Level::Empty:
        break;
    }
    return tr("nobody to count");
}

MovementStats MovementStats::compute(
    const MovementRoster& roster, const Targets& targets, const LearningModelCounts& counts)
{
    using Standing = MovementRoster::Standing;
    MovementStats stats;
    for (Group g : { Group::Staff, Group::Students, Group::All })
        stats.m_groups.append({ g, { 0, 0, targets.rateTenths }, {} });
    const QList<MovementRoster::Member>& people = roster.people();
    for (int i = 0; i < people.size(); ++i) {
        const MovementRoster::Member& m = people[i];
        if (!m.counted)
            continue;
        const bool recognised = m.standing == Standing::Recognised;
        GroupFigure& own = stats.m_groups[m.kind == PersonKind::Staff ? int(Group::Staff) : int(Group::Students)];
        for (GroupFigure* figure : { &own, &stats.m_groups[int(Group::All)] }) {
            ++figure->rate.denominator;
            if (recognised)
                ++figure->rate.numerator;
            else
                figure->missing.append(i);
        }
    }

    QHash<qint64, int> modelCounts;
    for (const LearningModelCount& c : counts)
        modelCounts.insert(c.collectiveId, c.count);
    stats.m_models.targetTenths = 1000;
    const QList<MovementRoster::Unit>& units = roster.units();
    stats.m_collectives.reserve(units.size());
    for (int u = 0; u < units.size(); ++u) {
        const MovementRoster::Unit& unit = units[u];
        CollectiveFigure figure;
        figure.unit = u;
        figure.rate.targetTenths = unit.isGroup() ? targets.groupRateTenths : targets.rateTenths;
        for (int i : unit.members) {
            if (!people[i].counted)
                continue;
            ++figure.rate.denominator;
            if (people[i].standing == Standing::Recognised)
                ++figure.rate.numerator;
            else
                figure.missing.append(i);
        }
        if (unit.isGroup()) {
            figure.models = modelCounts.value(unit.collectiveId, 0);
            figure.modelsTarget = targets.modelsPerGroup;
            ++stats.m_models.denominator;
            if (figure.modelsLevel() == TargetRate::Level::Met)
                ++stats.m_models.numerator;
        }
        stats.m_collectives.append(std::move(figure));
    }
    return stats;
}

} // namespace thidua
