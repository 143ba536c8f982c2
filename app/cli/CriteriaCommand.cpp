#include "app/cli/CriteriaCommand.h"

#include "core/common/FileProblem.h"
#include "core/criteria/CriteriaJson.h"
#include "core/criteria/CriteriaQuery.h"
#include "core/criteria/CriteriaService.h"
#include "core/criteria/CriteriaSetBuiltIns.h"
#include "core/criteria/CriteriaXlsx.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace thidua {

namespace {

bool isXlsx(const QString& path)
{
    return QFileInfo(path).suffix().compare(QStringLiteral("xlsx"), Qt::CaseInsensitive) == 0;
}

bool isJson(const QString& path)
{
    return QFileInfo(path).suffix().compare(QStringLiteral("json"), Qt::CaseInsensitive) == 0;
}

} // namespace

QString CriteriaCommand::summary() const
{
    return tr("List, export and import criteria sets (criteria list | export SET --out FILE | import FILE).");
}

int CriteriaCommand::run(CliContext& context, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == QStringLiteral("list"))
        return list(context, arguments.mid(1));
    if (action == QStringLiteral("export"))
        return exportSet(context, arguments.mid(1));
    if (action == QStringLiteral("import"))
        return importSet(context, arguments.mid(1));
    if (action == QStringLiteral("--help") || action == QStringLiteral("-h")) {
        context.out() << summary() << Qt::endl
                      << QStringLiteral("  thidua-cli criteria list\n"
                                        "  thidua-cli criteria export SET --out FILE.json|FILE.xlsx\n"
                                        "  thidua-cli criteria import FILE.json|FILE.xlsx\n")
                      << tr("SET is a set's key (its newest version), KEY@VERSION, or its number in the list.")
                      << Qt::endl;
        return ExitSuccess;
    }
    return context.usage(action.isEmpty() ? tr("Missing action: list, export or import.")
                                          : tr("Unknown action “%1”: use list, export or import.").arg(action),
        name());
}

int CriteriaCommand::list(CliContext& context, const QStringList& arguments)
{
    if (!arguments.isEmpty())
        return context.usage(tr("“criteria list” takes no arguments."), name());
    auto database = context.database(CliContext::Access::Read);
    if (!database)
        return context.fail(database.error());
    const CriteriaQuery query((*database)->connection());
    auto sets = query.sets();
    if (!sets)
        return context.fail(sets.error());
    auto builtIns = CriteriaSetBuiltIns::all();
    if (!builtIns)
        return context.fail(builtIns.error());
    QTextStream& out = context.out();
    auto line = [&](const CriteriaSet& set, const QString& id, const QString& uses) {
        out << id.leftJustified(5) << (set.key + QLatin1Char('@') + QString::number(set.version)).leftJustified(36)
            << set.name << '\n'
            << QStringLiteral("     ")
            << tr("%1; %2; %n leaf item(s)", nullptr, int(set.leaves().size()))
                   .arg(CriteriaSet::targetName(set.target), set.rule.describe());
        if (set.unconfirmedCount() > 0)
            out << tr("; %n to check against the original text", nullptr, set.unconfirmedCount());
        out << "; " << uses << '\n';
    };
    QStringList keys;
    for (const CriteriaSet& set : std::as_const(*sets)) {
        keys << set.key;
        auto uses = query.uses(set.id);
        if (!uses)
            return context.fail(uses.error());
        line(set, QString::number(set.id), tr("used by %n assessment(s)", nullptr, int(*uses)));
    }
    for (const CriteriaSet& set : std::as_const(*builtIns)) {
        if (!keys.contains(set.key))
            line(set, QStringLiteral("-"), tr("built in, not in this database yet"));
    }
    out.flush();
    return ExitSuccess;
}

Result<CriteriaSet> CriteriaCommand::find(CliContext& context, const QString& name)
{
    auto database = context.database(CliContext::Access::Read);
    if (!database)
        return database.error();
    auto set = CriteriaQuery((*database)->connection()).find(name);
    if (!set || set->id != 0)
        return set;
    auto builtIns = CriteriaSetBuiltIns::all();
    if (!builtIns)
        return builtIns.error();
    for (const CriteriaSet& builtIn : std::as_const(*builtIns)) {
        if (builtIn.key == name)
            return builtIn;
    }
    return Error(Error::Code::NotFound, tr("There is no criteria set “%1”. See “thidua-cli criteria list”.").arg(name));
}

int CriteriaCommand::exportSet(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(
        QStringLiteral("out"), tr("The file to write: .json or .xlsx."), QStringLiteral("FILE"));
    parser.addOption(outOption);
    parser.addPositionalArgument(QStringLiteral("SET"), tr("The set's key, KEY@VERSION or its number."));
    int exitCode = ExitSuccess;
    if (!context.parse(parser, arguments, QStringLiteral("criteria export"), &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.usage(tr("Name one criteria set to export."), name());
    const QString path = parser.value(outOption);
    if (path.isEmpty() || (!isJson(path) && !isXlsx(path)))
        return context.usage(tr("--out FILE.json or --out FILE.xlsx is required."), name());
    auto set = find(context, parser.positionalArguments().constFirst());
    if (!set)
        return context.fail(set.error());
    const Status written = isXlsx(path) ? CriteriaXlsx::write(*set, path) : CriteriaJson::writeFile(*set, path);
    if (!written)
        return context.fail(written.error());
    context.out()
        << tr("Wrote “%1” version %2 to %3.").arg(set->name).arg(set->version).arg(QDir::toNativeSeparators(path))
        << Qt::endl;
    return ExitSuccess;
}

int CriteriaCommand::importSet(CliContext& context, const QStringList& arguments)
{
    if (arguments.size() != 1 || arguments.constFirst().startsWith(QLatin1Char('-')))
        return context.usage(tr("Name one file to import: FILE.json or FILE.xlsx."), name());
    const QString path = arguments.constFirst();
    if (!isJson(path) && !isXlsx(path))
        return context.usage(tr("A criteria set is imported from .json or .xlsx, not “%1”.").arg(path), name());
    if (!QFileInfo(path).isFile())
        return context.fail(FileProblem::unreadable(path));
    // The file is read whole before the database is opened: a wrong file changes nothing.
    auto set = isXlsx(path) ? CriteriaXlsx::read(path) : CriteriaJson::readFile(path);
    if (!set)
        return context.fail(set.error());
    auto database = context.database(CliContext::Access::Write);
    if (!database)
        return context.fail(database.error());
    CriteriaService service((*database)->connection());
    if (auto installed = service.installBuiltIns(); !installed)
        return context.fail(installed.error());
    const CriteriaQuery query((*database)->connection());
    auto previous = query.latest(set->key);
    if (!previous)
        return context.fail(previous.error());
    auto saved = service.importSet(*set);
    if (!saved)
        return context.fail(saved.error());
    context.out() << CriteriaService::describe(*saved, previous->version, 0) << Qt::endl;
    return ExitSuccess;
}

} // namespace thidua
