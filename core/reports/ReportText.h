#pragma once

#include "core/reports/ReportPeriod.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace thidua {

// The judgement sections of a report (phần đánh giá), written by the user, in their printed order.
enum class ReportTextSection
{
    Highlights, // noi_bat: Kết quả nổi bật
    Shortcomings, // ton_tai: Tồn tại, hạn chế
    Causes, // nguyen_nhan: Nguyên nhân
    Directions, // phuong_huong: Phương hướng, nhiệm vụ
    Proposals, // kien_nghi: Đề xuất, kiến nghị
};

namespace ReportTextSections {
QList<ReportTextSection> all(); // in the printed order
QString key(ReportTextSection section); // "noi_bat", … (report_text.section, the CLI's --section)
std::optional<ReportTextSection> fromKey(const QString& key);
// The printed heading: "Kết quả nổi bật", "Tồn tại, hạn chế", "Nguyên nhân", "Phương hướng, nhiệm vụ",
// "Đề xuất, kiến nghị" (document wording: Vietnamese, not translated).
QString heading(ReportTextSection section);
} // namespace ReportTextSections

// One section of a report period. In a draft, a section not written for the period carries the same section of the
// previous period (offered = true, source = that period) as a suggestion, or an empty body when there is none.
struct ReportText
{
    ReportPeriod period;
    ReportTextSection section = ReportTextSection::Highlights;
    QString body;
    QDateTime updatedAt; // UTC, when saved
    bool offered = false;
    ReportPeriod source; // where an offered body comes from

    bool isWritten() const { return !offered && !body.isEmpty(); }
};

using ReportTexts = QList<ReportText>;

} // namespace thidua
