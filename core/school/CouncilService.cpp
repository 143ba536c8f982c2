#include "core/school/CouncilService.h"

#include "core/db/Transaction.h"
#include "core/school/SchoolRepository.h"

namespace thidua {

Result<CouncilMembers> CouncilService::council(qint64 schoolYearId) const
{
    return SchoolRepository(m_db).council(schoolYearId, m_today);
}

Result<CouncilMembers> CouncilService::setCouncil(qint64 schoolYearId, const CouncilMembers& members)
{
    if (schoolYearId <= 0)
        return Error { Error::Code::Validation, tr("Choose a school year before changing its council.") };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    SchoolRepository repository(m_db);
    auto years = repository.years();
    if (!years)
        return years.error();
    // Someone added while the year runs joins today; one added before it starts or after it ended (a council
    // prepared ahead, or typed in afterwards) sits from the start.
    QDate joinedOn;
    for (const SchoolYear& year : std::as_const(*years)) {
        if (year.id == schoolYearId && year.contains(m_today) && year.startDate < m_today)
            joinedOn = m_today;
    }
    auto saved = repository.setCouncil(schoolYearId, members, m_today, joinedOn);
    if (!saved)
        return saved.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return saved;
}

Result<CouncilMembers> CouncilService::previousCouncil(const SchoolYear& year) const
{
    SchoolRepository repository(m_db);
    auto years = repository.years();
    if (!years)
        return years.error();
    for (qsizetype i = years->size() - 1; i >= 0; --i) {
        const SchoolYear& earlier = years->at(i);
        if (earlier.startYear >= year.startYear)
            continue;
        auto council = repository.council(earlier.id); // those who had not left

        if (!council)
            return council.error();
        if (council->isEmpty())
            continue;
        CouncilMembers proposed;
        for (CouncilMember member : std::as_const(*council)) {
            member.id = 0;
            member.schoolYearId = year.id;
            member.joinedOn = QDate();
            member.leftOn = QDate();
            proposed.append(member);
        }
        return proposed;
    }
    return Error { Error::Code::NotFound, tr("No school year before %1 has a council.").arg(year.name()) };
}

} // namespace thidua
