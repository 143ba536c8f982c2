#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QSizeF>

namespace thidua {

// Page and type settings of Nghị định 30/2020/NĐ-CP, Phụ lục I (legal-facts.md §1.1, §1.2). The defaults are the
// values the committee prints with; margins and the body size may be changed within the legal ranges only.
struct PageSetup
{
    Q_DECLARE_TR_FUNCTIONS(PageSetup)

public:
    // Legal ranges in millimetres (§1.1).
    static constexpr double MinTop = 20, MaxTop = 25;
    static constexpr double MinBottom = 20, MaxBottom = 25;
    static constexpr double MinLeft = 30, MaxLeft = 35;
    static constexpr double MinRight = 15, MaxRight = 20;
    static constexpr double A4Width = 210, A4Height = 297;
    static constexpr double A5Width = 148, A5Height = 210;

    // The sheet: A4 for every administrative document; A5 for small forms such as a ballot (phiếu bầu).
    enum class Paper
    {
        A4,
        A5,
    };

    // Sizes of the elements in points (§1.2), within their legal ranges.
    static constexpr double GoverningBodySize = 13; // 12–13, capitals, upright
    static constexpr double IssuerSize = 13; // 12–13, capitals, bold
    static constexpr double NumberSize = 13; // 13
    static constexpr double NationalTitleSize = 12; // quốc hiệu 12–13, capitals, bold
    static constexpr double MottoSize = 13; // tiêu ngữ 13–14, bold
    static constexpr double DateLineSize = 14; // 13–14, italic
    static constexpr double TitleSize = 14; // tên loại 13–14, bold
    static constexpr double SummarySize = 14; // trích yếu 13–14, bold
    static constexpr double SignerSize = 14; // quyền hạn, chức vụ, họ tên 13–14, bold
    static constexpr double DistributionLabelSize = 12; // "Nơi nhận:" 12, bold italic
    static constexpr double DistributionSize = 11; // the list 11, upright
    static constexpr double AppendixLabelSize = 14; // "Phụ lục I" 14, bold
    static constexpr double PageNumberSize = 13; // 13–14, upright
    static constexpr double FirstLineIndentMm = 12.7; // 1 cm or 1.27 cm
    static constexpr double ParagraphSpacingPt = 6; // at least 6 pt
    static constexpr double PageNumberBaselineMm =
        14; // inside the top margin, where a DOCX header 10 mm from the edge puts it

    Paper paper = Paper::A4;
    double topMm = 20;
    double bottomMm = 20;
    double leftMm = 30;
    double rightMm = 15;
    double bodySize = 14; // 13–14
    double lineSpacing = 1.0; // multiple of single spacing, 1.0–1.5
    double paragraphSpacingPt = ParagraphSpacingPt; // ≥ 6

    // The paper portrait, or landscape when asked (a body that is a table; certificates).
    QSizeF pageSizeMm(bool landscape = false) const;
    QMarginsF marginsMm() const { return QMarginsF(leftMm, topMm, rightMm, bottomMm); }
    double textWidthMm(bool landscape = false) const { return pageSizeMm(landscape).width() - leftMm - rightMm; }
    double textHeightMm(bool landscape = false) const { return pageSizeMm(landscape).height() - topMm - bottomMm; }

    // An error naming the first value outside its legal range; ok when all are inside.
    Status validate() const;
};

// Conversions between the units the documents use.
namespace units {
constexpr double PointsPerMm = 72.0 / 25.4;
constexpr double TwipsPerPoint = 20.0;
constexpr double mmToPt(double mm)
{
    return mm * PointsPerMm;
}
constexpr double ptToMm(double pt)
{
    return pt / PointsPerMm;
}
constexpr int mmToTwips(double mm)
{
    return int(mm * PointsPerMm * TwipsPerPoint + 0.5);
}
constexpr int ptToTwips(double pt)
{
    return int(pt * TwipsPerPoint + 0.5);
}
} // namespace units

} // namespace thidua
