#pragma once

#include "core/documents/kinds/EvidenceIndexDocument.h"
#include "core/documents/kinds/MovementReportDocument.h"
#include "core/reports/ReportChart.h"
#include "core/reports/ReportText.h"
#include "core/reports/YearFigures.h"

#include <QMap>

#include <optional>

namespace thidua {

// Composes the Báo cáo kết quả thực hiện Phong trào from the records (issue 17, points 3 and 4): the annual report of
// one school year, or a stage review (sơ kết 2023–2025, tổng kết 2023–2030) with year-by-year tables. Every figure is
// computed from YearFigures; the judgement sections are the school's own text (an empty one is a marked blank); the
// charts are drawn by the ChartPainter given (none: no charts); the danh mục minh chứng is the appendix of an annual
// report. Pure but for the painter.
class MovementReport
{
public:
    struct Input
    {
        // Annual: the report's year last, the years before it for the trend (may be none). Stage: the stage's years.
        YearFiguresList years;
        bool stage = false;
        int fromYear = 0; // stage: "2023" of sơ kết 2023–2025 (the calendar years it spans)
        int toYear = 0; // stage: "2025"
        QString schoolName; // "Trường THPT Nguyễn Khuyến"
        QString recipient; // "Phòng Giáo dục và Đào tạo …"; empty = a marked blank
        // The sections the school wrote (ReportTextService), each in its place: paragraphs separated by line breaks, a
        // line starting with "-" a bullet; a section missing or empty is a marked blank.
        QMap<ReportTextSection, QString> judgements;
        std::optional<EvidenceIndexData> evidence; // annual report: the appendix
        ChartPainter painter;
    };

    static constexpr double ChartWidthMm = 160;
    static constexpr double ChartHeightMm = 85;
    static constexpr int ChartDpi = 300;

    static MovementReportData compose(const Input& input);
    // The charts the report embeds, in order: annual: rates per tổ against the tổ target, then the trend over the
    // years given when there are at least two; stage: the trend and the tổ reaching their target per year.
    static QList<ReportChart> charts(const Input& input);
    // "Kết quả thực hiện Phong trào thi đua “Cả nước thi đua …” năm học 2024-2025", or "Sơ kết giai đoạn 2023 – 2025
    // thực hiện Phong trào thi đua “…”" (tổng kết when the stage reaches 2030).
    static QString summary(const Input& input);

    static QString movementName();
};

} // namespace thidua
