#include "core/demo/DemoReportTexts.h"

#include "core/reports/ReportTextService.h"

namespace thidua {

namespace {

QString highlights()
{
    return QStringLiteral(
        "- Công tác tuyên truyền về Phong trào thi đua “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt "
        "đời” được triển khai đồng bộ đến toàn thể cán bộ, giáo viên, nhân viên, học sinh và cha mẹ học sinh qua các "
        "buổi chào cờ, sinh hoạt tổ chuyên môn, sinh hoạt lớp và trang thông tin điện tử của nhà trường.\n"
        "- Tuần lễ hưởng ứng học tập suốt đời và Ngày Sách và Văn hóa đọc Việt Nam được tổ chức với nhiều hoạt động "
        "thiết thực, thu hút đông đảo học sinh tham gia; thư viện nhà trường duy trì tốt hoạt động đọc sách đầu giờ.\n"
        "- Việc đánh giá, công nhận “Công dân học tập” được thực hiện đúng quy trình, công khai; phần lớn cán bộ, giáo "
        "viên, nhân viên và học sinh đạt danh hiệu.\n"
        "- Các tổ chuyên môn xây dựng mô hình học tập gắn với đổi mới phương pháp dạy học và chuyển đổi số; một số "
        "sáng kiến của giáo viên được công nhận và áp dụng có hiệu quả trong nhà trường.");
}

QString shortcomings()
{
    return QStringLiteral("- Tỉ lệ học sinh được công nhận “Công dân học tập” ở một số lớp chưa đạt chỉ tiêu đề ra; "
                          "còn học sinh chưa được "
                          "đánh giá đúng thời hạn.\n"
                          "- Một số tổ chuyên môn chưa có thành viên đạt 100% danh hiệu “Công dân học tập”; mô hình "
                          "học tập của một vài tổ "
                          "còn mang tính hình thức, chưa được nhân rộng.\n"
                          "- Việc lưu trữ minh chứng ở một số bộ phận chưa đầy đủ, chưa kịp thời.");
}

QString causes()
{
    return QStringLiteral(
        "- Khách quan: khối lượng công việc chuyên môn lớn, thời gian dành cho các hoạt động hưởng ứng Phong trào còn "
        "hạn chế; một bộ phận cha mẹ học sinh chưa quan tâm đúng mức đến việc tự học của con em.\n"
        "- Chủ quan: một số giáo viên chủ nhiệm chưa sát sao trong việc hướng dẫn học sinh tự đánh giá theo bộ tiêu "
        "chí; "
        "việc kiểm tra, đôn đốc của các tổ chuyên môn chưa thường xuyên.");
}

QString directions()
{
    return QStringLiteral(
        "- Tiếp tục đẩy mạnh công tác tuyên truyền, nâng cao nhận thức của cán bộ, giáo viên, nhân viên và học sinh về "
        "học tập suốt đời.\n"
        "- Phấn đấu trên 95% cán bộ, giáo viên, nhân viên và học sinh được công nhận “Công dân học tập”; 100% thành "
        "viên "
        "các tổ chuyên môn đạt danh hiệu.\n"
        "- Mỗi tổ chuyên môn xây dựng ít nhất một mô hình học tập trong năm học; lựa chọn mô hình tiêu biểu để nhân "
        "rộng.\n"
        "- Tổ chức tốt Tuần lễ hưởng ứng học tập suốt đời, Ngày Sách và Văn hóa đọc Việt Nam; phát huy vai trò của thư "
        "viện và chi hội khuyến học.\n"
        "- Lưu trữ minh chứng đầy đủ, kịp thời; chuẩn bị tốt cho tổng kết giai đoạn 2023–2030.");
}

QString proposals()
{
    return QStringLiteral(
        "- Đề nghị cấp trên tiếp tục tổ chức tập huấn về đánh giá, công nhận “Công dân học tập” và hướng dẫn thống "
        "nhất "
        "việc lưu trữ minh chứng.\n"
        "- Đề nghị hỗ trợ bổ sung sách, tài liệu cho thư viện nhà trường và kinh phí cho các hoạt động hưởng ứng Phong "
        "trào.\n"
        "- Đề nghị khen thưởng kịp thời các tập thể, cá nhân có thành tích tiêu biểu trong Phong trào.");
}

} // namespace

Status DemoReportTexts::add(const QSqlDatabase& db, int lastStartYear)
{
    const ReportPeriod lastYear = ReportPeriod::annual(lastStartYear - 1);
    const QList<std::pair<ReportTextSection, QString>> texts { { ReportTextSection::Highlights, highlights() },
        { ReportTextSection::Shortcomings, shortcomings() },
        { ReportTextSection::Causes, causes() },
        { ReportTextSection::Directions, directions() },
        { ReportTextSection::Proposals, proposals() } };
    ReportTextService service(db);
    for (const auto& [section, body] : texts) {
        if (auto saved = service.save(lastYear, section, body); !saved)
            return saved;
    }
    return {};
}

} // namespace thidua
