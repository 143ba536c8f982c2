#pragma once

#include <QDate>
#include <QString>

namespace thidua {

// A date that may be known only by its year, as school lists often give a birth date ("1987").
// Stored as ISO text: "1987-04-05" or "1987".
class PartialDate
{
public:
    PartialDate() = default;
    explicit PartialDate(const QDate& date);
    static PartialDate yearOnly(int year);
    // Parses ISO text as stored; an invalid PartialDate for anything else.
    static PartialDate fromIso(const QString& iso);
    // Parses what people type: "05/04/1987", "5/4/87", "1987-04-05", "1987".
    static PartialDate fromUserText(const QString& text);

    bool isValid() const { return m_year > 0; }
    bool hasDay() const { return m_date.isValid(); }
    int year() const { return m_year; }
    QDate date() const { return m_date; }
    QString toIso() const;
    // "05/04/1987" or "1987".
    QString toDisplay() const;

    bool operator==(const PartialDate& other) const { return m_year == other.m_year && m_date == other.m_date; }

private:
    QDate m_date;
    int m_year = 0;
};

} // namespace thidua
