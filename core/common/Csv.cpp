#include "core/common/Csv.h"

namespace thidua {

QString Csv::field(const QString& value, QChar separator)
{
    const bool quote = value.contains(separator) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) || value.startsWith(QLatin1Char(' '))
        || value.endsWith(QLatin1Char(' '));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString Csv::record(const QStringList& fields, QChar separator)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += separator;
        line += field(fields[i], separator);
    }
    return line + QStringLiteral("\r\n");
}

} // namespace thidua
