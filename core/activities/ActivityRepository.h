#pragma once

#include "core/activities/Activity.h"
#include "core/activities/Initiative.h"
#include "core/activities/LearningModel.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// The SQL of activities (activity, activity_person, activity_collective), learning models (learning_model) and
// initiatives (initiative, initiative_author). Writes belong in the caller's Transaction (ActivityService,
// ActivityImport).
class ActivityRepository
{
    Q_DECLARE_TR_FUNCTIONS(ActivityRepository)

public:
    explicit ActivityRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Of one school year (0: every year), by start date then id, with their participants.
    Result<Activities> activities(qint64 schoolYearId) const;
    Result<Activity> activity(qint64 id) const; // NotFound when there is none
    Result<qint64> insertActivity(const Activity& activity);
    Status updateActivity(const Activity& activity); // replaces the participant lists
    Result<int> removeActivity(qint64 id); // rows removed

    // Of one school year (0: every year), by collective then id.
    Result<LearningModels> models(qint64 schoolYearId) const;
    Result<LearningModel> model(qint64 id) const;
    Result<qint64> insertModel(const LearningModel& model);
    Status updateModel(const LearningModel& model);
    Result<int> removeModel(qint64 id);

    // Of one school year (0: every year), by decision date then id, with their authors.
    Result<Initiatives> initiatives(qint64 schoolYearId) const;
    Result<Initiative> initiative(qint64 id) const;
    Result<qint64> insertInitiative(const Initiative& initiative);
    Status updateInitiative(const Initiative& initiative); // replaces the authors
    Result<int> removeInitiative(qint64 id);

    // Whether a row with that id exists.
    Result<bool> schoolYearExists(qint64 id) const;
    Result<bool> personExists(qint64 id) const;
    Result<bool> collectiveExists(qint64 id) const;

private:
    Result<bool> exists(const QString& statement, qint64 id) const;
    Status writeParticipants(const Activity& activity);
    Status writeAuthors(const Initiative& initiative);
    Status fillParticipants(Activities& activities) const;
    Status fillAuthors(Initiatives& initiatives) const;

    QSqlDatabase m_db;
};

} // namespace thidua
