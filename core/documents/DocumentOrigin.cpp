#include "core/documents/DocumentOrigin.h"

#include "core/documents/DocumentType.h"
#include "core/text/VietnameseFormat.h"

namespace thidua {

DocumentHeader DocumentOrigin::header(const QString& typeAbbreviation) const
{
    DocumentHeader header;
    if (issuer == RegisterIssuer::Council) {
        header.governingBody = organization.name;
        header.issuer = organization.councilName;
    } else {
        header.governingBody = organization.governingBody;
        header.issuer = organization.name;
    }
    header.number = number.isEmpty() ? DocumentNumber::blank(typeAbbreviation, issuerAbbreviation()) : number;
    header.placeName = organization.placeName;
    header.date = date;
    return header;
}

QString DocumentOrigin::issuerName() const
{
    return issuer == RegisterIssuer::Council ? organization.councilName : organization.name;
}

QString DocumentOrigin::issuerAbbreviation() const
{
    return issuer == RegisterIssuer::Council ? organization.councilAbbreviation : organization.abbreviation;
}

QString DocumentOrigin::reference(const QString& typeAbbreviation) const
{
    const QString symbol =
        number.isEmpty() ? DocumentNumber::blank(typeAbbreviation, issuerAbbreviation()).trimmed() : number;
    return QStringLiteral("số ") + (number.isEmpty() ? QStringLiteral("      ") + symbol : symbol) + QLatin1Char(' ')
        + VietnameseFormat::dateWords(date);
}

QStringList DocumentOrigin::distributionOr(const QStringList& fallback) const
{
    return distribution.isEmpty() ? fallback : distribution;
}

} // namespace thidua
