#pragma once

#include "app/cli/CliContext.h"

#include <QStringList>

namespace thidua {

// One thidua-cli subcommand ("people", "school", …). Returns an ExitCode.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    // One translated line for the overall help.
    virtual QString summary() const = 0;
    virtual int run(CliContext& context, const QStringList& arguments) = 0;
};

} // namespace thidua
