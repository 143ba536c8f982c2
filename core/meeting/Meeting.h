#pragma once

#include "core/meeting/MeetingRules.h"
#include "core/meeting/Nomination.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace thidua {

// A sitting of the council (Hội đồng Thi đua – Khen thưởng) as the meeting's documents and meeting mode read it:
// everything the meeting knows, gathered by MeetingQuery in one read, with the verdicts computed by MeetingRules.
struct MeetingRecord
{
    struct Member
    {
        qint64 councilMemberId = 0;
        qint64 personId = 0;
        QString name; // "Nguyễn Văn An"
        QString title; // post in the school: "Hiệu trưởng"
        QString role; // council role key: "chair", "vice_chair", "secretary", "member"
        QString roleName; // "Chủ tịch Hội đồng", "Phó Chủ tịch Hội đồng", "Thư ký Hội đồng", "Ủy viên"
        bool present = true;
        QString reason; // why absent
        QString writtenOpinion; // an absent member's written opinion
        QList<qint64> headsCollectives; // collectives of the year this member heads (recusal)
    };

    // One entry of a round's count (entry 1 the secretary's, entry 2 the Ban kiểm phiếu's).
    struct Entry
    {
        QString countedBy;
        MeetingRules::Tally tally; // nominees in the order of Round::nominationIds
    };

    struct Round
    {
        qint64 id = 0;
        int number = 1;
        QList<qint64> nominationIds; // who was voted on in this round, in meeting order
        std::optional<Entry> first;
        std::optional<Entry> second;
        QDateTime acceptedAt; // valid once both entries agree
        bool accepted() const { return acceptedAt.isValid(); }
    };

    // One nominee of the meeting with its result (from the last accepted round that voted on it).
    struct Nominee
    {
        NominationView view;
        int position = 0; // 1-based order in the meeting
        QList<qint64> recusedMemberIds; // council_member ids that do not vote on it (the nominee, the head)
        MeetingRules::Counts counts; // members, present (both without the recused), valid ballots of its round
        bool voted = false; // an accepted round counted it
        int round = 0; // the number of that round
        int agree = 0;
        int disagree = 0;
        int shareTenths = 0; // agree / denominator, rounded down (777 = 77,7 %)
        bool passed = false; // MeetingRules::passes with the form's threshold
    };

    struct Correction
    {
        QDateTime at;
        QString confirmedBy;
        QString reason;
    };

    qint64 id = 0;
    qint64 schoolYearId = 0;
    int schoolStartYear = 0; // 2024 for 2024-2025
    QString title; // "Họp xét thi đua, khen thưởng năm học 2024-2025"
    QString place;
    QDateTime startsAt;
    QDateTime endsAt; // invalid until given
    MeetingRules::Fraction quorum;
    QString conclusion;
    QDateTime finalizedAt; // valid = locked
    QString backupPath;
    QList<Member> members; // the council roster on the meeting's day, in council order
    QList<Nominee> nominees; // in meeting order
    QList<Round> rounds;
    QList<Correction> corrections;

    bool finalized() const { return finalizedAt.isValid(); }
    int membersTotal() const { return int(members.size()); }
    int presentCount() const;
    bool quorumMet() const { return MeetingRules::quorumMet(presentCount(), membersTotal(), quorum); }
    const Member* chair() const; // the member with role "chair", else null
    const Member* secretary() const;
};

} // namespace thidua
