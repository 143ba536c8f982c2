#pragma once

#include "app/cli/CliCommand.h"

namespace thidua {

// thidua-cli demo [--reference]: fills an empty database with a demo school.
class DemoCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace thidua
