#pragma once

#include "core/activities/Activity.h"
#include "core/calendar/CalendarEntry.h"
#include "core/criteria/MovementRoster.h"
#include "core/people/Collective.h"
#include "core/reports/ReportText.h"

#include <QCoreApplication>
#include <QStringList>

namespace thidua {

// What is still missing before a calendar entry: pure functions over loaded records (CalendarService loads them).
class CalendarRules
{
    Q_DECLARE_TR_FUNCTIONS(CalendarRules)

public:
    // The records of the school year (or stage) an entry concerns. Only what its rule reads need be filled.
    struct Facts
    {
        QString yearName; // "2024-2025"
        bool yearStored = false; // false: the school has no such year, and there is nothing of it to check
        // Công dân học tập: people counted in the year with no result yet.
        int staffUnassessed = 0;
        int studentsUnassessed = 0;
        Collectives groupsWithoutModel; // LearningModelRule::withoutModel
        QList<Activity::Kind> activityKinds; // the kinds of the year's activities
        int meetings = 0; // council meetings of the year
        int finishedMeetings = 0;
        int undecidedNominations = 0; // proposed or reviewed, not voted on yet
        ReportPeriod period; // the report the entry asks for
        QList<ReportTextSection> missingSections; // ReportTextService::missingSections(period)
    };

    // Tổ named one by one up to this many; more are counted in one line.
    static constexpr int NamedGroups = 3;

    // The missing items of an entry with `rule`, in Vietnamese for the user ("12 CB-GV-NV chưa có kết quả Công dân
    // học tập", "Tổ Ngữ văn chưa có mô hình học tập năm nay", "Báo cáo năm học 2024-2025 chưa có phần “Phương hướng,
    // nhiệm vụ”"), empty when nothing is.
    static QStringList missing(CalendarEntry::Rule rule, const Facts& facts);

    // People counted in the roster with no Công dân học tập result (chưa đánh giá), staff and students.
    static void countUnassessed(const MovementRoster& roster, int* staff, int* students);

    static QStringList learningCitizens(const Facts& facts);
    static QStringList learningModels(const Facts& facts);
    static QStringList reportSections(const Facts& facts);
    static QStringList activity(Activity::Kind kind, const Facts& facts);
    static QStringList awards(const Facts& facts);
};

} // namespace thidua
