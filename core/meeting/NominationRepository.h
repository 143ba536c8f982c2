#pragma once

#include "core/awards/Eligibility.h"
#include "core/common/Result.h"
#include "core/meeting/Nomination.h"

#include <QSqlDatabase>

namespace thidua {

// The SQL of nominations (tables nomination, nomination_override, award) and the facts the eligibility checks read
// from the records.
class NominationRepository
{
public:
    explicit NominationRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<qint64> insert(const Nomination& nomination);
    Status update(const Nomination& nomination);
    Status remove(qint64 id);
    Result<Nomination> get(qint64 id) const; // NotFound when there is none
    Result<QList<Nomination>> forYear(qint64 schoolYearId) const;
    Result<bool> inAnyMeeting(qint64 id) const;
    Status setState(qint64 id, Nomination::State state);
    Status setDecision(qint64 id, const QString& number, const QDate& date, const QString& issuer);

    Result<QList<NominationOverride>> overrides(qint64 id) const;
    Status setOverride(qint64 id, const QString& ruleKey, const QString& reason, const QString& by);
    Status removeOverride(qint64 id, const QString& ruleKey);

    // The award form of the catalogue (table award_form); NotFound when the key is unknown.
    Result<AwardForm> form(const QString& key) const;
    // Whether the subject exists (a person, a collective).
    Result<bool> subjectExists(AwardForm::Subject subject, qint64 id) const;
    Result<bool> yearExists(qint64 schoolYearId) const;

    // How a nominee is named on lists: name, a person's position and unit (the collective of that year they belong
    // to, a tổ first).
    struct SubjectNames
    {
        QString name;
        QString position;
        QString unit;
    };
    Result<SubjectNames> subjectNames(AwardForm::Subject subject, qint64 id, qint64 schoolYearId) const;
    Result<QString> collectiveName(qint64 id) const;

    // The facts of Eligibility::Facts that come from the records (the form and the name are the caller's).
    Result<Eligibility::Facts> facts(const Nomination& nomination, const QDate& on) const;
    // The award history row written when a nomination gets its decision.
    Status insertAward(const Nomination& nomination, const QString& formName);

    // The other nominations of the same subject, form and school year that have not failed (their id and achievement).
    Result<QList<Nomination>> sameForm(const Nomination& nomination) const;

private:
    Result<QStringList> otherFormsForAchievement(const Nomination& nomination) const;
    Result<QStringList> restrictionsInForce(qint64 personId, const QDate& on) const;
    Result<QStringList> relatedCollectivesNominated(const Nomination& nomination) const;
    Result<bool> learningCitizen(qint64 personId, qint64 schoolYearId) const;
    Result<bool> learningUnit(qint64 collectiveId, qint64 schoolYearId) const;
    Result<QStringList> titlesThisYear(const Nomination& nomination) const;

    QSqlDatabase m_db;
};

} // namespace thidua
