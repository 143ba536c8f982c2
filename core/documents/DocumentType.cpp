#include "core/documents/DocumentType.h"

#include "core/text/VietnameseText.h"

namespace thidua {

const QList<DocumentType>& DocumentType::all()
{
    static const QList<DocumentType> types = {
        { QStringLiteral("Nghị quyết"), QStringLiteral("NQ") },
        { QStringLiteral("Quyết định"), QStringLiteral("QĐ") },
        { QStringLiteral("Chỉ thị"), QStringLiteral("CT") },
        { QStringLiteral("Quy chế"), QStringLiteral("QC") },
        { QStringLiteral("Quy định"), QStringLiteral("QyĐ") },
        { QStringLiteral("Thông cáo"), QStringLiteral("TC") },
        { QStringLiteral("Thông báo"), QStringLiteral("TB") },
        { QStringLiteral("Hướng dẫn"), QStringLiteral("HD") },
        { QStringLiteral("Chương trình"), QStringLiteral("CTr") },
        { QStringLiteral("Kế hoạch"), QStringLiteral("KH") },
        { QStringLiteral("Phương án"), QStringLiteral("PA") },
        { QStringLiteral("Đề án"), QStringLiteral("ĐA") },
        { QStringLiteral("Dự án"), QStringLiteral("DA") },
        { QStringLiteral("Báo cáo"), QStringLiteral("BC") },
        { QStringLiteral("Biên bản"), QStringLiteral("BB") },
        { QStringLiteral("Tờ trình"), QStringLiteral("TTr") },
        { QStringLiteral("Hợp đồng"), QStringLiteral("HĐ") },
        { QStringLiteral("Công điện"), QStringLiteral("CĐ") },
        { QStringLiteral("Bản ghi nhớ"), QStringLiteral("BGN") },
        { QStringLiteral("Bản thỏa thuận"), QStringLiteral("BTT") },
        { QStringLiteral("Giấy ủy quyền"), QStringLiteral("GUQ") },
        { QStringLiteral("Giấy mời"), QStringLiteral("GM") },
        { QStringLiteral("Giấy giới thiệu"), QStringLiteral("GGT") },
        { QStringLiteral("Giấy nghỉ phép"), QStringLiteral("GNP") },
        { QStringLiteral("Phiếu gửi"), QStringLiteral("PG") },
        { QStringLiteral("Phiếu chuyển"), QStringLiteral("PC") },
        { QStringLiteral("Phiếu báo"), QStringLiteral("PB") },
        { QStringLiteral("Bản sao y"), QStringLiteral("SY") },
        { QStringLiteral("Bản trích sao"), QStringLiteral("TrS") },
        { QStringLiteral("Bản sao lục"), QStringLiteral("SL") },
    };
    return types;
}

DocumentType DocumentType::find(const QString& nameOrAbbreviation)
{
    const QString wanted = VietnameseText::lowerCanonical(VietnameseText::clean(nameOrAbbreviation));
    for (const DocumentType& type : all()) {
        if (type.abbreviation == nameOrAbbreviation.trimmed() || VietnameseText::lowerCanonical(type.name) == wanted)
            return type;
    }
    return {};
}

QString DocumentNumber::format(int number, const QString& typeAbbreviation, const QString& issuerAbbreviation)
{
    QString symbol = QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
    if (!typeAbbreviation.isEmpty())
        symbol += QLatin1Char('/') + typeAbbreviation;
    if (!issuerAbbreviation.isEmpty())
        symbol += (typeAbbreviation.isEmpty() ? QLatin1Char('/') : QLatin1Char('-')) + issuerAbbreviation;
    return symbol;
}

QString DocumentNumber::blank(const QString& typeAbbreviation, const QString& issuerAbbreviation)
{
    return QStringLiteral("       ") + format(1, typeAbbreviation, issuerAbbreviation).mid(2);
}

} // namespace thidua
