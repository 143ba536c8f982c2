#include "core/documents/LegalBasis.h"

#include "core/text/VietnameseFormat.h"

namespace thidua {

bool LegalBasis::isValidOn(const QDate& day) const
{
    if (!day.isValid())
        return !validTo.isValid();
    return (!validFrom.isValid() || validFrom <= day) && (!validTo.isValid() || day <= validTo);
}

bool LegalBasis::appliesToKind(const QString& kind) const
{
    return appliesTo.isEmpty() || appliesTo.contains(QStringLiteral("*")) || appliesTo.contains(kind);
}

QString LegalBasis::citation() const
{
    static const QStringList statutes = {
        QStringLiteral("Hiến pháp"), QStringLiteral("Bộ luật"), QStringLiteral("Luật"), QStringLiteral("Pháp lệnh")
    };
    QString text = verb + QLatin1Char(' ') + docType;
    const bool statute = statutes.contains(docType);
    if (statute) {
        text += QLatin1Char(' ') + title;
        if (issuedOn.isValid())
            text += QLatin1Char(' ') + VietnameseFormat::dateWords(issuedOn);
        return text;
    }
    if (!number.isEmpty())
        text += QStringLiteral(" số ") + number;
    if (issuedOn.isValid())
        text += QLatin1Char(' ') + VietnameseFormat::dateWords(issuedOn);
    if (!issuer.isEmpty())
        text += QStringLiteral(" của ") + issuer;
    if (!title.isEmpty())
        text += QLatin1Char(' ') + title;
    return text;
}

QStringList LegalBasis::punctuate(const QStringList& citations)
{
    QStringList lines;
    for (qsizetype i = 0; i < citations.size(); ++i) {
        QString line = citations[i].trimmed();
        while (line.endsWith(QLatin1Char(';')) || line.endsWith(QLatin1Char('.')) || line.endsWith(QLatin1Char(',')))
            line.chop(1);
        lines << line + (i + 1 == citations.size() ? QStringLiteral(".") : QStringLiteral(";"));
    }
    return lines;
}

} // namespace thidua
