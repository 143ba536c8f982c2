#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

namespace thidua {

// thidua-cli calendar [--year 2024-2025] [--today YYYY-MM-DD]: the year's deadlines with the days left and what is
// still missing for each (CalendarService); `calendar set KEY --date DD/MM [--end DD/MM]` changes a date.
class CalendarCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CalendarCommand)

public:
    QString name() const override { return QStringLiteral("calendar"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    int show(CliContext& context, const QStringList& arguments);
    int set(CliContext& context, const QStringList& arguments);
};

} // namespace thidua
