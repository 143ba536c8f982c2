#include "core/evidence/EvidenceService.h"

namespace thidua {

namespace {
Error notYet()
{
    return Error { Error::Code::Generic, QStringLiteral("not implemented yet") };
}
} // namespace

EvidenceService::EvidenceService(QSqlDatabase db, EvidenceStore store)
    : m_db(std::move(db))
    , m_store(std::move(store))
{}

QStringList EvidenceService::expandFolders(const QStringList& paths)
{
    return paths;
}
Result<EvidenceList> EvidenceService::add(const AddRequest&, const EvidenceStore::Progress&)
{
    return notYet();
}
Result<Evidence> EvidenceService::update(const Evidence&)
{
    return notYet();
}
Status EvidenceService::link(qint64, const EvidenceLink&)
{
    return notYet();
}
Result<bool> EvidenceService::isLastLink(qint64, const EvidenceLink&)
{
    return notYet();
}
Status EvidenceService::unlink(qint64, const EvidenceLink&, const QDateTime&)
{
    return notYet();
}
Status EvidenceService::restore(qint64)
{
    return notYet();
}
Result<int> EvidenceService::purgeTrash(const QDateTime&)
{
    return notYet();
}
Result<int> EvidenceService::cleanOrphans()
{
    return notYet();
}
Status EvidenceService::exportCopy(qint64, const QString&)
{
    return notYet();
}
Result<qint64> EvidenceService::sizeLimit() const
{
    return DefaultSizeLimit;
}
Status EvidenceService::setSizeLimit(qint64)
{
    return notYet();
}

} // namespace thidua
