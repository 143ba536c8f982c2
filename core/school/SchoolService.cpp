#include "core/school/SchoolService.h"

#include "core/db/Transaction.h"
#include "core/school/SchoolRepository.h"

namespace thidua {

Status SchoolService::saveProfile(const SchoolProfile& profile)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto saved = SchoolRepository(m_db).saveProfile(profile); !saved)
        return saved;
    return transaction.commit();
}

Status SchoolService::setProfileField(const QString& key, const QString& value)
{
    if (!SchoolProfile::keys().contains(key))
        return Error { Error::Code::Usage,
            tr("Unknown field “%1” of the school profile. Fields: %2")
                .arg(key, SchoolProfile::keys().join(QStringLiteral(", "))) };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    SchoolRepository repository(m_db);
    auto profile = repository.profile();
    if (!profile)
        return profile.error();
    profile->setField(key, value);
    if (auto saved = repository.saveProfile(*profile); !saved)
        return saved;
    return transaction.commit();
}

Result<SchoolYear> SchoolService::addYear(SchoolYear year)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    SchoolRepository repository(m_db);
    auto existing = repository.yearByStart(year.startYear);
    if (!existing)
        return existing.error();
    if (existing->id != 0)
        return Error { Error::Code::Duplicate, tr("The school year %1 already exists.").arg(year.name()) };
    if (auto added = repository.addYear(year); !added)
        return added.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return year;
}

Result<SchoolYear> SchoolService::ensureYear(int startYear)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto year = SchoolRepository(m_db).ensureYear(startYear);
    if (!year)
        return year.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return year;
}

Status SchoolService::removeYear(qint64 schoolYearId)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    SchoolRepository repository(m_db);
    auto uses = repository.yearUses(schoolYearId);
    if (!uses)
        return uses.error();
    if (*uses > 0)
        return Error { Error::Code::Validation,
            tr("The school year is already in use (groups, classes, memberships or the council) and was kept.") };
    if (auto removed = repository.removeYear(schoolYearId); !removed)
        return removed;
    return transaction.commit();
}

} // namespace thidua
