#pragma once

#include "app/cli/CliCommand.h"
#include "app/cli/MeetingCli.h"

#include <QCoreApplication>

namespace thidua {

// thidua-cli model add | list | remove | import: the learning models (mô hình học tập) each tổ builds in a school year,
// and the tổ that have none yet (list --missing), through ActivityService.
class ModelCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ModelCommand)

public:
    ModelCommand();
    QString name() const override { return QStringLiteral("model"); }
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
