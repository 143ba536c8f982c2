#pragma once

#include "app/cli/CliCommand.h"

namespace thidua {

// thidua-cli targets show --year Y | targets set --year Y [--rate 97] [--group-rate 100] [--models-per-group 1]
// [--reference-date 31/05/2025|end] | targets models --year Y GROUP COUNT: the movement's targets of a school year and
// the learning models counted per tổ (TargetService).
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
    int models(CliContext& context, const QStringList& arguments);
};

} // namespace thidua
