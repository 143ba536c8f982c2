#pragma once

#include "app/cli/CliCommand.h"
#include "app/cli/MeetingCli.h"

#include <QCoreApplication>

namespace thidua {

// thidua-cli activity kinds | add | list | remove | import: the activities the school held (hoạt động) through
// ActivityService, and their import from a list (ActivityImport).
class ActivityCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ActivityCommand)

public:
    ActivityCommand();
    QString name() const override { return QStringLiteral("activity"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    int kinds(CliContext& context, const QStringList& arguments);
    int add(CliContext& context, const QStringList& arguments);
    int list(CliContext& context, const QStringList& arguments);
    int remove(CliContext& context, const QStringList& arguments);
    int import(CliContext& context, const QStringList& arguments); // ActivityImportCommand.cpp

    QList<MeetingCli::SubCommand> m_subCommands;
};

} // namespace thidua
