#include "core/reports/MovementReportService.h"

#include "core/documents/DocumentLayouter.h"
#include "core/documents/DocxWriter.h"
#include "core/documents/PdfRenderer.h"
#include "core/evidence/EvidenceIndex.h"
#include "core/reports/ReportFiguresQuery.h"
#include "core/reports/ReportTextService.h"
#include "core/reports/StatsWorkbook.h"
#include "core/school/SchoolQuery.h"

namespace thidua {

MovementReportService::MovementReportService(QSqlDatabase db, QDate today, ChartPainter painter)
    : m_db(std::move(db))
    , m_today(today)
    , m_painter(std::move(painter))
{}

bool MovementReportService::isReportPath(const QString& path)
{
    return path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)
        || path.endsWith(QStringLiteral(".docx"), Qt::CaseInsensitive);
}

Result<MovementReport::Input> MovementReportService::input(const Request& request) const
{
    const QDate date = request.date.isValid() ? request.date : m_today;
    MovementReport::Input input;
    input.stage = request.stage;
    input.fromYear = request.fromYear;
    input.toYear = request.toYear;
    input.recipient = request.recipient;
    input.painter = m_painter;
    const ReportFiguresQuery figures(m_db);
    if (request.stage) {
        if (request.fromYear <= 0 || request.toYear <= request.fromYear)
            return Error(Error::Code::Validation,
                tr("A stage runs from one year to a later one (for example 2023 to 2025), not %1 to %2.")
                    .arg(request.fromYear)
                    .arg(request.toYear));
        auto years = figures.years(request.fromYear, request.toYear - 1, date);
        if (!years)
            return years.error();
        input.years = std::move(*years);
    } else {
        auto found = SchoolQuery(m_db).yearByStart(request.startYear);
        if (!found)
            return found.error();
        if (found->id == 0)
            return Error(Error::Code::NotFound,
                tr("The database has no school year %1-%2.").arg(request.startYear).arg(request.startYear + 1));
        auto years = figures.years(0, request.startYear, date);
        if (!years)
            return years.error();
        input.years = std::move(*years);
        const SchoolYear& year = input.years.constLast().year;
        auto evidence = EvidenceIndex::load(m_db, year.id, EvidenceIndex::schoolYearText(year.startYear), nullptr);
        if (!evidence)
            return evidence.error();
        input.evidence = std::move(*evidence);
    }
    const ReportPeriod period =
        request.stage ? ReportPeriod::stage(request.fromYear, request.toYear) : ReportPeriod::annual(request.startYear);
    auto texts = ReportTextService(m_db).texts(period);
    if (!texts)
        return texts.error();
    for (const ReportText& text : std::as_const(*texts))
        input.judgements.insert(text.section, text.body);
    auto profile = SchoolQuery(m_db).profile();
    if (!profile)
        return profile.error();
    input.schoolName = profile->fullName.trimmed().isEmpty()
        ? EvidenceIndexDocument::blank(QStringLiteral("Tên trường"))
        : profile->fullName.trimmed();
    return input;
}

Status MovementReportService::writeStats(int startYear, const QString& path) const
{
    if (!path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return Error(Error::Code::Validation, tr("The statistics are written as .xlsx, not %1.").arg(path), path);
    auto year = SchoolQuery(m_db).yearByStart(startYear);
    if (!year)
        return year.error();
    if (year->id == 0)
        return Error(
            Error::Code::NotFound, tr("The database has no school year %1-%2.").arg(startYear).arg(startYear + 1));
    auto figures = ReportFiguresQuery(m_db).year(year->id, m_today);
    if (!figures)
        return figures.error();
    auto profile = SchoolQuery(m_db).profile();
    if (!profile)
        return profile.error();
    return StatsWorkbook::save(*figures, profile->fullName, path);
}

Result<DocumentDescription> MovementReportService::describe(const Request& request) const
{
    auto composed = input(request);
    if (!composed)
        return composed.error();
    DocumentDescription description;
    description.kind = MovementReportDocument::kind();
    description.data = MovementReport::compose(*composed);
    if (request.date.isValid()) {
        description.origin.date = request.date;
        description.dateGiven = true;
    }
    return description;
}

Result<DocumentService::Output> MovementReportService::prepare(const Request& request) const
{
    auto description = describe(request);
    if (!description)
        return description.error();
    return DocumentService(m_db, m_today).prepare({ *description });
}

Result<DocumentService::Output> MovementReportService::issue(
    const Request& request, const DocumentService::Writer& write)
{
    auto prepared = prepare(request);
    if (!prepared)
        return prepared.error();
    return DocumentService(m_db, m_today).issue(prepared->descriptions, write);
}

Result<RegisterEntry> MovementReportService::write(const Request& request, const QString& path)
{
    if (!isReportPath(path))
        return Error(Error::Code::Validation, tr("The report is written as .pdf or .docx, not %1.").arg(path), path);
    const bool pdf = path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
    const auto save = [&path, pdf](const DocumentService::Output& issued) -> Status {
        const Documents documents = DocumentService::build(issued.descriptions.constFirst());
        return pdf ? PdfRenderer::save(documents, path) : DocxWriter::save(documents, path);
    };
    auto issued = issue(request, save);
    if (!issued)
        return issued.error();
    return issued->numbers.constFirst();
}

Result<LaidOutDocument> MovementReportService::print(const Request& request)
{
    Result<LaidOutDocument> pages = Error(Error::Code::Generic, QString());
    const auto layOut = [&pages](const DocumentService::Output& issued) -> Status {
        pages = DocumentLayouter::layout(issued.documents);
        return pages ? Status() : Status(pages.error());
    };
    auto issued = issue(request, layOut);
    if (!issued)
        return issued.error();
    return pages;
}

} // namespace thidua
