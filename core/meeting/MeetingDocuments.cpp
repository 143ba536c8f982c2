#include "core/meeting/MeetingDocuments.h"

#include "core/awards/Eligibility.h"
#include "core/documents/kinds/DocumentWording.h"
#include "core/text/VietnameseFormat.h"

namespace thidua::MeetingDocuments {

namespace {

Nominee documentNominee(const MeetingRecord::Nominee& nominee)
{
    Nominee printed;
    printed.collective = nominee.view.nomination.subject == AwardForm::Subject::Collective;
    printed.name = nominee.view.subjectName;
    printed.position = nominee.view.position;
    printed.unit = nominee.view.unit;
    printed.achievement = nominee.view.nomination.achievement;
    printed.award = nominee.view.form.name;
    return printed;
}

const MeetingRecord::Nominee* nomineeOf(const MeetingRecord& meeting, qint64 nominationId)
{
    for (const MeetingRecord::Nominee& nominee : meeting.nominees) {
        if (nominee.view.nomination.id == nominationId)
            return &nominee;
    }
    return nullptr;
}

const MeetingRecord::Member* memberOf(const MeetingRecord& meeting, qint64 councilMemberId)
{
    for (const MeetingRecord::Member& member : meeting.members) {
        if (member.councilMemberId == councilMemberId)
            return &member;
    }
    return nullptr;
}

MinutesData::Attendee attendee(const MeetingRecord::Member& member)
{
    return { member.name, member.title, member.roleName, member.reason, member.writtenOpinion };
}

QString baseName(MeetingRules::Base base)
{
    switch (base) {
    case MeetingRules::Base::MembersPresent:
        return QStringLiteral("tổng số thành viên có mặt");
    case MeetingRules::Base::AllMembers:
        return QStringLiteral("tổng số thành viên Hội đồng");
    case MeetingRules::Base::ValidBallots:
        return QStringLiteral("tổng số phiếu hợp lệ");
    }
    return QString();
}

// The conclusion the meeting did not write: who passed, form by form, and how many did not.
QString defaultConclusion(const MeetingRecord& meeting)
{
    QStringList forms;
    QHash<QString, QStringList> passed;
    int failed = 0;
    for (const MeetingRecord::Nominee& nominee : meeting.nominees) {
        if (!nominee.voted)
            continue;
        if (!nominee.passed) {
            ++failed;
            continue;
        }
        const QString form = nominee.view.form.name;
        if (!forms.contains(form))
            forms << form;
        passed[form] << nominee.view.subjectName;
    }
    QStringList parts;
    for (const QString& form : std::as_const(forms))
        parts << QStringLiteral("%1: %2").arg(form, passed.value(form).join(QStringLiteral(", ")));
    QString text = parts.isEmpty()
        ? QStringLiteral("Không có trường hợp nào đạt tỷ lệ phiếu đồng ý theo quy định.")
        : QStringLiteral("Hội đồng thống nhất công nhận kết quả bỏ phiếu; các trường hợp đạt tỷ lệ phiếu đồng ý theo "
                         "quy định: %1.")
              .arg(parts.join(QStringLiteral("; ")));
    if (failed > 0)
        text += QStringLiteral(" Có %1 trường hợp không đạt.").arg(DocumentWording::count(failed));
    return text;
}

QList<const MeetingRecord::Round*> acceptedRounds(const MeetingRecord& meeting)
{
    QList<const MeetingRecord::Round*> rounds;
    for (const MeetingRecord::Round& round : meeting.rounds) {
        if (round.accepted() && round.first)
            rounds << &round;
    }
    return rounds;
}

} // namespace

QString partKey(Part part)
{
    switch (part) {
    case Part::Minutes:
        return QStringLiteral("bien_ban");
    case Part::Tally:
        return QStringLiteral("kiem_phieu");
    case Part::Ballots:
        return QStringLiteral("phieu_bau");
    case Part::Proposals:
        return QStringLiteral("to_trinh");
    case Part::Decisions:
        return QStringLiteral("quyet_dinh");
    }
    return QString();
}

bool partFromKey(const QString& key, Part* part)
{
    for (Part candidate : allParts()) {
        if (partKey(candidate) == key.trimmed()) {
            *part = candidate;
            return true;
        }
    }
    return false;
}

QList<Part> allParts()
{
    return { Part::Minutes, Part::Tally, Part::Ballots, Part::Proposals, Part::Decisions };
}

QString registerKey(const MeetingRecord& meeting, Part part, const QString& detail)
{
    QString key = QStringLiteral("meeting:%1:%2").arg(meeting.id).arg(partKey(part));
    if (!detail.isEmpty())
        key += QLatin1Char(':') + detail;
    return key;
}

QString movement(const MeetingRecord& meeting)
{
    QString movement;
    QString period;
    for (const MeetingRecord::Nominee& nominee : meeting.nominees) {
        if (movement.isEmpty())
            movement = nominee.view.nomination.movement.trimmed();
        if (period.isEmpty())
            period = nominee.view.nomination.period.trimmed();
    }
    if (period.isEmpty() && meeting.schoolStartYear > 0)
        period = QStringLiteral("năm học %1-%2").arg(meeting.schoolStartYear).arg(meeting.schoolStartYear + 1);
    if (movement.isEmpty())
        return period.isEmpty() ? QStringLiteral("phong trào thi đua") : QStringLiteral("phong trào thi đua ") + period;
    return QStringLiteral("phong trào thi đua “%1”%2")
        .arg(movement, period.isEmpty() ? QString() : QStringLiteral(" ") + period);
}

MinutesData minutes(const MeetingRecord& meeting)
{
    MinutesData data;
    data.title = meeting.title;
    data.start = meeting.startsAt;
    data.end = meeting.endsAt;
    data.place = meeting.place;
    data.membersTotal = meeting.membersTotal();
    data.quorum = meeting.quorum;
    for (const MeetingRecord::Member& member : meeting.members)
        (member.present ? data.present : data.absent) << attendee(member);
    if (const MeetingRecord::Member* chair = meeting.chair()) {
        data.chair = attendee(*chair);
        data.chairPost = chair->title;
    }
    if (const MeetingRecord::Member* secretary = meeting.secretary())
        data.secretary = attendee(*secretary);

    QStringList forms;
    for (const MeetingRecord::Nominee& nominee : meeting.nominees) {
        const QString& name = nominee.view.subjectName;
        if (!forms.contains(nominee.view.form.key)) {
            forms << nominee.view.form.key;
            data.standards << MinutesData::Standard { nominee.view.form.name, nominee.view.form.threshold };
        }
        for (const NominationOverride& item : nominee.view.overrides)
            data.overrides << MinutesData::Override { name, Eligibility::ruleName(item.rule), item.reason };
        for (qint64 memberId : nominee.recusedMemberIds) {
            const MeetingRecord::Member* member = memberOf(meeting, memberId);
            if (!member)
                continue;
            const bool self = nominee.view.nomination.subject == AwardForm::Subject::Person
                && member->personId == nominee.view.nomination.subjectId;
            // A member recused from two nominations of one collective is named twice: each with its form.
            data.recusals << MinutesData::Recusal { member->name,
                QStringLiteral("%1 (đề nghị %2)").arg(name, nominee.view.form.name),
                self ? QStringLiteral("là người được đề nghị")
                     : QStringLiteral("là người đứng đầu tập thể được đề nghị") };
        }
        MinutesData::VoteResult result;
        result.nominee = documentNominee(nominee);
        result.agree = nominee.agree;
        result.disagree = nominee.disagree;
        result.verdict = MinutesData::Verdict { nominee.voted, nominee.shareTenths, nominee.passed };
        data.results << result;
    }
    for (const MeetingRecord::Round* round : acceptedRounds(meeting)) {
        const MeetingRules::Tally& tally = round->first->tally;
        data.rounds << MinutesData::RoundBallots {
            round->number, tally.issued, tally.returned, tally.valid, tally.invalid
        };
    }
    data.conclusion = meeting.conclusion.trimmed().isEmpty() ? defaultConclusion(meeting) : meeting.conclusion;
    return data;
}

TallyMinutesData tally(const MeetingRecord& meeting)
{
    TallyMinutesData data;
    data.meeting = meeting.title;
    data.start = meeting.startsAt;
    data.place = meeting.place;
    const QList<const MeetingRecord::Round*> rounds = acceptedRounds(meeting);
    const QString secretary = meeting.secretary() ? meeting.secretary()->name : QString();
    for (const MeetingRecord::Round* round : rounds) {
        data.end = round->acceptedAt;
        const MeetingRules::Tally& tally = round->first->tally;
        TallyMinutesData::Round printed { round->number, tally.issued, tally.returned, tally.valid, tally.invalid, {} };
        for (qsizetype i = 0; i < round->nominationIds.size() && i < tally.nominees.size(); ++i) {
            const MeetingRecord::Nominee* nominee = nomineeOf(meeting, round->nominationIds[i]);
            if (!nominee)
                continue;
            MeetingRules::Counts counts = nominee->counts;
            counts.validBallots = tally.valid;
            const MeetingRules::Base base = nominee->view.form.threshold.base;
            const int agree = tally.nominees[i].agree;
            printed.rows << TallyMinutesData::Row { documentNominee(*nominee),
                agree,
                tally.nominees[i].disagree,
                MeetingRules::shareTenths(agree, MeetingRules::denominator(base, counts)) };
            const QString wording = QStringLiteral("%1: trên %2").arg(nominee->view.form.name, baseName(base));
            if (!data.bases.contains(wording))
                data.bases << wording;
        }
        data.rounds << printed;
    }
    if (!rounds.isEmpty()) {
        const MeetingRecord::Round& last = *rounds.constLast();
        const QString first = last.first->countedBy;
        data.counters << TallyMinutesData::Counter { first,
            first == secretary ? QStringLiteral("Thư ký Hội đồng") : QStringLiteral("Thành viên Hội đồng") };
        if (last.second)
            data.counters << TallyMinutesData::Counter { last.second->countedBy,
                QStringLiteral("Thành viên Ban kiểm phiếu") };
    }
    return data;
}

BallotData ballots(const MeetingRecord& meeting, PageSetup::Paper paper)
{
    BallotData data;
    data.subject = meeting.title;
    data.paper = paper;
    data.copies = meeting.presentCount();
    for (const MeetingRecord::Nominee& nominee : meeting.nominees)
        data.nominees << documentNominee(nominee);
    return data;
}

namespace {

DocumentDescription description(const QString& kind, const MeetingRecord& meeting, const Options& options)
{
    DocumentDescription description;
    description.kind = kind;
    description.origin.organization = options.organization;
    description.origin.date = options.date.isValid() ? options.date : meeting.startsAt.date();
    description.dateGiven = true;
    return description;
}

// A biên bản is the council's and cites no căn cứ; its date is the meeting's.
DocumentDescription councilRecord(const QString& kind, const MeetingRecord& meeting, const Options& options)
{
    DocumentDescription record = description(kind, meeting, options);
    record.origin.issuer = RegisterIssuer::Council;
    record.origin.date = meeting.startsAt.date();
    record.automaticBases = false;
    return record;
}

QList<const MeetingRecord::Nominee*> passed(const MeetingRecord& meeting, bool schoolDecides)
{
    QList<const MeetingRecord::Nominee*> list;
    for (const MeetingRecord::Nominee& nominee : meeting.nominees) {
        if (nominee.voted && nominee.passed && nominee.view.form.schoolDecides() == schoolDecides)
            list << &nominee;
    }
    return list;
}

QString levelKey(AwardForm::Level level)
{
    switch (level) {
    case AwardForm::Level::School:
        return QStringLiteral("school");
    case AwardForm::Level::Superior:
        return QStringLiteral("superior");
    case AwardForm::Level::Province:
        return QStringLiteral("province");
    case AwardForm::Level::Nation:
        return QStringLiteral("nation");
    }
    return QString();
}

// What the quyết định gives: "danh hiệu “Lao động tiên tiến”", "Giấy khen của Hiệu trưởng".
QString awardWording(const AwardForm& form)
{
    return form.category == AwardForm::Category::Title ? QStringLiteral("danh hiệu “%1”").arg(form.name) : form.name;
}

// A file name without the characters file systems refuse.
QString fileName(int index, const QString& name)
{
    QString safe = name;
    for (const QChar c : { u'/', u'\\', u':', u'*', u'?', u'"', u'<', u'>', u'|' })
        safe.replace(c, QLatin1Char('-'));
    return QStringLiteral("%1 %2").arg(index, 2, 10, QLatin1Char('0')).arg(safe.simplified());
}

// "Biên bản số 02/BB-HĐTĐKT ngày 20 tháng 5 năm 2025 của Hội đồng Thi đua - Khen thưởng về việc họp xét …"
QString minutesReference(const MeetingRecord& meeting, const Options& options)
{
    const QString number = options.minutesNumber.isEmpty()
        ? QStringLiteral("     /BB-%1").arg(options.organization.councilAbbreviation)
        : options.minutesNumber;
    QString reference =
        QStringLiteral("Biên bản số %1 %2 của %3")
            .arg(number, VietnameseFormat::dateWords(meeting.startsAt.date()), options.organization.councilName);
    const QString title = meeting.title.trimmed();
    if (!title.isEmpty())
        reference += QStringLiteral(" về việc ") + title.left(1).toLower() + title.mid(1);
    return reference;
}

// One tờ trình for each body above the school that decides a form passed, with the list as its annex.
QList<Described> proposals(const MeetingRecord& meeting, const Options& options)
{
    QStringList groups;
    QHash<QString, QList<const MeetingRecord::Nominee*>> byDecider;
    for (const MeetingRecord::Nominee* nominee : passed(meeting, false)) {
        const AwardForm& form = nominee->view.form;
        const QString group = levelKey(form.level) + QChar(0x1f) + form.decidedBy;
        if (!groups.contains(group))
            groups << group;
        byDecider[group] << nominee;
    }
    QList<Described> list;
    for (const QString& group : std::as_const(groups)) {
        const QList<const MeetingRecord::Nominee*> nominees = byDecider.value(group);
        const AwardForm& form = nominees.constFirst()->view.form;
        ProposalData data;
        QStringList awards;
        for (const MeetingRecord::Nominee* nominee : nominees) {
            if (!awards.contains(nominee->view.form.name))
                awards << nominee->view.form.name;
            data.nominees << documentNominee(*nominee);
        }
        data.award = awards.join(QStringLiteral(" và "));
        data.addressees = { form.level == AwardForm::Level::Superior && !options.organization.governingBody.isEmpty()
                ? options.organization.governingBody
                : form.decidedBy };
        data.movement = movement(meeting);
        data.minutesReference = minutesReference(meeting, options);
        Described described { description(ProposalDocument::kind(), meeting, options), Part::Proposals, QString() };
        described.description.origin.key =
            registerKey(meeting, Part::Proposals, levelKey(form.level) + QLatin1Char(':') + form.decidedBy);
        described.description.data = data;
        described.fileName = QStringLiteral("Tờ trình đề nghị %1").arg(data.award);
        list << described;
    }
    return list;
}

// One quyết định for each form the Hiệu trưởng decides, with its list and its prize.
QList<Described> decisions(const MeetingRecord& meeting, const Options& options)
{
    QStringList forms;
    QHash<QString, QList<const MeetingRecord::Nominee*>> byForm;
    for (const MeetingRecord::Nominee* nominee : passed(meeting, true)) {
        if (!forms.contains(nominee->view.form.key))
            forms << nominee->view.form.key;
        byForm[nominee->view.form.key] << nominee;
    }
    QList<Described> list;
    for (const QString& key : std::as_const(forms)) {
        const QList<const MeetingRecord::Nominee*> nominees = byForm.value(key);
        const AwardForm& form = nominees.constFirst()->view.form;
        DecisionData data;
        data.award = awardWording(form);
        data.movement = movement(meeting);
        for (const MeetingRecord::Nominee* nominee : nominees)
            data.awardees << documentNominee(*nominee);
        const qint64 prize = options.prizes.value(key);
        (form.subject == AwardForm::Subject::Collective ? data.prizeCollective : data.prizeIndividual) = prize;
        Described described { description(DecisionDocument::kind(), meeting, options), Part::Decisions, QString() };
        described.description.origin.key = registerKey(meeting, Part::Decisions, key);
        described.description.data = data;
        described.fileName = QStringLiteral("Quyết định tặng %1").arg(form.name);
        list << described;
    }
    return list;
}

} // namespace

QList<Described> describe(const MeetingRecord& meeting, const Options& options)
{
    QList<Described> list;
    if (options.parts.contains(Part::Minutes)) {
        Described minutesRecord { councilRecord(MinutesDocument::kind(), meeting, options), Part::Minutes, QString() };
        minutesRecord.description.origin.key = registerKey(meeting, Part::Minutes);
        minutesRecord.description.data = minutes(meeting);
        minutesRecord.fileName = QStringLiteral("Biên bản họp xét khen thưởng");
        list << minutesRecord;
    }
    if (options.parts.contains(Part::Tally)) {
        Described tallyRecord { councilRecord(TallyMinutesDocument::kind(), meeting, options), Part::Tally, QString() };
        tallyRecord.description.origin.key = registerKey(meeting, Part::Tally);
        tallyRecord.description.data = tally(meeting);
        tallyRecord.fileName = QStringLiteral("Biên bản kiểm phiếu");
        list << tallyRecord;
    }
    if (options.parts.contains(Part::Ballots)) {
        Described ballotSheets { councilRecord(BallotDocument::kind(), meeting, options), Part::Ballots, QString() };
        ballotSheets.description.numbering = DocumentDescription::Numbering::Blank;
        const BallotData data = ballots(meeting, options.ballotPaper);
        ballotSheets.description.data = data;
        ballotSheets.fileName =
            QStringLiteral("Phiếu bầu (%1 phiếu, %2)")
                .arg(data.copies)
                .arg(options.ballotPaper == PageSetup::Paper::A5 ? QStringLiteral("A5") : QStringLiteral("A4"));
        list << ballotSheets;
    }
    if (options.parts.contains(Part::Proposals))
        list << proposals(meeting, options);
    if (options.parts.contains(Part::Decisions))
        list << decisions(meeting, options);
    for (qsizetype i = 0; i < list.size(); ++i)
        list[i].fileName = fileName(int(i) + 1, list[i].fileName);
    return list;
}

} // namespace thidua::MeetingDocuments
