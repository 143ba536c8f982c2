#include "core/activities/ActivityService.h"

#include "core/activities/ActivityRepository.h"
#include "core/activities/LearningModelRule.h"
#include "core/db/Transaction.h"
#include "core/people/CollectiveRepository.h"
#include "core/text/VietnameseFormat.h"
#include "core/text/VietnameseText.h"

#include <algorithm>
#include <functional>

namespace thidua {

namespace {

Error validation(const QString& message)
{
    return Error { Error::Code::Validation, message };
}

QList<qint64> sortedUnique(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

Status checkYear(const ActivityRepository& repository, qint64 schoolYearId)
{
    auto year = repository.schoolYearExists(schoolYearId);
    if (!year)
        return year.error();
    if (!*year)
        return Error { Error::Code::NotFound,
            ActivityService::tr("There is no school year number %1.").arg(schoolYearId) };
    return {};
}

Status checkPeople(const ActivityRepository& repository, const QList<qint64>& ids)
{
    for (const qint64 id : ids) {
        auto found = repository.personExists(id);
        if (!found)
            return found.error();
        if (!*found)
            return Error { Error::Code::NotFound, ActivityService::tr("There is no person number %1.").arg(id) };
    }
    return {};
}

Status checkCollectives(const ActivityRepository& repository, const QList<qint64>& ids)
{
    for (const qint64 id : ids) {
        auto found = repository.collectiveExists(id);
        if (!found)
            return found.error();
        if (!*found)
            return Error { Error::Code::NotFound, ActivityService::tr("There is no collective number %1.").arg(id) };
    }
    return {};
}

Status check(const ActivityRepository& repository, const Activity& activity)
{
    if (const QString problem = ActivityService::fieldProblem(activity); !problem.isEmpty())
        return validation(problem);
    if (auto year = checkYear(repository, activity.schoolYearId); !year)
        return year;
    if (activity.organizerId > 0) {
        if (auto organizer = checkCollectives(repository, { activity.organizerId }); !organizer)
            return organizer;
    }
    if (auto people = checkPeople(repository, activity.participantIds); !people)
        return people;
    return checkCollectives(repository, activity.collectiveIds);
}

Status check(const ActivityRepository& repository, const LearningModel& model)
{
    if (model.name.isEmpty())
        return validation(ActivityService::tr("A learning model needs a name."));
    if (model.collectiveId <= 0)
        return validation(ActivityService::tr("Say which collective builds the learning model “%1”.").arg(model.name));
    if (auto year = checkYear(repository, model.schoolYearId); !year)
        return year;
    return checkCollectives(repository, { model.collectiveId });
}

Status check(const ActivityRepository& repository, const Initiative& initiative)
{
    if (initiative.title.isEmpty())
        return validation(ActivityService::tr("An initiative needs a title."));
    if (initiative.authorIds.isEmpty())
        return validation(ActivityService::tr("The initiative “%1” needs at least one author.").arg(initiative.title));
    if (initiative.decisionDate.isValid() && initiative.decisionNumber.isEmpty())
        return validation(ActivityService::tr("The decision of %1 recognising “%2” needs its number.")
                              .arg(VietnameseFormat::shortDate(initiative.decisionDate), initiative.title));
    if (auto year = checkYear(repository, initiative.schoolYearId); !year)
        return year;
    return checkPeople(repository, initiative.authorIds);
}

// Runs a write in its own transaction.
template <typename Write> Status inTransaction(const QSqlDatabase& db, Write write)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto written = write(); !written)
        return written;
    return transaction.commit();
}

// Checks a new record and inserts it (ActivityRepository::insertActivity…), in one transaction; the new id.
template <typename Record, typename Insert>
Result<qint64> addChecked(const QSqlDatabase& db, const Record& record, Insert insert)
{
    qint64 id = 0;
    auto done = inTransaction(db, [&]() -> Status {
        ActivityRepository repository(db);
        if (auto checked = check(repository, record); !checked)
            return checked;
        auto inserted = std::invoke(insert, repository, record);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

// Finds the stored record (NotFound otherwise), checks the new version and writes it, in one transaction.
template <typename Record, typename Find, typename Update>
Status updateChecked(const QSqlDatabase& db, const Record& record, Find find, Update update)
{
    return inTransaction(db, [&]() -> Status {
        ActivityRepository repository(db);
        if (auto found = std::invoke(find, repository, record.id); !found)
            return found.error();
        if (auto checked = check(repository, record); !checked)
            return checked;
        return std::invoke(update, repository, record);
    });
}

Status removedOne(Result<int> removed, const QString& notFound)
{
    if (!removed)
        return removed.error();
    if (*removed == 0)
        return Error { Error::Code::NotFound, notFound };
    return {};
}

} // namespace

ActivityService::ActivityService(QSqlDatabase db)
    : m_db(std::move(db))
{}

Activity ActivityService::cleaned(Activity activity)
{
    activity.title = VietnameseText::clean(activity.title);
    activity.description = VietnameseText::cleanLines(activity.description).trimmed();
    if (!activity.endDate.isValid())
        activity.endDate = activity.startDate;
    activity.participantIds = sortedUnique(activity.participantIds);
    activity.collectiveIds = sortedUnique(activity.collectiveIds);
    return activity;
}

QString ActivityService::fieldProblem(const Activity& activity)
{
    if (activity.title.isEmpty())
        return tr("An activity needs a title.");
    if (!activity.startDate.isValid())
        return tr("The activity “%1” needs the date it began.").arg(activity.title);
    if (activity.endDate < activity.startDate)
        return tr("The activity “%1” ends (%2) before it begins (%3).")
            .arg(activity.title,
                VietnameseFormat::shortDate(activity.endDate),
                VietnameseFormat::shortDate(activity.startDate));
    if (activity.participantCount < 0)
        return tr("The number of participants of “%1” cannot be negative.").arg(activity.title);
    if (activity.participantCount > 0 && !activity.participantIds.isEmpty())
        return tr("Give the participants of “%1” either as a list of people or as a number, not both.")
            .arg(activity.title);
    return QString();
}

LearningModel ActivityService::cleaned(LearningModel model)
{
    model.name = VietnameseText::clean(model.name);
    model.description = VietnameseText::cleanLines(model.description).trimmed();
    model.result = VietnameseText::cleanLines(model.result).trimmed();
    return model;
}

Initiative ActivityService::cleaned(Initiative initiative)
{
    initiative.title = VietnameseText::clean(initiative.title);
    initiative.decisionNumber = VietnameseText::clean(initiative.decisionNumber);
    initiative.decisionIssuer = VietnameseText::clean(initiative.decisionIssuer);
    QList<qint64> authors;
    for (const qint64 id : std::as_const(initiative.authorIds)) {
        if (!authors.contains(id))
            authors.append(id);
    }
    initiative.authorIds = authors;
    return initiative;
}

Result<Activities> ActivityService::activities(qint64 schoolYearId) const
{
    return ActivityRepository(m_db).activities(schoolYearId);
}

Result<Activity> ActivityService::activity(qint64 id) const
{
    return ActivityRepository(m_db).activity(id);
}

Result<qint64> ActivityService::addActivity(const Activity& input)
{
    return addChecked(m_db, cleaned(input), &ActivityRepository::insertActivity);
}

Status ActivityService::updateActivity(const Activity& input)
{
    return updateChecked(m_db, cleaned(input), &ActivityRepository::activity, &ActivityRepository::updateActivity);
}

Status ActivityService::removeActivity(qint64 id)
{
    return inTransaction(m_db, [&]() {
        return removedOne(ActivityRepository(m_db).removeActivity(id), tr("There is no activity number %1.").arg(id));
    });
}

Result<LearningModels> ActivityService::models(qint64 schoolYearId) const
{
    return ActivityRepository(m_db).models(schoolYearId);
}

Result<qint64> ActivityService::addModel(const LearningModel& input)
{
    return addChecked(m_db, cleaned(input), &ActivityRepository::insertModel);
}

Status ActivityService::updateModel(const LearningModel& input)
{
    return updateChecked(m_db, cleaned(input), &ActivityRepository::model, &ActivityRepository::updateModel);
}

Status ActivityService::removeModel(qint64 id)
{
    return inTransaction(m_db, [&]() {
        return removedOne(
            ActivityRepository(m_db).removeModel(id), tr("There is no learning model number %1.").arg(id));
    });
}

Result<Collectives> ActivityService::groupsWithoutModel(qint64 schoolYearId) const
{
    auto collectives = CollectiveRepository(m_db).list(schoolYearId);
    if (!collectives)
        return collectives.error();
    auto models = ActivityRepository(m_db).models(schoolYearId);
    if (!models)
        return models.error();
    return LearningModelRule::withoutModel(*collectives, *models, schoolYearId);
}

Result<Initiatives> ActivityService::initiatives(qint64 schoolYearId) const
{
    return ActivityRepository(m_db).initiatives(schoolYearId);
}

Result<qint64> ActivityService::addInitiative(const Initiative& input)
{
    return addChecked(m_db, cleaned(input), &ActivityRepository::insertInitiative);
}

Status ActivityService::updateInitiative(const Initiative& input)
{
    return updateChecked(m_db, cleaned(input), &ActivityRepository::initiative, &ActivityRepository::updateInitiative);
}

Status ActivityService::removeInitiative(qint64 id)
{
    return inTransaction(m_db, [&]() {
        return removedOne(
            ActivityRepository(m_db).removeInitiative(id), tr("There is no initiative number %1.").arg(id));
    });
}

} // namespace thidua
