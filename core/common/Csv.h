#pragma once

#include <QString>
#include <QStringList>

namespace thidua {

// Writing CSV (RFC 4180): fields with the separator, quotes or line breaks are quoted, quotes doubled.
class Csv
{
public:
    static QString field(const QString& value, QChar separator = QLatin1Char(','));
    // One record followed by CRLF.
    static QString record(const QStringList& fields, QChar separator = QLatin1Char(','));
};

} // namespace thidua
