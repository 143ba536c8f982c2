#include "core/criteria/LearningCitizenService.h"

#include "core/criteria/LearningCitizenRepository.h"
#include "core/db/Transaction.h"
#include "core/people/PersonRepository.h"
#include "core/school/SchoolRepository.h"
#include "core/text/VietnameseText.h"

#include <algorithm>

namespace thidua {

QStringList LearningCitizenService::problems(const LearningCitizenResult& result, const QDate& today)
{
    QStringList found;
    if (result.score && (*result.score < 0 || *result.score > 100))
        found << tr("The score %1 is not between 0 and 100.").arg(*result.score);
    if (result.assessedOn.isValid() && today.isValid() && result.assessedOn > today)
        found << tr("The date %1 is in the future.").arg(result.assessedOn.toString(QStringLiteral("dd/MM/yyyy")));
    return found;
}

Status LearningCitizenService::check(const LearningCitizenResult& result) const
{
    auto person = PersonRepository(m_db).get(result.personId);
    if (!person)
        return person.error();
    if (const QStringList found = problems(result, m_today); !found.isEmpty())
        return Error { Error::Code::Validation, tr("%1: %2").arg(person->fullName(), found.join(QStringLiteral(" "))) };
    return {};
}

Result<LearningCitizenResult> LearningCitizenService::set(const LearningCitizenResult& result)
{
    auto before = setMany({ result });
    if (!before)
        return before.error();
    return before->constFirst();
}

Result<LearningCitizenResults> LearningCitizenService::setMany(const LearningCitizenResults& results)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto years = SchoolRepository(m_db).years();
    if (!years)
        return years.error();
    LearningCitizenRepository repository(m_db);
    LearningCitizenResults before;
    before.reserve(results.size());
    for (LearningCitizenResult result : results) {
        const bool yearKnown = std::any_of(
            years->cbegin(), years->cend(), [&](const SchoolYear& y) { return y.id == result.schoolYearId; });
        if (!yearKnown)
            return Error { Error::Code::NotFound, tr("There is no school year number %1.").arg(result.schoolYearId) };
        if (auto checked = check(result); !checked)
            return checked.error();
        auto stored = repository.get(result.personId, result.schoolYearId);
        if (!stored)
            return stored.error();
        before.append(*stored);
        result.note = VietnameseText::cleanLines(result.note);
        result.evidenceRef = VietnameseText::clean(result.evidenceRef);
        if (auto done =
                result.isEmpty() ? repository.remove(result.personId, result.schoolYearId) : repository.save(result);
            !done)
            return done.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return before;
}

} // namespace thidua
