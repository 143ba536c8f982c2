#include "core/reports/ReportTextService.h"

#include "core/db/TransactionRun.h"
#include "core/reports/ReportTextRepository.h"
#include "core/text/VietnameseFormat.h"
#include "core/text/VietnameseText.h"

namespace thidua {

namespace {

const ReportText* find(const ReportTexts& texts, ReportTextSection section)
{
    for (const ReportText& t : texts) {
        if (t.section == section && !t.body.isEmpty())
            return &t;
    }
    return nullptr;
}

} // namespace

ReportTextService::ReportTextService(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString ReportTextService::cleaned(const QString& body)
{
    return VietnameseText::cleanLines(body).trimmed();
}

QString ReportTextService::problem(const ReportPeriod& period, ReportTextSection section, const QString& body)
{
    if (!period.isValid())
        return tr("The report period %1 is not a school year or a stage such as 2024-2025 or 2023–2025.")
            .arg(period.name());
    if (body.size() > MaxChars)
        return tr("The section “%1” of the report %2 is %3 characters long; it may hold at most %4.")
            .arg(ReportTextSections::heading(section),
                period.name(),
                VietnameseFormat::integer(body.size()),
                VietnameseFormat::integer(MaxChars));
    return QString();
}

Status ReportTextService::save(const ReportPeriod& period, ReportTextSection section, const QString& body)
{
    const QString text = cleaned(body);
    if (const QString p = problem(period, section, text); !p.isEmpty())
        return Error { Error::Code::Validation, p };
    return runInTransaction(m_db, [&] { return ReportTextRepository(m_db).write(period, section, text); });
}

Result<ReportTexts> ReportTextService::texts(const ReportPeriod& period) const
{
    return ReportTextRepository(m_db).texts(period);
}

Result<ReportTexts> ReportTextService::draft(const ReportPeriod& period) const
{
    const ReportTextRepository repository(m_db);
    auto written = repository.texts(period);
    if (!written)
        return written.error();
    ReportTexts previous;
    if (missingOf(*written).isEmpty())
        return draftOf(period, *written, previous);
    auto before = repository.texts(period.previous());
    if (!before)
        return before.error();
    return draftOf(period, *written, *before);
}

Result<QList<ReportTextSection>> ReportTextService::missingSections(const ReportPeriod& period) const
{
    auto written = texts(period);
    if (!written)
        return written.error();
    return missingOf(*written);
}

ReportTexts ReportTextService::draftOf(
    const ReportPeriod& period, const ReportTexts& written, const ReportTexts& previous)
{
    ReportTexts out;
    for (ReportTextSection section : ReportTextSections::all()) {
        if (const ReportText* own = find(written, section)) {
            out.append(*own);
            continue;
        }
        ReportText text;
        text.period = period;
        text.section = section;
        if (const ReportText* before = find(previous, section)) {
            text.body = before->body;
            text.offered = true;
            text.source = before->period;
        }
        out.append(text);
    }
    return out;
}

QList<ReportTextSection> ReportTextService::missingOf(const ReportTexts& written)
{
    QList<ReportTextSection> out;
    for (ReportTextSection section : ReportTextSections::all()) {
        if (!find(written, section))
            out.append(section);
    }
    return out;
}

} // namespace thidua
