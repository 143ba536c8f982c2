#pragma once

#include "core/documents/Document.h"
#include "core/reports/YearFigures.h"

namespace thidua {

// The tables of the annual report and the stage reviews, built from the records' figures. Printed wording: Vietnamese.
namespace ReportTables {

// "94,4 %" of a figure; "–" when nobody is counted.
QString rate(const RateFigure& figure);
// "Đạt" or "Chưa đạt" against the figure's target; "–" when nobody is counted.
QString verdict(const RateFigure& figure);

// One year.
Table activities(const YearFigures& year); // STT, hoạt động, loại, thời gian, đơn vị tổ chức, số người tham gia
Table learningCitizenGroups(const YearFigures& year); // per group: tổng số, đạt, tỉ lệ, chỉ tiêu, kết quả
Table learningCitizenGroupsPerTo(const YearFigures& year); // per tổ, against the tổ target
Table models(const YearFigures& year); // STT, tổ, mô hình, kết quả
Table initiatives(const YearFigures& year); // STT, tên, tác giả, cấp, quyết định
Table awardForms(const YearFigures& year); // per award form: đề nghị, Hội đồng xét đạt, không đạt, có quyết định
Table nominations(const YearFigures& year); // STT, cá nhân / tập thể, hình thức, kết quả

// Year by year (trend of an annual report, the stage reviews): one row per year.
Table learningCitizenByYear(const YearFiguresList& years);
Table activitiesByYear(const YearFiguresList& years);
Table modelsByYear(const YearFiguresList& years);
Table initiativesByYear(const YearFiguresList& years);
Table awardsByYear(const YearFiguresList& years);

} // namespace ReportTables

} // namespace thidua
