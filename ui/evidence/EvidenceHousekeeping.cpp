#include "ui/evidence/EvidenceHousekeeping.h"

#include "core/evidence/EvidenceService.h"

namespace thidua {

QStringList EvidenceHousekeeping::atStart(QSqlDatabase db, const QString& databasePath, const QDateTime& now)
{
    QStringList problems;
    EvidenceService service(std::move(db), EvidenceStore::forDatabase(databasePath));
    if (auto purged = service.purgeTrash(now); !purged)
        problems << purged.error().toString();
    if (auto cleaned = service.cleanOrphans(now); !cleaned)
        problems << cleaned.error().toString();
    return problems;
}

} // namespace thidua
