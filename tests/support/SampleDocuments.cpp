#include "tests/support/SampleDocuments.h"

namespace thidua::test {

namespace {

Table nomineeTable(int rows)
{
    Table table;
    table.columnWeights = { 1.4, 5, 5, 4 };
    table.headerRows = { { { QStringLiteral("STT") },
        { QStringLiteral("Họ và tên") },
        { QStringLiteral("Chức vụ, đơn vị") },
        { QStringLiteral("Hình thức khen thưởng") } } };
    for (int i = 1; i <= rows; ++i) {
        table.rows.append({ { QString::number(i), Paragraph::Align::Center },
            { QStringLiteral("Nguyễn Thị Hoà %1").arg(i) },
            { QStringLiteral("Giáo viên tổ Toán – Tin học") },
            { QStringLiteral("Giấy khen của Hiệu trưởng") } });
    }
    return table;
}

} // namespace

Document SampleDocuments::proposal(int paragraphs, int rows)
{
    Document d;
    d.kindKey = QStringLiteral("to_trinh");
    d.header.governingBody = QStringLiteral("UBND Quận Gò Vấp");
    d.header.issuer = QStringLiteral("Trường THPT Nguyễn Khuyến");
    d.header.number = QStringLiteral("05/TTr-NK");
    d.header.placeName = QStringLiteral("Gò Vấp");
    d.header.date = QDate(2024, 3, 6);
    d.title = QStringLiteral("Tờ trình");
    d.summary = QStringLiteral("Về việc đề nghị khen thưởng trong Phong trào thi đua\n“Cả nước thi đua xây dựng xã hội "
                               "học tập, đẩy mạnh học tập suốt đời”");
    d.body << Block::kinhGui({ QStringLiteral("Ủy ban nhân dân quận Gò Vấp") });
    d.body << Block::of(Paragraph::text(
        Paragraph::Style::Basis, QStringLiteral("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")));
    d.body << Block::of(Paragraph::text(Paragraph::Style::Heading1, QStringLiteral("I. KẾT QUẢ THỰC HIỆN")));
    for (int i = 1; i <= paragraphs; ++i) {
        d.body << Block::of(Paragraph::text(Paragraph::Style::Body,
            QStringLiteral("Đoạn %1. Trường THPT Nguyễn Khuyến đã tổ chức thực hiện Phong trào thi đua “Cả nước thi "
                           "đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023 - 2030”, tuyên "
                           "truyền sâu rộng đến cán bộ, giáo viên, nhân viên, học sinh và cha mẹ học sinh; kết quả "
                           "có 97% cán bộ, giáo viên, nhân viên được công nhận danh hiệu “Công dân học tập”.")
                .arg(i),
            true));
        if (i == paragraphs / 2)
            d.body << Block::of(nomineeTable(rows));
    }
    d.body << Block::of(Paragraph::text(Paragraph::Style::Bullet, QStringLiteral("- Tập thể: 02 tổ chuyên môn;")));
    d.body << Block::of(
        Paragraph::text(Paragraph::Style::Body, QStringLiteral("Kính trình Ủy ban nhân dân quận xem xét./.")));
    SignatureBlock signer;
    signer.authority = QStringLiteral("KT. Hiệu trưởng");
    signer.titles = { QStringLiteral("Phó Hiệu trưởng") };
    signer.name = QStringLiteral("Trần Văn Bình");
    d.signatures.signers << signer;
    d.signatures.distribution.recipients = {
        QStringLiteral("Như trên"), QStringLiteral("Hội đồng TĐKT trường"), QStringLiteral("Lưu: VT, HĐTĐKT.")
    };
    Appendix appendix;
    appendix.label = QStringLiteral("Phụ lục");
    appendix.title = QStringLiteral("Danh sách cá nhân đề nghị khen thưởng");
    appendix.attachedTo = QStringLiteral("(Kèm theo Tờ trình số 05/TTr-NK ngày 06 tháng 3 năm 2024 của Trường THPT "
                                         "Nguyễn Khuyến)");
    appendix.body << Block::of(nomineeTable(rows * 3));
    d.appendices << appendix;
    return d;
}

Document SampleDocuments::minutes()
{
    Document d;
    d.kindKey = QStringLiteral("bien_ban");
    d.header.governingBody = QStringLiteral("Trường THPT Nguyễn Khuyến");
    d.header.issuer = QStringLiteral("Hội đồng Thi đua - Khen thưởng");
    d.header.number = QStringLiteral("02/BB-HĐTĐKT");
    d.header.showDateLine = false;
    d.title = QStringLiteral("Biên bản");
    d.summary = QStringLiteral("Họp xét khen thưởng năm học 2024 - 2025");
    d.body << Block::of(Paragraph::text(
        Paragraph::Style::Body, QStringLiteral("Thời gian bắt đầu: 14 giờ 00, ngày 10 tháng 9 năm 2024.")));
    d.body << Block::of(Paragraph::text(
        Paragraph::Style::Body, QStringLiteral("Cuộc họp kết thúc vào 16 giờ 30, ngày 10 tháng 9 năm 2024./.")));
    SignatureBlock secretary;
    secretary.titles = { QStringLiteral("Thư ký") };
    secretary.name = QStringLiteral("Lê Thị Cúc");
    SignatureBlock chair;
    chair.titles = { QStringLiteral("Chủ tọa") };
    chair.name = QStringLiteral("Trần Văn Bình");
    d.signatures.signers << secretary << chair;
    d.signatures.distribution.recipients = { QStringLiteral("Các thành viên Hội đồng"),
        QStringLiteral("Lưu: VT, Hồ sơ.") };
    return d;
}

} // namespace thidua::test
