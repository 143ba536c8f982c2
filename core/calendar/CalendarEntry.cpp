#include "core/calendar/CalendarEntry.h"

#include <QHash>

namespace thidua {

namespace {

const QList<std::pair<CalendarEntry::Rule, QString>>& ruleKeys()
{
    static const QList<std::pair<CalendarEntry::Rule, QString>> keys {
        { CalendarEntry::Rule::None, QStringLiteral("none") },
        { CalendarEntry::Rule::LifelongLearningWeek, QStringLiteral("lifelong_learning_week") },
        { CalendarEntry::Rule::ReadingDay, QStringLiteral("reading_day") },
        { CalendarEntry::Rule::AwardDossier, QStringLiteral("award_dossier") },
        { CalendarEntry::Rule::AnnualReport, QStringLiteral("annual_report") },
        { CalendarEntry::Rule::StageReview, QStringLiteral("stage_review") },
    };
    return keys;
}

} // namespace

QString CalendarEntry::ruleKey(Rule rule)
{
    for (const auto& [r, key] : ruleKeys()) {
        if (r == rule)
            return key;
    }
    return QStringLiteral("none");
}

CalendarEntry::Rule CalendarEntry::ruleFromKey(const QString& key)
{
    for (const auto& [rule, k] : ruleKeys()) {
        if (k == key)
            return rule;
    }
    return Rule::None;
}

QString CalendarEntry::concernsKey(Concerns concerns)
{
    return concerns == Concerns::PreviousYear ? QStringLiteral("previous_year") : QStringLiteral("year");
}

CalendarEntry::Concerns CalendarEntry::concernsFromKey(const QString& key)
{
    return key == QStringLiteral("previous_year") ? Concerns::PreviousYear : Concerns::Year;
}

} // namespace thidua
