#include "core/calendar/CalendarRules.h"

#include "core/text/VietnameseFormat.h"

namespace thidua {

namespace {

// "Tổ Ngữ văn" for a tổ named "Ngữ văn" or "Tổ Ngữ văn".
QString groupName(const Collective& group)
{
    if (group.name.startsWith(QStringLiteral("tổ "), Qt::CaseInsensitive))
        return group.name;
    return QStringLiteral("Tổ ") + group.name;
}

} // namespace

QStringList CalendarRules::missing(CalendarEntry::Rule rule, const Facts& facts)
{
    switch (rule) {
    case CalendarEntry::Rule::None:
        return {};
    case CalendarEntry::Rule::LifelongLearningWeek:
        return activity(Activity::Kind::LifelongLearningWeek, facts);
    case CalendarEntry::Rule::ReadingDay:
        return activity(Activity::Kind::ReadingDay, facts);
    case CalendarEntry::Rule::AwardDossier:
        return awards(facts);
    case CalendarEntry::Rule::AnnualReport:
        return learningCitizens(facts) + learningModels(facts) + reportSections(facts);
    case CalendarEntry::Rule::StageReview:
        return reportSections(facts);
    }
    return {};
}

void CalendarRules::countUnassessed(const MovementRoster& roster, int* staff, int* students)
{
    *staff = 0;
    *students = 0;
    for (const MovementRoster::Member& m : roster.people()) {
        if (!m.counted || m.standing != MovementRoster::Standing::Unassessed)
            continue;
        ++*(m.kind == PersonKind::Student ? students : staff);
    }
}

QStringList CalendarRules::learningCitizens(const Facts& facts)
{
    if (!facts.yearStored)
        return {};
    QStringList out;
    if (facts.staffUnassessed > 0)
        out << tr("%1 staff have no Learning citizen result yet").arg(VietnameseFormat::integer(facts.staffUnassessed));
    if (facts.studentsUnassessed > 0)
        out << tr("%1 students have no Learning citizen result yet")
                   .arg(VietnameseFormat::integer(facts.studentsUnassessed));
    return out;
}

QStringList CalendarRules::learningModels(const Facts& facts)
{
    if (!facts.yearStored)
        return {};
    QStringList out;
    const Collectives& groups = facts.groupsWithoutModel;
    const bool all = groups.size() <= NamedGroups + 1; // naming one more beats "1 other group"
    for (qsizetype i = 0; i < groups.size() && (all || i < NamedGroups); ++i)
        out << tr("%1 has no learning model this year").arg(groupName(groups[i]));
    if (!all)
        out << tr("%1 other groups have no learning model this year").arg(groups.size() - NamedGroups);
    return out;
}

QStringList CalendarRules::reportSections(const Facts& facts)
{
    const QList<ReportTextSection>& missing = facts.missingSections;
    if (missing.isEmpty() || !facts.period.isValid())
        return {};
    const QString report = facts.period.isAnnual() ? tr("The annual report %1").arg(facts.period.name())
                                                   : tr("The review report %1").arg(facts.period.name());
    if (missing.size() == ReportTextSections::all().size())
        return { tr("%1 has none of its judgement sections written yet").arg(report) };
    QStringList out;
    for (ReportTextSection s : missing)
        out << tr("%1 has no section “%2” yet").arg(report, ReportTextSections::heading(s));
    return out;
}

QStringList CalendarRules::activity(Activity::Kind kind, const Facts& facts)
{
    if (!facts.yearStored || facts.activityKinds.contains(kind))
        return {};
    return { tr("No activity “%1” recorded in %2 yet").arg(Activity::kindName(kind), facts.yearName) };
}

QStringList CalendarRules::awards(const Facts& facts)
{
    if (!facts.yearStored)
        return {};
    QStringList out;
    if (facts.meetings == 0)
        out << tr("No council meeting on awards in %1 yet").arg(facts.yearName);
    else if (facts.finishedMeetings == 0)
        out << tr("The council meeting of %1 is not finished yet").arg(facts.yearName);
    if (facts.undecidedNominations > 0)
        out << tr("%1 nominations of %2 not voted on by the council yet")
                   .arg(VietnameseFormat::integer(facts.undecidedNominations))
                   .arg(facts.yearName);
    return out;
}

} // namespace thidua
