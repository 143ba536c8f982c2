#pragma once

#include "core/common/Result.h"
#include "core/reports/ReportText.h"

#include <QSqlDatabase>

namespace thidua {

// The SQL of the judgement sections (report_text). Writes belong in the caller's Transaction (ReportTextService).
class ReportTextRepository
{
public:
    explicit ReportTextRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // The sections written for the period, in the printed order.
    Result<ReportTexts> texts(const ReportPeriod& period) const;
    // Writes the section (replacing what it had); an empty body removes it.
    Status write(const ReportPeriod& period, ReportTextSection section, const QString& body);

private:
    QSqlDatabase m_db;
};

} // namespace thidua
