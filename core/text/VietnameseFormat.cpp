#include "core/text/VietnameseFormat.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace thidua {

namespace {

const QString& digitWord(int digit)
{
    static const QString words[] = { QStringLiteral("không"),
        QStringLiteral("một"),
        QStringLiteral("hai"),
        QStringLiteral("ba"),
        QStringLiteral("bốn"),
        QStringLiteral("năm"),
        QStringLiteral("sáu"),
        QStringLiteral("bảy"),
        QStringLiteral("tám"),
        QStringLiteral("chín") };
    return words[digit];
}

// Inserts a dot every three digits from the right: "1234567" → "1.234.567".
QString groupDigits(QString digits)
{
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return digits;
}

// One group of three digits (1–999). `full` reads the hundreds even when they are zero ("không trăm linh năm"),
// as every group after the first non-zero one is read.
void readGroup(int group, bool full, QStringList& words)
{
    const int hundreds = group / 100;
    const int tens = group / 10 % 10;
    const int units = group % 10;
    if (hundreds > 0 || full) {
        words << digitWord(hundreds) << QStringLiteral("trăm");
        if (tens == 0 && units > 0)
            words << QStringLiteral("linh");
    }
    if (tens == 1)
        words << QStringLiteral("mười");
    else if (tens > 1)
        words << digitWord(tens) << QStringLiteral("mươi");
    if (units == 0)
        return;
    if (units == 1 && tens > 1)
        words << QStringLiteral("mốt");
    else if (units == 5 && tens > 0)
        words << QStringLiteral("lăm");
    else
        words << digitWord(units);
}

// 0 < value < 10^9: groups of thousands read from the left; zero groups are left out.
void readBelowBillion(quint64 value, bool full, QStringList& words)
{
    static const QString units[] = { QString(), QStringLiteral("nghìn"), QStringLiteral("triệu") };
    const int groups[] = { int(value / 1000000), int(value / 1000 % 1000), int(value % 1000) };
    for (int i = 0; i < 3; ++i) {
        if (groups[i] == 0)
            continue;
        readGroup(groups[i], full, words);
        if (!units[2 - i].isEmpty())
            words << units[2 - i];
        full = true;
    }
}

// value > 0. Everything from 10^9 up is counted in tỷ, recursively: 10^12 = "một nghìn tỷ".
void readPositive(quint64 value, bool full, QStringList& words)
{
    constexpr quint64 billion = 1000000000;
    if (value >= billion) {
        readPositive(value / billion, full, words);
        words << QStringLiteral("tỷ");
        full = true;
    }
    if (value % billion > 0)
        readBelowBillion(value % billion, full, words);
}

} // namespace

namespace {

// Months 1 and 2 get a leading zero, the others none (Nghị định 30/2020, legal-facts.md §1.4).
QString monthNumber(const QDate& date)
{
    return date.month() <= 2 ? QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'))
                             : QString::number(date.month());
}

} // namespace

QString VietnameseFormat::documentDate(const QDate& date)
{
    if (!date.isValid())
        return QString();
    return QStringLiteral("%1/%2/%3").arg(date.day(), 2, 10, QLatin1Char('0')).arg(monthNumber(date)).arg(date.year());
}

QString VietnameseFormat::dateWords(const QDate& date)
{
    if (!date.isValid())
        return QStringLiteral("ngày … tháng … năm …");
    const QString month = monthNumber(date);
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
    // Through the unsigned magnitude, so that the smallest qint64 does not overflow.
    const quint64 magnitude = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    const QString digits = groupDigits(QString::number(magnitude));
    return value < 0 ? QLatin1Char('-') + digits : digits;
}

QString VietnameseFormat::decimal(double value, int decimals)
{
    if (!std::isfinite(value))
        return QString::number(value);
    decimals = qBound(0, decimals, 15);
    const QString fixed = QString::number(std::fabs(value), 'f', decimals);
    const qsizetype dot = fixed.indexOf(QLatin1Char('.'));
    QString result = groupDigits(fixed.left(dot < 0 ? fixed.size() : dot));
    if (dot >= 0)
        result += QLatin1Char(',') + fixed.mid(dot + 1);
    // No "-0,00": the sign only when a non-zero digit is shown.
    const bool zero = std::all_of(fixed.cbegin(), fixed.cend(), [](QChar c) { return c == u'0' || c == u'.'; });
    return value < 0 && !zero ? QLatin1Char('-') + result : result;
}

QString VietnameseFormat::money(qint64 dong)
{
    return integer(dong) + QStringLiteral(" đồng");
}

QString VietnameseFormat::percent(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return QStringLiteral("–");
    // Tenths of a percent, rounded towards zero in integers, so that a rate under a threshold never shows as reaching
    // it: 2374 of 2500 (94,96 %) is "94,9 %" beside "≥ 95 %", not "95,0 %".
    const quint64 n = numerator < 0 ? quint64(0) - quint64(numerator) : quint64(numerator);
    const quint64 d = quint64(denominator);
    const quint64 tenths = 1000 * n / d;
    return percentTenths(numerator < 0 ? -qint64(tenths) : qint64(tenths));
}

QString VietnameseFormat::percentTenths(qint64 tenths)
{
    const quint64 magnitude = tenths < 0 ? quint64(0) - quint64(tenths) : quint64(tenths);
    return QStringLiteral("%1%2,%3 %")
        .arg(tenths < 0 ? QStringLiteral("-") : QString(), groupDigits(QString::number(magnitude / 10)))
        .arg(magnitude % 10);
}

QString VietnameseFormat::percentTenthsShort(qint64 tenths)
{
    if (tenths % 10 != 0)
        return percentTenths(tenths);
    return QStringLiteral("%1 %").arg(integer(tenths / 10));
}

QString VietnameseFormat::numberInWords(qint64 value)
{
    if (value == 0)
        return digitWord(0);
    QStringList words;
    if (value < 0)
        words << QStringLiteral("âm");
    readPositive(value < 0 ? quint64(0) - quint64(value) : quint64(value), false, words);
    return words.join(QLatin1Char(' '));
}

QString VietnameseFormat::moneyInWords(qint64 dong)
{
    QString text = numberInWords(dong) + QStringLiteral(" đồng");
    text[0] = text[0].toUpper();
    return text;
}

} // namespace thidua
