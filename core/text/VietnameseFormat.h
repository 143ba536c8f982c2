#pragma once

#include <QDate>
#include <QString>

namespace thidua {

// How dates, numbers and amounts are written in Vietnamese documents (Nghị định 30/2020, legal-facts.md §1.4, §6).
class VietnameseFormat
{
public:
    // "ngày 06 tháng 3 năm 2024": day below 10 and months 1 and 2 get a leading zero. An invalid date gives
    // "ngày … tháng … năm …" for filling in by hand.
    static QString dateWords(const QDate& date);
    // "Gò Vấp, ngày 06 tháng 3 năm 2024".
    static QString dateLine(const QString& placeName, const QDate& date);
    // Lists and tables use "06/03/2024". Empty for an invalid date.
    static QString shortDate(const QDate& date);
    // A date inside a document's text, with the leading zeros of dateWords: "26/5/2025", "06/3/2024",
    // "05/01/2020". Empty for an invalid date.
    static QString documentDate(const QDate& date);
    // 1234567 → "1.234.567", -1500 → "-1.500".
    static QString integer(qint64 value);
    // 1234.5 with 2 decimals → "1.234,50"; 0,3 → "0,3" with 1 decimal. Rounds half away from zero like
    // QString::number; never "-0". NaN and infinities come back as QString::number gives them.
    static QString decimal(double value, int decimals);
    // 2340000 → "2.340.000 đồng".
    static QString money(qint64 dong);
    // The number read aloud, lower case: 105 → "một trăm linh năm", 21 → "hai mươi mốt", 1005000 → "một triệu
    // không trăm linh năm nghìn", -3 → "âm ba". Rules: "mốt" for a 1 after a tens digit above 1, "lăm" for a 5
    // after a tens digit, "linh" for a zero tens digit, "không trăm" inside a group after a non-zero group,
    // "bốn" (never "tư"), "nghìn", "triệu", "tỷ"; above 10^12 "nghìn tỷ", "triệu tỷ", "tỷ tỷ".
    static QString numberInWords(qint64 value);
    // 2340000 → "Hai triệu ba trăm bốn mươi nghìn đồng"; 0 → "Không đồng"; a negative amount reads "Âm …".
    static QString moneyInWords(qint64 dong);
    // A share with one decimal and a decimal comma, rounded down in integer arithmetic so that a shown rate reaches
    // a threshold exactly when the rate does: 17 of 18 → "94,4 %", 12 of 13 → "92,3 %", 19 of 20 → "95,0 %",
    // 2374 of 2500 → "94,9 %", 2 of 3 → "66,6 %". An empty or negative denominator gives "–".
    static QString percent(qint64 numerator, qint64 denominator);
    // A percentage given in tenths: 944 → "94,4 %", 1000 → "100,0 %", -5 → "-0,5 %".
    static QString percentTenths(qint64 tenths);
    // The same without a ",0": 950 → "95 %", 975 → "97,5 %" (targets as plans write them).
    static QString percentTenthsShort(qint64 tenths);
};

} // namespace thidua
