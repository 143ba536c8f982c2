#pragma once

#include "core/school/School.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace thidua {

// Whether a council is complete enough to work (Hội đồng Thi đua – Khen thưởng): one chair (chủ tịch), a
// secretary (thư ký) to keep the minutes, each person once. A pure rule: the council page shows its problems as
// warnings and the meeting (later) will refuse to sit without a chair and a secretary.
class CouncilComposition
{
    Q_DECLARE_TR_FUNCTIONS(CouncilComposition)

public:
    enum class Problem
    {
        Empty, // no member at all
        NoChair,
        SeveralChairs,
        NoSecretary,
        PersonTwice, // the same person holds two seats
    };

    // What is wrong with these sitting members, in the order above; empty when nothing is.
    static QList<Problem> problems(const CouncilMembers& members);
    // The problem as a sentence for the user.
    static QString text(Problem problem, const CouncilMembers& members);
};

} // namespace thidua
