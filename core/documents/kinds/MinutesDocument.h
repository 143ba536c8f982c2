#pragma once

#include "core/documents/DocumentOrigin.h"
#include "core/meeting/MeetingRules.h"

#include <QDateTime>

#include <optional>

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
        QString writtenOpinion; // an absent member's opinion sent in writing
    };

    // The verdict the meeting's rules computed (MeetingRules, each form with its own threshold and base).
    struct Verdict
    {
        bool voted = true; // false: no accepted round counted the nominee ("Chưa biểu quyết")
        int shareTenths = 0; // 777 = 77,7 %
        bool passed = false;
    };

    // One nominee's count of votes, as the minutes print it.
    struct VoteResult
    {
        Nominee nominee;
        int agree = 0;
        int disagree = 0;
        // Given by the meeting: printed as is. Absent (a JSON description): computed from thresholdPercent.
        std::optional<Verdict> verdict;
    };

    // A standard applied: an award form with its vote threshold and what it is counted on.
    struct Standard
    {
        QString award; // "Lao động tiên tiến"
        MeetingRules::Threshold threshold;
    };

    // An eligibility check the council overrode, with its reason.
    struct Override
    {
        QString nominee; // "Nguyễn Thị Hoa"
        QString check; // "Một hình thức cho một thành tích"
        QString reason;
    };

    // The ballots of one round of a meeting.
    struct RoundBallots
    {
        int round = 1;
        int issued = 0, returned = 0, valid = 0, invalid = 0;
    };

    // A member who did not vote on a nominee (the nominee, or the head of the nominated collective).
    struct Recusal
    {
        QString member;
        QString nominee;
        QString reason; // "là người được đề nghị", "là người đứng đầu tập thể được đề nghị"
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
    int issued = 0, returned = 0, valid = 0, invalid = 0; // ballots (one vote; `rounds` replaces them when given)
    QList<RoundBallots> rounds;
    QList<VoteResult> results;
    double thresholdPercent = 0; // the share of agree votes needed; 0 = no pass/fail column (without verdicts)
    std::optional<MeetingRules::Fraction> quorum; // given: "9/11 thành viên có mặt, đủ điều kiện (từ 2/3 …)"
    QList<Standard> standards;
    QList<Override> overrides;
    QList<Recusal> recusals;
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
    // "từ 70 % trở lên trên tổng số thành viên có mặt"
    static QString thresholdText(const MeetingRules::Threshold& threshold);
    // "9/11 thành viên có mặt, đủ điều kiện (từ 2/3 tổng số thành viên trở lên)"
    static QString quorumText(int present, int members, const MeetingRules::Fraction& quorum);
};

} // namespace thidua
