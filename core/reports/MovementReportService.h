#pragma once

#include "core/common/Result.h"
#include "core/documents/DocumentService.h"
#include "core/reports/MovementReport.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// The Báo cáo kết quả thực hiện Phong trào, the one use case the program and `thidua-cli report annual|stage` run
// (issue 17, points 3, 4 and 6): reads the figures (ReportFiguresQuery), the school's judgement sections and the
// danh mục minh chứng, composes the report (MovementReport), numbers it in the register through DocumentService (one
// transaction; a report issued before keeps its number) and writes it as PDF or DOCX, or lays it out for printing.
class MovementReportService
{
    Q_DECLARE_TR_FUNCTIONS(MovementReportService)

public:
    struct Request
    {
        bool stage = false;
        int startYear = 0; // annual: the school year 2024-2025 is 2024
        int fromYear = 0; // stage: sơ kết 2023–2025 is 2023 to 2025 (the school years 2023-2024 and 2024-2025)
        int toYear = 0;
        QDate date; // the report's date; invalid = today
        QString recipient; // "Phòng Giáo dục và Đào tạo …"; empty = a marked blank
    };

    // `painter` draws the charts (ui/charts: reportChartPainter()); none leaves them out.
    MovementReportService(QSqlDatabase db, QDate today, ChartPainter painter);

    // The report described from the records, for the document engine (the program's preview prepares and issues it).
    Result<DocumentDescription> describe(const Request& request) const;
    // The report completed and numbered as it would be; nothing written.
    Result<DocumentService::Output> prepare(const Request& request) const;
    // Issues the report and writes it to `path` as its suffix says (.pdf or .docx). Returns its number.
    Result<RegisterEntry> write(const Request& request, const QString& path);
    // Issues the report and returns it laid out, for printing.
    Result<LaidOutDocument> print(const Request& request);

    // The statistics of the school year starting in `startYear` written to `path` (.xlsx, StatsWorkbook).
    Status writeStats(int startYear, const QString& path) const;

    // The composer's input read from the records (figures, judgement sections, the danh mục minh chứng).
    Result<MovementReport::Input> input(const Request& request) const;
    static bool isReportPath(const QString& path); // .pdf or .docx

private:
    Result<DocumentService::Output> issue(const Request& request, const DocumentService::Writer& write);

    QSqlDatabase m_db;
    QDate m_today;
    ChartPainter m_painter;
};

} // namespace thidua
