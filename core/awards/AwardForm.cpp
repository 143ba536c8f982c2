#include "core/awards/AwardForm.h"

#include "core/text/VietnameseFormat.h"

#include <algorithm>
#include <array>
#include <utility>

namespace thidua {

QString AwardForm::categoryName(Category category)
{
    return category == Category::Title ? tr("Emulation title") : tr("Form of commendation");
}

namespace {

template <typename E, std::size_t N> QString keyOf(const std::array<std::pair<E, const char*>, N>& keys, E value)
{
    for (const auto& [e, key] : keys) {
        if (e == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template <typename E, std::size_t N>
bool fromKey(const std::array<std::pair<E, const char*>, N>& keys, const QString& key, E* value)
{
    for (const auto& [e, k] : keys) {
        if (key == QLatin1StringView(k)) {
            *value = e;
            return true;
        }
    }
    return false;
}

constexpr std::array<std::pair<AwardForm::Category, const char*>, 2> CategoryKeys { {
    { AwardForm::Category::Title, "title" },
    { AwardForm::Category::Commendation, "commendation" },
} };
constexpr std::array<std::pair<AwardForm::Subject, const char*>, 2> SubjectKeys { {
    { AwardForm::Subject::Person, "person" },
    { AwardForm::Subject::Collective, "collective" },
} };
constexpr std::array<std::pair<AwardForm::Level, const char*>, 4> LevelKeys { {
    { AwardForm::Level::School, "school" },
    { AwardForm::Level::Superior, "superior" },
    { AwardForm::Level::Province, "province" },
    { AwardForm::Level::Nation, "nation" },
} };
constexpr std::array<std::pair<MeetingRules::Base, const char*>, 3> BaseKeys { {
    { MeetingRules::Base::MembersPresent, "present" },
    { MeetingRules::Base::AllMembers, "all" },
    { MeetingRules::Base::ValidBallots, "valid" },
} };

} // namespace

QString AwardForm::categoryKey(Category category)
{
    return keyOf(CategoryKeys, category);
}

bool AwardForm::categoryFromKey(const QString& key, Category* category)
{
    return fromKey(CategoryKeys, key, category);
}

QString AwardForm::subjectKey(Subject subject)
{
    return keyOf(SubjectKeys, subject);
}

bool AwardForm::subjectFromKey(const QString& key, Subject* subject)
{
    return fromKey(SubjectKeys, key, subject);
}

QString AwardForm::levelKey(Level level)
{
    return keyOf(LevelKeys, level);
}

bool AwardForm::levelFromKey(const QString& key, Level* level)
{
    return fromKey(LevelKeys, key, level);
}

QString AwardForm::baseKey(MeetingRules::Base base)
{
    return keyOf(BaseKeys, base);
}

bool AwardForm::baseFromKey(const QString& key, MeetingRules::Base* base)
{
    return fromKey(BaseKeys, key, base);
}

namespace AwardCatalogue {

AwardForm fromColumns(const QString& key,
    const QString& name,
    const QString& category,
    const QString& subject,
    const QString& decidedBy,
    const QString& level,
    int coefficientHundredths,
    const QString& coefficientBasis,
    int thresholdTenths,
    const QString& thresholdBase,
    const QString& requiresKey,
    int sortOrder)
{
    AwardForm form;
    form.key = key;
    form.name = name;
    AwardForm::categoryFromKey(category, &form.category);
    AwardForm::subjectFromKey(subject, &form.subject);
    form.decidedBy = decidedBy;
    AwardForm::levelFromKey(level, &form.level);
    form.coefficientHundredths = coefficientHundredths;
    form.coefficientBasis = coefficientBasis;
    form.threshold.tenths = thresholdTenths;
    AwardForm::baseFromKey(thresholdBase, &form.threshold.base);
    form.requiresKey = requiresKey;
    form.sortOrder = sortOrder;
    return form;
}

std::optional<AwardForm> find(const QList<AwardForm>& forms, const QString& key)
{
    const auto it = std::find_if(forms.begin(), forms.end(), [&](const AwardForm& f) { return f.key == key; });
    return it == forms.end() ? std::nullopt : std::optional<AwardForm>(*it);
}

std::optional<BaseSalary> baseSalaryOn(const QList<BaseSalary>& table, const QDate& date)
{
    std::optional<BaseSalary> found;
    for (const BaseSalary& row : table) {
        if (row.from <= date && (!found || row.from > found->from))
            found = row;
    }
    return found;
}

Result<qint64> prize(const AwardForm& form, const QList<BaseSalary>& table, const QDate& date)
{
    const std::optional<BaseSalary> salary = baseSalaryOn(table, date);
    if (!salary) {
        return Error(Error::Code::Validation,
            QCoreApplication::translate("AwardForm", "No base salary is known for %1: add it with its legal basis.")
                .arg(VietnameseFormat::dateWords(date)));
    }
    return (qint64(form.coefficientHundredths) * salary->dong + 50) / 100;
}

} // namespace AwardCatalogue

} // namespace thidua
