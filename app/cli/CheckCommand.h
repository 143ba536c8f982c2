#pragma once

#include "app/cli/CliCommand.h"

namespace thidua {

// thidua-cli check: SQLite's integrity_check and foreign_key_check, and every evidence file verified against its
// SHA-256. Prints each problem (errors, then orphan files as warnings) and exits 0 only without errors. Orphan files
// older than an hour are then removed from the store (a check that finds nothing writes nothing).
class CheckCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace thidua
