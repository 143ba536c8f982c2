#pragma once

#include "core/common/Result.h"
#include "core/meeting/Nomination.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// The use cases of nominations, each one transaction. The eligibility checks are Eligibility::check over the facts
// gathered from the records (other nominations, person_restriction, Công dân học tập results, the Đơn vị học tập
// assessment, the award history); an override needs a reason.
class NominationService
{
    Q_DECLARE_TR_FUNCTIONS(NominationService)

public:
    explicit NominationService(QSqlDatabase db);

    // Validates (the subject exists and matches the form's subject, the form exists, the year exists) and inserts.
    Result<qint64> add(const Nomination& nomination);
    Status update(const Nomination& nomination); // only while proposed or reviewed
    Status remove(qint64 id); // only while proposed or reviewed and in no meeting
    Result<NominationView> view(qint64 id, const QDate& on = QDate::currentDate()) const;
    // The year's nominations, in the order of the meeting lists (collectives first, then people by given name).
    Result<NominationViews> list(qint64 schoolYearId, const QDate& on = QDate::currentDate()) const;
    // Every check the nomination fails on `on` (restrictions in force that day), overridden or not.
    Result<QList<Eligibility::Problem>> check(qint64 id, const QDate& on = QDate::currentDate()) const;
    Status override(qint64 id, Eligibility::Rule rule, const QString& reason, const QString& by);
    Status removeOverride(qint64 id, Eligibility::Rule rule);
    // proposed → reviewed (nothing open), passed → submitted (a form decided above the school).
    Status setState(qint64 id, Nomination::State state);
    // The decision (number, date, issuer): the state becomes decided and the award history gets its row.
    Status decide(qint64 id, const QString& number, const QDate& date, const QString& issuer);
    Status markAwarded(qint64 id);

private:
    Status validate(const Nomination& nomination) const;
    Result<Nomination> existing(qint64 id) const;
    Result<NominationView> describe(const Nomination& nomination, const QDate& on) const;

    QSqlDatabase m_db;
};

} // namespace thidua
