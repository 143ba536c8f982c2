#pragma once

#include "app/cli/CliCommand.h"
#include "app/cli/MeetingCli.h"

#include <QCoreApplication>

namespace thidua {

class MeetingService;

// thidua-cli meeting create | attend | nominees | round | tally | finalize | reopen | show | list | documents: a whole
// council meeting from the command line, through MeetingService and MeetingQuery.
class MeetingCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(MeetingCommand)

public:
    MeetingCommand();
    QString name() const override { return QStringLiteral("meeting"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    int create(CliContext& context, const QStringList& arguments);
    int attend(CliContext& context, const QStringList& arguments);
    int nominees(CliContext& context, const QStringList& arguments);
    int round(CliContext& context, const QStringList& arguments);
    int tally(CliContext& context, const QStringList& arguments);
    int finalize(CliContext& context, const QStringList& arguments);
    int reopen(CliContext& context, const QStringList& arguments);
    int show(CliContext& context, const QStringList& arguments);
    int list(CliContext& context, const QStringList& arguments);

    QList<MeetingCli::SubCommand> m_subCommands;
};

} // namespace thidua
