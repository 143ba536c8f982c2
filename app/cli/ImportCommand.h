#pragma once

#include "app/cli/CliCommand.h"

namespace thidua {

// thidua-cli import people FILE …: a staff or student list (.xlsx, .xls, .csv, .txt) into the database, all sheets
// in one transaction; the summary line and one line per problem ("sheet:row:column: message") on stdout.
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    int people(CliContext& context, const QStringList& arguments);
};

} // namespace thidua
