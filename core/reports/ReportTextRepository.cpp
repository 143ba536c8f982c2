#include "core/reports/ReportTextRepository.h"

#include "core/db/Sql.h"

#include <algorithm>

namespace thidua {

Result<ReportTexts> ReportTextRepository::texts(const ReportPeriod& period) const
{
    auto q = Sql::exec(m_db,
        QStringLiteral("SELECT section, body, updated_at FROM report_text WHERE from_year = ? AND to_year = ?"),
        { period.fromYear, period.toYear });
    if (!q)
        return q.error();
    ReportTexts out;
    while (q->next()) {
        const auto section = ReportTextSections::fromKey(q->value(0).toString());
        if (!section)
            continue;
        ReportText text;
        text.period = period;
        text.section = *section;
        text.body = q->value(1).toString();
        text.updatedAt = QDateTime::fromString(q->value(2).toString(), Qt::ISODate);
        text.updatedAt.setTimeSpec(Qt::UTC);
        out.append(text);
    }
    std::sort(out.begin(), out.end(), [](const ReportText& a, const ReportText& b) { return a.section < b.section; });
    return out;
}

Status ReportTextRepository::write(const ReportPeriod& period, ReportTextSection section, const QString& body)
{
    const QVariantList key { period.fromYear, period.toYear, ReportTextSections::key(section) };
    if (body.isEmpty()) {
        auto q = Sql::exec(
            m_db, QStringLiteral("DELETE FROM report_text WHERE from_year = ? AND to_year = ? AND section = ?"), key);
        return q ? Status() : Status(q.error());
    }
    auto q = Sql::exec(m_db,
        QStringLiteral("INSERT INTO report_text (from_year, to_year, section, body) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (from_year, to_year, section) DO UPDATE SET body = excluded.body, "
                       "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now')"),
        key + QVariantList { body });
    return q ? Status() : Status(q.error());
}

} // namespace thidua
