#include "core/documents/kinds/TallyMinutesDocument.h"

#include "core/documents/kinds/DocumentWording.h"
#include "core/text/VietnameseFormat.h"

namespace thidua {

namespace {

Block line(const QString& label, const QString& value)
{
    Paragraph paragraph;
    paragraph.style = Paragraph::Style::Body;
    paragraph.runs = { TextRun { label, true }, TextRun { value } };
    return Block::of(paragraph);
}

Table roundTable(const TallyMinutesData::Round& round)
{
    Table table;
    table.columnWeights = { 1.6, 5.2, 4.6, 2.3, 2.4, 2.8 };
    table.headerRows << Table::Row { { QStringLiteral("STT") },
        { QStringLiteral("Họ và tên / Tên tập thể") },
        { QStringLiteral("Hình thức đề nghị") },
        { QStringLiteral("Đồng ý") },
        { QStringLiteral("Không đồng ý") },
        { QStringLiteral("Tỷ lệ đồng ý") } };
    int number = 0;
    for (const TallyMinutesData::Row& row : round.rows) {
        table.rows << Table::Row { { QString::number(++number), Paragraph::Align::Center },
            { row.nominee.name },
            { row.nominee.award },
            { QString::number(row.agree), Paragraph::Align::Center },
            { QString::number(row.disagree), Paragraph::Align::Center },
            { VietnameseFormat::percentTenths(row.shareTenths), Paragraph::Align::Center } };
    }
    return table;
}

} // namespace

Document TallyMinutesDocument::build(const TallyMinutesData& data, const DocumentOrigin& origin)
{
    Document document;
    document.kindKey = kind();
    document.page = origin.page;
    document.header = origin.header(typeAbbreviation());
    document.header.showDateLine = false; // Mẫu 1.9: the date goes into the body
    document.title = QStringLiteral("Biên bản kiểm phiếu");
    document.summary = data.meeting;

    Blocks& body = document.body;
    body << line(QStringLiteral("Thời gian: "), DocumentWording::timeAndDate(data.start) + QLatin1Char('.'));
    body << line(
        QStringLiteral("Địa điểm: "), (data.place.isEmpty() ? QStringLiteral("…") : data.place) + QLatin1Char('.'));
    body << line(QStringLiteral("Người kiểm phiếu:"), QString());
    for (qsizetype i = 0; i < data.counters.size(); ++i) {
        const TallyMinutesData::Counter& counter = data.counters[i];
        body << Block::of(Paragraph::text(Paragraph::Style::Bullet,
            QStringLiteral("- %1, %2 (lần đếm thứ %3)%4")
                .arg(counter.name, counter.role)
                .arg(i + 1)
                .arg(i + 1 == data.counters.size() ? QStringLiteral(".") : QStringLiteral(";"))));
    }
    body << Block::of(Paragraph::text(Paragraph::Style::Body,
        QStringLiteral("Phiếu được kiểm đếm hai lần độc lập; kết quả hai lần đếm trùng khớp và được ghi nhận như "
                       "sau:")));
    for (const TallyMinutesData::Round& round : data.rounds) {
        if (data.rounds.size() > 1)
            body << Block::of(
                Paragraph::text(Paragraph::Style::Heading2, QStringLiteral("Vòng bỏ phiếu thứ %1:").arg(round.number)));
        body << Block::of(Paragraph::text(Paragraph::Style::Body,
            QStringLiteral("Số phiếu phát ra: %1; số phiếu thu vào: %2; số phiếu hợp lệ: %3; số phiếu không hợp lệ: "
                           "%4.")
                .arg(round.issued)
                .arg(round.returned)
                .arg(round.valid)
                .arg(round.invalid)));
        body << Block::of(roundTable(round));
    }
    if (!data.bases.isEmpty())
        body << Block::of(Paragraph::text(Paragraph::Style::Body,
            QStringLiteral("Tỷ lệ đồng ý được tính theo tiêu chuẩn của từng hình thức: %1.")
                .arg(data.bases.join(QStringLiteral("; ")))));
    body << Block::of(Paragraph::text(Paragraph::Style::Body,
        QStringLiteral("Việc kiểm phiếu kết thúc vào %1./.").arg(DocumentWording::timeAndDate(data.end))));

    if (!origin.signers.isEmpty()) {
        document.signatures.signers = origin.signers;
    } else {
        for (const TallyMinutesData::Counter& counter : data.counters.mid(0, 2)) {
            SignatureBlock signer;
            signer.titles = { QStringLiteral("Người kiểm phiếu") };
            signer.name = counter.name;
            signer.signatureSpaceMm = 18; // a signature without a seal
            document.signatures.signers << signer;
        }
    }
    document.signatures.distribution.recipients =
        origin.distributionOr({ QStringLiteral("Hội đồng Thi đua - Khen thưởng"), QStringLiteral("Lưu: VT, Hồ sơ") });
    return document;
}

} // namespace thidua
