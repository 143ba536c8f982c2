#include "core/text/PersonName.h"

#include "core/text/VietnameseText.h"

#include <QStringList>

namespace thidua {

PersonName PersonName::split(const QString& fullName)
{
    QStringList parts = VietnameseText::clean(fullName).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    PersonName name;
    if (parts.isEmpty())
        return name;
    name.given = parts.takeLast();
    if (!parts.isEmpty())
        name.family = parts.takeFirst();
    name.middle = parts.join(QLatin1Char(' '));
    return name;
}

QString PersonName::full() const
{
    QStringList parts;
    for (const QString* part : { &family, &middle, &given }) {
        if (!part->isEmpty())
            parts << *part;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace thidua
