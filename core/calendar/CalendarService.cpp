#include "core/calendar/CalendarService.h"

#include "core/activities/ActivityService.h"
#include "core/calendar/CalendarRepository.h"
#include "core/calendar/CalendarRules.h"
#include "core/criteria/MovementStatsQuery.h"
#include "core/db/TransactionRun.h"
#include "core/reports/ReportTextService.h"
#include "core/school/SchoolQuery.h"
#include "core/text/VietnameseText.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace thidua {

namespace {

// The records of the school years the entries concern, read once each and only as far as a rule needs them.
class FactsLoader
{
public:
    explicit FactsLoader(const QSqlDatabase& db)
        : m_db(db)
    {}

    Result<CalendarRules::Facts> facts(const CalendarEntry& entry, int startYear)
    {
        CalendarRules::Facts f;
        f.yearName = SchoolYear { 0, startYear, {}, {} }.name();
        auto year = SchoolQuery(m_db).yearByStart(startYear);
        if (!year)
            return year.error();
        f.yearStored = year->id > 0;
        f.period = entry.rule == CalendarEntry::Rule::StageReview ? entry.stage : ReportPeriod::annual(startYear);
        if (entry.rule == CalendarEntry::Rule::StageReview)
            f.yearName = f.period.name();
        if (auto filled = fill(entry.rule, year->id, f); !filled)
            return filled.error();
        return f;
    }

private:
    Status fill(CalendarEntry::Rule rule, qint64 yearId, CalendarRules::Facts& f)
    {
        using Rule = CalendarEntry::Rule;
        if (rule == Rule::AnnualReport || rule == Rule::StageReview) {
            auto missing = ReportTextService(m_db).missingSections(f.period);
            if (!missing)
                return missing.error();
            f.missingSections = *missing;
        }
        if (!f.yearStored)
            return {};
        if (rule == Rule::AnnualReport) {
            auto data = MovementStatsQuery(m_db).load(yearId);
            if (!data)
                return data.error();
            CalendarRules::countUnassessed(data->roster, &f.staffUnassessed, &f.studentsUnassessed);
            auto groups = ActivityService(m_db).groupsWithoutModel(yearId);
            if (!groups)
                return groups.error();
            f.groupsWithoutModel = *groups;
        } else if (rule == Rule::LifelongLearningWeek || rule == Rule::ReadingDay) {
            auto activities = ActivityService(m_db).activities(yearId);
            if (!activities)
                return activities.error();
            for (const Activity& a : std::as_const(*activities))
                f.activityKinds.append(a.kind);
        } else if (rule == Rule::AwardDossier) {
            auto counts = CalendarRepository(m_db).awardCounts(yearId);
            if (!counts)
                return counts.error();
            f.meetings = counts->meetings;
            f.finishedMeetings = counts->finishedMeetings;
            f.undecidedNominations = counts->undecidedNominations;
        }
        return {};
    }

    QSqlDatabase m_db;
};

} // namespace

CalendarService::CalendarService(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<CalendarEntries> CalendarService::entries() const
{
    return CalendarRepository(m_db).entries();
}

Result<CalendarItems> CalendarService::year(int startYear, const QDate& today) const
{
    auto all = entries();
    if (!all)
        return all.error();
    FactsLoader loader(m_db);
    CalendarItems out;
    for (const CalendarEntry& entry : std::as_const(*all)) {
        const auto span = CalendarDate::occurrence(entry, startYear);
        if (!span)
            continue;
        const int concerned = entry.concerns == CalendarEntry::Concerns::PreviousYear ? startYear - 1 : startYear;
        auto facts = loader.facts(entry, concerned);
        if (!facts)
            return facts.error();
        CalendarItem item { entry, *span, {}, facts->yearName, CalendarRules::missing(entry.rule, *facts) };
        item.due = CalendarDate::due(item.span, today, !item.missing.isEmpty());
        out.append(item);
    }
    std::stable_sort(out.begin(), out.end(), [](const CalendarItem& a, const CalendarItem& b) {
        return a.span.start != b.span.start ? a.span.start < b.span.start : a.entry.name < b.entry.name;
    });
    return out;
}

QString CalendarService::problem(const CalendarEntry& entry)
{
    if (entry.name.isEmpty())
        return tr("A calendar entry needs a name.");
    if (!CalendarDate::isDayOfMonth(entry.month, entry.day))
        return tr("“%1”: %2/%3 is not a day of the year.").arg(entry.name).arg(entry.day).arg(entry.month);
    if (entry.hasEnd() != (entry.endDay > 0)
        || (entry.hasEnd() && !CalendarDate::isDayOfMonth(entry.endMonth, entry.endDay)))
        return tr("“%1”: the last day %2/%3 is not a day of the year.")
            .arg(entry.name)
            .arg(entry.endDay)
            .arg(entry.endMonth);
    if (!entry.isYearly() && (entry.year < 1900 || entry.year > 2200))
        return tr("“%1”: the year %2 is not one the program keeps (1900–2200).").arg(entry.name).arg(entry.year);
    if (!entry.isYearly() && !QDate(entry.year, entry.month, entry.day).isValid())
        return tr("“%1”: %2/%3/%4 is not a date.").arg(entry.name).arg(entry.day).arg(entry.month).arg(entry.year);
    return QString();
}

Status CalendarService::update(const CalendarEntry& entry)
{
    return updateAll({ entry });
}

Status CalendarService::updateAll(const CalendarEntries& entries)
{
    CalendarEntries cleaned = entries;
    for (CalendarEntry& entry : cleaned) {
        entry.name = VietnameseText::clean(entry.name);
        if (const QString p = problem(entry); !p.isEmpty())
            return Error { Error::Code::Validation, p };
    }
    return runInTransaction(m_db, [&]() -> Status {
        CalendarRepository repository(m_db);
        for (const CalendarEntry& entry : std::as_const(cleaned)) {
            if (auto found = repository.entry(entry.key); !found)
                return found.error();
            if (auto updated = repository.update(entry); !updated)
                return updated;
        }
        return {};
    });
}

Status CalendarService::setDates(const QString& key, int month, int day, int endMonth, int endDay)
{
    return runInTransaction(m_db, [&]() -> Status {
        CalendarRepository repository(m_db);
        auto found = repository.entry(key);
        if (!found)
            return found.error();
        CalendarEntry entry = *found;
        entry.month = month;
        entry.day = day;
        entry.endMonth = endMonth;
        entry.endDay = endDay;
        if (const QString p = problem(entry); !p.isEmpty())
            return Error { Error::Code::Validation, p };
        return repository.update(entry);
    });
}

Result<QString> CalendarService::add(CalendarEntry entry)
{
    entry.name = VietnameseText::clean(entry.name);
    entry.rule = CalendarEntry::Rule::None;
    entry.builtin = false;
    entry.stage = {};
    if (const QString p = problem(entry); !p.isEmpty())
        return Error { Error::Code::Validation, p };
    auto done = runInTransaction(m_db, [&]() -> Status {
        CalendarRepository repository(m_db);
        auto keys = repository.keys();
        if (!keys)
            return keys.error();
        int n = 1;
        while (keys->contains(QStringLiteral("custom_%1").arg(n)))
            ++n;
        entry.key = QStringLiteral("custom_%1").arg(n);
        return repository.insert(entry);
    });
    if (!done)
        return done.error();
    return entry.key;
}

Status CalendarService::remove(const QString& key)
{
    return runInTransaction(m_db, [&]() -> Status {
        CalendarRepository repository(m_db);
        auto found = repository.entry(key);
        if (!found)
            return found.error();
        if (found->builtin)
            return Error {
                Error::Code::Validation,
                tr("“%1” is one of the program's own entries: change its date instead of removing it.").arg(found->name)
            };
        auto removed = repository.remove(key);
        return removed ? Status() : Status(removed.error());
    });
}

int CalendarService::defaultYear(const SchoolYears& years, const QDate& today)
{
    const int current = CalendarDate::schoolYearOf(today);
    int best = 0;
    for (const SchoolYear& y : years) {
        if (y.startYear == current)
            return current;
        if (y.startYear < current)
            best = std::max(best, y.startYear);
    }
    if (best > 0)
        return best;
    return years.isEmpty() ? current : years.constFirst().startYear;
}

} // namespace thidua
