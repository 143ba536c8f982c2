#pragma once

#include "core/awards/AwardForm.h"
#include "core/awards/AwardService.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace thidua {

// The SQL of the award catalogue (award_form), the dated base salary (base_salary) and the award history (award).
// Writes belong in the caller's Transaction (AwardService, AwardHistoryImport).
class AwardRepository
{
    Q_DECLARE_TR_FUNCTIONS(AwardRepository)

public:
    explicit AwardRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<QList<AwardForm>> forms() const; // by sort order, then key
    Result<std::optional<AwardForm>> form(const QString& key) const;
    Status saveForm(const AwardForm& form); // insert or update by key

    Result<QList<BaseSalary>> baseSalaries() const; // by date
    Status saveBaseSalary(const BaseSalary& salary); // insert or replace by date
    Result<int> removeBaseSalary(const QDate& from); // rows removed

    Result<AwardRecords> history(AwardForm::Subject subject, qint64 subjectId) const; // newest first
    Result<AwardRecords> allRecords() const; // every award, by id
    Result<qint64> insertRecord(const AwardRecord& record);
    Result<int> removeRecord(qint64 id); // rows removed

    // Whether a row with that id exists in person, collective, school_year, nomination.
    Result<bool> subjectExists(AwardForm::Subject subject, qint64 id) const;
    Result<bool> schoolYearExists(qint64 id) const;
    Result<bool> nominationExists(qint64 id) const;

private:
    Result<bool> exists(const QString& statement, qint64 id) const;

    QSqlDatabase m_db;
};

} // namespace thidua
