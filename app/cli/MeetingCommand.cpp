#include "app/cli/MeetingCommand.h"

#include "app/cli/MeetingDocumentsCommand.h"
#include "core/meeting/MeetingQuery.h"
#include "core/meeting/MeetingService.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace thidua {

namespace {

// The meeting of arguments[0] (a number), read whole.
std::optional<MeetingRecord> meetingOf(
    CliContext& context, const QString& text, const QString& command, CliContext::Access access, int* exitCode)
{
    const QSqlDatabase db = MeetingCli::connection(context, access, exitCode);
    if (!db.isOpen())
        return std::nullopt;
    const auto id = MeetingCli::number(context, text, QStringLiteral("MEETING"), command, exitCode);
    if (!id)
        return std::nullopt;
    auto record = MeetingQuery(db).record(*id);
    if (!record) {
        *exitCode = context.fail(record.error());
        return std::nullopt;
    }
    return *record;
}

QString nomineeName(const MeetingRecord& record, qint64 nominationId)
{
    for (const MeetingRecord::Nominee& n : record.nominees) {
        if (n.view.nomination.id == nominationId)
            return n.view.subjectName;
    }
    return QString::number(nominationId);
}

// "9,9,9,0" → issued, returned, valid, invalid; "7:2,6:3" → agree:disagree per nominee.
bool parseTally(const QString& ballots, const QString& votes, MeetingRules::Tally* tally)
{
    const QStringList b = ballots.split(u',');
    if (b.size() != 4)
        return false;
    bool ok = true;
    int* fields[] = { &tally->issued, &tally->returned, &tally->valid, &tally->invalid };
    for (int i = 0; i < 4 && ok; ++i)
        *fields[i] = b[i].trimmed().toInt(&ok);
    for (const QString& pair : votes.split(u',', Qt::SkipEmptyParts)) {
        const QStringList ad = pair.split(u':');
        bool a = false;
        bool d = false;
        if (ad.size() != 2)
            return false;
        tally->nominees << MeetingRules::Tally::Votes { ad[0].trimmed().toInt(&a), ad[1].trimmed().toInt(&d) };
        ok = ok && a && d;
    }
    return ok;
}

} // namespace

MeetingCommand::MeetingCommand()
{
    auto bind = [this](int (MeetingCommand::*f)(CliContext&, const QStringList&)) {
        return [this, f](CliContext& c, const QStringList& a) { return (this->*f)(c, a); };
    };
    m_subCommands = {
        { QStringLiteral("create"),
            QStringLiteral("thidua-cli meeting create --year 2024-2025 --at \"2025-05-20 14:00\" [--place TEXT] "
                           "[--title TEXT] [--quorum 2/3]"),
            bind(&MeetingCommand::create) },
        { QStringLiteral("attend"),
            QStringLiteral("thidua-cli meeting attend MEETING --member ID|NAME (--present | --absent [--reason TEXT] "
                           "[--opinion TEXT])"),
            bind(&MeetingCommand::attend) },
        { QStringLiteral("nominees"),
            QStringLiteral("thidua-cli meeting nominees MEETING NOMINATION…"),
            bind(&MeetingCommand::nominees) },
        { QStringLiteral("round"),
            QStringLiteral("thidua-cli meeting round MEETING [NOMINATION…]"),
            bind(&MeetingCommand::round) },
        { QStringLiteral("tally"),
            QStringLiteral("thidua-cli meeting tally MEETING --round N --entry 1|2 --by NAME --ballots "
                           "ISSUED,RETURNED,VALID,INVALID --votes AGREE:DISAGREE,…"),
            bind(&MeetingCommand::tally) },
        { QStringLiteral("finalize"),
            QStringLiteral("thidua-cli meeting finalize MEETING [--end \"2025-05-20 16:30\"] [--conclusion TEXT] "
                           "[--backup-dir DIR]"),
            bind(&MeetingCommand::finalize) },
        { QStringLiteral("reopen"),
            QStringLiteral("thidua-cli meeting reopen MEETING --chair NAME --reason TEXT"),
            bind(&MeetingCommand::reopen) },
        { QStringLiteral("show"), QStringLiteral("thidua-cli meeting show MEETING"), bind(&MeetingCommand::show) },
        { QStringLiteral("documents"),
            QStringLiteral("thidua-cli meeting documents MEETING --out DIR [--ballot-size A4|A5] [--date YYYY-MM-DD] "
                           "[--only bien_ban,kiem_phieu,phieu_bau,to_trinh,quyet_dinh]"),
            [](CliContext& c, const QStringList& a) { return runMeetingDocuments(c, a); } },
        { QStringLiteral("list"),
            QStringLiteral("thidua-cli meeting list [--year 2024-2025]"),
            bind(&MeetingCommand::list) },
    };
}

QString MeetingCommand::summary() const
{
    return tr("Hold a council meeting: attendance, nominees, ballot counts entered twice, result (meeting create | "
              "attend | nominees | round | tally | finalize | show | documents …).");
}

int MeetingCommand::run(CliContext& context, const QStringList& arguments)
{
    return MeetingCli::dispatch(context, arguments, m_subCommands, name(), summary());
}

int MeetingCommand::create(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("year"), QString(), QStringLiteral("Y") },
        { QStringLiteral("at"), QString(), QStringLiteral("WHEN") },
        { QStringLiteral("place"), QString(), QStringLiteral("TEXT") },
        { QStringLiteral("title"), QString(), QStringLiteral("TEXT") },
        { QStringLiteral("quorum"), QString(), QStringLiteral("N/D") } });
    int exitCode = ExitSuccess;
    const QString command = QStringLiteral("meeting create");
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    const QSqlDatabase db = MeetingCli::connection(context, CliContext::Access::Write, &exitCode);
    if (!db.isOpen())
        return exitCode;
    const auto year = MeetingCli::year(context, parser.value(QStringLiteral("year")), command, &exitCode);
    if (!year)
        return exitCode;
    const auto at = MeetingCli::dateTime(context, parser.value(QStringLiteral("at")), command, &exitCode);
    if (!at)
        return exitCode;
    MeetingService::NewMeeting meeting {
        *year, parser.value(QStringLiteral("title")), parser.value(QStringLiteral("place")), *at, {}
    };
    if (parser.isSet(QStringLiteral("quorum"))) {
        const QStringList parts = parser.value(QStringLiteral("quorum")).split(u'/');
        bool n = false;
        bool d = false;
        meeting.quorum = { parts.value(0).toInt(&n), parts.value(1).toInt(&d) };
        if (parts.size() != 2 || !n || !d)
            return context.usage(tr("--quorum must be a fraction such as 2/3."), command);
    }
    auto id = MeetingService(db).create(meeting);
    if (!id)
        return context.fail(id.error());
    auto record = MeetingQuery(db).record(*id);
    if (!record)
        return context.fail(record.error());
    context.out() << *id << '\t' << record->title << '\t'
                  << tr("%n council member(s) on the roster", nullptr, record->membersTotal()) << Qt::endl;
    return ExitSuccess;
}

int MeetingCommand::attend(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("member"), QString(), QStringLiteral("ID|NAME") },
        { QStringLiteral("present"), QString() },
        { QStringLiteral("absent"), QString() },
        { QStringLiteral("reason"), QString(), QStringLiteral("TEXT") },
        { QStringLiteral("opinion"), QString(), QStringLiteral("TEXT") } });
    parser.addPositionalArgument(QStringLiteral("MEETING"), QString());
    int exitCode = ExitSuccess;
    const QString command = QStringLiteral("meeting attend");
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    if (parser.isSet(QStringLiteral("present")) == parser.isSet(QStringLiteral("absent")))
        return context.usage(tr("Give either --present or --absent."), command);
    const auto record =
        meetingOf(context, parser.positionalArguments().value(0), command, CliContext::Access::Write, &exitCode);
    if (!record)
        return exitCode;
    const auto member =
        MeetingCli::member(context, *record, parser.value(QStringLiteral("member")), command, &exitCode);
    if (!member)
        return exitCode;
    const bool present = parser.isSet(QStringLiteral("present"));
    auto done = MeetingService(MeetingCli::connection(context, CliContext::Access::Write, &exitCode))
                    .setAttendance(record->id,
                        *member,
                        present,
                        parser.value(QStringLiteral("reason")),
                        parser.value(QStringLiteral("opinion")));
    if (!done)
        return context.fail(done.error());
    auto after = MeetingQuery(MeetingCli::connection(context, CliContext::Access::Read, &exitCode)).record(record->id);
    if (!after)
        return context.fail(after.error());
    context.out() << tr("%1 of %2 members present; the quorum is %3.")
                         .arg(after->presentCount())
                         .arg(after->membersTotal())
                         .arg(after->quorumMet() ? tr("met") : tr("not met"))
                  << Qt::endl;
    return ExitSuccess;
}

int MeetingCommand::nominees(CliContext& context, const QStringList& arguments)
{
    const QString command = QStringLiteral("meeting nominees");
    int exitCode = ExitSuccess;
    const auto record = meetingOf(context, arguments.value(0), command, CliContext::Access::Write, &exitCode);
    if (!record)
        return exitCode;
    QList<qint64> ids;
    for (const QString& text : arguments.mid(1)) {
        const auto id = MeetingCli::number(context, text, QStringLiteral("NOMINATION"), command, &exitCode);
        if (!id)
            return exitCode;
        ids << *id;
    }
    auto done = MeetingService(MeetingCli::connection(context, CliContext::Access::Write, &exitCode))
                    .setNominees(record->id, ids);
    if (!done)
        return context.fail(done.error());
    context.out() << tr("%n nominee(s) on the meeting's list.", nullptr, int(ids.size())) << Qt::endl;
    return ExitSuccess;
}

int MeetingCommand::round(CliContext& context, const QStringList& arguments)
{
    const QString command = QStringLiteral("meeting round");
    int exitCode = ExitSuccess;
    const auto record = meetingOf(context, arguments.value(0), command, CliContext::Access::Write, &exitCode);
    if (!record)
        return exitCode;
    QList<qint64> ids;
    for (const QString& text : arguments.mid(1)) {
        const auto id = MeetingCli::number(context, text, QStringLiteral("NOMINATION"), command, &exitCode);
        if (!id)
            return exitCode;
        ids << *id;
    }
    auto number = MeetingService(MeetingCli::connection(context, CliContext::Access::Write, &exitCode))
                      .openRound(record->id, ids);
    if (!number)
        return context.fail(number.error());
    context.out() << *number << '\t'
                  << tr("Round %1 opened: %2 ballots to print.").arg(*number).arg(record->presentCount()) << Qt::endl;
    return ExitSuccess;
}

int MeetingCommand::tally(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("round"), QString(), QStringLiteral("N") },
        { QStringLiteral("entry"), QString(), QStringLiteral("1|2") },
        { QStringLiteral("by"), QString(), QStringLiteral("NAME") },
        { QStringLiteral("ballots"), QString(), QStringLiteral("I,R,V,INV") },
        { QStringLiteral("votes"), QString(), QStringLiteral("A:D,…") } });
    parser.addPositionalArgument(QStringLiteral("MEETING"), QString());
    int exitCode = ExitSuccess;
    const QString command = QStringLiteral("meeting tally");
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    const auto record =
        meetingOf(context, parser.positionalArguments().value(0), command, CliContext::Access::Write, &exitCode);
    if (!record)
        return exitCode;
    MeetingRules::Tally counted;
    if (!parseTally(parser.value(QStringLiteral("ballots")), parser.value(QStringLiteral("votes")), &counted))
        return context.usage(tr("--ballots takes four numbers (issued,returned,valid,invalid) and --votes "
                                "agree:disagree for each nominee, separated by commas."),
            command);
    const int roundNumber = parser.value(QStringLiteral("round")).toInt();
    const int entry = parser.value(QStringLiteral("entry")).toInt();
    auto differences = MeetingService(MeetingCli::connection(context, CliContext::Access::Write, &exitCode))
                           .enterTally(record->id, roundNumber, entry, parser.value(QStringLiteral("by")), counted);
    if (!differences)
        return context.fail(differences.error());
    auto after = MeetingQuery(MeetingCli::connection(context, CliContext::Access::Read, &exitCode)).record(record->id);
    if (!after)
        return context.fail(after.error());
    const MeetingRecord::Round& r = after->rounds.value(roundNumber - 1);
    if (r.accepted()) {
        context.out() << tr("Both counts of round %1 agree: the result is accepted.").arg(roundNumber) << Qt::endl;
        return ExitSuccess;
    }
    if (differences->isEmpty()) {
        context.out() << tr("Count %1 of round %2 saved; waiting for the other count.").arg(entry).arg(roundNumber)
                      << Qt::endl;
        return ExitSuccess;
    }
    context.out() << tr("The two counts of round %1 differ:").arg(roundNumber) << '\n';
    for (const MeetingRules::TallyDifference& d : std::as_const(*differences)) {
        const QString where = d.nominee < 0
            ? d.field
            : QStringLiteral("%1 (%2)").arg(d.field, nomineeName(*after, r.nominationIds.value(d.nominee)));
        context.out() << "  " << where << ": " << d.first << " ≠ " << d.second << '\n';
    }
    context.out().flush();
    return ExitFailure;
}

int MeetingCommand::finalize(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("end"), QString(), QStringLiteral("WHEN") },
        { QStringLiteral("conclusion"), QString(), QStringLiteral("TEXT") },
        { QStringLiteral("backup-dir"), QString(), QStringLiteral("DIR") } });
    parser.addPositionalArgument(QStringLiteral("MEETING"), QString());
    int exitCode = ExitSuccess;
    const QString command = QStringLiteral("meeting finalize");
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    const auto record =
        meetingOf(context, parser.positionalArguments().value(0), command, CliContext::Access::Write, &exitCode);
    if (!record)
        return exitCode;
    QDateTime end = QDateTime::currentDateTime();
    if (parser.isSet(QStringLiteral("end"))) {
        const auto parsed = MeetingCli::dateTime(context, parser.value(QStringLiteral("end")), command, &exitCode);
        if (!parsed)
            return exitCode;
        end = *parsed;
    }
    const QSqlDatabase db = MeetingCli::connection(context, CliContext::Access::Write, &exitCode);
    MeetingService service(db);
    if (parser.isSet(QStringLiteral("conclusion")) || parser.isSet(QStringLiteral("end"))) {
        auto set = service.setDetails(record->id,
            record->title,
            record->place,
            record->startsAt,
            end,
            parser.isSet(QStringLiteral("conclusion")) ? parser.value(QStringLiteral("conclusion"))
                                                       : record->conclusion);
        if (!set)
            return context.fail(set.error());
    }
    const QString backups = parser.isSet(QStringLiteral("backup-dir"))
        ? parser.value(QStringLiteral("backup-dir"))
        : QFileInfo(context.databasePath()).absoluteDir().filePath(QStringLiteral("backups"));
    auto done = service.finalize(record->id, backups, end);
    if (!done)
        return context.fail(done.error());
    auto after = MeetingQuery(db).record(record->id);
    if (!after)
        return context.fail(after.error());
    int passed = 0;
    for (const MeetingRecord::Nominee& n : std::as_const(after->nominees))
        passed += n.passed ? 1 : 0;
    context.out() << tr("Meeting %1 finalised and locked: %2 of %3 nominees passed.")
                         .arg(record->id)
                         .arg(passed)
                         .arg(after->nominees.size())
                  << '\n'
                  << tr("Backup copy: %1").arg(QDir::toNativeSeparators(after->backupPath)) << Qt::endl;
    return ExitSuccess;
}

int MeetingCommand::reopen(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({ { QStringLiteral("chair"), QString(), QStringLiteral("NAME") },
        { QStringLiteral("reason"), QString(), QStringLiteral("TEXT") } });
    parser.addPositionalArgument(QStringLiteral("MEETING"), QString());
    int exitCode = ExitSuccess;
    const QString command = QStringLiteral("meeting reopen");
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    const auto record =
        meetingOf(context, parser.positionalArguments().value(0), command, CliContext::Access::Write, &exitCode);
    if (!record)
        return exitCode;
    auto done = MeetingService(MeetingCli::connection(context, CliContext::Access::Write, &exitCode))
                    .reopen(record->id, parser.value(QStringLiteral("chair")), parser.value(QStringLiteral("reason")));
    if (!done)
        return context.fail(done.error());
    context.out() << tr("Meeting %1 reopened for a correction; the reason is kept.").arg(record->id) << Qt::endl;
    return ExitSuccess;
}

int MeetingCommand::list(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("year"), QString(), QStringLiteral("Y") });
    int exitCode = ExitSuccess;
    const QString command = QStringLiteral("meeting list");
    if (!context.parse(parser, arguments, command, &exitCode))
        return exitCode;
    qint64 yearId = 0;
    if (parser.isSet(QStringLiteral("year"))) {
        const auto year = MeetingCli::year(context, parser.value(QStringLiteral("year")), command, &exitCode);
        if (!year)
            return exitCode;
        yearId = *year;
    }
    auto meetings = MeetingQuery(MeetingCli::connection(context, CliContext::Access::Read, &exitCode)).list(yearId);
    if (!meetings)
        return context.fail(meetings.error());
    for (const MeetingQuery::Summary& m : std::as_const(*meetings)) {
        context.out() << m.id << '\t' << m.startsAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")) << '\t' << m.title
                      << '\t' << tr("%n nominee(s)", nullptr, m.nominees) << '\t'
                      << (m.finalized ? tr("finalised") : tr("open")) << '\n';
    }
    context.out().flush();
    return ExitSuccess;
}

} // namespace thidua
