#pragma once

#include "app/cli/CliCommand.h"
#include "app/cli/MeetingCli.h"

#include <QCoreApplication>

namespace thidua {

// thidua-cli nomination add | list | check | override | decide | state: the year's nominations (đề nghị khen
// thưởng) through NominationService.
class NominationCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(NominationCommand)

public:
    NominationCommand();
    QString name() const override { return QStringLiteral("nomination"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    int add(CliContext& context, const QStringList& arguments);
    int list(CliContext& context, const QStringList& arguments);
    int check(CliContext& context, const QStringList& arguments);
    int overrideCheck(CliContext& context, const QStringList& arguments);
    int decide(CliContext& context, const QStringList& arguments);
    int state(CliContext& context, const QStringList& arguments);

    QList<MeetingCli::SubCommand> m_subCommands;
};

} // namespace thidua
