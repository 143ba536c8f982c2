#include "core/reports/ReportText.h"

namespace thidua {

QList<ReportTextSection> ReportTextSections::all()
{
    return { ReportTextSection::Highlights,
        ReportTextSection::Shortcomings,
        ReportTextSection::Causes,
        ReportTextSection::Directions,
        ReportTextSection::Proposals };
}

QString ReportTextSections::key(ReportTextSection section)
{
    switch (section) {
    case ReportTextSection::Highlights:
        return QStringLiteral("noi_bat");
    case ReportTextSection::Shortcomings:
        return QStringLiteral("ton_tai");
    case ReportTextSection::Causes:
        return QStringLiteral("nguyen_nhan");
    case ReportTextSection::Directions:
        return QStringLiteral("phuong_huong");
    case ReportTextSection::Proposals:
        return QStringLiteral("kien_nghi");
    }
    return QString();
}

std::optional<ReportTextSection> ReportTextSections::fromKey(const QString& key)
{
    for (ReportTextSection s : all()) {
        if (ReportTextSections::key(s) == key.trimmed())
            return s;
    }
    return std::nullopt;
}

QString ReportTextSections::heading(ReportTextSection section)
{
    switch (section) {
    case ReportTextSection::Highlights:
        return QStringLiteral("Kết quả nổi bật");
    case ReportTextSection::Shortcomings:
        return QStringLiteral("Tồn tại, hạn chế");
    case ReportTextSection::Causes:
        return QStringLiteral("Nguyên nhân");
    case ReportTextSection::Directions:
        return QStringLiteral("Phương hướng, nhiệm vụ");
    case ReportTextSection::Proposals:
        return QStringLiteral("Đề xuất, kiến nghị");
    }
    return QString();
}

} // namespace thidua
