#include "core/meeting/MeetingDocumentService.h"

#include "core/documents/DocumentLayouter.h"
#include "core/documents/DocxWriter.h"
#include "core/documents/PdfRenderer.h"

#include <QDir>

namespace thidua {

MeetingDocumentService::MeetingDocumentService(QSqlDatabase db, QDate today, Source source)
    : m_db(std::move(db))
    , m_today(today)
    , m_source(std::move(source))
{}

MeetingDocumentService::Request MeetingDocumentService::printRequest(qint64 meetingId)
{
    Request request;
    request.meetingId = meetingId;
    request.parts = { MeetingDocuments::Part::Minutes, MeetingDocuments::Part::Tally };
    return request;
}

Result<MeetingDocumentService::Prepared> MeetingDocumentService::prepared(const Request& request) const
{
    auto record = m_source.record(request.meetingId);
    if (!record)
        return record.error();
    MeetingDocuments::Options options;
    options.date = request.date.isValid() ? request.date : m_today;
    options.ballotPaper = request.ballotPaper;
    options.parts = request.parts;
    if (request.parts.contains(MeetingDocuments::Part::Decisions)) {
        for (const MeetingRecord::Nominee& nominee : std::as_const(record->nominees)) {
            const QString& key = nominee.view.form.key;
            if (!nominee.passed || !nominee.view.form.schoolDecides() || options.prizes.contains(key))
                continue;
            auto prize = m_source.prize(nominee.view.form, options.date);
            if (!prize)
                return prize.error();
            options.prizes.insert(key, *prize);
        }
    }

    // The school as the database knows it, and the number the biên bản gets (or got), which the tờ trình cites.
    DocumentService documents(m_db, m_today);
    MeetingDocuments::Options minutesOnly = options;
    minutesOnly.parts = { MeetingDocuments::Part::Minutes };
    auto minutes = documents.prepare({ MeetingDocuments::describe(*record, minutesOnly).constFirst().description });
    if (!minutes)
        return minutes.error();
    options.organization = minutes->descriptions.constFirst().origin.organization;
    const RegisterEntry& number = minutes->numbers.constFirst();
    if (request.parts.contains(MeetingDocuments::Part::Minutes) || number.id != 0)
        options.minutesNumber = number.symbol;

    Prepared result;
    result.described = MeetingDocuments::describe(*record, options);
    QList<DocumentDescription> descriptions;
    for (const MeetingDocuments::Described& described : std::as_const(result.described))
        descriptions << described.description;
    auto output = documents.prepare(descriptions);
    if (!output)
        return output.error();
    result.output = std::move(*output);
    return result;
}

Result<DocumentService::Output> MeetingDocumentService::prepare(const Request& request) const
{
    auto result = prepared(request);
    if (!result)
        return result.error();
    return result->output;
}

Result<DocumentService::Output> MeetingDocumentService::issue(
    const Prepared& prepared, const DocumentService::Writer& write)
{
    // The tờ trình cites the number the biên bản was shown with: it must be the number it gets.
    QString cited;
    for (qsizetype i = 0; i < prepared.described.size(); ++i) {
        if (prepared.described[i].part == MeetingDocuments::Part::Minutes)
            cited = prepared.output.descriptions[i].origin.number;
    }
    const auto checked = [&prepared, &cited, &write](const DocumentService::Output& issued) -> Status {
        for (qsizetype i = 0; i < prepared.described.size(); ++i) {
            if (prepared.described[i].part == MeetingDocuments::Part::Minutes
                && issued.descriptions[i].origin.number != cited)
                return Error(Error::Code::Generic,
                    tr("The minutes were given number %1 instead of %2; make the documents again.")
                        .arg(issued.descriptions[i].origin.number, cited));
        }
        return write ? write(issued) : Status();
    };
    return DocumentService(m_db, m_today).issue(prepared.output.descriptions, checked);
}

Result<MeetingDocumentService::Written> MeetingDocumentService::write(const Request& request, const QString& directory)
{
    auto ready = prepared(request);
    if (!ready)
        return ready.error();
    if (!QDir().mkpath(directory))
        return Error(Error::Code::Io, tr("Cannot create the folder %1.").arg(directory), directory);
    Written written;
    const QDir folder(directory);
    const auto save = [&ready, &folder, &written](const DocumentService::Output& issued) -> Status {
        for (qsizetype i = 0; i < issued.descriptions.size(); ++i) {
            const Documents documents = DocumentService::build(issued.descriptions[i]);
            const QString base = folder.filePath(ready->described[i].fileName);
            if (auto pdf = PdfRenderer::save(documents, base + QStringLiteral(".pdf")); !pdf)
                return pdf;
            if (auto docx = DocxWriter::save(documents, base + QStringLiteral(".docx")); !docx)
                return docx;
            written.files << base + QStringLiteral(".pdf") << base + QStringLiteral(".docx");
        }
        return {};
    };
    auto issued = issue(*ready, save);
    if (!issued)
        return issued.error();
    written.numbers = issued->numbers;
    return written;
}

Result<LaidOutDocument> MeetingDocumentService::print(const Request& request)
{
    auto ready = prepared(request);
    if (!ready)
        return ready.error();
    Result<LaidOutDocument> pages = Error(Error::Code::Generic, QString());
    const auto layOut = [&pages](const DocumentService::Output& issued) -> Status {
        pages = DocumentLayouter::layout(issued.documents);
        return pages ? Status() : Status(pages.error());
    };
    auto issued = issue(*ready, layOut);
    if (!issued)
        return issued.error();
    return pages;
}

} // namespace thidua
