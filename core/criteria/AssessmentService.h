#pragma once

#include "core/common/Result.h"
#include "core/criteria/Assessment.h"
#include "core/criteria/CriteriaSet.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// The use cases of assessments, each one transaction: saving the answers (the result is computed by the set's rule
// and stored with its reason), and moving through the states tự đánh giá → tổ/đơn vị xác nhận → Hội đồng công nhận.
// The set version is the assessment's own: editing the set later (a new version) changes nothing here.
class AssessmentService
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentService)

public:
    explicit AssessmentService(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Stores the answers of `assessment` (new when its id is 0: it is then self-assessed by `by` at `at`) and the
    // result the rule gives them. Answers must name leaves of the version and stay in range. A verified assessment
    // that is changed goes back to self-assessed; a recognised one is refused.
    Result<Assessment> saveAnswers(Assessment assessment, const QString& by, const QDateTime& at);
    // Moves the assessment one state on, recording who and when. Recognising needs a complete assessment.
    Result<Assessment> advance(qint64 assessmentId, const QString& by, const QDateTime& at);

    // Checks the answers against the set (pure): unknown codes, groups answered, values out of range.
    static Status checkAnswers(const CriteriaSet& set, const ItemAnswers& answers);

private:
    QSqlDatabase m_db;
};

} // namespace thidua
