#include "core/documents/DocumentQuery.h"

#include "core/documents/CertificateLayoutRepository.h"
#include "core/documents/DocumentRegisterRepository.h"
#include "core/documents/DocumentTemplates.h"
#include "core/documents/LegalBasisRepository.h"
#include "core/school/SchoolRepository.h"

namespace thidua {

Result<RegisterEntries> DocumentQuery::registerEntries(int year) const
{
    return DocumentRegisterRepository(m_db).list(year);
}

Result<LegalBases> DocumentQuery::legalBases() const
{
    return LegalBasisRepository(m_db).all();
}

Result<LegalBases> DocumentQuery::legalBasesValidOn(const QDate& day, const QString& kind) const
{
    return LegalBasisRepository(m_db).validOn(day, kind);
}

Result<CertificateLayout> DocumentQuery::certificateLayout(const QString& printer) const
{
    return CertificateLayoutRepository(m_db).load(printer);
}

Result<QStringList> DocumentQuery::certificatePrinters() const
{
    return CertificateLayoutRepository(m_db).printers();
}

Result<QList<DocumentDescription>> DocumentQuery::fromTemplate(const QString& id) const
{
    auto profile = SchoolRepository(m_db).profile();
    if (!profile)
        return profile.error();
    return DocumentTemplates::load(id, *profile);
}

} // namespace thidua
