#pragma once

#include "app/cli/CliCommand.h"
#include "app/cli/MeetingCli.h"

#include <QCoreApplication>

namespace thidua {

// thidua-cli initiative add | list | remove | import: initiatives (sáng kiến, giải pháp), their authors and the
// decision that recognised them, through ActivityService.
class InitiativeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InitiativeCommand)

public:
    InitiativeCommand();
    QString name() const override { return QStringLiteral("initiative"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    int add(CliContext& context, const QStringList& arguments);
    int list(CliContext& context, const QStringList& arguments);
    int remove(CliContext& context, const QStringList& arguments);
    int import(CliContext& context, const QStringList& arguments);

    QList<MeetingCli::SubCommand> m_subCommands;
};

} // namespace thidua
