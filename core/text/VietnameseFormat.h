#pragma once

#include <QDate>
#include <QString>

namespace thidua {

// How dates, numbers and amounts are written in Vietnamese documents (Nghị định 30/2020, legal-facts.md §1.4, §6).
class VietnameseFormat
{
public:
    // "ngày 06 tháng 3 năm 2024": day below 10 and months 1 and 2 get a leading zero.
    static QString dateWords(const QDate& date);
    // "Gò Vấp, ngày 06 tháng 3 năm 2024".
    static QString dateLine(const QString& placeName, const QDate& date);
    // "06/3/2024" is never used; lists use "06/03/2024".
    static QString shortDate(const QDate& date);
    // 1234567 → "1.234.567".
    static QString integer(qint64 value);
    // 1234.5 with 2 decimals → "1.234,50".
    static QString decimal(double value, int decimals);
    // 2340000 → "Hai triệu ba trăm bốn mươi nghìn đồng".
    static QString moneyInWords(qint64 dong);
};

} // namespace thidua
