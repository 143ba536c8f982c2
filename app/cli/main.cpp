// thidua-cli: the command line of ThiĐua, for scripting and end-to-end tests.
// Exit codes: 0 success, 1 any error (message in Vietnamese on stderr), 2 wrong usage.
#include "app/cli/ActivityCommand.h"
#include "app/cli/AwardCommand.h"
#include "app/cli/CalendarCommand.h"
#include "app/cli/CdhtCommand.h"
#include "app/cli/CheckCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/CouncilCommand.h"
#include "app/cli/CriteriaCommand.h"
#include "app/cli/DemoCommand.h"
#include "app/cli/DocumentCommand.h"
#include "app/cli/EvidenceCommand.h"
#include "app/cli/ExportCommand.h"
#include "app/cli/ImportCommand.h"
#include "app/cli/InitiativeCommand.h"
#include "app/cli/MeetingCommand.h"
#include "app/cli/ModelCommand.h"
#include "app/cli/NominationCommand.h"
#include "app/cli/PeopleCommand.h"
#include "app/cli/ReportCommand.h"
#include "app/cli/SchoolCommand.h"
#include "app/cli/StatsCommand.h"
#include "app/cli/TargetsCommand.h"
#include "core/common/RuntimeDirectory.h"
#include "core/common/Translation.h"
#include "core/db/Database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>
#include <vector>

using namespace thidua;

namespace {
// For the strings of main(), which has no class.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

namespace {
// An hour: a longer wait is surely a mistake (a value in milliseconds).
constexpr int MaxWaitSeconds = 3600;

// What a command needs of Qt. "document" draws text, which needs a QGuiApplication, and so do "evidence" (the index),
// "demo" (its evidence pictures) and "meeting documents". "report" (annual, stage) draws charts with Qt Charts, which
// needs a QApplication (ui/charts). The other commands start faster without either.
enum class Needs
{
    Core,
    Gui,
    Widgets,
};

Needs needsOf(int argc, char* argv[])
{
    QByteArray command;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (command.isEmpty() && (arg == "--db" || arg == "--lang" || arg == "--wait")) {
            ++i;
            continue;
        }
        if (arg.startsWith('-'))
            continue;
        if (!command.isEmpty())
            return command == "meeting" && arg == "documents" ? Needs::Gui : Needs::Core;
        command = arg;
        if (command == "report")
            return Needs::Widgets;
        if (command != "meeting")
            return command == "document" || command == "evidence" || command == "demo" ? Needs::Gui : Needs::Core;
    }
    return Needs::Core;
}
} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (const Needs needs = needsOf(argc, argv); needs != Needs::Core) {
        // Documents and charts are drawn off screen: no display is needed.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Run as root or from cron there is no XDG_RUNTIME_DIR, and the platform plugin would warn on every run.
        RuntimeDirectory::ensure();
        if (needs == Needs::Widgets)
            application = std::make_unique<QApplication>(argc, argv);
        else
            application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("ThiDua"));
    QCoreApplication::setApplicationName(QStringLiteral("ThiDua"));
    QCoreApplication::setApplicationVersion(QStringLiteral(THIDUA_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);

    // Global options come before the command.
    QString language = qEnvironmentVariable("THIDUA_LANG", Translation::defaultLanguage());
    QString databasePath;
    QString wait = qEnvironmentVariable("THIDUA_WAIT");
    bool help = false;
    while (!args.isEmpty() && args.constFirst().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        auto valueOf = [&](const QString& name, QString* value) {
            if (option.startsWith(name + QLatin1Char('='))) {
                *value = option.mid(name.size() + 1);
                return true;
            }
            if (option == name && !args.isEmpty()) {
                *value = args.takeFirst();
                return true;
            }
            return false;
        };
        if (valueOf(QStringLiteral("--db"), &databasePath) || valueOf(QStringLiteral("--lang"), &language)
            || valueOf(QStringLiteral("--wait"), &wait))
            continue;
        if (option == QStringLiteral("--help") || option == QStringLiteral("-h")) {
            help = true;
            continue;
        }
        if (option == QStringLiteral("--version")) {
            out << "thidua-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitSuccess;
        }
        Translation::install(app, language);
        err << Cli::tr("Unknown option “%1”. See “thidua-cli --help”.").arg(option) << Qt::endl;
        return ExitUsage;
    }
    if (!Translation::install(app, language)) {
        err << Cli::tr("Unknown language “%1”: use vi or en.").arg(language) << Qt::endl;
        return ExitUsage;
    }

    int waitSeconds = CliContext::DefaultWaitSeconds;
    if (!wait.isEmpty()) {
        bool ok = false;
        waitSeconds = wait.toInt(&ok);
        if (!ok || waitSeconds < 0 || waitSeconds > MaxWaitSeconds) {
            err << Cli::tr("--wait (or THIDUA_WAIT) must be a number of seconds from 0 to %1, not “%2”.")
                       .arg(MaxWaitSeconds)
                       .arg(wait)
                << Qt::endl;
            return ExitUsage;
        }
    }

    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<DocumentCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<PeopleCommand>());
    commands.push_back(std::make_unique<SchoolCommand>());
    commands.push_back(std::make_unique<CdhtCommand>());
    commands.push_back(std::make_unique<StatsCommand>());
    commands.push_back(std::make_unique<TargetsCommand>());
    commands.push_back(std::make_unique<CriteriaCommand>());
    commands.push_back(std::make_unique<EvidenceCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<AwardCommand>());
    commands.push_back(std::make_unique<CouncilCommand>());
    commands.push_back(std::make_unique<NominationCommand>());
    commands.push_back(std::make_unique<MeetingCommand>());
    commands.push_back(std::make_unique<ActivityCommand>());
    commands.push_back(std::make_unique<ModelCommand>());
    commands.push_back(std::make_unique<InitiativeCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<CalendarCommand>());

    if (help || args.isEmpty()) {
        (help ? out : err) << Cli::tr("Usage: thidua-cli [--db PATH] [--lang vi|en] [--wait SECONDS] COMMAND "
                                      "[ARGUMENTS]")
                           << "\n\n"
                           << Cli::tr("Commands:") << '\n';
        for (const auto& command : commands)
            (help ? out : err) << "  " << command->name().leftJustified(10) << command->summary() << '\n';
        (help ? out : err) << '\n'
                           << Cli::tr("Without --db the database is %1.").arg(Database::defaultPath()) << '\n'
                           << Cli::tr("When another program is writing to the database, a command waits up to "
                                      "--wait seconds (or THIDUA_WAIT; default %1) before giving up.")
                                  .arg(CliContext::DefaultWaitSeconds)
                           << Qt::endl;
        return help ? ExitSuccess : ExitUsage;
    }

    const QString name = args.takeFirst();
    CliContext context(databasePath.isEmpty() ? Database::defaultPath() : databasePath, out, err, waitSeconds);
    for (const auto& command : commands) {
        if (command->name() != name)
            continue;
        const int exitCode = command->run(context, args);
        // A command that failed leaves no database file it created behind (a mistyped --db, a rejected import).
        if (exitCode != ExitSuccess)
            context.discardCreatedDatabase();
        return exitCode;
    }
    err << Cli::tr("Unknown command “%1”. See “thidua-cli --help”.").arg(name) << Qt::endl;
    return ExitUsage;
}
