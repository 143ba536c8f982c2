#pragma once

#include "core/common/Result.h"
#include "core/documents/DocumentDescription.h"
#include "core/documents/LegalBasis.h"
#include "core/documents/RegisterEntry.h"
#include "core/documents/kinds/CertificateLayout.h"

#include <QSqlDatabase>

namespace thidua {

// The documents' plain reads, for the GUI and the command line: the register, the căn cứ, the certificate positions
// and the templates made the school's own. Writes nothing; the writes are DocumentService's.
class DocumentQuery
{
public:
    explicit DocumentQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // year 0 = all years; oldest first.
    Result<RegisterEntries> registerEntries(int year = 0) const;
    Result<LegalBases> legalBases() const; // by sort order, then date
    // The bases a document of `kind` dated `day` cites.
    Result<LegalBases> legalBasesValidOn(const QDate& day, const QString& kind) const;
    // The printer's certificate positions, or the defaults when none were saved for it.
    Result<CertificateLayout> certificateLayout(const QString& printer) const;
    Result<QStringList> certificatePrinters() const;
    // The template `id` (DocumentTemplates::ids()) made the school's own from its profile.
    Result<QList<DocumentDescription>> fromTemplate(const QString& id) const;

private:
    QSqlDatabase m_db;
};

} // namespace thidua
