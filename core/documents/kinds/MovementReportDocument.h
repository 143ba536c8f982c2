#pragma once

#include "core/documents/Document.h"
#include "core/documents/DocumentOrigin.h"

namespace thidua {

// Báo cáo kết quả thực hiện Phong trào thi đua "Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời"
// (issue 17): the annual report, or a stage review (sơ kết, tổng kết) over several years. Its body is composed from
// the records by core/reports (MovementReport): the figures, the tables, the charts as pictures and the judgement
// sections the school wrote; the danh mục minh chứng follows as an appendix. Mẫu 1.4 layout (Báo cáo: BC).
struct MovementReportData
{
    QString summary; // trích yếu: "Kết quả thực hiện Phong trào thi đua “…” năm học 2024-2025"
    Blocks body;
    QList<Appendix> appendices;
    QString recipient; // where the report goes, first in "Nơi nhận" ("Phòng GDĐT Quận Gò Vấp"); empty = a blank
};

class MovementReportDocument
{
public:
    static QString kind() { return QStringLiteral("bao_cao_phong_trao"); }
    static QString typeAbbreviation() { return QStringLiteral("BC"); }
    static Document build(const MovementReportData& data, const DocumentOrigin& origin);
};

} // namespace thidua
