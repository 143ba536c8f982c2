#include "core/common/PartialDate.h"

#include <QRegularExpression>

namespace thidua {

PartialDate::PartialDate(const QDate& date)
    : m_date(date)
    , m_year(date.isValid() ? date.year() : 0)
{}

PartialDate PartialDate::yearOnly(int year)
{
    PartialDate d;
    if (year >= 1000 && year <= 9999)
        d.m_year = year;
    return d;
}

PartialDate PartialDate::fromIso(const QString& iso)
{
    if (iso.size() == 4)
        return yearOnly(iso.toInt());
    return PartialDate(QDate::fromString(iso, Qt::ISODate));
}

PartialDate PartialDate::fromUserText(const QString& text)
{
    const QString t = text.trimmed();
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (auto m = year.match(t); m.hasMatch())
        return yearOnly(m.captured(1).toInt());
    if (auto m = iso.match(t); m.hasMatch())
        return PartialDate(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    if (auto m = dmy.match(t); m.hasMatch()) {
        int y = m.captured(3).toInt();
        if (m.captured(3).size() == 2) // two-digit years: 00–29 → 2000s, the rest → 1900s
            y += y < 30 ? 2000 : 1900;
        return PartialDate(QDate(y, m.captured(2).toInt(), m.captured(1).toInt()));
    }
    return {};
}

QString PartialDate::toIso() const
{
    if (!isValid())
        return {};
    return m_date.isValid() ? m_date.toString(Qt::ISODate) : QString::number(m_year);
}

QString PartialDate::toDisplay() const
{
    if (!isValid())
        return {};
    return m_date.isValid() ? m_date.toString(QStringLiteral("dd/MM/yyyy")) : QString::number(m_year);
}

} // namespace thidua
