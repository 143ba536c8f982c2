#pragma once

#include "core/common/Result.h"
#include "core/criteria/Assessment.h"

#include <QSqlDatabase>

namespace thidua {

// The SQL of assessments and their answers (tables assessment, assessment_answer).
class AssessmentRepository
{
public:
    explicit AssessmentRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // The assessment of that subject against that set version in that year (id 0 when none), with its answers.
    Result<Assessment> find(
        qint64 criteriaSetId, qint64 schoolYearId, Assessment::Subject subject, qint64 subjectId) const;
    Result<Assessment> byId(qint64 id) const;
    // The assessments of the year against any version of the sets with that key, newest version first (no answers).
    Result<Assessments> forYear(qint64 schoolYearId, const QString& setKey, Assessment::Subject subject) const;
    // Inserts the assessment with its answers; sets its id.
    Status insert(Assessment& assessment);
    // Rewrites the answers, the state and its steps and the stored result.
    Status update(const Assessment& assessment);

private:
    Result<Assessments> select(const QString& where, const QVariantList& values, bool withAnswers) const;
    Status saveAnswers(const Assessment& assessment);

    QSqlDatabase m_db;
};

} // namespace thidua
