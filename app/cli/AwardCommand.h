#pragma once

#include "app/cli/CliCommand.h"
#include "core/awards/AwardForm.h"

#include <optional>

namespace thidua {

// thidua-cli award forms|form|salary|prize|history|add|remove|import: the award catalogue (danh hiệu and hình thức
// with who decides them, their prize coefficient and vote threshold), the dated base salary, and the award history of
// people and collectives, entered one by one or imported from a list (AwardService, AwardHistoryImport).
class AwardCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AwardCommand)

public:
    QString name() const override { return QStringLiteral("award"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

    // Who an award is for, from --person CODE|ID or --collective NAME|ID (a class by its name needs the year).
    struct Subject
    {
        AwardForm::Subject kind = AwardForm::Subject::Person;
        qint64 id = 0;
        QString name;
    };

private:
    int forms(CliContext& context, const QStringList& arguments);
    int form(CliContext& context, const QStringList& arguments);
    int salary(CliContext& context, const QStringList& arguments);
    int prize(CliContext& context, const QStringList& arguments);
    int history(CliContext& context, const QStringList& arguments);
    int add(CliContext& context, const QStringList& arguments);
    int remove(CliContext& context, const QStringList& arguments);
    int import(CliContext& context, const QStringList& arguments); // AwardImportCommand.cpp
};

} // namespace thidua
