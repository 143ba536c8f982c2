#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

namespace thidua {

// `evidence index` and `evidence dossier` (issue 15): the danh mục minh chứng as PDF, DOCX or .xlsx, and the dossier
// of a criteria set and year as a folder or .zip. EvidenceCommand's table of sub-commands calls index() and
// dossier(); until it lands, this class answers `thidua-cli evidence index|dossier` itself.
class EvidenceDossierCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceDossierCommand)

public:
    QString name() const override { return QStringLiteral("evidence"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

    static int index(CliContext& context, const QStringList& arguments);
    static int dossier(CliContext& context, const QStringList& arguments);
    static QString usageLines();
};

} // namespace thidua
