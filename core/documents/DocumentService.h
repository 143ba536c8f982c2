#pragma once

#include "core/common/Result.h"
#include "core/documents/DocumentDescription.h"
#include "core/documents/LaidOutDocument.h"
#include "core/documents/LegalBasis.h"
#include "core/documents/RegisterEntry.h"
#include "core/school/School.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace thidua {

// The documents' use cases. prepare() turns descriptions into documents to look at: it fills what the description
// leaves out from the database (the school profile and its head, the căn cứ valid on the date, the council's
// abbreviation) and shows each numbered document with the number it would get, writing nothing. issue() gives the
// numbers for real when the documents are printed or exported: every document of the batch in one transaction (a
// failure anywhere takes no number), a document issued before keeps its number and counts one more print.
class DocumentService
{
    Q_DECLARE_TR_FUNCTIONS(DocumentService)

public:
    // A certificate on a pre-printed blank: what its pages are laid out from, so that each thread can lay out its own.
    struct Preprinted
    {
        CertificateData data;
        DocumentOrigin origin;
        CertificateLayout layout;
    };

    struct Output
    {
        QList<DocumentDescription> descriptions; // completed from the database: what issue() takes
        Documents documents; // for PDF, print and DOCX
        QList<Preprinted> preprinted; // pre-printed certificates: PDF and print only
        std::optional<LaidOutDocument> pages; // `preprinted` laid out
        // prepare(): the numbers the documents would get (id 0 when not issued yet); issue(): given or found again.
        RegisterEntries numbers;
    };
    // Writes the issued documents (a file, a printer); runs inside the transaction, so a failure takes no number.
    using Writer = std::function<Status(const Output& issued)>;

    // `today` dates the documents whose description gives no date.
    DocumentService(QSqlDatabase db, QDate today);

    // Nothing is written to the database.
    Result<Output> prepare(QList<DocumentDescription> descriptions) const;
    // `completed` is Output::descriptions of prepare(). One transaction; `write`, when given, runs before it commits.
    Result<Output> issue(const QList<DocumentDescription>& completed, const Writer& write = {});

    // The căn cứ: inserts (id 0, then set) or updates one basis; removes one. Each one transaction.
    Status saveLegalBasis(LegalBasis& basis);
    Status removeLegalBasis(qint64 id);
    Status restoreLegalBasis(const LegalBasis& removed); // under its id again (undo)
    // An error naming what is wrong with a basis, or ok; nothing is written.
    static Status validateLegalBasis(const LegalBasis& basis);
    // The positions of the certificate fields on the pre-printed blanks of `printer`. One transaction.
    Status saveCertificateLayout(const QString& printer, const CertificateLayout& layout);

    // The documents of a description whose origin is complete; no database involved.
    static Documents build(const DocumentDescription& description);
    // What identifies a document in the register when the description gives no key.
    static QString derivedKey(const DocumentDescription& description, const Document& built);
    static Result<LaidOutDocument> layOut(const QList<Preprinted>& certificates);
    // Whether `organization` names the database's school (its full name, case aside).
    static bool isSchool(const QString& organization, const SchoolProfile& profile);
    // The documents among `completed` (prepare()'s descriptions) whose signer has no name: "Tờ trình (Trường THPT
    // Nguyễn Khuyến)". The command line warns of them.
    static QStringList unsignedDocuments(const QList<DocumentDescription>& completed);

private:
    enum class Numbering
    {
        Peek,
        Assign
    };
    Status complete(DocumentDescription& description) const;
    // The signers left out: the head of `profile` (empty for another organisation: a blank name).
    static void completeSigners(DocumentDescription& description, const SchoolProfile& profile);
    Result<Output> run(QList<DocumentDescription> descriptions, Numbering numbering) const;

    QSqlDatabase m_db;
    QDate m_today;
};

} // namespace thidua
