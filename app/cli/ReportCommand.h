#pragma once

#include "app/cli/CliCommand.h"
#include "app/cli/MeetingCli.h"

#include <QCoreApplication>

namespace thidua {

// thidua-cli report …: the reports of the movement. `report text` shows or sets the judgement sections of a period
// (ReportTextService); each further sub-command (annual, stage, stats) is one more row of m_subCommands.
class ReportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    ReportCommand();
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    int text(CliContext& context, const QStringList& arguments);

    QList<MeetingCli::SubCommand> m_subCommands;
};

} // namespace thidua
