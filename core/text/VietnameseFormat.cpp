#include "core/text/VietnameseFormat.h"

#include <QLocale>

namespace thidua {

QString VietnameseFormat::dateWords(const QDate& date)
{
    if (!date.isValid())
        return QStringLiteral("ngày … tháng … năm …");
    const QString month = date.month() <= 2 ? QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'))
                                            : QString::number(date.month());
    return QStringLiteral("ngày %1 tháng %2 năm %3")
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(month)
        .arg(date.year());
}

QString VietnameseFormat::dateLine(const QString& placeName, const QDate& date)
{
    return placeName + QStringLiteral(", ") + dateWords(date);
}

QString VietnameseFormat::shortDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString VietnameseFormat::integer(qint64 value)
{
    QString digits = QString::number(value < 0 ? -value : value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return value < 0 ? QStringLiteral("-") + digits : digits;
}

QString VietnameseFormat::decimal(double value, int decimals)
{
    const QString fixed = QString::number(value < 0 ? -value : value, 'f', decimals);
    const qsizetype dot = fixed.indexOf(QLatin1Char('.'));
    QString result = integer(fixed.left(dot < 0 ? fixed.size() : dot).toLongLong());
    if (dot >= 0)
        result += QLatin1Char(',') + fixed.mid(dot + 1);
    return value < 0 ? QStringLiteral("-") + result : result;
}

QString VietnameseFormat::moneyInWords(qint64 dong)
{
    return integer(dong) + QStringLiteral(" đồng");
}

} // namespace thidua
