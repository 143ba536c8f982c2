#include "core/documents/DocumentSpec.h"

#include "core/documents/SpecReader.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>

namespace thidua {

namespace {

using Reader = SpecReader;

Nominee nominee(Reader& r, const QJsonObject& o, const QString& path)
{
    Nominee n;
    n.collective = r.choice(o,
                       QStringLiteral("type"),
                       path,
                       { QStringLiteral("individual"), QStringLiteral("collective") },
                       QStringLiteral("individual"))
        == QStringLiteral("collective");
    n.name = r.string(o, QStringLiteral("name"), path, true);
    n.position = r.string(o, QStringLiteral("position"), path);
    n.unit = r.string(o, QStringLiteral("unit"), path);
    n.achievement = r.string(o, QStringLiteral("achievement"), path);
    n.award = r.string(o, QStringLiteral("award"), path);
    return n;
}

Nominees nominees(Reader& r, const QJsonObject& o, const QString& key, const QString& path)
{
    Nominees list;
    const QJsonArray array = r.array(o, key, path);
    for (qsizetype i = 0; i < array.size() && r.ok(); ++i) {
        const QString itemPath = Reader::join(Reader::join(path, key), i);
        if (!array[i].isObject()) {
            r.fail(itemPath, DocumentSpec::tr("it must be an object {\"name\": …}."));
            break;
        }
        list << nominee(r, array[i].toObject(), itemPath);
    }
    return list;
}

MinutesData::Attendee person(Reader& r, const QJsonObject& o, const QString& path, bool nameRequired)
{
    MinutesData::Attendee p;
    p.name = r.string(o, QStringLiteral("name"), path, nameRequired);
    p.title = r.string(o, QStringLiteral("title"), path);
    p.role = r.string(o, QStringLiteral("role"), path);
    p.reason = r.string(o, QStringLiteral("reason"), path);
    return p;
}

QList<MinutesData::Attendee> people(Reader& r, const QJsonObject& o, const QString& key, const QString& path)
{
    QList<MinutesData::Attendee> list;
    const QJsonArray array = r.array(o, key, path);
    for (qsizetype i = 0; i < array.size() && r.ok(); ++i) {
        const QString itemPath = Reader::join(Reader::join(path, key), i);
        if (array[i].isString()) {
            MinutesData::Attendee named;
            named.name = array[i].toString().trimmed();
            list << named;
            continue;
        }
        list << person(r, array[i].toObject(), itemPath, true);
    }
    return list;
}

SignatureBlock signer(Reader& r, const QJsonObject& o, const QString& path)
{
    SignatureBlock s;
    s.authority = r.string(o, QStringLiteral("authority"), path);
    s.titles = r.strings(o, QStringLiteral("titles"), path);
    const QString title = r.string(o, QStringLiteral("title"), path);
    if (!title.isEmpty())
        s.titles.prepend(title);
    s.hint = r.string(o, QStringLiteral("hint"), path);
    s.name = r.string(o, QStringLiteral("name"), path);
    s.signatureSpaceMm = r.number(o, QStringLiteral("signature_space_mm"), path, 25, 10, 60);
    return s;
}

QList<ReportedAward> records(Reader& r, const QJsonObject& o, const QString& key, const QString& path)
{
    QList<ReportedAward> list;
    const QJsonArray array = r.array(o, key, path);
    for (qsizetype i = 0; i < array.size() && r.ok(); ++i) {
        const QString itemPath = Reader::join(Reader::join(path, key), i);
        const QJsonObject item = array[i].toObject();
        list << ReportedAward { r.string(item, QStringLiteral("year"), itemPath),
            r.string(item, QStringLiteral("title"), itemPath, true),
            r.string(item, QStringLiteral("decision"), itemPath) };
    }
    return list;
}

ProposalData proposal(Reader& r, const QJsonObject& o, const QString& path)
{
    ProposalData d;
    d.addressees = r.strings(o, QStringLiteral("addressees"), path);
    d.summary = r.string(o, QStringLiteral("summary"), path);
    d.movement = r.string(o, QStringLiteral("movement"), path);
    d.award = r.string(o, QStringLiteral("award"), path, true);
    d.minutesReference = r.string(o, QStringLiteral("minutes_reference"), path);
    d.body = r.blocks(o, QStringLiteral("body"), path, QStringLiteral("Nội dung, đoạn"));
    d.nominees = nominees(r, o, QStringLiteral("nominees"), path);
    d.annex = r.boolean(o, QStringLiteral("annex"), path, true);
    return d;
}

MinutesData minutes(Reader& r, const QJsonObject& o, const QString& path)
{
    MinutesData d;
    d.title = r.string(o, QStringLiteral("title"), path, true);
    d.start = r.dateTime(o, QStringLiteral("start"), path);
    d.end = r.dateTime(o, QStringLiteral("end"), path);
    d.place = r.string(o, QStringLiteral("place"), path);
    d.chair =
        person(r, r.object(o, QStringLiteral("chair"), path, true), Reader::join(path, QStringLiteral("chair")), true);
    d.secretary = person(
        r, r.object(o, QStringLiteral("secretary"), path, true), Reader::join(path, QStringLiteral("secretary")), true);
    d.chairPost = r.string(o, QStringLiteral("chair_post"), path);
    d.membersTotal = r.integer(o, QStringLiteral("members_total"), path, 0, 0, 500);
    d.present = people(r, o, QStringLiteral("present"), path);
    d.absent = people(r, o, QStringLiteral("absent"), path);
    d.content = r.blocks(o, QStringLiteral("content"), path, QStringLiteral("Diễn biến, đoạn"));
    const QJsonObject ballot = r.object(o, QStringLiteral("ballot"), path);
    const QString ballotPath = Reader::join(path, QStringLiteral("ballot"));
    d.ballotMethod = r.string(ballot, QStringLiteral("method"), ballotPath);
    if (d.ballotMethod.isEmpty())
        d.ballotMethod = QStringLiteral("bỏ phiếu kín");
    d.issued = r.integer(ballot, QStringLiteral("issued"), ballotPath, 0, 0, 100000);
    d.returned = r.integer(ballot, QStringLiteral("returned"), ballotPath, 0, 0, 100000);
    d.valid = r.integer(ballot, QStringLiteral("valid"), ballotPath, 0, 0, 100000);
    d.invalid = r.integer(ballot, QStringLiteral("invalid"), ballotPath, 0, 0, 100000);
    if (d.returned > d.issued && d.issued > 0)
        r.fail(Reader::join(ballotPath, QStringLiteral("returned")),
            DocumentSpec::tr("more ballots returned (%1) than issued (%2).").arg(d.returned).arg(d.issued));
    if (d.valid + d.invalid > d.returned && d.returned > 0)
        r.fail(Reader::join(ballotPath, QStringLiteral("valid")),
            DocumentSpec::tr("valid and invalid ballots (%1) exceed those returned (%2).")
                .arg(d.valid + d.invalid)
                .arg(d.returned));
    d.thresholdPercent = r.number(o, QStringLiteral("threshold_percent"), path, 0, 0, 100);
    const QJsonArray results = r.array(o, QStringLiteral("results"), path);
    for (qsizetype i = 0; i < results.size() && r.ok(); ++i) {
        const QString itemPath = Reader::join(Reader::join(path, QStringLiteral("results")), i);
        const QJsonObject item = results[i].toObject();
        MinutesData::VoteResult result;
        result.nominee = nominee(r, item, itemPath);
        result.agree = r.integer(item, QStringLiteral("agree"), itemPath, 0, 0, 100000);
        result.disagree = r.integer(item, QStringLiteral("disagree"), itemPath, 0, 0, 100000);
        if (d.valid > 0 && result.agree + result.disagree > d.valid)
            r.fail(Reader::join(itemPath, QStringLiteral("agree")),
                DocumentSpec::tr("%1 votes counted but only %2 valid ballots.")
                    .arg(result.agree + result.disagree)
                    .arg(d.valid));
        d.results << result;
    }
    d.conclusion = r.string(o, QStringLiteral("conclusion"), path);
    return d;
}

DecisionData decision(Reader& r, const QJsonObject& o, const QString& path)
{
    DecisionData d;
    d.authority = r.string(o, QStringLiteral("authority"), path);
    d.summary = r.string(o, QStringLiteral("summary"), path);
    d.movement = r.string(o, QStringLiteral("movement"), path);
    const QString award = r.string(o, QStringLiteral("award"), path);
    if (!award.isEmpty())
        d.award = award;
    d.proposalBy = r.string(o, QStringLiteral("proposal_by"), path);
    d.achievement = r.string(o, QStringLiteral("achievement"), path);
    d.awardees = nominees(r, o, QStringLiteral("awardees"), path);
    const QJsonObject prize = r.object(o, QStringLiteral("prize"), path);
    const QString prizePath = Reader::join(path, QStringLiteral("prize"));
    d.prizeIndividual = r.integer(prize, QStringLiteral("individual"), prizePath, 0, 0, 1000000000);
    d.prizeCollective = r.integer(prize, QStringLiteral("collective"), prizePath, 0, 0, 1000000000);
    d.fundingSource = r.string(prize, QStringLiteral("source"), prizePath);
    d.executors = r.string(o, QStringLiteral("executors"), path);
    d.articles = r.blocks(o, QStringLiteral("articles"), path, QStringLiteral("Điều"));
    return d;
}

EvidenceIndexData evidenceIndex(Reader& r, const QJsonObject& o, const QString& path)
{
    EvidenceIndexData d;
    d.subject = r.string(o, QStringLiteral("subject"), path);
    d.schoolYear = r.string(o, QStringLiteral("school_year"), path);
    const QJsonArray groups = r.array(o, QStringLiteral("groups"), path);
    for (qsizetype i = 0; i < groups.size() && r.ok(); ++i) {
        const QString groupPath = Reader::join(Reader::join(path, QStringLiteral("groups")), i);
        const QJsonObject group = groups[i].toObject();
        EvidenceIndexData::Group g;
        g.heading = r.string(group, QStringLiteral("heading"), groupPath);
        const QJsonArray rows = r.array(group, QStringLiteral("rows"), groupPath);
        for (qsizetype j = 0; j < rows.size() && r.ok(); ++j) {
            const QString rowPath = Reader::join(Reader::join(groupPath, QStringLiteral("rows")), j);
            const QJsonObject row = rows[j].toObject();
            g.rows << EvidenceIndexData::Row { r.string(row, QStringLiteral("code"), rowPath, true),
                r.string(row, QStringLiteral("description"), rowPath),
                r.string(row, QStringLiteral("number"), rowPath),
                r.date(row, QStringLiteral("date"), rowPath),
                r.string(row, QStringLiteral("issuer"), rowPath),
                r.string(row, QStringLiteral("backs"), rowPath) };
        }
        d.groups << g;
    }
    return d;
}

AchievementReportData report(Reader& r, const QJsonObject& o, const QString& path)
{
    AchievementReportData d;
    d.collective = r.choice(o,
                       QStringLiteral("subject"),
                       path,
                       { QStringLiteral("individual"), QStringLiteral("collective") },
                       QStringLiteral("individual"))
        == QStringLiteral("collective");
    d.proposedAward = r.string(o, QStringLiteral("proposed_award"), path, true);
    d.period = r.string(o, QStringLiteral("period"), path);
    d.name = r.string(o, QStringLiteral("name"), path, true);
    d.birthDate = r.string(o, QStringLiteral("birth_date"), path);
    d.gender = r.string(o, QStringLiteral("gender"), path);
    d.hometown = r.string(o, QStringLiteral("hometown"), path);
    d.residence = r.string(o, QStringLiteral("residence"), path);
    d.unit = r.string(o, QStringLiteral("unit"), path);
    d.position = r.string(o, QStringLiteral("position"), path);
    d.qualification = r.string(o, QStringLiteral("qualification"), path);
    d.honours = r.string(o, QStringLiteral("honours"), path);
    d.duties = r.string(o, QStringLiteral("duties"), path);
    d.characteristics = r.string(o, QStringLiteral("characteristics"), path);
    d.achievements = r.blocks(o, QStringLiteral("achievements"), path, QStringLiteral("Thành tích, đoạn"));
    d.titles = records(r, o, QStringLiteral("titles"), path);
    d.awards = records(r, o, QStringLiteral("awards"), path);
    const QJsonArray sections = r.array(o, QStringLiteral("sections"), path);
    for (qsizetype i = 0; i < sections.size() && r.ok(); ++i) {
        const QString itemPath = Reader::join(Reader::join(path, QStringLiteral("sections")), i);
        const QJsonObject item = sections[i].toObject();
        d.sections << ReportSection { r.string(item, QStringLiteral("heading"), itemPath),
            r.blocks(item, QStringLiteral("blocks"), itemPath, QStringLiteral("Mục %1, đoạn").arg(i + 1)) };
    }
    d.confirmer =
        signer(r, r.object(o, QStringLiteral("confirmer"), path), Reader::join(path, QStringLiteral("confirmer")));
    d.reporter =
        signer(r, r.object(o, QStringLiteral("reporter"), path), Reader::join(path, QStringLiteral("reporter")));
    return d;
}

CertificateData certificate(Reader& r, const QJsonObject& o, const QString& path)
{
    CertificateData d;
    d.authority = r.string(o, QStringLiteral("authority"), path);
    const QString award = r.string(o, QStringLiteral("award_name"), path);
    if (!award.isEmpty())
        d.awardName = award;
    const QJsonObject decision = r.object(o, QStringLiteral("decision"), path);
    d.decisionNumber = r.string(decision, QStringLiteral("number"), Reader::join(path, QStringLiteral("decision")));
    d.decisionDate = r.date(decision, QStringLiteral("date"), Reader::join(path, QStringLiteral("decision")));
    const QJsonArray recipients = r.array(o, QStringLiteral("recipients"), path, true);
    if (recipients.isEmpty() && r.ok())
        r.fail(Reader::join(path, QStringLiteral("recipients")), DocumentSpec::tr("the list is empty."));
    for (qsizetype i = 0; i < recipients.size() && r.ok(); ++i) {
        const QString itemPath = Reader::join(Reader::join(path, QStringLiteral("recipients")), i);
        const QJsonObject item = recipients[i].toObject();
        d.recipients << CertificateRecipient { r.string(item, QStringLiteral("salutation"), itemPath),
            r.string(item, QStringLiteral("name"), itemPath, true),
            r.string(item, QStringLiteral("position"), itemPath),
            r.string(item, QStringLiteral("achievement"), itemPath),
            r.string(item, QStringLiteral("register_number"), itemPath) };
    }
    return d;
}

QJsonObject merged(const QJsonObject& common, const QJsonObject& own)
{
    QJsonObject result = common;
    for (auto it = own.constBegin(); it != own.constEnd(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

} // namespace

QStringList DocumentSpec::kinds()
{
    return { ProposalDocument::kind(),
        MinutesDocument::kind(),
        DecisionDocument::kind(),
        AchievementReportDocument::kind(),
        CertificateDocument::kind(),
        EvidenceIndexDocument::kind() };
}

QString DocumentSpec::kindName(const QString& kind)
{
    return RegisterEntry::kindName(kind);
}

Result<QList<DocumentDescription>> DocumentSpec::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("Cannot read %1: %2").arg(path, file.errorString()), path);
    if (file.size() > 64 * 1024 * 1024)
        return Error(Error::Code::TooLarge, tr("The description is larger than 64 MB."), path);
    return parse(file.readAll(), path);
}

Result<QList<DocumentDescription>> DocumentSpec::parse(const QByteArray& json, const QString& fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - before.lastIndexOf('\n'));
        return Error(Error::Code::Format,
            tr("This is not valid JSON: %1.").arg(parseError.errorString()),
            fileName,
            line,
            column);
    }
    if (!document.isObject())
        return Error(Error::Code::Format, tr("The description must be a JSON object { … }."), fileName, 1);
    SpecReader reader(fileName, json);
    const QJsonObject root = document.object();
    QList<DocumentDescription> specs;
    if (root.contains(QStringLiteral("documents"))) {
        const QJsonObject common = reader.object(root, QStringLiteral("common"), QString());
        const QJsonArray list = reader.array(root, QStringLiteral("documents"), QString(), true);
        if (list.isEmpty() && reader.ok())
            reader.fail(QStringLiteral("documents"), tr("the list is empty."));
        for (qsizetype i = 0; i < list.size() && reader.ok(); ++i) {
            const QString path = SpecReader::join(QStringLiteral("documents"), i);
            if (!list[i].isObject()) {
                reader.fail(path, tr("it must be an object {\"kind\": …}."));
                break;
            }
            specs << parseOne(reader, merged(common, list[i].toObject()), path);
        }
    } else {
        specs << parseOne(reader, root, QString());
    }
    if (!reader.ok())
        return reader.error();
    return specs;
}

DocumentDescription DocumentSpec::parseOne(SpecReader& r, const QJsonObject& o, const QString& path)
{
    DocumentDescription spec;
    spec.kind = r.choice(o, QStringLiteral("kind"), path, kinds(), QString());
    if (spec.kind.isEmpty()) {
        if (r.ok())
            r.fail(SpecReader::join(path, QStringLiteral("kind")),
                tr("it is missing; it must be one of: %1.").arg(kinds().join(QStringLiteral(", "))));
        return spec;
    }
    DocumentOrigin& origin = spec.origin;
    origin.key = r.string(o, QStringLiteral("key"), path);
    const QString issuer = r.choice(o,
        QStringLiteral("issuer"),
        path,
        { QStringLiteral("school"), QStringLiteral("council") },
        spec.kind == MinutesDocument::kind() ? QStringLiteral("council") : QStringLiteral("school"));
    origin.issuer = RegisterEntry::issuerFromKey(issuer);

    const QJsonObject organization = r.object(o, QStringLiteral("organization"), path);
    const QString orgPath = SpecReader::join(path, QStringLiteral("organization"));
    const QList<QPair<QString, QString*>> orgFields = {
        { QStringLiteral("governing_body"), &origin.organization.governingBody },
        { QStringLiteral("name"), &origin.organization.name },
        { QStringLiteral("abbreviation"), &origin.organization.abbreviation },
        { QStringLiteral("place_name"), &origin.organization.placeName },
        { QStringLiteral("council_name"), &origin.organization.councilName },
        { QStringLiteral("council_abbreviation"), &origin.organization.councilAbbreviation },
    };
    for (const auto& field : orgFields) {
        if (!organization.contains(field.first))
            continue;
        *field.second = r.string(organization, field.first, orgPath);
        spec.organizationGiven.insert(field.first);
    }

    const QJsonValue number = o.value(QStringLiteral("number"));
    if (number.isDouble()) {
        spec.numbering = DocumentDescription::Numbering::Fixed;
        spec.number = r.integer(o, QStringLiteral("number"), path, 0, 1, 99999);
    } else {
        const QString mode = r.choice(o,
            QStringLiteral("number"),
            path,
            { QStringLiteral("auto"), QStringLiteral("blank") },
            QStringLiteral("auto"));
        spec.numbering = mode == QStringLiteral("blank") ? DocumentDescription::Numbering::Blank
                                                         : DocumentDescription::Numbering::Auto;
    }
    if (spec.typeAbbreviation().isEmpty())
        spec.numbering = DocumentDescription::Numbering::Blank;

    origin.date = r.date(o, QStringLiteral("date"), path);
    spec.dateGiven = origin.date.isValid();

    const QJsonValue bases = o.value(QStringLiteral("legal_bases"));
    if (bases.isArray()) {
        spec.automaticBases = false;
        spec.extraBases = r.strings(o, QStringLiteral("legal_bases"), path);
    } else {
        spec.automaticBases = r.choice(o,
                                  QStringLiteral("legal_bases"),
                                  path,
                                  { QStringLiteral("auto"), QStringLiteral("none") },
                                  QStringLiteral("auto"))
            == QStringLiteral("auto");
    }
    spec.extraBases << r.strings(o, QStringLiteral("extra_bases"), path);

    const QJsonObject page = r.object(o, QStringLiteral("page"), path);
    const QString pagePath = SpecReader::join(path, QStringLiteral("page"));
    const QJsonObject margins = r.object(page, QStringLiteral("margins_mm"), pagePath);
    const QString marginsPath = SpecReader::join(pagePath, QStringLiteral("margins_mm"));
    origin.page.topMm = r.number(margins, QStringLiteral("top"), marginsPath, 20, PageSetup::MinTop, PageSetup::MaxTop);
    origin.page.bottomMm =
        r.number(margins, QStringLiteral("bottom"), marginsPath, 20, PageSetup::MinBottom, PageSetup::MaxBottom);
    origin.page.leftMm =
        r.number(margins, QStringLiteral("left"), marginsPath, 30, PageSetup::MinLeft, PageSetup::MaxLeft);
    origin.page.rightMm =
        r.number(margins, QStringLiteral("right"), marginsPath, 15, PageSetup::MinRight, PageSetup::MaxRight);
    origin.page.bodySize = r.number(page, QStringLiteral("body_size"), pagePath, 14, 13, 14);
    origin.page.lineSpacing = r.number(page, QStringLiteral("line_spacing"), pagePath, 1.0, 1.0, 1.5);
    origin.page.paragraphSpacingPt = r.number(page, QStringLiteral("paragraph_spacing_pt"), pagePath, 6, 6, 24);

    const QJsonArray signers = r.array(o, QStringLiteral("signers"), path);
    if (signers.size() > 2)
        r.fail(SpecReader::join(path, QStringLiteral("signers")), tr("a document has one or two signers."));
    for (qsizetype i = 0; i < signers.size() && r.ok(); ++i)
        origin.signers << signer(
            r, signers[i].toObject(), SpecReader::join(SpecReader::join(path, QStringLiteral("signers")), i));
    spec.signersGiven = !origin.signers.isEmpty();
    origin.distribution = r.strings(o, QStringLiteral("distribution"), path);

    if (spec.kind == ProposalDocument::kind())
        spec.data = proposal(r, o, path);
    else if (spec.kind == MinutesDocument::kind())
        spec.data = minutes(r, o, path);
    else if (spec.kind == DecisionDocument::kind())
        spec.data = decision(r, o, path);
    else if (spec.kind == AchievementReportDocument::kind())
        spec.data = report(r, o, path);
    else if (spec.kind == EvidenceIndexDocument::kind())
        spec.data = evidenceIndex(r, o, path);
    else {
        spec.data = certificate(r, o, path);
        spec.certificateMode = r.choice(o,
            QStringLiteral("mode"),
            path,
            { QStringLiteral("plain"), QStringLiteral("preprinted") },
            QStringLiteral("plain"));
        spec.printer = r.string(o, QStringLiteral("printer"), path);
    }
    if (spec.kind == MinutesDocument::kind() && !spec.dateGiven) {
        const auto& data = std::get<MinutesData>(spec.data);
        if (data.start.isValid()) {
            origin.date = data.start.date();
            spec.dateGiven = true;
        }
    }
    return spec;
}

} // namespace thidua
