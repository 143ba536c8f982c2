#pragma once

#include "core/awards/AwardForm.h"
#include "core/awards/Eligibility.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace thidua {

// A nomination (đề nghị khen thưởng): one person or collective, one award form, for one achievement (a movement over
// a period). Its state moves đề xuất → rà soát → đã bỏ phiếu → đạt / không đạt → trình cấp trên → có quyết định →
// đã trao.
struct Nomination
{
    Q_DECLARE_TR_FUNCTIONS(Nomination)

public:
    enum class State
    {
        Proposed, // đề xuất
        Reviewed, // rà soát
        Voted, // đã bỏ phiếu
        Passed, // đạt
        Failed, // không đạt
        Submitted, // trình cấp trên
        Decided, // có quyết định
        Awarded, // đã trao
    };

    qint64 id = 0;
    qint64 schoolYearId = 0;
    AwardForm::Subject subject = AwardForm::Subject::Person;
    qint64 subjectId = 0; // person.id or collective.id
    QString formKey;
    QString movement; // "Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời"
    QString period; // "năm học 2024-2025"
    QString achievementKey; // identifies the achievement; empty = movement + period
    QString achievement; // tóm tắt thành tích
    qint64 proposedByCollectiveId = 0; // the tổ that proposes it, 0 = none
    QString proposedBy; // a proposing organisation that is not a collective (Công đoàn…), else empty
    State state = State::Proposed;
    QString decisionNumber;
    QDate decisionDate;
    QString decisionIssuer;

    // "proposed", "reviewed"… (the column nomination.state)
    static QString stateKey(State state);
    static bool stateFromKey(const QString& key, State* state);
    // "Đề xuất", "Rà soát", "Đã bỏ phiếu", "Đạt", "Không đạt", "Trình cấp trên", "Có quyết định", "Đã trao"
    static QString stateName(State state);
    // The key used for "one form per achievement": achievementKey, else movement + period (normalised).
    QString effectiveAchievementKey() const;
};

// A check the committee overrode, with its reason.
struct NominationOverride
{
    Eligibility::Rule rule;
    QString reason;
    QString by;
};

// A nomination as lists and documents show it.
struct NominationView
{
    Nomination nomination;
    QString subjectName; // "Nguyễn Thị Hoa", "Tổ Toán - Tin học"
    QString position; // a person's chức vụ
    QString unit; // a person's tổ (the collective of the year where they are a member)
    AwardForm form;
    QString proposedByName; // the proposing collective's name or proposedBy
    QList<Eligibility::Problem> problems; // checks it fails, overridden or not
    QList<NominationOverride> overrides;
    // The problems not overridden: a nomination goes to the vote only when this is empty.
    QList<Eligibility::Problem> openProblems() const;
};
using NominationViews = QList<NominationView>;

} // namespace thidua
