#include "core/criteria/TargetService.h"

#include "core/criteria/TargetRepository.h"
#include "core/db/Transaction.h"
#include "core/text/VietnameseFormat.h"

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

} // namespace thidua
