#include "core/documents/RegisterEntry.h"

#include <QHash>

namespace thidua {

QString RegisterEntry::issuerKey(RegisterIssuer issuer)
{
    return issuer == RegisterIssuer::Council ? QStringLiteral("council") : QStringLiteral("school");
}

RegisterIssuer RegisterEntry::issuerFromKey(const QString& key, bool* ok)
{
    if (ok)
        *ok = key == QStringLiteral("council") || key == QStringLiteral("school");
    return key == QStringLiteral("council") ? RegisterIssuer::Council : RegisterIssuer::School;
}

QString RegisterEntry::issuerName(RegisterIssuer issuer)
{
    return issuer == RegisterIssuer::Council ? QStringLiteral("Hội đồng TĐKT") : QStringLiteral("Nhà trường");
}

QString RegisterEntry::issuingBody() const
{
    const QString name = organization.trimmed();
    if (name.isEmpty())
        return issuerName(issuer);
    return issuer == RegisterIssuer::Council ? issuerName(issuer) + QLatin1Char(' ') + name : name;
}

QString RegisterEntry::kindName(const QString& kind)
{
    // Printed wording (the register is a Vietnamese document), kept in step with DocumentSpec::kinds().
    static const QHash<QString, QString> names { { QStringLiteral("to_trinh"), QStringLiteral("Tờ trình") },
        { QStringLiteral("bien_ban"), QStringLiteral("Biên bản") },
        { QStringLiteral("bien_ban_kiem_phieu"), QStringLiteral("Biên bản kiểm phiếu") },
        { QStringLiteral("phieu_bau"), QStringLiteral("Phiếu bầu") },
        { QStringLiteral("quyet_dinh"), QStringLiteral("Quyết định") },
        { QStringLiteral("bao_cao_thanh_tich"), QStringLiteral("Báo cáo thành tích") },
        { QStringLiteral("giay_khen"), QStringLiteral("Giấy khen") },
        { QStringLiteral("ke_hoach"), QStringLiteral("Kế hoạch") },
        { QStringLiteral("bao_cao"), QStringLiteral("Báo cáo") },
        { QStringLiteral("bao_cao_phong_trao"), QStringLiteral("Báo cáo kết quả thực hiện Phong trào") },
        { QStringLiteral("danh_muc_minh_chung"), QStringLiteral("Danh mục minh chứng") } };
    return names.value(kind, kind);
}

} // namespace thidua
