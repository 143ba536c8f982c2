#include "core/criteria/CriteriaService.h"

#include "core/criteria/CriteriaRepository.h"
#include "core/criteria/CriteriaSetBuiltIns.h"
#include "core/db/Transaction.h"

namespace thidua {

Result<int> CriteriaService::installBuiltIns()
{
    auto builtIns = CriteriaSetBuiltIns::all();
    if (!builtIns)
        return builtIns.error();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    CriteriaRepository repository(m_db);
    int added = 0;
    for (CriteriaSet& set : *builtIns) {
        auto existing = repository.latest(set.key);
        if (!existing)
            return existing.error();
        if (existing->id != 0)
            continue;
        if (auto inserted = repository.insert(set); !inserted)
            return inserted.error();
        ++added;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return added;
}

Result<CriteriaService::Saved> CriteriaService::addVersion(CriteriaSet set, int previousVersion)
{
    set.version = previousVersion + 1;
    set.builtIn = false;
    if (auto inserted = CriteriaRepository(m_db).insert(set); !inserted)
        return inserted.error();
    return Saved { set, previousVersion == 0 ? Saved::Outcome::Added : Saved::Outcome::NewVersion };
}

Result<CriteriaService::Saved> CriteriaService::importSet(CriteriaSet set)
{
    if (auto valid = set.validate(); !valid)
        return valid.error();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto latest = CriteriaRepository(m_db).latest(set.key);
    if (!latest)
        return latest.error();
    if (latest->id != 0 && latest->sameContent(set))
        return Saved { *latest, Saved::Outcome::Unchanged };
    auto saved = addVersion(set, latest->id == 0 ? 0 : latest->version);
    if (!saved)
        return saved;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return saved;
}

Result<CriteriaService::Saved> CriteriaService::saveSet(CriteriaSet set)
{
    if (auto valid = set.validate(); !valid)
        return valid.error();
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    CriteriaRepository repository(m_db);
    auto stored = repository.byId(set.id);
    if (!stored)
        return stored.error();
    if (stored->id == 0)
        return Error(Error::Code::NotFound, tr("The criteria set to save no longer exists."));
    if (stored->key != set.key)
        return Error(Error::Code::Validation, tr("The key of a criteria set cannot be changed."));
    if (stored->sameContent(set))
        return Saved { *stored, Saved::Outcome::Unchanged };
    auto uses = repository.uses(set.id);
    if (!uses)
        return uses.error();
    Result<Saved> saved = Saved {};
    if (*uses > 0) {
        auto latest = repository.latest(set.key);
        if (!latest)
            return latest.error();
        saved = addVersion(set, latest->version);
    } else {
        set.version = stored->version;
        set.builtIn = false;
        if (auto updated = repository.update(set); !updated)
            return updated.error();
        saved = Saved { set, Saved::Outcome::Updated };
    }
    if (!saved)
        return saved;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return saved;
}

QString CriteriaService::describe(const Saved& saved, qint64 previousVersion, qint64 uses)
{
    switch (saved.outcome) {
    case Saved::Outcome::Added:
        return tr("The criteria set “%1” was added.").arg(saved.set.name);
    case Saved::Outcome::Unchanged:
        return tr("Nothing changed in “%1”.").arg(saved.set.name);
    case Saved::Outcome::Updated:
        return tr("Version %1 of “%2” was saved.").arg(saved.set.version).arg(saved.set.name);
    case Saved::Outcome::NewVersion:
        if (uses > 0)
            return tr("Version %1 is used by %n assessment(s), so the changes were saved as version %2; those "
                      "assessments keep version %1 and their results.",
                nullptr,
                int(uses))
                .arg(previousVersion)
                .arg(saved.set.version);
        return tr("The changes were saved as version %1 of “%2”.").arg(saved.set.version).arg(saved.set.name);
    }
    return QString();
}

} // namespace thidua
