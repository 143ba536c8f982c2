#include "core/awards/AwardForm.h"

#include "core/text/VietnameseFormat.h"

#include <algorithm>
#include <array>
#include <utility>

namespace thidua {

namespace {

// One table of (value, key) pairs per enum: the keys of table award_form and of the command line.
template <typename Enum, std::size_t N> using Keys = std::array<std::pair<Enum, const char*>, N>;

constexpr Keys<AwardForm::Category, 2> CategoryKeys { { { AwardForm::Category::Title, "title" },
    { AwardForm::Category::Commendation, "commendation" } } };
constexpr Keys<AwardForm::Subject, 2> SubjectKeys { { { AwardForm::Subject::Person, "person" },
    { AwardForm::Subject::Collective, "collective" } } };
constexpr Keys<AwardForm::Level, 4> LevelKeys { { { AwardForm::Level::School, "school" },
    { AwardForm::Level::Superior, "superior" },
    { AwardForm::Level::Province, "province" },
    { AwardForm::Level::Nation, "nation" } } };
constexpr Keys<MeetingRules::Base, 3> BaseKeys { { { MeetingRules::Base::MembersPresent, "present" },
    { MeetingRules::Base::AllMembers, "all" },
    { MeetingRules::Base::ValidBallots, "valid" } } };

template <typename Enum, std::size_t N> QString keyOf(const Keys<Enum, N>& keys, Enum value)
{
    for (const auto& [v, key] : keys) {
        if (v == value)
            return QString::fromLatin1(key);
    }
    return QString();
}

template <typename Enum, std::size_t N> std::optional<Enum> valueOf(const Keys<Enum, N>& keys, const QString& key)
{
    for (const auto& [v, k] : keys) {
        if (key == QLatin1String(k))
            return v;
    }
    return std::nullopt;
}

} // namespace

QString AwardForm::categoryName(Category category)
{
    return category == Category::Title ? tr("Emulation title") : tr("Form of commendation");
}

QString AwardForm::categoryKey(Category category)
{
    return keyOf(CategoryKeys, category);
}

std::optional<AwardForm::Category> AwardForm::categoryFromKey(const QString& key)
{
    return valueOf(CategoryKeys, key);
}

QString AwardForm::subjectKey(Subject subject)
{
    return keyOf(SubjectKeys, subject);
}

std::optional<AwardForm::Subject> AwardForm::subjectFromKey(const QString& key)
{
    return valueOf(SubjectKeys, key);
}

QString AwardForm::levelKey(Level level)
{
    return keyOf(LevelKeys, level);
}

std::optional<AwardForm::Level> AwardForm::levelFromKey(const QString& key)
{
    return valueOf(LevelKeys, key);
}

QString AwardForm::baseKey(MeetingRules::Base base)
{
    return keyOf(BaseKeys, base);
}

std::optional<MeetingRules::Base> AwardForm::baseFromKey(const QString& key)
{
    return valueOf(BaseKeys, key);
}

namespace AwardCatalogue {

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
