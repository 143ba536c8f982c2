#include "app/cli/CheckCommand.h"

#include "core/common/FileProblem.h"
#include "core/evidence/EvidenceCheck.h"
#include "core/evidence/EvidenceService.h"

#include <QDir>
#include <QFileInfo>

namespace thidua {

QString CheckCommand::summary() const
{
    return tr("Check the database and every evidence file (exit 0 only without errors).");
}

int CheckCommand::run(CliContext& context, const QStringList& arguments)
{
    if (arguments.value(0) == QStringLiteral("--help") || arguments.value(0) == QStringLiteral("-h")) {
        context.out() << summary() << Qt::endl
                      << tr("Runs SQLite's integrity_check and foreign_key_check, and checks that every evidence "
                            "file is present, readable, of its size and unchanged (SHA-256). Files of the evidence "
                            "folder that no evidence uses are warnings; those older than an hour are removed.")
                      << Qt::endl;
        return ExitSuccess;
    }
    if (!arguments.isEmpty())
        return context.usage(tr("“check” takes no arguments."), name());
    // A check never creates the school it was asked to check.
    if (!QFileInfo(context.databasePath()).isFile())
        return context.fail(FileProblem::unreadable(context.databasePath()));
    auto database = context.database(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    const EvidenceStore store = EvidenceStore::forDatabase((*database)->path());
    auto report = EvidenceCheck((*database)->connection(), store).run();
    if (!report)
        return context.fail(report.error());
    for (const CheckProblem& problem : std::as_const(report->problems)) {
        if (problem.isError())
            context.out() << tr("Error: %1").arg(problem.message()) << '\n';
    }
    for (const CheckProblem& problem : std::as_const(report->problems)) {
        if (!problem.isError())
            context.out() << tr("Warning: %1").arg(problem.message()) << '\n';
    }
    context.out() << tr("Checked the database and %n evidence file(s) (%1).", nullptr, report->objectsChecked)
                         .arg(EvidenceStore::sizeText(report->bytesChecked))
                  << ' ' << tr("%n error(s)", nullptr, report->errorCount()) << ", "
                  << tr("%n warning(s).", nullptr, report->warningCount()) << Qt::endl;

    // Orphans (left by a crash between storing a file and writing its row) are removed once they are old enough not
    // to belong to an add still running elsewhere.
    if (report->warningCount() > 0 && !(*database)->isReadOnly()) {
        EvidenceService service((*database)->connection(), store);
        auto cleaned = service.cleanOrphans();
        if (!cleaned)
            return context.fail(cleaned.error());
        if (*cleaned > 0)
            context.out() << tr("Removed %n file(s) that no evidence uses from %1.", nullptr, *cleaned)
                                 .arg(QDir::toNativeSeparators(store.root()))
                          << Qt::endl;
    }
    return report->hasErrors() ? ExitFailure : ExitSuccess;
}

} // namespace thidua
