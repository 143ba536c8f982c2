#pragma once

#include "core/common/Result.h"
#include "core/criteria/Assessment.h"
#include "core/criteria/CriteriaSet.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace thidua {

// Plain reads of criteria sets and assessments for screens, the command line and the dashboard.
class CriteriaQuery
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaQuery)

public:
    explicit CriteriaQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // The keys of the built-in Đơn vị học tập sets, district level first.
    static QStringList learningUnitKeys();

    // Every version of every set, by name then version.
    Result<CriteriaSets> sets() const;
    Result<CriteriaSet> set(qint64 id) const; // id 0 when none
    Result<CriteriaSet> latest(const QString& key) const; // id 0 when none
    // A set named on the command line: its key (newest version), "key@version", or its row id.
    Result<CriteriaSet> find(const QString& name) const;
    // How many assessments use the version.
    Result<qint64> uses(qint64 setId) const;
    // The assessment of the subject against the version in the year (id 0 when none), with its answers.
    Result<Assessment> assessment(
        qint64 setId, qint64 schoolYearId, Assessment::Subject subject, qint64 subjectId = 0) const;

    // The school's Đơn vị học tập result in a year, as the dashboard shows it.
    struct LearningUnitStatus
    {
        enum class Status
        {
            NotAssessed, // chưa đánh giá
            Incomplete, // đánh giá chưa xong
            Met, // đạt (level says which)
            NotMet, // không đạt
        };
        Status status = Status::NotAssessed;
        int level = 0;
        QString levelName; // "Mức độ 2"
        QString setName;
        QString reason;
        qint64 assessmentId = 0;
        Assessment::State state = Assessment::State::SelfAssessed;
        QString text() const; // "Đạt Mức độ 1 (Hội đồng công nhận)", "Chưa đánh giá"
    };
    // Among the school's assessments against any version of the Đơn vị học tập sets that year: the one furthest
    // along (recognised, then verified), then the newest.
    Result<LearningUnitStatus> schoolLearningUnitStatus(qint64 schoolYearId) const;

private:
    QSqlDatabase m_db;
};

} // namespace thidua
