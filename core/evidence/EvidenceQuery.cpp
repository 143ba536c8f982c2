#include "core/evidence/EvidenceQuery.h"

namespace thidua {

namespace {
Error notYet()
{
    return Error { Error::Code::Generic, QStringLiteral("not implemented yet") };
}
} // namespace

EvidenceQuery::EvidenceQuery(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<EvidenceList> EvidenceQuery::list(const EvidenceFilter&) const
{
    return notYet();
}
Result<Evidence> EvidenceQuery::get(qint64) const
{
    return notYet();
}
Result<QHash<QString, int>> EvidenceQuery::countsByItem(qint64) const
{
    return notYet();
}
Result<QStringList> EvidenceQuery::codesInYear(qint64) const
{
    return notYet();
}
Result<QStringList> EvidenceQuery::referencedObjects() const
{
    return notYet();
}

} // namespace thidua
