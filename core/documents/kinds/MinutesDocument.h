#pragma once

#include "core/documents/DocumentOrigin.h"
#include "core/meeting/MeetingRules.h"

#include <QDateTime>

namespace thidua {

// Biên bản họp xét khen thưởng (legal-facts §1.7 Mẫu 1.9 and §2.6): no date line at the top, the date in the body;
// the secretary signs on the left and the chair on the right.
struct MinutesData
{
    // Someone at the meeting of the council, as the minutes name them (the meeting module keeps its own types).
    struct Attendee
    {
        QString name;
        QString title; // "Hiệu trưởng"
        QString role; // in the council: "Chủ tịch Hội đồng", "Ủy viên"
        QString reason; // why absent
    };

    // One nominee's count of votes, as the minutes print it.
    struct VoteResult
    {
        Nominee nominee;
        int agree = 0;
        int disagree = 0;
    };

    QString title; // "Họp xét đề nghị khen thưởng …" (under BIÊN BẢN)
    QDateTime start;
    QDateTime end;
    QString place;
    Attendee chair;
    Attendee secretary;
    int membersTotal = 0; // council size; 0 = unknown
    QList<Attendee> present;
    QList<Attendee> absent;
    Blocks content; // the discussion, editable; empty = one editable placeholder paragraph
    QString ballotMethod = QStringLiteral("bỏ phiếu kín");
    int issued = 0, returned = 0, valid = 0, invalid = 0; // ballots
    QList<VoteResult> results;
    double thresholdPercent = 0; // the share of agree votes needed; 0 = no pass/fail column
    QString conclusion;
    QString chairPost; // the chair's post in the school, printed under CHỦ TỌA when given (Mẫu 1.9 note 5)
};

class MinutesDocument
{
public:
    static QString kind() { return QStringLiteral("bien_ban"); }
    static QString typeAbbreviation() { return QStringLiteral("BB"); }
    static Document build(const MinutesData& data, const DocumentOrigin& origin);
    // The threshold of `data` counted on the valid ballots when there are any, else on those present; the verdict
    // and the share shown are the meeting rules' (MeetingRules), in integers.
    static MeetingRules::Threshold threshold(const MinutesData& data);
    static MeetingRules::Counts counts(const MinutesData& data);
};

} // namespace thidua
