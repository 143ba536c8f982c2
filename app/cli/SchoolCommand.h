#pragma once

#include "app/cli/CliCommand.h"

namespace thidua {

// thidua-cli school show | school set KEY VALUE
class SchoolCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SchoolCommand)

public:
    QString name() const override { return QStringLiteral("school"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
};

} // namespace thidua
