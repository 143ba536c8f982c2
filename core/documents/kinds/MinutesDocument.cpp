#include "core/documents/kinds/MinutesDocument.h"

#include "core/documents/kinds/DocumentWording.h"

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
    QString attendance;
    if (data.membersTotal > 0)
        attendance = QStringLiteral("%1/%2 thành viên Hội đồng Thi đua - Khen thưởng có mặt")
                         .arg(data.present.size())
                         .arg(data.membersTotal);
    else
        attendance = QStringLiteral("%1 thành viên Hội đồng Thi đua - Khen thưởng có mặt").arg(data.present.size());
    if (!data.absent.isEmpty()) {
        QStringList absent;
        for (const MinutesData::Attendee& person : data.absent)
            absent << (person.reason.isEmpty() ? person.name
                                               : QStringLiteral("%1 (%2)").arg(person.name, person.reason));
        attendance += QStringLiteral("; vắng %1: %2").arg(data.absent.size()).arg(absent.join(QStringLiteral(", ")));
    }
    body << line(QStringLiteral("Thành phần tham dự: "), attendance + QLatin1Char('.'));
    for (qsizetype i = 0; i < data.present.size(); ++i)
        body << Block::of(Paragraph::text(Paragraph::Style::Bullet,
            QStringLiteral("- ") + personLine(data.present[i])
                + (i + 1 == data.present.size() ? QStringLiteral(".") : QStringLiteral(";"))));
    body << line(QStringLiteral("Chủ trì (chủ tọa): "), personLine(data.chair) + QLatin1Char('.'));
    body << line(QStringLiteral("Thư ký (người ghi biên bản): "), personLine(data.secretary) + QLatin1Char('.'));

    Paragraph content = Paragraph::text(Paragraph::Style::Heading2, QStringLiteral("Nội dung cuộc họp:"));
    body << Block::of(content);
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

    if (!data.results.isEmpty()) {
        body << Block::of(
            Paragraph::text(Paragraph::Style::Heading2, QStringLiteral("Kết quả %1:").arg(data.ballotMethod)));
        if (data.issued > 0 || data.returned > 0) {
            body << Block::of(Paragraph::text(Paragraph::Style::Body,
                QStringLiteral(
                    "Số phiếu phát ra: %1; số phiếu thu vào: %2; số phiếu hợp lệ: %3; số phiếu không hợp lệ: %4.")
                    .arg(data.issued)
                    .arg(data.returned)
                    .arg(data.valid)
                    .arg(data.invalid)));
        }
        Table table;
        table.columnWeights = { 1.6, 5.5, 5, 2.4, 2.4 };
        Table::Row header = { { QStringLiteral("STT") },
            { QStringLiteral("Họ và tên / Tên tập thể") },
            { QStringLiteral("Hình thức đề nghị") },
            { QStringLiteral("Số phiếu đồng ý") },
            { QStringLiteral("Tỷ lệ (%)") } };
        if (data.thresholdPercent > 0) {
            table.columnWeights << 2.6;
            header << Table::Cell { QStringLiteral("Kết quả") };
        }
        table.headerRows << header;
        int number = 0;
        for (const MinutesData::VoteResult& result : data.results) {
            const MeetingRules::Threshold rule = threshold(data);
            const int hundredths =
                MeetingRules::shareHundredths(result.agree, MeetingRules::denominator(rule.base, counts(data)));
            QString name = result.nominee.name;
            if (!result.nominee.unit.isEmpty() && !result.nominee.collective)
                name += QStringLiteral("\n") + result.nominee.unit;
            Table::Row row = { { QString::number(++number), Paragraph::Align::Center },
                { name },
                { result.nominee.award },
                { QString::number(result.agree), Paragraph::Align::Center },
                { DocumentWording::percent(hundredths / 100.0), Paragraph::Align::Center } };
            if (data.thresholdPercent > 0)
                row << Table::Cell { MeetingRules::passes(result.agree, rule, counts(data))
                        ? QStringLiteral("Đạt")
                        : QStringLiteral("Không đạt"),
                    Paragraph::Align::Center };
            table.rows << row;
        }
        body << Block::of(table);
    }
    if (!data.conclusion.isEmpty()) {
        body << Block::of(Paragraph::text(Paragraph::Style::Heading2, QStringLiteral("Kết luận:")));
        body << DocumentWording::editable(Paragraph::Style::Body, data.conclusion, QStringLiteral("Kết luận"));
    }
    body << Block::of(Paragraph::text(Paragraph::Style::Body,
        QStringLiteral("Cuộc họp kết thúc vào %1./.").arg(DocumentWording::timeAndDate(data.end))));

    if (!origin.signers.isEmpty()) {
        document.signatures.signers = origin.signers;
    } else {
        SignatureBlock secretary;
        secretary.titles = { QStringLiteral("Thư ký") };
        secretary.name = data.secretary.name;
        SignatureBlock chair;
        chair.titles = { QStringLiteral("Chủ tọa") };
        if (!data.chairPost.isEmpty())
            chair.titles << data.chairPost;
        chair.name = data.chair.name;
        document.signatures.signers = { secretary, chair };
    }
    document.signatures.distribution.recipients =
        origin.distributionOr({ QStringLiteral("Các thành viên Hội đồng"), QStringLiteral("Lưu: VT, Hồ sơ") });
    return document;
}

} // namespace thidua
