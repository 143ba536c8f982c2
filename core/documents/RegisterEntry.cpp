#include "core/documents/RegisterEntry.h"

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

} // namespace thidua
