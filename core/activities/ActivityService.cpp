#include "core/activities/ActivityService.h"

#include "core/activities/ActivityRepository.h"
#include "core/activities/LearningModelRule.h"
#include "core/db/Transaction.h"
#include "core/people/CollectiveRepository.h"
#include "core/text/VietnameseFormat.h"
#include "core/text/VietnameseText.h"

#include <algorithm>

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
    const Activity activity = cleaned(input);
    qint64 id = 0;
    auto done = inTransaction(m_db, [&]() -> Status {
        ActivityRepository repository(m_db);
        if (auto checked = check(repository, activity); !checked)
            return checked;
        auto inserted = repository.insertActivity(activity);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

Status ActivityService::updateActivity(const Activity& input)
{
    const Activity activity = cleaned(input);
    return inTransaction(m_db, [&]() -> Status {
        ActivityRepository repository(m_db);
        if (auto found = repository.activity(activity.id); !found)
            return found.error();
        if (auto checked = check(repository, activity); !checked)
            return checked;
        return repository.updateActivity(activity);
    });
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
    const LearningModel model = cleaned(input);
    qint64 id = 0;
    auto done = inTransaction(m_db, [&]() -> Status {
        ActivityRepository repository(m_db);
        if (auto checked = check(repository, model); !checked)
            return checked;
        auto inserted = repository.insertModel(model);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

Status ActivityService::updateModel(const LearningModel& input)
{
    const LearningModel model = cleaned(input);
    return inTransaction(m_db, [&]() -> Status {
        ActivityRepository repository(m_db);
        if (auto found = repository.model(model.id); !found)
            return found.error();
        if (auto checked = check(repository, model); !checked)
            return checked;
        return repository.updateModel(model);
    });
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
    const Initiative initiative = cleaned(input);
    qint64 id = 0;
    auto done = inTransaction(m_db, [&]() -> Status {
        ActivityRepository repository(m_db);
        if (auto checked = check(repository, initiative); !checked)
            return checked;
        auto inserted = repository.insertInitiative(initiative);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!done)
        return done.error();
    return id;
}

Status ActivityService::updateInitiative(const Initiative& input)
{
    const Initiative initiative = cleaned(input);
    return inTransaction(m_db, [&]() -> Status {
        ActivityRepository repository(m_db);
        if (auto found = repository.initiative(initiative.id); !found)
            return found.error();
        if (auto checked = check(repository, initiative); !checked)
            return checked;
        return repository.updateInitiative(initiative);
    });
}

Status ActivityService::removeInitiative(qint64 id)
{
    return inTransaction(m_db, [&]() {
        return removedOne(
            ActivityRepository(m_db).removeInitiative(id), tr("There is no initiative number %1.").arg(id));
    });
}

} // namespace thidua
