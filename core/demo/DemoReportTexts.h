#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>

namespace thidua {

// The demo school's judgement sections of last school year's report (kết quả nổi bật, tồn tại – hạn chế, nguyên
// nhân, phương hướng, kiến nghị), written as a school writes them and without figures (those come from the records),
// so that this year's report starts from them and the calendar shows this year's sections as still to write.
// Through ReportTextService, inside DemoSchool's transaction.
class DemoReportTexts
{
public:
    static Status add(const QSqlDatabase& db, int lastStartYear);
};

} // namespace thidua
