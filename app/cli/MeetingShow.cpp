// thidua-cli meeting show: the whole meeting as text, what the secretary reads out and a script checks.
#include "app/cli/MeetingCommand.h"
#include "core/meeting/MeetingQuery.h"
#include "core/text/VietnameseFormat.h"

namespace thidua {

namespace {

QString when(const QDateTime& at)
{
    return at.isValid() ? at.toString(QStringLiteral("HH:mm dd/MM/yyyy")) : QStringLiteral("–");
}

void printAttendance(QTextStream& out, const MeetingRecord& r)
{
    out << MeetingCommand::tr("Present: %1/%2 members; quorum %3/%4 (%5 needed): %6.")
               .arg(r.presentCount())
               .arg(r.membersTotal())
               .arg(r.quorum.numerator)
               .arg(r.quorum.denominator)
               .arg(MeetingRules::quorumNeeded(r.membersTotal(), r.quorum))
               .arg(r.quorumMet() ? MeetingCommand::tr("met") : MeetingCommand::tr("not met"))
        << '\n';
    for (const MeetingRecord::Member& m : r.members) {
        out << "  " << m.councilMemberId << '\t' << m.name << '\t' << m.roleName << '\t'
            << (m.present ? MeetingCommand::tr("present") : MeetingCommand::tr("absent"));
        if (!m.present && !m.reason.isEmpty())
            out << " (" << m.reason << ')';
        if (!m.writtenOpinion.isEmpty())
            out << '\t' << MeetingCommand::tr("written opinion: %1").arg(m.writtenOpinion);
        out << '\n';
    }
}

void printNominees(QTextStream& out, const MeetingRecord& r)
{
    for (const MeetingRecord::Nominee& n : r.nominees) {
        out << n.position << '\t' << n.view.nomination.id << '\t' << n.view.subjectName << '\t' << n.view.form.name
            << '\t';
        if (n.voted) {
            const int denominator = MeetingRules::denominator(n.view.form.threshold.base, n.counts);
            out << MeetingCommand::tr("%1 agree, %2 disagree of %3").arg(n.agree).arg(n.disagree).arg(denominator)
                << '\t' << VietnameseFormat::percent(n.agree, denominator) << '\t'
                << (n.passed ? QStringLiteral("Đạt") : QStringLiteral("Không đạt"));
        } else {
            out << MeetingCommand::tr("not voted yet");
        }
        out << '\n';
        for (const NominationOverride& o : n.view.overrides)
            out << "    " << MeetingCommand::tr("Overridden: %1: %2").arg(Eligibility::ruleName(o.rule), o.reason)
                << '\n';
        if (!n.recusedMemberIds.isEmpty())
            out << "    "
                << MeetingCommand::tr("%n member(s) do not vote (recused)", nullptr, int(n.recusedMemberIds.size()))
                << '\n';
    }
}

void printRounds(QTextStream& out, const MeetingRecord& r)
{
    for (const MeetingRecord::Round& round : r.rounds) {
        out << MeetingCommand::tr("Round %1: %2")
                   .arg(round.number)
                   .arg(round.accepted() ? MeetingCommand::tr("accepted")
                                         : MeetingCommand::tr("counts %1 of 2 entered")
                                               .arg(int(bool(round.first)) + int(bool(round.second))));
        if (round.first) {
            const MeetingRules::Tally& t = round.first->tally;
            out << '\t'
                << MeetingCommand::tr("issued %1, returned %2, valid %3, invalid %4")
                       .arg(t.issued)
                       .arg(t.returned)
                       .arg(t.valid)
                       .arg(t.invalid);
        }
        out << '\n';
    }
}

} // namespace

int MeetingCommand::show(CliContext& context, const QStringList& arguments)
{
    const QString command = QStringLiteral("meeting show");
    int exitCode = ExitSuccess;
    const QSqlDatabase db = MeetingCli::connection(context, CliContext::Access::Read, &exitCode);
    if (!db.isOpen())
        return exitCode;
    const auto id = MeetingCli::number(context, arguments.value(0), QStringLiteral("MEETING"), command, &exitCode);
    if (!id)
        return exitCode;
    auto r = MeetingQuery(db).record(*id);
    if (!r)
        return context.fail(r.error());
    QTextStream& out = context.out();
    out << r->title << '\n'
        << tr("Starts %1, ends %2, place: %3").arg(when(r->startsAt), when(r->endsAt), r->place) << '\n'
        << (!r->finalized() ? tr("Open")
                   : r->backupPath.isEmpty()
                   ? tr("Finalised %1 (locked); no backup copy").arg(when(r->finalizedAt))
                   : tr("Finalised %1 (locked); backup copy: %2").arg(when(r->finalizedAt), r->backupPath))
        << '\n';
    printAttendance(out, *r);
    printNominees(out, *r);
    printRounds(out, *r);
    for (const MeetingRecord::Correction& c : std::as_const(r->corrections))
        out << tr("Reopened %1, confirmed by %2: %3").arg(when(c.at), c.confirmedBy, c.reason) << '\n';
    if (!r->conclusion.isEmpty())
        out << tr("Conclusion: %1").arg(r->conclusion) << '\n';
    out.flush();
    return ExitSuccess;
}

} // namespace thidua
