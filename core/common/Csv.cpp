#include "core/common/Csv.h"

#include <QRegularExpression>

namespace thidua {

namespace {

bool startsLikeFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

} // namespace

bool Csv::looksLikeFormula(const QString& text)
{
    if (!startsLikeFormula(text))
        return false;
    static const QRegularExpression plainNumber(QStringLiteral("^[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?$"));
    static const QRegularExpression dashes(QStringLiteral("^-+$"));
    return !plainNumber.match(text).hasMatch() && !dashes.match(text).hasMatch();
}

QString Csv::guarded(const QString& text)
{
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

QString Csv::unguarded(const QString& text)
{
    return text.startsWith(QLatin1Char('\'')) && looksLikeFormula(text.mid(1)) ? text.mid(1) : text;
}

QString Csv::field(const QString& value, QChar separator)
{
    const QString text = guarded(value);
    const bool quote = text.contains(separator) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r')) || text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '));
    if (!quote)
        return text;
    QString escaped = text;
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
