#pragma once

#include "core/activities/Activity.h"
#include "core/activities/Initiative.h"
#include "core/activities/LearningModel.h"
#include "core/common/Result.h"
#include "core/people/Collective.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// Activities held (hoạt động), the learning models of the tổ (mô hình học tập) and initiatives (sáng kiến, giải
// pháp): add, update, remove and list, each change one transaction. Texts are stored NFC and trimmed; what is wrong
// comes back as a Validation or NotFound error and nothing is written.
class ActivityService
{
    Q_DECLARE_TR_FUNCTIONS(ActivityService)

public:
    explicit ActivityService(QSqlDatabase db);

    // Of one school year (0: every year), by start date.
    Result<Activities> activities(qint64 schoolYearId) const;
    Result<Activity> activity(qint64 id) const;
    // A title, a start date (the end defaults to it, and may not be before it), an existing year, organiser and
    // participants; a count of participants only when no people are listed. Returns the new id.
    Result<qint64> addActivity(const Activity& activity);
    Status updateActivity(const Activity& activity);
    Status removeActivity(qint64 id); // its evidence links go with it

    // Of one school year (0: every year), by collective.
    Result<LearningModels> models(qint64 schoolYearId) const;
    Result<qint64> addModel(const LearningModel& model); // a name, an existing collective and year
    Status updateModel(const LearningModel& model);
    Status removeModel(qint64 id);
    // The tổ with no learning model in the year (LearningModelRule::withoutModel over the stored records).
    Result<Collectives> groupsWithoutModel(qint64 schoolYearId) const;

    // Of one school year (0: every year), by decision date.
    Result<Initiatives> initiatives(qint64 schoolYearId) const;
    Result<qint64> addInitiative(const Initiative& initiative); // a title, at least one author, an existing year
    Status updateInitiative(const Initiative& initiative);
    Status removeInitiative(qint64 id);

    // The texts as they are stored (NFC, one line; the description keeps its lines), the end date filled in, the
    // id lists sorted without repeats; then what is wrong with the fields alone, or an empty text.
    static Activity cleaned(Activity activity);
    static QString fieldProblem(const Activity& activity);
    static LearningModel cleaned(LearningModel model);
    static Initiative cleaned(Initiative initiative);

private:
    QSqlDatabase m_db;
};

} // namespace thidua
