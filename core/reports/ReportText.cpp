#include "core/reports/ReportText.h"

namespace thidua {

QList<ReportSection> ReportSections::all()
{
    return { ReportSection::Highlights,
        ReportSection::Shortcomings,
        ReportSection::Causes,
        ReportSection::Directions,
        ReportSection::Proposals };
}

QString ReportSections::key(ReportSection section)
{
    switch (section) {
    case ReportSection::Highlights:
        return QStringLiteral("noi_bat");
    case ReportSection::Shortcomings:
        return QStringLiteral("ton_tai");
    case ReportSection::Causes:
        return QStringLiteral("nguyen_nhan");
    case ReportSection::Directions:
        return QStringLiteral("phuong_huong");
    case ReportSection::Proposals:
        return QStringLiteral("kien_nghi");
    }
    return QString();
}

std::optional<ReportSection> ReportSections::fromKey(const QString& key)
{
    for (ReportSection s : all()) {
        if (ReportSections::key(s) == key.trimmed())
            return s;
    }
    return std::nullopt;
}

QString ReportSections::heading(ReportSection section)
{
    switch (section) {
    case ReportSection::Highlights:
        return QStringLiteral("Kết quả nổi bật");
    case ReportSection::Shortcomings:
        return QStringLiteral("Tồn tại, hạn chế");
    case ReportSection::Causes:
        return QStringLiteral("Nguyên nhân");
    case ReportSection::Directions:
        return QStringLiteral("Phương hướng, nhiệm vụ");
    case ReportSection::Proposals:
        return QStringLiteral("Đề xuất, kiến nghị");
    }
    return QString();
}

} // namespace thidua
