#pragma once

#include "app/cli/CliCommand.h"

namespace thidua {

// thidua-cli targets show --year Y | targets set --year Y [--rate 97] [--group-rate 100] [--models-per-group 1]
// [--reference-date 31/05/2025|end]: the movement's targets of a school year (TargetService); show also prints the
// learning models recorded per tổ (MovementStatsQuery::modelCounts).
class TargetsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(TargetsCommand)

public:
    QString name() const override { return QStringLiteral("targets"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    int show(CliContext& context, const QStringList& arguments);
    int set(CliContext& context, const QStringList& arguments);
};

} // namespace thidua
