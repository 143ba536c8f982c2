#pragma once

#include "core/common/Result.h"
#include "core/db/Database.h"
#include "core/people/Person.h"
#include "core/school/School.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace thidua {

// Exit codes of thidua-cli.
enum ExitCode
{
    ExitSuccess = 0,
    ExitFailure = 1,
    ExitUsage = 2
};

// What a subcommand gets: the database path (opened on first use), stdout and stderr.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    // What a command does with the school's file: reads only (a file that may not be changed opens read-only),
    // changes it, or creates a school in it (a zero-byte file is accepted only then).
    enum class Access
    {
        Read,
        Write,
        Create
    };

    // How long a command waits for another program's write to finish, unless --wait or THIDUA_WAIT says.
    static constexpr int DefaultWaitSeconds = 30;

    CliContext(QString databasePath, QTextStream& out, QTextStream& err, int waitSeconds = DefaultWaitSeconds);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    QString databasePath() const { return m_databasePath; }
    // Opens (creating and migrating when needed) on first call.
    Result<Database*> database(Access access = Access::Write);
    // Closes the database and, when database() created its file in this run, deletes it again: a dry run or a
    // failure on a path that held nothing leaves nothing behind.
    void discardCreatedDatabase();

    // Prints the error (with its file:row:column) on stderr and returns ExitFailure.
    int fail(const Error& error);
    // Prints a usage problem and the command's help hint on stderr; returns ExitUsage.
    int usage(const QString& message, const QString& command = QString());
    // Parses a subcommand's options; on failure prints the problem and returns false.
    bool parse(QCommandLineParser& parser, const QStringList& arguments, const QString& command, int* exitCode);
    // Option values several commands take: --kind staff|student and --year 2024-2025. Empty text leaves the value
    // as it is (nothing given); a wrong one prints the problem and returns false with `exitCode` set.
    bool parseKind(const QString& text, std::optional<PersonKind>* kind, const QString& command, int* exitCode);
    bool parseSchoolYear(const QString& text, int* startYear, const QString& command, int* exitCode);

private:
    QString m_databasePath;
    QTextStream& m_out;
    QTextStream& m_err;
    int m_waitSeconds;
    std::unique_ptr<Database> m_database;
    bool m_created = false;
};

} // namespace thidua
