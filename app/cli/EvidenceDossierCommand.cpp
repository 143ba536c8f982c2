#include "app/cli/EvidenceDossierCommand.h"

#include "app/cli/StatsCommand.h"
#include "core/criteria/CriteriaQuery.h"
#include "core/evidence/EvidenceDossier.h"
#include "core/evidence/EvidenceIndex.h"
#include "core/text/VietnameseFormat.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace thidua {

namespace {

// What both sub-commands read: the year (required), the set (required by the dossier) and the database.
struct Scope
{
    Database* database = nullptr;
    SchoolYear year;
    std::optional<CriteriaSet> set;
};

QString yearText(const SchoolYear& year)
{
    return EvidenceIndex::schoolYearText(year.startYear);
}

bool open(CliContext& context,
    const QCommandLineParser& parser,
    const QString& command,
    bool setRequired,
    Scope* scope,
    int* exitCode)
{
    int startYear = 0;
    if (!context.parseSchoolYear(parser.value(QStringLiteral("year")), &startYear, command, exitCode))
        return false;
    if (startYear == 0) {
        *exitCode = context.usage(EvidenceDossierCommand::tr("--year 2025-2026 is required."), command);
        return false;
    }
    const QString setName = parser.value(QStringLiteral("set"));
    if (setRequired && setName.isEmpty()) {
        *exitCode = context.usage(
            EvidenceDossierCommand::tr("--set SET is required (see “thidua-cli criteria list”)."), command);
        return false;
    }
    auto database = context.database(CliContext::Access::Read);
    if (!database) {
        *exitCode = context.fail(database.error());
        return false;
    }
    scope->database = *database;
    if (!StatsCommand::findYear(context, (*database)->connection(), startYear, &scope->year, exitCode))
        return false;
    if (!setName.isEmpty()) {
        auto set = CriteriaQuery((*database)->connection()).find(setName);
        if (set && set->id == 0)
            set = Error(Error::Code::NotFound,
                EvidenceDossierCommand::tr("There is no criteria set “%1” in this database. See “thidua-cli criteria "
                                           "list”.")
                    .arg(setName));
        if (!set) {
            *exitCode = context.fail(set.error());
            return false;
        }
        scope->set = *set;
    }
    return true;
}

QList<QCommandLineOption> scopeOptions()
{
    return { QCommandLineOption(QStringLiteral("year"),
                 EvidenceDossierCommand::tr("The school year (required)."),
                 QStringLiteral("2025-2026")),
        QCommandLineOption(QStringLiteral("set"),
            EvidenceDossierCommand::tr("The criteria set: its key, key@version or id."),
            QStringLiteral("SET")),
        QCommandLineOption(
            QStringLiteral("out"), EvidenceDossierCommand::tr("Where to write."), QStringLiteral("PATH")) };
}

} // namespace

QString EvidenceDossierCommand::indexUsage()
{
    return QStringLiteral("thidua-cli evidence index --year 2025-2026 [--set SET] --out FILE.pdf|FILE.docx|FILE.xlsx");
}

QString EvidenceDossierCommand::dossierUsage()
{
    return QStringLiteral("thidua-cli evidence dossier --set SET --year 2025-2026 --out DIR|FILE.zip");
}

int EvidenceDossierCommand::index(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write the danh mục minh chứng of a year (grouped per tiêu chí with --set) as PDF, DOCX or .xlsx."));
    parser.addOptions(scopeOptions());
    int exitCode = ExitSuccess;
    const QString command = QStringLiteral("evidence index");
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    const QString out = parser.value(QStringLiteral("out"));
    if (!EvidenceIndex::isIndexPath(out))
        return context.usage(tr("--out must name a .pdf, .docx or .xlsx file."), command);
    Scope scope;
    if (!open(context, parser, command, false, &scope, &exitCode))
        return exitCode;
    QStringList unsignedDocuments;
    auto written = EvidenceIndex::save(scope.database->connection(),
        { scope.year.id, yearText(scope.year), scope.set ? &*scope.set : nullptr, out, QDate::currentDate() },
        &unsignedDocuments);
    for (const QString& document : std::as_const(unsignedDocuments))
        context.err() << tr("Warning: %1 names no signer; the signature name is left blank.").arg(document) << Qt::endl;
    if (!written)
        return context.fail(written.error());
    context.out()
        << tr("Wrote the index of %n evidence file(s) to %1.", nullptr, *written).arg(QDir::toNativeSeparators(out))
        << Qt::endl;
    return ExitSuccess;
}

int EvidenceDossierCommand::dossier(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write the dossier of a criteria set and year: a folder (or .zip) with one "
                                        "sub-folder per tiêu chí, the index PDF and a SHA256SUMS manifest."));
    parser.addOptions(scopeOptions());
    int exitCode = ExitSuccess;
    const QString command = QStringLiteral("evidence dossier");
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usage(tr("--out DIR or --out FILE.zip is required."), command);
    Scope scope;
    if (!open(context, parser, command, true, &scope, &exitCode))
        return exitCode;
    EvidenceDossier::Request request;
    request.target = out;
    request.schoolYearId = scope.year.id;
    request.schoolYear = yearText(scope.year);
    request.set = *scope.set;
    request.today = QDate::currentDate();
    EvidenceDossier dossier(scope.database->connection(), EvidenceStore::forDatabase(context.databasePath()));
    auto written = dossier.write(request);
    if (!written)
        return context.fail(written.error());
    context.out() << tr("Wrote the dossier of “%1” (%2 tiêu chí, %n file(s), %3) to %4.", nullptr, written->files)
                         .arg(request.set.name)
                         .arg(written->chapters)
                         .arg(EvidenceStore::sizeText(written->bytes))
                         .arg(QDir::toNativeSeparators(out))
                  << Qt::endl;
    return ExitSuccess;
}

} // namespace thidua
