#pragma once

#include "core/common/Result.h"
#include "core/documents/DocumentService.h"
#include "core/meeting/MeetingDocuments.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

namespace thidua {

// The documents of a meeting, the one use case the command line and the program call: reads the meeting whole
// (MeetingQuery::record) and the prizes of the forms passed (AwardService::prize on the documents' date), describes
// the documents (MeetingDocuments), issues them through DocumentService (the register numbers, all in one transaction,
// a document issued before keeps its number) and writes each as PDF and DOCX into a folder, or returns them laid out
// for printing.
class MeetingDocumentService
{
    Q_DECLARE_TR_FUNCTIONS(MeetingDocumentService)

public:
    // Where the meeting and the prizes come from: the database (fromDatabase) or, in a test, hand-made data.
    struct Source
    {
        std::function<Result<MeetingRecord>(qint64 meetingId)> record;
        std::function<Result<qint64>(const AwardForm& form, const QDate& date)> prize;
    };
    static Source fromDatabase(QSqlDatabase db);

    struct Request
    {
        qint64 meetingId = 0;
        QList<MeetingDocuments::Part> parts = MeetingDocuments::allParts();
        PageSetup::Paper ballotPaper = PageSetup::Paper::A4;
        QDate date; // the tờ trình's and quyết định's date; invalid = today
    };

    struct Written
    {
        QStringList files; // the paths written, PDF then DOCX of each document, in order
        RegisterEntries numbers; // the numbers issued (or given again)
    };

    // `today` dates the tờ trình and quyết định when the request gives no date.
    MeetingDocumentService(QSqlDatabase db, QDate today);
    MeetingDocumentService(QSqlDatabase db, QDate today, Source source);

    // Issues the documents and writes "<NN> <name>.pdf" and ".docx" of each into `directory` (created when missing);
    // a file that cannot be written takes no number.
    Result<Written> write(const Request& request, const QString& directory);
    // Issues the documents and returns them laid out, for printing (the program prints the biên bản and the biên bản
    // kiểm phiếu in one click: printRequest()).
    Result<LaidOutDocument> print(const Request& request);
    static Request printRequest(qint64 meetingId);

    // The documents described, completed and numbered as they would be, nothing written (a preview).
    Result<DocumentService::Output> prepare(const Request& request) const;

private:
    struct Prepared
    {
        DocumentService::Output output;
        QList<MeetingDocuments::Described> described;
    };
    Result<Prepared> prepared(const Request& request) const;
    Result<DocumentService::Output> issue(const Prepared& prepared, const DocumentService::Writer& write);

    QSqlDatabase m_db;
    QDate m_today;
    Source m_source;
};

} // namespace thidua
