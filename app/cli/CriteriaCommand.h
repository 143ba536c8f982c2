#pragma once

#include "app/cli/CliCommand.h"
#include "core/criteria/CriteriaSet.h"

namespace thidua {

// thidua-cli criteria list | export SET --out FILE.json|FILE.xlsx | import FILE.json|FILE.xlsx
class CriteriaCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaCommand)

public:
    QString name() const override { return QStringLiteral("criteria"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    int list(CliContext& context, const QStringList& arguments);
    int exportSet(CliContext& context, const QStringList& arguments);
    int importSet(CliContext& context, const QStringList& arguments);
    // The set named SET: in the database (key, key@version or id), else a built-in set not installed yet.
    Result<CriteriaSet> find(CliContext& context, const QString& name);
};

} // namespace thidua
