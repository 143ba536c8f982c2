#include "core/meeting/NominationService.h"

#include "core/db/Transaction.h"
#include "core/meeting/NominationRepository.h"
#include "core/text/VietnameseText.h"

namespace thidua {

namespace {

bool editable(Nomination::State state)
{
    return state == Nomination::State::Proposed || state == Nomination::State::Reviewed;
}

Nomination cleaned(Nomination n)
{
    n.movement = VietnameseText::clean(n.movement);
    n.period = VietnameseText::clean(n.period);
    n.achievementKey = VietnameseText::clean(n.achievementKey);
    n.achievement = VietnameseText::cleanLines(n.achievement);
    n.proposedBy = VietnameseText::clean(n.proposedBy);
    return n;
}

} // namespace

NominationService::NominationService(QSqlDatabase db)
    : m_db(std::move(db))
{}

Status NominationService::validate(const Nomination& n) const
{
    const NominationRepository repository(m_db);
    auto year = repository.yearExists(n.schoolYearId);
    if (!year)
        return year.error();
    if (!*year)
        return Error(Error::Code::NotFound, tr("There is no school year number %1.").arg(n.schoolYearId));
    auto form = repository.form(n.formKey);
    if (!form && form.error().code == Error::Code::NotFound)
        return Error(Error::Code::NotFound, tr("There is no award form \"%1\".").arg(n.formKey));
    if (!form)
        return form.error();
    const bool person = n.subject == AwardForm::Subject::Person;
    auto exists = repository.subjectExists(n.subject, n.subjectId);
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error(Error::Code::NotFound,
            person ? tr("There is no person number %1.").arg(n.subjectId)
                   : tr("There is no collective number %1.").arg(n.subjectId));
    if (form->subject != n.subject)
        return Error(Error::Code::Validation,
            person ? tr("%1 is awarded to collectives, not to a person.").arg(form->name)
                   : tr("%1 is awarded to people, not to a collective.").arg(form->name));
    // A title (danh hiệu) is given once a year; a commendation once for one achievement (seed 004 §III.2: one
    // achievement, one form). A nomination that failed may be proposed again.
    auto same = repository.sameForm(n);
    if (!same)
        return same.error();
    for (const Nomination& other : std::as_const(*same)) {
        if (form->category == AwardForm::Category::Title
            || other.effectiveAchievementKey() == n.effectiveAchievementKey())
            return Error(Error::Code::Validation,
                tr("This is already proposed for %1 in this school year (nomination %2).")
                    .arg(form->name)
                    .arg(other.id));
    }
    if (n.proposedByCollectiveId > 0) {
        auto proposer = repository.subjectExists(AwardForm::Subject::Collective, n.proposedByCollectiveId);
        if (!proposer)
            return proposer.error();
        if (!*proposer)
            return Error(Error::Code::NotFound, tr("There is no collective number %1.").arg(n.proposedByCollectiveId));
    }
    return {};
}

Result<qint64> NominationService::add(const Nomination& nomination)
{
    Nomination n = cleaned(nomination);
    n.state = Nomination::State::Proposed;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto valid = validate(n); !valid)
        return valid.error();
    auto id = NominationRepository(m_db).insert(n);
    if (!id)
        return id.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return *id;
}

Result<Nomination> NominationService::existing(qint64 id) const
{
    auto n = NominationRepository(m_db).get(id);
    if (!n && n.error().code == Error::Code::NotFound)
        return Error(Error::Code::NotFound, tr("There is no nomination number %1.").arg(id));
    return n;
}

Status NominationService::update(const Nomination& nomination)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto old = existing(nomination.id);
    if (!old)
        return old.error();
    if (!editable(old->state))
        return Error(Error::Code::Validation,
            tr("Nomination %1 has been voted on (%2): it can no longer be changed.")
                .arg(nomination.id)
                .arg(Nomination::stateName(old->state)));
    Nomination n = cleaned(nomination);
    n.state = old->state;
    if (auto valid = validate(n); !valid)
        return valid;
    if (auto updated = NominationRepository(m_db).update(n); !updated)
        return updated;
    return transaction.commit();
}

Status NominationService::remove(qint64 id)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    const NominationRepository repository(m_db);
    auto old = existing(id);
    if (!old)
        return old.error();
    auto inMeeting = repository.inAnyMeeting(id);
    if (!inMeeting)
        return inMeeting.error();
    if (!editable(old->state) || *inMeeting)
        return Error(Error::Code::Validation,
            tr("Nomination %1 is on a meeting's list: take it off the list before deleting it.").arg(id));
    if (auto removed = NominationRepository(m_db).remove(id); !removed)
        return removed;
    return transaction.commit();
}

Result<NominationView> NominationService::describe(const Nomination& n, const QDate& on) const
{
    const NominationRepository repository(m_db);
    NominationView view;
    view.nomination = n;
    auto form = repository.form(n.formKey);
    auto names = repository.subjectNames(n.subject, n.subjectId, n.schoolYearId);
    auto overrides = repository.overrides(n.id);
    auto facts = repository.facts(n, on);
    for (const Status& status : { form ? Status() : Status(form.error()),
             names ? Status() : Status(names.error()),
             overrides ? Status() : Status(overrides.error()),
             facts ? Status() : Status(facts.error()) }) {
        if (!status)
            return status.error();
    }
    view.form = *form;
    view.subjectName = names->name;
    view.position = names->position;
    view.unit = names->unit;
    view.overrides = *overrides;
    if (n.proposedByCollectiveId > 0) {
        auto proposer = repository.collectiveName(n.proposedByCollectiveId);
        if (!proposer)
            return proposer.error();
        view.proposedByName = *proposer;
    } else {
        view.proposedByName = n.proposedBy;
    }
    Eligibility::Facts f = *facts;
    f.form = *form;
    f.nomineeName = view.subjectName;
    if (!form->requiresKey.isEmpty()) {
        auto required = repository.form(form->requiresKey);
        f.requiredTitleName = required ? required->name : form->requiresKey;
    }
    view.problems = Eligibility::check(f);
    return view;
}

Result<NominationView> NominationService::view(qint64 id, const QDate& on) const
{
    auto n = existing(id);
    if (!n)
        return n.error();
    return describe(*n, on);
}

Result<NominationViews> NominationService::list(qint64 schoolYearId, const QDate& on) const
{
    auto nominations = NominationRepository(m_db).forYear(schoolYearId);
    if (!nominations)
        return nominations.error();
    NominationViews views;
    for (const Nomination& n : std::as_const(*nominations)) {
        auto v = describe(n, on);
        if (!v)
            return v.error();
        views << *v;
    }
    std::stable_sort(views.begin(), views.end(), [](const NominationView& a, const NominationView& b) {
        if (a.nomination.subject != b.nomination.subject)
            return a.nomination.subject == AwardForm::Subject::Collective;
        return a.form.sortOrder < b.form.sortOrder;
    });
    return views;
}

Result<QList<Eligibility::Problem>> NominationService::check(qint64 id, const QDate& on) const
{
    auto v = view(id, on);
    if (!v)
        return v.error();
    return v->problems;
}

Status NominationService::override(qint64 id, Eligibility::Rule rule, const QString& reason, const QString& by)
{
    const QString why = VietnameseText::cleanLines(reason);
    if (why.isEmpty())
        return Error(Error::Code::Validation, tr("Overriding a check needs a reason: it is printed in the minutes."));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto n = existing(id);
    if (!n)
        return n.error();
    if (!editable(n->state))
        return Error(Error::Code::Validation,
            tr("Nomination %1 has been voted on (%2): it can no longer be changed.")
                .arg(id)
                .arg(Nomination::stateName(n->state)));
    if (auto set =
            NominationRepository(m_db).setOverride(id, Eligibility::ruleKey(rule), why, VietnameseText::clean(by));
        !set)
        return set;
    return transaction.commit();
}

Status NominationService::removeOverride(qint64 id, Eligibility::Rule rule)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto n = existing(id);
    if (!n)
        return n.error();
    if (auto removed = NominationRepository(m_db).removeOverride(id, Eligibility::ruleKey(rule)); !removed)
        return removed;
    return transaction.commit();
}

Status NominationService::setState(qint64 id, Nomination::State state)
{
    using S = Nomination::State;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto v = view(id, QDate::currentDate());
    if (!v)
        return v.error();
    const S from = v->nomination.state;
    const bool allowed = (from == S::Proposed && state == S::Reviewed && v->openProblems().isEmpty())
        || (from == S::Reviewed && state == S::Proposed)
        || (from == S::Passed && state == S::Submitted && !v->form.schoolDecides())
        || (from == S::Decided && state == S::Awarded);
    if (!allowed)
        return Error(Error::Code::Validation,
            tr("Nomination %1 cannot go from \"%2\" to \"%3\".")
                .arg(id)
                .arg(Nomination::stateName(from), Nomination::stateName(state)));
    if (auto set = NominationRepository(m_db).setState(id, state); !set)
        return set;
    return transaction.commit();
}

Status NominationService::decide(qint64 id, const QString& number, const QDate& date, const QString& issuer)
{
    using S = Nomination::State;
    if (VietnameseText::clean(number).isEmpty() || !date.isValid())
        return Error(Error::Code::Validation, tr("A decision needs its number and its date."));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    NominationRepository repository(m_db);
    auto n = existing(id);
    if (!n)
        return n.error();
    if (n->state != S::Passed && n->state != S::Submitted && n->state != S::Decided)
        return Error(Error::Code::Validation,
            tr("Nomination %1 has not passed the council's vote (%2): it cannot have a decision.")
                .arg(id)
                .arg(Nomination::stateName(n->state)));
    auto form = repository.form(n->formKey);
    if (!form)
        return form.error();
    n->decisionNumber = VietnameseText::clean(number);
    n->decisionDate = date;
    n->decisionIssuer = VietnameseText::clean(issuer).isEmpty() ? form->decidedBy : VietnameseText::clean(issuer);
    if (auto set = repository.setDecision(id, n->decisionNumber, date, n->decisionIssuer); !set)
        return set;
    if (auto award = repository.insertAward(*n, form->name); !award)
        return award;
    return transaction.commit();
}

Status NominationService::markAwarded(qint64 id)
{
    return setState(id, Nomination::State::Awarded);
}

} // namespace thidua
