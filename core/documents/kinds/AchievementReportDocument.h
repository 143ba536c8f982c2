#pragma once

#include "core/documents/DocumentOrigin.h"

namespace thidua {

// A title or award received before, as section III of a báo cáo thành tích prints it (not AwardService's AwardRecord:
// two structs of one name in namespace thidua broke QList<AwardRecord> at link time).
struct ReportedAward
{
    QString year; // "2023 - 2024"
    QString title; // "Lao động tiên tiến", "Giấy khen của Hiệu trưởng"
    QString decision; // "Quyết định số 12/QĐ-NK ngày 25/5/2024 của Hiệu trưởng Trường THPT Nguyễn Khuyến"
};

// One section of the report: its heading ("I. SƠ LƯỢC LÝ LỊCH") and content.
struct ReportSection
{
    QString heading;
    Blocks blocks;
};

// Báo cáo thành tích of an individual or a collective proposed for an award. The section headings of the Nghị định
// 152/2025 forms were not obtained (legal-facts §2.4, §7.1): the defaults follow the earlier forms (sơ lược lý lịch
// or đặc điểm tình hình; thành tích đạt được; hình thức đã được khen thưởng) and every section can be replaced.
struct AchievementReportData
{
    bool collective = false;
    QString proposedAward; // "Giấy khen của Hiệu trưởng" → "ĐỀ NGHỊ TẶNG GIẤY KHEN CỦA HIỆU TRƯỞNG"
    QString period; // printed in italics under the title: "(Thành tích năm học 2024 - 2025)"
    // Individual (cá nhân)
    QString name;
    QString birthDate; // as printed: "12/05/1985"
    QString gender;
    QString hometown; // quê quán
    QString residence; // nơi ở hiện nay
    QString unit; // đơn vị công tác
    QString position; // chức vụ (Đảng, chính quyền, đoàn thể)
    QString qualification; // trình độ chuyên môn, nghiệp vụ
    QString honours; // học hàm, học vị, danh hiệu, giải thưởng
    QString duties; // quyền hạn, nhiệm vụ được giao; for a collective: chức năng, nhiệm vụ
    // Collective (tập thể)
    QString characteristics; // đặc điểm, tình hình
    Blocks achievements; // section II, editable
    QList<ReportedAward> titles; // danh hiệu thi đua
    QList<ReportedAward> awards; // hình thức khen thưởng
    QList<ReportSection> sections; // replaces the generated sections when not empty
    SignatureBlock confirmer; // left: the head who confirms
    SignatureBlock reporter; // right: the person reporting, or the head of the collective
};

class AchievementReportDocument
{
public:
    static QString kind() { return QStringLiteral("bao_cao_thanh_tich"); }
    static QString typeAbbreviation() { return QStringLiteral("BC"); }
    static Document build(const AchievementReportData& data, const DocumentOrigin& origin);
};

} // namespace thidua
