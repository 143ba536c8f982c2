#include "app/cli/CliContext.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace thidua {

CliContext::CliContext(QString databasePath, QTextStream& out, QTextStream& err, int waitSeconds)
    : m_databasePath(std::move(databasePath))
    , m_out(out)
    , m_err(err)
    , m_waitSeconds(waitSeconds)
{}

Result<Database*> CliContext::database(Access access)
{
    if (!m_database) {
        m_created = !QFileInfo::exists(m_databasePath);
        Database::Options options;
        options.readOnlyAllowed = access == Access::Read;
        options.createInEmptyFile = access == Access::Create;
        options.busyTimeoutMs = m_waitSeconds * 1000;
        auto opened = Database::open(m_databasePath, options);
        if (!opened)
            return opened.error();
        m_database = std::move(opened).value();
    }
    return m_database.get();
}

void CliContext::discardCreatedDatabase()
{
    if (!m_database || !m_created)
        return;
    m_database.reset();
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(m_databasePath + QLatin1String(suffix));
    m_created = false;
}

int CliContext::fail(const Error& error)
{
    m_err << tr("Error: %1").arg(error.toString()) << Qt::endl;
    return ExitFailure;
}

int CliContext::usage(const QString& message, const QString& command)
{
    m_err << message << Qt::endl;
    const QString help =
        command.isEmpty() ? QStringLiteral("thidua-cli --help") : QStringLiteral("thidua-cli %1 --help").arg(command);
    m_err << tr("See “%1”.").arg(help) << Qt::endl;
    return ExitUsage;
}

bool CliContext::parse(QCommandLineParser& parser, const QStringList& arguments, const QString& command, int* exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList { QStringLiteral("thidua-cli") } + arguments)) {
        *exitCode = usage(parser.errorText(), command);
        return false;
    }
    if (parser.isSet(help)) {
        m_out << parser.helpText().replace(QStringLiteral("thidua-cli"), QStringLiteral("thidua-cli ") + command);
        *exitCode = ExitSuccess;
        return false;
    }
    return true;
}

bool CliContext::parseKind(const QString& text, std::optional<PersonKind>* kind, const QString& command, int* exitCode)
{
    if (text.isEmpty())
        return true;
    bool ok = false;
    const PersonKind parsed = Person::kindFromKey(text, &ok);
    if (!ok) {
        *exitCode = usage(tr("--kind must be staff or student, not “%1”.").arg(text), command);
        return false;
    }
    *kind = parsed;
    return true;
}

bool CliContext::parseSchoolYear(const QString& text, int* startYear, const QString& command, int* exitCode)
{
    if (text.isEmpty())
        return true;
    const int parsed = SchoolYear::parseStartYear(text);
    if (parsed <= 0) {
        *exitCode = usage(tr("--year must be a school year such as 2024-2025, not “%1”.").arg(text), command);
        return false;
    }
    *startYear = parsed;
    return true;
}

} // namespace thidua
