#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

namespace thidua {

// `evidence index` and `evidence dossier` (issue 15): the danh mục minh chứng as PDF, DOCX or .xlsx, and the dossier
// of a criteria set and year as a folder or .zip. Rows of EvidenceCommand's table of sub-commands.
class EvidenceDossierCommand
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceDossierCommand)

public:
    static int index(CliContext& context, const QStringList& arguments);
    static int dossier(CliContext& context, const QStringList& arguments);
    static QString indexUsage();
    static QString dossierUsage();
};

} // namespace thidua
