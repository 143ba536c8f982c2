#pragma once

#include "app/cli/CliContext.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace thidua {

// What the activity, model and initiative commands share: the lookups of what their options name, each printing its
// own problem and setting `exitCode` when it fails, and the names of people, collectives and years for the lists.
namespace ActivityCli {

// --year for a list: 0 when not given (every year); the id of a stored year; nullopt when wrong or not stored.
std::optional<qint64> optionalYear(
    CliContext& context, const QSqlDatabase& db, const QString& text, const QString& command, int* exitCode);
// --year for an addition: needed and stored.
std::optional<qint64> requiredYear(
    CliContext& context, const QSqlDatabase& db, const QString& text, const QString& command, int* exitCode);
// People by code or number (repeated --person / --author); nullopt with the problem printed when one is unknown.
std::optional<QList<qint64>> people(
    CliContext& context, const QSqlDatabase& db, const QStringList& texts, int* exitCode);
// Collectives by name or number (repeated --collective).
std::optional<QList<qint64>> collectives(
    CliContext& context, const QSqlDatabase& db, const QStringList& texts, int* exitCode);

struct Names
{
    QHash<qint64, QString> people;
    QHash<qint64, QString> collectives;
    QHash<qint64, QString> years; // "2024-2025"
};
Result<Names> names(const QSqlDatabase& db);
// `… remove ID`: parses the one number (`idHelp` for --help, `giveOne` when not exactly one is given), opens the
// database for writing and runs `remove`; the exit code, with any problem printed.
int removeById(CliContext& context,
    const QStringList& arguments,
    const QString& command,
    const QString& idHelp,
    const QString& giveOne,
    const std::function<Status(const QSqlDatabase&, qint64)>& remove);
// "01/10/2024–07/10/2024", or one date when the event lasted one day.
QString dates(const QDate& start, const QDate& end);

} // namespace ActivityCli

} // namespace thidua
