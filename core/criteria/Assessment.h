#pragma once

#include "core/criteria/CriteriaRule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace thidua {

// One assessment (đánh giá): a subject (a person, a collective or the school itself) judged against one version of a
// criteria set in one school year, its answers, its state and its stored result.
struct Assessment
{
    Q_DECLARE_TR_FUNCTIONS(Assessment)

public:
    enum class Subject
    {
        Person,
        Collective,
        School,
    };
    enum class State
    {
        SelfAssessed, // tự đánh giá
        Verified, // tổ / đơn vị xác nhận
        Recognised, // Hội đồng công nhận
    };
    // Who moved it to a state and when (empty and invalid until then).
    struct Step
    {
        QString by;
        QDateTime at;
        bool operator==(const Step&) const = default;
    };

    qint64 id = 0;
    qint64 criteriaSetId = 0; // the exact version
    qint64 schoolYearId = 0;
    Subject subject = Subject::School;
    qint64 subjectId = 0; // person or collective id; 0 for the school
    State state = State::SelfAssessed;
    Step selfAssessed;
    Step verified;
    Step recognised;
    ItemAnswers answers;
    CriteriaOutcome outcome; // as stored

    static QString subjectKey(Subject subject); // "person", "collective", "school"
    static bool subjectFromKey(const QString& key, Subject* subject);
    static QString stateKey(State state); // "self", "verified", "recognised"
    static bool stateFromKey(const QString& key, State* state);
    // "Tự đánh giá", "Tổ/đơn vị xác nhận", "Hội đồng công nhận"
    static QString stateName(State state);
    // "Đạt", "Không đạt", "Chưa đánh giá xong"
    static QString verdictName(CriteriaOutcome::Verdict verdict);
};

using Assessments = QList<Assessment>;

} // namespace thidua
