#include "core/documents/kinds/MinutesDocument.h"

#include "core/documents/kinds/DocumentWording.h"
#include "core/text/VietnameseFormat.h"

#include <cmath>

namespace thidua {

namespace {

QString personLine(const MinutesData::Attendee& person)
{
    QStringList parts { person.name };
    if (!person.title.isEmpty())
        parts << person.title;
    if (!person.role.isEmpty())
        parts << person.role;
    return parts.join(QStringLiteral(", "));
}

Block line(const QString& label, const QString& value)
{
    Paragraph paragraph;
    paragraph.style = Paragraph::Style::Body;
    paragraph.runs = { TextRun { label, true }, TextRun { value } };
    return Block::of(paragraph);
}

Block heading(const QString& text)
{
    return Block::of(Paragraph::text(Paragraph::Style::Heading2, text));
}

// "- a;" … "- z." as bullets.
Blocks bullets(const QStringList& items)
{
    Blocks blocks;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString item = items[i].trimmed();
        while (item.endsWith(QLatin1Char('.')) || item.endsWith(QLatin1Char(';')))
            item.chop(1);
        blocks << Block::of(Paragraph::text(Paragraph::Style::Bullet,
            QStringLiteral("- ") + item + (i + 1 == items.size() ? QStringLiteral(".") : QStringLiteral(";"))));
    }
    return blocks;
}

QString ballotCounts(int issued, int returned, int valid, int invalid)
{
    return QStringLiteral("số phiếu phát ra: %1; số phiếu thu vào: %2; số phiếu hợp lệ: %3; số phiếu không hợp lệ: %4")
        .arg(issued)
        .arg(returned)
        .arg(valid)
        .arg(invalid);
}

Blocks attendance(const MinutesData& data)
{
    Blocks blocks;
    QString text;
    if (data.membersTotal > 0)
        text = QStringLiteral("%1/%2 thành viên Hội đồng Thi đua - Khen thưởng có mặt")
                   .arg(data.present.size())
                   .arg(data.membersTotal);
    else
        text = QStringLiteral("%1 thành viên Hội đồng Thi đua - Khen thưởng có mặt").arg(data.present.size());
    if (!data.absent.isEmpty()) {
        QStringList absent;
        for (const MinutesData::Attendee& person : data.absent)
            absent << (person.reason.isEmpty() ? person.name
                                               : QStringLiteral("%1 (%2)").arg(person.name, person.reason));
        text += QStringLiteral("; vắng %1: %2").arg(data.absent.size()).arg(absent.join(QStringLiteral(", ")));
    }
    blocks << line(QStringLiteral("Thành phần tham dự: "), text + QLatin1Char('.'));
    QStringList present;
    for (const MinutesData::Attendee& person : data.present)
        present << personLine(person);
    blocks << bullets(present);
    if (data.quorum && data.membersTotal > 0)
        blocks << line(QStringLiteral("Số thành viên dự họp: "),
            MinutesDocument::quorumText(int(data.present.size()), data.membersTotal, *data.quorum) + QLatin1Char('.'));
    QStringList opinions;
    for (const MinutesData::Attendee& person : data.absent) {
        if (!person.writtenOpinion.trimmed().isEmpty())
            opinions << QStringLiteral("%1: %2").arg(person.name, person.writtenOpinion.trimmed());
    }
    if (!opinions.isEmpty()) {
        blocks << line(QStringLiteral("Ý kiến bằng văn bản của thành viên vắng mặt:"), QString());
        blocks << bullets(opinions);
    }
    return blocks;
}

// What the council decided before the vote: the standards, the checks it overrode, the members who did not vote.
Blocks beforeTheVote(const MinutesData& data)
{
    Blocks blocks;
    if (!data.standards.isEmpty()) {
        blocks << heading(QStringLiteral("Tiêu chuẩn áp dụng:"));
        QStringList standards;
        for (const MinutesData::Standard& standard : data.standards)
            standards << QStringLiteral("%1: số phiếu đồng ý %2")
                             .arg(standard.award, MinutesDocument::thresholdText(standard.threshold));
        blocks << bullets(standards);
    }
    if (!data.overrides.isEmpty()) {
        blocks << heading(QStringLiteral("Trường hợp chưa đáp ứng điều kiện được Hội đồng đưa ra biểu quyết:"));
        QStringList overrides;
        for (const MinutesData::Override& item : data.overrides)
            overrides << QStringLiteral("%1 (%2): lý do %3").arg(item.nominee, item.check, item.reason.trimmed());
        blocks << bullets(overrides);
    }
    if (!data.recusals.isEmpty()) {
        blocks << heading(QStringLiteral("Thành viên không tham gia biểu quyết:"));
        QStringList recusals;
        for (const MinutesData::Recusal& item : data.recusals)
            recusals << (item.reason.isEmpty()
                    ? QStringLiteral("%1 không biểu quyết đối với %2").arg(item.member, item.nominee)
                    : QStringLiteral("%1 không biểu quyết đối với %2, vì %3")
                          .arg(item.member, item.nominee, item.reason));
        blocks << bullets(recusals);
    }
    return blocks;
}

QString nameCell(const Nominee& nominee)
{
    if (!nominee.unit.isEmpty() && !nominee.collective)
        return nominee.name + QStringLiteral("\n") + nominee.unit;
    return nominee.name;
}

// The verdicts the meeting computed, each form with its own threshold: agree, disagree, share, verdict.
Table verdictTable(const MinutesData& data)
{
    Table table;
    table.columnWeights = { 1.7, 4.8, 3.6, 2.3, 2.4, 2.7, 3.3 };
    table.headerRows << Table::Row { { QStringLiteral("STT") },
        { QStringLiteral("Họ và tên / Tên tập thể") },
        { QStringLiteral("Hình thức đề nghị") },
        { QStringLiteral("Đồng ý") },
        { QStringLiteral("Không đồng ý") },
        { QStringLiteral("Tỷ lệ đồng ý") },
        { QStringLiteral("Kết quả") } };
    int number = 0;
    for (const MinutesData::VoteResult& result : data.results) {
        const MinutesData::Verdict verdict = result.verdict.value_or(MinutesData::Verdict { false });
        const QString none = QStringLiteral("-");
        table.rows << Table::Row { { QString::number(++number), Paragraph::Align::Center },
            { nameCell(result.nominee) },
            { result.nominee.award },
            { verdict.voted ? QString::number(result.agree) : none, Paragraph::Align::Center },
            { verdict.voted ? QString::number(result.disagree) : none, Paragraph::Align::Center },
            { verdict.voted ? VietnameseFormat::percentTenths(verdict.shareTenths) : none, Paragraph::Align::Center },
            { verdict.voted ? (verdict.passed ? QStringLiteral("Đạt") : QStringLiteral("Không đạt"))
                            : QStringLiteral("Chưa biểu quyết"),
                Paragraph::Align::Center } };
    }
    return table;
}

// A description's results (JSON): one threshold for all, counted on the valid ballots or those present.
Table thresholdTable(const MinutesData& data)
{
    Table table;
    table.columnWeights = { 1.6, 5.5, 5, 2.4, 2.4 };
    Table::Row header = { { QStringLiteral("STT") },
        { QStringLiteral("Họ và tên / Tên tập thể") },
        { QStringLiteral("Hình thức đề nghị") },
        { QStringLiteral("Số phiếu đồng ý") },
        { QStringLiteral("Tỷ lệ") } };
    if (data.thresholdPercent > 0) {
        table.columnWeights << 2.6;
        header << Table::Cell { QStringLiteral("Kết quả") };
    }
    table.headerRows << header;
    int number = 0;
    const MeetingRules::Threshold rule = MinutesDocument::threshold(data);
    const MeetingRules::Counts counts = MinutesDocument::counts(data);
    for (const MinutesData::VoteResult& result : data.results) {
        const int hundredths = MeetingRules::shareTenths(result.agree, MeetingRules::denominator(rule.base, counts));
        Table::Row row = { { QString::number(++number), Paragraph::Align::Center },
            { nameCell(result.nominee) },
            { result.nominee.award },
            { QString::number(result.agree), Paragraph::Align::Center },
            { VietnameseFormat::percentTenths(hundredths), Paragraph::Align::Center } };
        if (data.thresholdPercent > 0)
            row << Table::Cell { MeetingRules::passes(result.agree, rule, counts) ? QStringLiteral("Đạt")
                                                                                  : QStringLiteral("Không đạt"),
                Paragraph::Align::Center };
        table.rows << row;
    }
    return table;
}

Blocks results(const MinutesData& data)
{
    Blocks blocks;
    if (data.results.isEmpty())
        return blocks;
    blocks << heading(QStringLiteral("Kết quả %1:").arg(data.ballotMethod));
    if (!data.rounds.isEmpty()) {
        for (const MinutesData::RoundBallots& round : data.rounds) {
            const QString counts = ballotCounts(round.issued, round.returned, round.valid, round.invalid);
            blocks << Block::of(Paragraph::text(Paragraph::Style::Body,
                data.rounds.size() == 1 ? counts.left(1).toUpper() + counts.mid(1) + QLatin1Char('.')
                                        : QStringLiteral("Vòng %1: %2.").arg(round.round).arg(counts)));
        }
    } else if (data.issued > 0 || data.returned > 0) {
        const QString counts = ballotCounts(data.issued, data.returned, data.valid, data.invalid);
        blocks << Block::of(
            Paragraph::text(Paragraph::Style::Body, counts.left(1).toUpper() + counts.mid(1) + QLatin1Char('.')));
    }
    bool verdicts = false;
    for (const MinutesData::VoteResult& result : data.results)
        verdicts = verdicts || result.verdict.has_value();
    blocks << Block::of(verdicts ? verdictTable(data) : thresholdTable(data));
    return blocks;
}

QList<SignatureBlock> signers(const MinutesData& data)
{
    SignatureBlock secretary;
    secretary.titles = { QStringLiteral("Thư ký") };
    secretary.name = data.secretary.name;
    SignatureBlock chair;
    chair.titles = { QStringLiteral("Chủ tọa") };
    if (!data.chairPost.isEmpty())
        chair.titles << data.chairPost;
    chair.name = data.chair.name;
    return { secretary, chair };
}

} // namespace

MeetingRules::Threshold MinutesDocument::threshold(const MinutesData& data)
{
    return { int(std::lround(data.thresholdPercent * 10)),
        data.valid > 0 ? MeetingRules::Base::ValidBallots : MeetingRules::Base::MembersPresent };
}

MeetingRules::Counts MinutesDocument::counts(const MinutesData& data)
{
    return { data.membersTotal, int(data.present.size()), data.valid };
}

QString MinutesDocument::thresholdText(const MeetingRules::Threshold& threshold)
{
    QString base;
    switch (threshold.base) {
    case MeetingRules::Base::MembersPresent:
        base = QStringLiteral("tổng số thành viên có mặt");
        break;
    case MeetingRules::Base::AllMembers:
        base = QStringLiteral("tổng số thành viên Hội đồng");
        break;
    case MeetingRules::Base::ValidBallots:
        base = QStringLiteral("tổng số phiếu hợp lệ");
        break;
    }
    return QStringLiteral("từ %1 trở lên trên %2").arg(VietnameseFormat::percentTenthsShort(threshold.tenths), base);
}

QString MinutesDocument::quorumText(int present, int members, const MeetingRules::Fraction& quorum)
{
    return QStringLiteral("%1/%2 thành viên có mặt, %3 (từ %4/%5 tổng số thành viên trở lên)")
        .arg(present)
        .arg(members)
        .arg(MeetingRules::quorumMet(present, members, quorum) ? QStringLiteral("đủ điều kiện")
                                                               : QStringLiteral("không đủ điều kiện"))
        .arg(quorum.numerator)
        .arg(quorum.denominator);
}

Document MinutesDocument::build(const MinutesData& data, const DocumentOrigin& origin)
{
    Document document;
    document.kindKey = kind();
    document.page = origin.page;
    document.header = origin.header(typeAbbreviation());
    document.header.showDateLine = false; // Mẫu 1.9: the date goes into the body
    document.title = QStringLiteral("Biên bản");
    document.summary = data.title;

    Blocks& body = document.body;
    body << line(QStringLiteral("Thời gian bắt đầu: "), DocumentWording::timeAndDate(data.start) + QLatin1Char('.'));
    body << line(
        QStringLiteral("Địa điểm: "), (data.place.isEmpty() ? QStringLiteral("…") : data.place) + QLatin1Char('.'));
    body << attendance(data);
    body << line(QStringLiteral("Chủ trì (chủ tọa): "), personLine(data.chair) + QLatin1Char('.'));
    body << line(QStringLiteral("Thư ký (người ghi biên bản): "), personLine(data.secretary) + QLatin1Char('.'));

    body << heading(QStringLiteral("Nội dung cuộc họp:"));
    if (data.content.isEmpty()) {
        body << DocumentWording::editable(Paragraph::Style::Body,
            QStringLiteral("Chủ tọa nêu mục đích, yêu cầu của cuộc họp; thư ký trình bày tiêu chuẩn khen thưởng và tóm "
                           "tắt thành tích của các tập thể, cá nhân được đề nghị; Hội đồng thảo luận, nhận xét từng "
                           "trường hợp và tiến hành %1.")
                .arg(data.ballotMethod),
            QStringLiteral("Diễn biến cuộc họp"));
    } else {
        body << data.content;
    }
    body << beforeTheVote(data);
    body << results(data);
    if (!data.conclusion.isEmpty()) {
        body << heading(QStringLiteral("Kết luận:"));
        body << DocumentWording::editable(Paragraph::Style::Body, data.conclusion, QStringLiteral("Kết luận"));
    }
    body << Block::of(Paragraph::text(Paragraph::Style::Body,
        QStringLiteral("Cuộc họp kết thúc vào %1./.").arg(DocumentWording::timeAndDate(data.end))));

    document.signatures.signers = origin.signers.isEmpty() ? signers(data) : origin.signers;
    document.signatures.distribution.recipients =
        origin.distributionOr({ QStringLiteral("Các thành viên Hội đồng"), QStringLiteral("Lưu: VT, Hồ sơ") });
    return document;
}

} // namespace thidua
