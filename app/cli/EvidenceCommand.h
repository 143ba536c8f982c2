#pragma once

#include "app/cli/CliCommand.h"
#include "core/evidence/Evidence.h"

#include <functional>

namespace thidua {

// thidua-cli evidence add|list|export|link|unlink|restore|purge …: the evidence files (minh chứng) beside the
// database. Each action is a row of a table (subCommands), so that other actions (index, dossier) are added with one
// line each: addSubCommand(), or a row in the constructor.
class EvidenceCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceCommand)

public:
    using Action = std::function<int(CliContext& context, const QStringList& arguments)>;
    struct SubCommand
    {
        QString name;
        QString usage; // one line, "thidua-cli evidence add FILE… --to …"
        Action run;
    };

    EvidenceCommand();
    EvidenceCommand(const EvidenceCommand&) = delete; // the table's actions hold `this`
    EvidenceCommand& operator=(const EvidenceCommand&) = delete;
    QString name() const override { return QStringLiteral("evidence"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;
    void addSubCommand(SubCommand subCommand);
    const QList<SubCommand>& subCommands() const { return m_subCommands; }

    // For the actions: what --to names (person:CODE, collective:ID, assessment:ID:ITEM, cdht:ID), checked against
    // the database; a wrong text prints the problem and returns nullopt with `exitCode` set.
    static std::optional<EvidenceLink> parseTarget(
        CliContext& context, const QString& text, const QString& command, int* exitCode);
    // The same, written back: "person:GV001", "assessment:3:H1.TC2.CT1".
    static QString targetText(CliContext& context, const EvidenceLink& link);
    // The id of the school year given as --year (0 when empty); prints the problem and returns -1 when wrong.
    static qint64 schoolYearId(CliContext& context, const QString& text, const QString& command, int* exitCode);
    // The evidence named on the command line: its number, or its code when one row (trashed included) has it.
    static std::optional<Evidence> findEvidence(
        CliContext& context, const QString& text, const QString& command, int* exitCode);

private:
    int add(CliContext& context, const QStringList& arguments);
    int list(CliContext& context, const QStringList& arguments);
    int exportFile(CliContext& context, const QStringList& arguments);
    int link(CliContext& context, const QStringList& arguments);
    int unlink(CliContext& context, const QStringList& arguments);
    int restore(CliContext& context, const QStringList& arguments);
    int purge(CliContext& context, const QStringList& arguments);
    int limit(CliContext& context, const QStringList& arguments);

    QList<SubCommand> m_subCommands;
};

} // namespace thidua
