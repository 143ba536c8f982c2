#include "core/criteria/TargetService.h"

#include "core/criteria/TargetRepository.h"
#include "core/db/Transaction.h"
#include "core/text/VietnameseFormat.h"

#include <QSet>

namespace thidua {

Status TargetService::check(const Targets& targets) const
{
    auto year = TargetRepository(m_db).year(targets.schoolYearId);
    if (!year)
        return year.error();
    auto rate = [](int tenths) { return tenths >= 1 && tenths <= 1000; };
    if (!rate(targets.rateTenths) || !rate(targets.groupRateTenths))
        return Error { Error::Code::Validation, tr("A target rate must be from 0,1 % to 100 %.") };
    if (targets.modelsPerGroup < 0 || targets.modelsPerGroup > Targets::MaxModelsPerGroup)
        return Error { Error::Code::Validation,
            tr("The learning models per group must be from 0 to %1.").arg(Targets::MaxModelsPerGroup) };
    if (targets.referenceDate.isValid() && !year->contains(targets.referenceDate))
        return Error { Error::Code::Validation,
            tr("The reference date %1 is not in the school year %2 (%3 to %4).")
                .arg(VietnameseFormat::shortDate(targets.referenceDate),
                    year->name(),
                    VietnameseFormat::shortDate(year->startDate),
                    VietnameseFormat::shortDate(year->endDate)) };
    return {};
}

Status TargetService::check(qint64 schoolYearId, const LearningModelCount& count) const
{
    TargetRepository repository(m_db);
    if (auto year = repository.year(schoolYearId); !year)
        return year.error();
    if (count.count < 0 || count.count > Targets::MaxModelCount)
        return Error { Error::Code::Validation,
            tr("A number of learning models must be from 0 to %1.").arg(Targets::MaxModelCount) };
    auto kind = repository.collectiveKind(count.collectiveId);
    if (!kind)
        return kind.error();
    if (!*kind)
        return Error { Error::Code::NotFound, tr("There is no group with number %1.").arg(count.collectiveId) };
    if (**kind != CollectiveKind::SubjectGroup && **kind != CollectiveKind::OfficeGroup)
        return Error { Error::Code::Validation,
            tr("Learning models are counted for the tổ, not for a %1.").arg(Collective::kindName(**kind).toLower()) };
    return {};
}

Status TargetService::setTargets(const Targets& targets)
{
    if (auto checked = check(targets); !checked)
        return checked;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto saved = TargetRepository(m_db).saveTargets(targets); !saved)
        return saved;
    return transaction.commit();
}

Status TargetService::setModelCount(qint64 schoolYearId, const LearningModelCount& count)
{
    if (auto checked = check(schoolYearId, count); !checked)
        return checked;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto saved = TargetRepository(m_db).setModelCount(schoolYearId, count); !saved)
        return saved;
    return transaction.commit();
}

Status TargetService::save(const Targets& targets, const LearningModelCounts& counts)
{
    if (auto checked = check(targets); !checked)
        return checked;
    QSet<qint64> seen;
    for (const LearningModelCount& count : counts) {
        if (auto checked = check(targets.schoolYearId, count); !checked)
            return checked;
        if (seen.contains(count.collectiveId))
            return Error { Error::Code::Duplicate,
                tr("The group with number %1 is counted twice.").arg(count.collectiveId) };
        seen.insert(count.collectiveId);
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    TargetRepository repository(m_db);
    if (auto saved = repository.saveTargets(targets); !saved)
        return saved;
    if (auto saved = repository.replaceModelCounts(targets.schoolYearId, counts); !saved)
        return saved;
    return transaction.commit();
}

} // namespace thidua
