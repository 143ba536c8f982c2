#pragma once

#include "app/cli/CliCommand.h"

namespace thidua {

// thidua-cli export people --out FILE.xlsx|FILE.csv …: a people list with Vietnamese headers, in Vietnamese order,
// that `import people` reads back to the same data.
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    int people(CliContext& context, const QStringList& arguments);
};

} // namespace thidua
