#include "core/reports/YearFigures.h"

namespace thidua {

int YearFigures::groupCount() const
{
    return int(std::count_if(roster.units().cbegin(), roster.units().cend(), [](const MovementRoster::Unit& unit) {
        return unit.isGroup();
    }));
}

int YearFigures::classCount() const
{
    return int(roster.units().size()) - groupCount();
}

namespace {
int meetingTarget(const YearFigures& year, bool groups)
{
    int met = 0;
    for (const MovementStats::CollectiveFigure& figure : year.stats.collectives()) {
        if (year.roster.units().at(figure.unit).isGroup() == groups && figure.rate.met())
            ++met;
    }
    return met;
}
} // namespace

int YearFigures::classesMeetingTarget() const
{
    return meetingTarget(*this, false);
}

int YearFigures::groupsMeetingTarget() const
{
    return meetingTarget(*this, true);
}

QList<QPair<Activity::Kind, int>> YearFigures::activitiesPerKind() const
{
    QList<QPair<Activity::Kind, int>> counts;
    for (Activity::Kind kind : Activity::kinds()) {
        const auto n = std::count_if(
            activities.cbegin(), activities.cend(), [kind](const Activity& activity) { return activity.kind == kind; });
        if (n > 0)
            counts.append({ kind, int(n) });
    }
    return counts;
}

int YearFigures::headcount() const
{
    int total = 0;
    for (const Activity& activity : activities)
        total += activity.headcount();
    return total;
}

QList<QPair<Initiative::Level, int>> YearFigures::initiativesPerLevel() const
{
    QList<QPair<Initiative::Level, int>> counts;
    for (Initiative::Level level : Initiative::levels()) {
        const auto n = std::count_if(initiatives.cbegin(), initiatives.cend(), [level](const Initiative& initiative) {
            return initiative.level == level && !initiative.decisionNumber.isEmpty();
        });
        if (n > 0)
            counts.append({ level, int(n) });
    }
    return counts;
}

QList<YearFigures::FormTally> YearFigures::nominationsPerForm() const
{
    QList<FormTally> tallies;
    for (const NominationView& view : nominations) {
        auto it = std::find_if(
            tallies.begin(), tallies.end(), [&view](const FormTally& tally) { return tally.formKey == view.form.key; });
        if (it == tallies.end()) {
            tallies.append({ view.form.key, view.form.name });
            it = tallies.end() - 1;
        }
        using State = Nomination::State;
        const State state = view.nomination.state;
        ++it->proposed;
        if (state == State::Passed || state == State::Submitted || state == State::Decided || state == State::Awarded)
            ++it->passed;
        if (state == State::Failed)
            ++it->failed;
        if (state == State::Decided || state == State::Awarded)
            ++it->decided;
    }
    return tallies;
}

YearFigures::FormTally YearFigures::nominationTotal() const
{
    FormTally total;
    for (const FormTally& tally : nominationsPerForm()) {
        total.proposed += tally.proposed;
        total.passed += tally.passed;
        total.failed += tally.failed;
        total.decided += tally.decided;
    }
    return total;
}

QString YearFigures::authorsOf(const Initiative& initiative, const QString& separator) const
{
    QStringList names;
    for (qint64 id : initiative.authorIds)
        names << personNames.value(id);
    return names.join(separator);
}

} // namespace thidua
