#include "core/reports/ReportFiguresQuery.h"

#include "core/activities/ActivityService.h"
#include "core/criteria/MovementStatsQuery.h"
#include "core/meeting/NominationService.h"
#include "core/people/PeopleQuery.h"
#include "core/school/SchoolQuery.h"

namespace thidua {

Result<YearFigures> ReportFiguresQuery::year(qint64 schoolYearId, const QDate& on) const
{
    auto data = MovementStatsQuery(m_db).load(schoolYearId);
    if (!data)
        return data.error();
    YearFigures figures;
    figures.year = data->year;
    figures.targets = data->targets;
    figures.roster = std::move(data->roster);
    const LearningModelCounts counts = std::move(data->counts);

    const ActivityService activities(m_db);
    auto activityList = activities.activities(schoolYearId);
    if (!activityList)
        return activityList.error();
    figures.activities = std::move(*activityList);
    auto models = activities.models(schoolYearId);
    if (!models)
        return models.error();
    figures.models = std::move(*models);
    auto without = activities.groupsWithoutModel(schoolYearId);
    if (!without)
        return without.error();
    figures.groupsWithoutModel = std::move(*without);
    auto initiatives = activities.initiatives(schoolYearId);
    if (!initiatives)
        return initiatives.error();
    figures.initiatives = std::move(*initiatives);
    auto nominations = NominationService(m_db).list(schoolYearId, on);
    if (!nominations)
        return nominations.error();
    figures.nominations = std::move(*nominations);
    auto learningUnit = CriteriaQuery(m_db).schoolLearningUnitStatus(schoolYearId);
    if (!learningUnit)
        return learningUnit.error();
    figures.learningUnit = *learningUnit;
    figures.stats = MovementStats::compute(figures.roster, figures.targets, counts);
    if (auto names = readNames(figures); !names)
        return names.error();
    return figures;
}

Status ReportFiguresQuery::readNames(YearFigures& figures) const
{
    const PeopleQuery people(m_db);
    auto collectives = people.collectives();
    if (!collectives)
        return collectives.error();
    for (const Collective& collective : std::as_const(*collectives))
        figures.collectiveNames.insert(collective.id, collective.name);
    for (const Initiative& initiative : std::as_const(figures.initiatives)) {
        for (qint64 id : initiative.authorIds) {
            if (figures.personNames.contains(id))
                continue;
            auto person = people.person(id);
            if (!person)
                return person.error();
            figures.personNames.insert(id, person->fullName());
        }
    }
    return {};
}

Result<YearFiguresList> ReportFiguresQuery::years(int fromStartYear, int toStartYear, const QDate& on) const
{
    auto all = SchoolQuery(m_db).years();
    if (!all)
        return all.error();
    YearFiguresList list;
    for (const SchoolYear& year : std::as_const(*all)) {
        if (year.startYear < fromStartYear || year.startYear > toStartYear)
            continue;
        auto figures = this->year(year.id, on);
        if (!figures)
            return figures.error();
        list.append(std::move(*figures));
    }
    if (list.isEmpty())
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("ReportFiguresQuery", "The database has no school year from %1 to %2.")
                .arg(fromStartYear)
                .arg(toStartYear + 1));
    return list;
}

} // namespace thidua
