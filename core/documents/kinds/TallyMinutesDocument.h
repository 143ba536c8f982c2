#pragma once

#include "core/documents/DocumentOrigin.h"

#include <QDateTime>

namespace thidua {

// Biên bản kiểm phiếu: the record of the ballot-counting group (Ban kiểm phiếu) of a council meeting (legal-facts
// §2.6): per round the ballots issued, returned, valid and invalid, each nominee's agree / disagree votes and share;
// who counted (the two entries of the count) and their signatures. Mẫu 1.9 layout like the biên bản of the meeting.
struct TallyMinutesData
{
    // Who counted one entry of the ballots, and as what: "Thư ký Hội đồng", "Thành viên Ban kiểm phiếu".
    struct Counter
    {
        QString name;
        QString role;
    };

    struct Row
    {
        Nominee nominee; // award = the form proposed
        int agree = 0;
        int disagree = 0;
        int shareTenths = 0; // agree over the form's denominator (MeetingRules), 777 = 77,7 %
    };

    struct Round
    {
        int number = 1;
        int issued = 0, returned = 0, valid = 0, invalid = 0;
        QList<Row> rows;
    };

    QString meeting; // "Họp xét thi đua, khen thưởng năm học 2024-2025"
    QDateTime start; // the count began
    QDateTime end; // the count ended; invalid = "… giờ …"
    QString place;
    QList<Counter> counters; // one per entry, in entry order
    QList<Round> rounds;
    // What the shares are counted on, printed under the tables: "Lao động tiên tiến: trên tổng số thành viên có mặt".
    QStringList bases;
};

class TallyMinutesDocument
{
public:
    static QString kind() { return QStringLiteral("bien_ban_kiem_phieu"); }
    static QString typeAbbreviation() { return QStringLiteral("BB"); }
    static Document build(const TallyMinutesData& data, const DocumentOrigin& origin);
};

} // namespace thidua
