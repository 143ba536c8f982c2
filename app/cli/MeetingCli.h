#pragma once

#include "app/cli/CliContext.h"
#include "core/awards/AwardForm.h"
#include "core/meeting/Meeting.h"

#include <QDateTime>
#include <QStringList>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace thidua {

// What the nomination and meeting commands share: their sub-command tables and the lookups of what an option names
// (a school year, a person by code, a collective by name, a council member by name), each printing its own problem
// and setting `exitCode` when it fails.
namespace MeetingCli {

using Action = std::function<int(CliContext& context, const QStringList& arguments)>;
struct SubCommand
{
    QString name;
    QString usage;
    Action run;
};
// Runs the sub-command named by arguments[0]; --help lists the usages.
int dispatch(CliContext& context,
    const QStringList& arguments,
    const QList<SubCommand>& subCommands,
    const QString& command,
    const QString& summary);

QSqlDatabase connection(CliContext& context, CliContext::Access access, int* exitCode);
std::optional<qint64> year(CliContext& context, const QString& text, const QString& command, int* exitCode);
// --person CODE (or a number) / --collective NAME (or a number): the subject's id.
std::optional<qint64> subject(CliContext& context, AwardForm::Subject subject, const QString& text, int* exitCode);
// A collective by name (case and tone placement aside) or number; 0 when there is none.
Result<qint64> collective(const QSqlDatabase& db, const QString& text);
std::optional<qint64> number(
    CliContext& context, const QString& text, const QString& what, const QString& command, int* exitCode);
// "2025-05-20 14:00", "20/05/2025 14:00" or "2025-05-20T14:00".
std::optional<QDateTime> dateTime(CliContext& context, const QString& text, const QString& command, int* exitCode);
std::optional<QDate> date(CliContext& context, const QString& text, const QString& command, int* exitCode);
// A council member of the meeting by council_member id or by name (diacritics and case as typed or not).
std::optional<qint64> member(
    CliContext& context, const MeetingRecord& record, const QString& text, const QString& command, int* exitCode);
// "77,7 %" (rounded down, as the threshold is checked).
QString share(int agree, const MeetingRules::Counts& counts, MeetingRules::Base base);

} // namespace MeetingCli

} // namespace thidua
