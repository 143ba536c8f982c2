#pragma once

#include "core/common/Result.h"
#include "core/documents/DocumentSpec.h"
#include "core/documents/LaidOutDocument.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace thidua {

// Turns document descriptions into documents ready to render: fills what the description leaves out from the
// database (the school profile and its head, the căn cứ valid on the date, the council's abbreviation) and gives the
// documents their numbers through the register, so that printing again keeps the number. One transaction per
// number (DocumentRegisterRepository).
class DocumentService
{
    Q_DECLARE_TR_FUNCTIONS(DocumentService)

public:
    struct Output
    {
        Documents documents; // for PDF, print and DOCX
        std::optional<LaidOutDocument> pages; // pre-printed certificates: PDF and print only
        RegisterEntries numbers; // the numbers given or found again
    };

    // `today` dates the documents whose description gives no date.
    DocumentService(QSqlDatabase db, QDate today);

    Result<Output> prepare(QList<DocumentDescription> specs);

    // The documents of a description whose origin is complete; no database involved.
    static Documents build(const DocumentDescription& spec);
    // What identifies a document in the register when the description gives no key.
    static QString derivedKey(const DocumentDescription& spec, const Document& built);

private:
    Status complete(DocumentDescription& spec);

    QSqlDatabase m_db;
    QDate m_today;
};

} // namespace thidua
