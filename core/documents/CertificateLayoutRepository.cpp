#include "core/documents/CertificateLayoutRepository.h"

#include "core/db/Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace thidua {

Result<CertificateLayout> CertificateLayoutRepository::load(const QString& printer) const
{
    auto stored =
        Sql::scalar(m_db, QStringLiteral("SELECT layout FROM certificate_layout WHERE printer = ?"), { printer });
    if (!stored)
        return stored.error();
    if (!stored->isValid())
        return CertificateLayout::defaults();
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(stored->toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return Error(
            Error::Code::Format, tr("The certificate positions saved for printer “%1” are damaged.").arg(printer));
    return CertificateLayout::fromJson(json.object());
}

Status CertificateLayoutRepository::save(const QString& printer, const CertificateLayout& layout)
{
    if (printer.trimmed().isEmpty())
        return Error(Error::Code::Validation, tr("The certificate positions need a printer name."));
    auto valid = CertificateLayout::fromJson(layout.toJson());
    if (!valid)
        return valid.error();
    auto saved = Sql::exec(m_db,
        QStringLiteral("INSERT INTO certificate_layout (printer, layout) VALUES (?, ?) ON CONFLICT(printer) DO UPDATE "
                       "SET layout = excluded.layout, updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now')"),
        { printer.trimmed(), QString::fromUtf8(QJsonDocument(layout.toJson()).toJson(QJsonDocument::Compact)) });
    if (!saved)
        return saved.error();
    return {};
}

Result<QStringList> CertificateLayoutRepository::printers() const
{
    auto query = Sql::exec(m_db, QStringLiteral("SELECT printer FROM certificate_layout ORDER BY printer"));
    if (!query)
        return query.error();
    QStringList printers;
    while (query->next())
        printers << query->value(0).toString();
    return printers;
}

} // namespace thidua
