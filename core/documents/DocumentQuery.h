#pragma once

#include "core/common/Result.h"
#include "core/documents/DocumentDescription.h"
#include "core/documents/DocumentDrafts.h"
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
    // The template `id` (DocumentTemplates::ids()) made for the school from its database (DocumentDrafts), the school
    // year being the one of `today`. A database without a school name shows the example as it is, unnumbered.
    Result<QList<DocumentDescription>> fromTemplate(const QString& id, const QDate& today = QDate::currentDate()) const;
    // What the database knows of the school for a document of `today`.
    Result<SchoolFacts> schoolFacts(const QDate& today) const;
    // The people (staff first, then students; active on `today`) and the collectives of the year that a document
    // may name, each with their position and unit in that year.
    Result<QList<DraftSubject>> subjects(const QDate& today) const;
    // One of them; NotFound when there is no such person or collective.
    Result<DraftSubject> subject(bool collective, qint64 id, const QDate& today) const;
    // The báo cáo thành tích of a person or collective, the lý lịch filled from the record.
    Result<QList<DocumentDescription>> achievementReport(bool collective, qint64 id, const QDate& today) const;

private:
    QSqlDatabase m_db;
};

} // namespace thidua
