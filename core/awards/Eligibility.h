#pragma once

#include "core/awards/AwardForm.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace thidua {

// The checks a nomination passes before the vote (domain.md §4, seed 004 §III.2), as a pure function of the facts the
// nomination service gathers from the records. Each failed check comes back with its explanation in plain Vietnamese;
// the committee may override one only with a recorded reason (the service keeps it; the biên bản prints it).
namespace Eligibility {

enum class Rule
{
    OneFormPerAchievement, // không khen nhiều hình thức cho một thành tích
    PendingRestriction, // kỷ luật, điều tra, thanh tra, khiếu nại đang xem xét
    CollectiveOrSubUnits, // tập thể lớn hoặc đơn vị trực thuộc, không cả hai
    LearningCitizen, // cá nhân: Công dân học tập năm đó
    LearningUnit, // tập thể đề nghị cấp tỉnh trở lên: Đơn vị học tập
    EarlierTitle, // Chiến sĩ thi đua cơ sở cần Lao động tiên tiến năm đó
};

// "one_form", "restriction", "collective_or_units", "learning_citizen", "learning_unit", "earlier_title" (the column
// nomination_override.rule and the command line).
QString ruleKey(Rule rule);
bool ruleFromKey(const QString& key, Rule* rule);
// What the rule checks, in Vietnamese, for lists and the biên bản: "Một hình thức cho một thành tích".
QString ruleName(Rule rule);

struct Facts
{
    AwardForm form;
    QString nomineeName;
    // Other nominations of the same nominee for the same achievement (their forms' names).
    QStringList otherFormsForAchievement;
    // The person's restrictions in force on the meeting's date ("kỷ luật", "điều tra"…): none for a collective.
    QStringList restrictionsInForce;
    // The collectives above or below the nominee nominated for the same achievement.
    QStringList relatedCollectivesNominated;
    bool learningCitizen = false; // recognised Công dân học tập that school year (people)
    bool learningUnit = false; // recognised Đơn vị học tập (collectives)
    // Keys of the titles the nominee holds or is nominated for that year (for titles that need an earlier one).
    QStringList titlesThisYear;
    // The name of the title form.requiresKey names ("Lao động tiên tiến"), for the explanation.
    QString requiredTitleName;
};

struct Problem
{
    Rule rule;
    QString explanation;
};

// Every check `facts` fails, in the order of Rule.
QList<Problem> check(const Facts& facts);

// A council member who is the nominee, or heads the nominated collective, does not vote on that nomination.
struct Member
{
    qint64 personId = 0;
    QList<qint64> headsCollectives;
};
bool recused(const Member& member, AwardForm::Subject subject, qint64 nomineeId);

} // namespace Eligibility

} // namespace thidua
