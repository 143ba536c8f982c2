#include "core/documents/kinds/AchievementReportDocument.h"

#include "core/documents/kinds/DocumentWording.h"

namespace thidua {

namespace {

Block heading(const QString& text)
{
    return Block::of(Paragraph::text(Paragraph::Style::Heading1, text));
}

Block labelled(const QString& label, const QString& value)
{
    Paragraph paragraph;
    paragraph.style = Paragraph::Style::Bullet;
    paragraph.runs = { TextRun { QStringLiteral("- ") + label + QStringLiteral(": ") },
        TextRun { value.isEmpty() ? QStringLiteral("…") : value } };
    // What the record does not say is typed in the preview (the whole line, label included).
    paragraph.editable = value.isEmpty() || value.startsWith(QLatin1Char('['));
    paragraph.editLabel = label;
    return Block::of(paragraph);
}

Table recordTable(const QList<ReportedAward>& records, const QString& what)
{
    Table table;
    table.columnWeights = { 2.6, 5, 8 };
    table.headerRows << Table::Row {
        { QStringLiteral("Năm") }, { what }, { QStringLiteral("Số, ngày, tháng, năm của quyết định; cơ quan ban hành") }
    };
    for (const ReportedAward& record : records)
        table.rows << Table::Row { { record.year, Paragraph::Align::Center }, { record.title }, { record.decision } };
    return table;
}

// The table of past titles or awards, or "Không." when there are none (no bordered empty row).
Block recordBlock(const QList<ReportedAward>& records, const QString& what)
{
    if (records.isEmpty())
        return Block::of(Paragraph::text(Paragraph::Style::Body, QStringLiteral("Không.")));
    return Block::of(recordTable(records, what));
}

QList<ReportSection> generatedSections(const AchievementReportData& data)
{
    QList<ReportSection> sections;
    ReportSection first;
    if (data.collective) {
        first.heading = QStringLiteral("I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH");
        first.blocks << Block::of(
            Paragraph::text(Paragraph::Style::Heading2, QStringLiteral("1. Đặc điểm, tình hình")));
        first.blocks << DocumentWording::editable(Paragraph::Style::Body,
            data.characteristics.isEmpty() ? QStringLiteral("…") : data.characteristics,
            QStringLiteral("Đặc điểm, tình hình"));
        first.blocks << Block::of(
            Paragraph::text(Paragraph::Style::Heading2, QStringLiteral("2. Chức năng, nhiệm vụ")));
        first.blocks << DocumentWording::editable(Paragraph::Style::Body,
            data.duties.isEmpty() ? QStringLiteral("…") : data.duties,
            QStringLiteral("Chức năng, nhiệm vụ"));
    } else {
        first.heading = QStringLiteral("I. SƠ LƯỢC LÝ LỊCH");
        first.blocks << labelled(QStringLiteral("Họ tên"), data.name);
        first.blocks << labelled(QStringLiteral("Sinh ngày, tháng, năm"),
            data.gender.isEmpty() ? data.birthDate : data.birthDate + QStringLiteral("; Giới tính: ") + data.gender);
        first.blocks << labelled(QStringLiteral("Quê quán"), data.hometown);
        first.blocks << labelled(QStringLiteral("Nơi ở hiện nay"), data.residence);
        first.blocks << labelled(QStringLiteral("Đơn vị công tác"), data.unit);
        first.blocks << labelled(QStringLiteral("Chức vụ (Đảng, chính quyền, đoàn thể)"), data.position);
        first.blocks << labelled(QStringLiteral("Trình độ chuyên môn, nghiệp vụ"), data.qualification);
        first.blocks << labelled(QStringLiteral("Học hàm, học vị, danh hiệu, giải thưởng"), data.honours);
    }
    sections << first;

    ReportSection second;
    second.heading = QStringLiteral("II. THÀNH TÍCH ĐẠT ĐƯỢC");
    if (!data.collective) {
        second.blocks << Block::of(Paragraph::text(
            Paragraph::Style::Heading2, QStringLiteral("1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận")));
        second.blocks << DocumentWording::editable(Paragraph::Style::Body,
            data.duties.isEmpty() ? QStringLiteral("…") : data.duties,
            QStringLiteral("Nhiệm vụ được giao"));
        second.blocks << Block::of(
            Paragraph::text(Paragraph::Style::Heading2, QStringLiteral("2. Thành tích đạt được của cá nhân")));
    }
    if (data.achievements.isEmpty())
        second.blocks << DocumentWording::editable(
            Paragraph::Style::Body, QStringLiteral("…"), QStringLiteral("Thành tích"));
    else
        second.blocks << data.achievements;
    sections << second;

    ReportSection third;
    third.heading = QStringLiteral("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG");
    third.blocks << Block::of(Paragraph::text(Paragraph::Style::Heading2, QStringLiteral("1. Danh hiệu thi đua")));
    third.blocks << recordBlock(data.titles, QStringLiteral("Danh hiệu thi đua"));
    third.blocks << Block::of(Paragraph::text(Paragraph::Style::Heading2, QStringLiteral("2. Hình thức khen thưởng")));
    third.blocks << recordBlock(data.awards, QStringLiteral("Hình thức khen thưởng"));
    sections << third;
    return sections;
}

} // namespace

Document AchievementReportDocument::build(const AchievementReportData& data, const DocumentOrigin& origin)
{
    Document document;
    document.kindKey = kind();
    document.page = origin.page;
    document.header = origin.header(typeAbbreviation());
    document.header.number.clear(); // a báo cáo thành tích carries no number
    if (data.collective) {
        // The collective reports under the school: chủ quản = the school, ban hành = the collective.
        document.header.governingBody = origin.organization.name;
        document.header.issuer = data.name;
    } else {
        // An individual reports in their own name: quốc hiệu and the date only.
        document.header.governingBody.clear();
        document.header.issuer.clear();
    }
    document.title = QStringLiteral("Báo cáo thành tích");
    document.summary =
        data.proposedAward.isEmpty() ? QString() : QStringLiteral("ĐỀ NGHỊ TẶNG ") + data.proposedAward.toUpper();
    if (!data.period.isEmpty()) {
        Paragraph period = Paragraph::text(Paragraph::Style::Centered, data.period);
        period.runs.first().italic = true;
        document.body << Block::of(period);
    }

    const QList<ReportSection> sections = data.sections.isEmpty() ? generatedSections(data) : data.sections;
    for (const ReportSection& section : sections) {
        if (!section.heading.isEmpty())
            document.body << heading(section.heading);
        document.body << section.blocks;
    }

    if (!origin.signers.isEmpty()) {
        document.signatures.signers = origin.signers;
    } else {
        SignatureBlock confirmer = data.confirmer;
        if (confirmer.titles.isEmpty() && confirmer.authority.isEmpty())
            confirmer.titles = { data.collective ? QStringLiteral("Xác nhận của cấp trình khen thưởng")
                                                 : QStringLiteral("Thủ trưởng đơn vị xác nhận, đề nghị") };
        if (confirmer.hint.isEmpty())
            confirmer.hint = QStringLiteral("(Ký, đóng dấu)");
        SignatureBlock reporter = data.reporter;
        if (reporter.titles.isEmpty() && reporter.authority.isEmpty())
            reporter.titles = { data.collective ? QStringLiteral("Thủ trưởng đơn vị")
                                                : QStringLiteral("Người báo cáo thành tích") };
        if (reporter.hint.isEmpty())
            reporter.hint =
                data.collective ? QStringLiteral("(Ký, ghi rõ họ và tên)") : QStringLiteral("(Ký, ghi rõ họ và tên)");
        if (reporter.name.isEmpty() && !data.collective)
            reporter.name = data.name;
        document.signatures.signers = { confirmer, reporter };
    }
    document.signatures.distribution.recipients = origin.distribution;
    return document;
}

} // namespace thidua
