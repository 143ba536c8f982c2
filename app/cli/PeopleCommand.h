#pragma once

#include "app/cli/CliCommand.h"

namespace thidua {

// thidua-cli people list|add …
class PeopleCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PeopleCommand)

public:
    QString name() const override { return QStringLiteral("people"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    int list(CliContext& context, const QStringList& arguments);
    int add(CliContext& context, const QStringList& arguments);
};

} // namespace thidua
