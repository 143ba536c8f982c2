#include "core/awards/Eligibility.h"

#include <array>

namespace thidua::Eligibility {

namespace {

QString joined(const QStringList& names)
{
    return names.join(QStringLiteral(", "));
}

} // namespace

namespace {

struct RuleRow
{
    Rule rule;
    const char* key;
    const char* name;
};

constexpr std::array<RuleRow, 6> Rules { {
    { Rule::OneFormPerAchievement, "one_form", "Một thành tích chỉ đề nghị một hình thức khen thưởng" },
    { Rule::PendingRestriction, "restriction", "Không đang bị kỷ luật, điều tra, thanh tra, xem xét" },
    { Rule::CollectiveOrSubUnits, "collective_or_units", "Tập thể hoặc đơn vị trực thuộc, không cả hai" },
    { Rule::LearningCitizen, "learning_citizen", "Được công nhận Công dân học tập năm học" },
    { Rule::LearningUnit, "learning_unit", "Được công nhận Đơn vị học tập (đề nghị cấp tỉnh trở lên)" },
    { Rule::EarlierTitle, "earlier_title", "Có danh hiệu cần có trước trong năm" },
} };

} // namespace

QString ruleKey(Rule rule)
{
    for (const RuleRow& row : Rules) {
        if (row.rule == rule)
            return QString::fromLatin1(row.key);
    }
    return {};
}

bool ruleFromKey(const QString& key, Rule* rule)
{
    for (const RuleRow& row : Rules) {
        if (key == QLatin1StringView(row.key)) {
            *rule = row.rule;
            return true;
        }
    }
    return false;
}

QString ruleName(Rule rule)
{
    for (const RuleRow& row : Rules) {
        if (row.rule == rule)
            return QString::fromUtf8(row.name);
    }
    return {};
}

QList<Problem> check(const Facts& f)
{
    QList<Problem> out;
    const bool person = f.form.subject == AwardForm::Subject::Person;
    if (!f.otherFormsForAchievement.isEmpty()) {
        out.append({ Rule::OneFormPerAchievement,
            QCoreApplication::translate("Eligibility",
                "%1 is also proposed for %2 for the same achievement: one achievement gets one form of award.")
                .arg(f.nomineeName, joined(f.otherFormsForAchievement)) });
    }
    if (person && !f.restrictionsInForce.isEmpty()) {
        out.append({ Rule::PendingRestriction,
            QCoreApplication::translate(
                "Eligibility", "%1 may not be commended or proposed while this is in force: %2.")
                .arg(f.nomineeName, joined(f.restrictionsInForce)) });
    }
    if (!person && !f.relatedCollectivesNominated.isEmpty()) {
        out.append({ Rule::CollectiveOrSubUnits,
            QCoreApplication::translate("Eligibility",
                "%1 and %2 are proposed for the same achievement: propose the larger collective or its units, not "
                "both.")
                .arg(f.nomineeName, joined(f.relatedCollectivesNominated)) });
    }
    if (person && !f.learningCitizen) {
        out.append({ Rule::LearningCitizen,
            QCoreApplication::translate("Eligibility", "%1 is not recognised as a Công dân học tập this school year.")
                .arg(f.nomineeName) });
    }
    const bool provincial = f.form.level == AwardForm::Level::Province || f.form.level == AwardForm::Level::Nation;
    if (!person && provincial && !f.learningUnit) {
        out.append({ Rule::LearningUnit,
            QCoreApplication::translate("Eligibility",
                "%1 is proposed for %2, at provincial level or above, but is not a recognised Đơn vị học tập.")
                .arg(f.nomineeName, f.form.name) });
    }
    const QString& required = f.form.requiresKey;
    if (!required.isEmpty() && !f.titlesThisYear.contains(required)) {
        out.append({ Rule::EarlierTitle,
            QCoreApplication::translate("Eligibility", "%1 needs the title %2 the same year, which %3 does not have.")
                .arg(f.form.name, f.requiredTitleName.isEmpty() ? required : f.requiredTitleName, f.nomineeName) });
    }
    return out;
}

bool recused(const Member& member, AwardForm::Subject subject, qint64 nomineeId)
{
    if (subject == AwardForm::Subject::Person)
        return member.personId == nomineeId;
    return member.headsCollectives.contains(nomineeId);
}

} // namespace thidua::Eligibility
