#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

namespace thidua {

// thidua-cli council show | set: the year's Hội đồng Thi đua – Khen thưởng through CouncilService.
class CouncilCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CouncilCommand)

public:
    QString name() const override { return QStringLiteral("council"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    int show(CliContext& context, const QStringList& arguments);
    int set(CliContext& context, const QStringList& arguments);
};

} // namespace thidua
