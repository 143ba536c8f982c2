#pragma once

#include "app/cli/CliCommand.h"
#include "core/school/School.h"

namespace thidua {

struct Targets;
class MovementStats;
class MovementRoster;

// thidua-cli stats --year 2024-2025 [--format table|json] [--missing]: the movement's figures of a school year (issue
// 14, point 7): for each target, numerator, denominator, rate and whether it is met, per group and per collective.
class StatsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)

public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

    // The school year named by --year in the open database; prints the problem and returns false when there is none.
    static bool findYear(CliContext& context, const QSqlDatabase& db, int startYear, SchoolYear* year, int* exitCode);

private:
    static void printTable(QTextStream& out,
        const SchoolYear& year,
        const Targets& targets,
        const MovementRoster& roster,
        const MovementStats& stats,
        bool missing);
    static QByteArray json(
        const SchoolYear& year, const Targets& targets, const MovementRoster& roster, const MovementStats& stats);
};

} // namespace thidua
