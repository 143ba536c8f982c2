#pragma once

// Runs thidua-cli (THIDUA_CLI, set by thidua_add_test) as a real process, for the end-to-end tests.
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace thidua::test {

struct CliRun
{
    int exitCode = -1; // -1: crashed or did not finish within two minutes
    QString out;
    QString err;
};

// The program under test: the build's thidua-cli, or THIDUA_CLI_UNDER_TEST (to show that a test fails on an older
// build).
inline QString cliProgram()
{
    return qEnvironmentVariable("THIDUA_CLI_UNDER_TEST", QStringLiteral(THIDUA_CLI));
}

// `language` goes into THIDUA_LANG: "vi" (the default of the program) or "en".
inline CliRun runCli(const QStringList& arguments, const QString& language)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("THIDUA_LANG"), language);
    process.setProcessEnvironment(env);
    process.start(cliProgram(), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

// SHA-256 of a file's bytes (empty when it cannot be read): "the database is unchanged".
inline QByteArray fileHash(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

} // namespace thidua::test
