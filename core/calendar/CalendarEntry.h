#pragma once

#include "core/reports/ReportPeriod.h"

#include <QList>
#include <QString>

namespace thidua {

// A deadline or an event of the year's calendar (lịch công việc): every school year on a day and month (year 0), or
// once in a given calendar year (the sơ kết). What the program checks before it depends on its rule.
struct CalendarEntry
{
    enum class Rule
    {
        None, // a reminder only
        LifelongLearningWeek, // an activity of the Tuần lễ hưởng ứng học tập suốt đời in the year
        ReadingDay, // an activity of the Ngày Sách và Văn hóa đọc Việt Nam in the year
        AwardDossier, // the council's meeting held and its nominations voted on (hồ sơ đề nghị khen thưởng)
        AnnualReport, // Công dân học tập results, each tổ's learning model, the annual report's judgement sections
        StageReview, // the stage report's judgement sections (sơ kết, tổng kết)
    };
    // Which school year's records the rule checks: the one the date falls in, or the one before (the award dossiers
    // of mid-September carry the nominations of the year that has just ended).
    enum class Concerns
    {
        Year,
        PreviousYear,
    };

    QString key; // stable: "annual_report", "lifelong_learning_week"…; a school's own: "custom_1"…
    QString name;
    Rule rule = Rule::None;
    Concerns concerns = Concerns::Year;
    int month = 0;
    int day = 0;
    int endMonth = 0; // 0: a single day
    int endDay = 0;
    int year = 0; // 0: every school year; else the calendar year of a one-off date
    ReportPeriod stage; // StageReview: the stage it reviews
    bool builtin = false; // its dates change, it does not go away

    bool isYearly() const { return year == 0; }
    bool hasEnd() const { return endMonth > 0; }

    static QString ruleKey(Rule rule); // calendar_entry.rule
    static Rule ruleFromKey(const QString& key);
    static QString concernsKey(Concerns concerns);
    static Concerns concernsFromKey(const QString& key);

    friend bool operator==(const CalendarEntry&, const CalendarEntry&) = default;
};

using CalendarEntries = QList<CalendarEntry>;

} // namespace thidua
