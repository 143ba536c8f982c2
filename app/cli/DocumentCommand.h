#pragma once

#include "app/cli/CliCommand.h"

namespace thidua {

// thidua-cli document render SPEC.json --out FILE.pdf|FILE.docx
// thidua-cli document register [--year YYYY] [--export FILE.csv]
// thidua-cli document bases [--date YYYY-MM-DD] [--kind KIND]
// thidua-cli document calibrate [--printer NAME] --out FILE.pdf
class DocumentCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCommand)

public:
    QString name() const override { return QStringLiteral("document"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    int render(CliContext& context, const QStringList& arguments);
    int registerList(CliContext& context, const QStringList& arguments);
    int bases(CliContext& context, const QStringList& arguments);
    int calibrate(CliContext& context, const QStringList& arguments);
};

} // namespace thidua
