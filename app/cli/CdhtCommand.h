#pragma once

#include "app/cli/CliCommand.h"

namespace thidua {

// thidua-cli cdht set CODE dat|khong-dat|chua --year … / cdht import FILE --year …: the Công dân học tập results
// of a school year, one person at a time or from a list (.xlsx, .xls, .csv), all rows in one transaction.
class CdhtCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CdhtCommand)

public:
    QString name() const override { return QStringLiteral("cdht"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    int set(CliContext& context, const QStringList& arguments);
    int import(CliContext& context, const QStringList& arguments);
    // The id of the school year given as --year; prints the problem and returns 0 when it is not stored.
    qint64 schoolYearId(CliContext& context, const QString& text, int* exitCode);
};

} // namespace thidua
