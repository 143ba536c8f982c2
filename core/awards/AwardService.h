#pragma once

#include "core/awards/AwardForm.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// A decided award of a person or a collective (lịch sử khen thưởng).
struct AwardRecord
{
    qint64 id = 0;
    AwardForm::Subject subject = AwardForm::Subject::Person;
    qint64 subjectId = 0;
    qint64 schoolYearId = 0; // 0 = not tied to a school year
    QString formKey; // empty for a form not in the catalogue
    QString formName; // what was awarded, as the decision says
    QString decisionNumber;
    QDate decisionDate;
    QString issuer;
    qint64 nominationId = 0; // written when a nomination got its decision
};
using AwardRecords = QList<AwardRecord>;

// The award catalogue (table award_form, defaults from legal-facts in migration 0010), the dated base salary (table
// base_salary) and the award history (table award): each use case one transaction.
class AwardService
{
    Q_DECLARE_TR_FUNCTIONS(AwardService)

public:
    explicit AwardService(QSqlDatabase db);

    Result<QList<AwardForm>> forms() const; // in sort order
    Result<AwardForm> form(const QString& key) const;
    Status saveForm(const AwardForm& form); // insert or update by key; validated
    Result<QList<BaseSalary>> baseSalaries() const; // by date
    Status saveBaseSalary(const BaseSalary& salary); // insert or replace by date; needs its legal basis
    Status removeBaseSalary(const QDate& from);
    // coefficient × the base salary on `date` (AwardCatalogue::prize over the stored table).
    Result<qint64> prize(const QString& formKey, const QDate& date) const;

    Result<AwardRecords> history(AwardForm::Subject subject, qint64 subjectId) const; // newest first
    Result<qint64> addRecord(const AwardRecord& record);
    Status removeRecord(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace thidua
