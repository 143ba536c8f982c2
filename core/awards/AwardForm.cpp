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

namespace {

using Category = AwardForm::Category;
using Subject = AwardForm::Subject;
using Level = AwardForm::Level;
using MeetingRules::Base;

AwardForm form(const char* key,
    const char* name,
    Category category,
    Subject subject,
    const char* decidedBy,
    AwardForm::Level level,
    int coefficientHundredths,
    MeetingRules::Threshold threshold = MeetingRules::Threshold::percent(70, Base::MembersPresent))
{
    // Coefficients: ND 152/2025 (danh hiệu, Điều 54 khoản 1 for hình thức), the same as ND 98/2023 Điều 54.
    return { QString::fromUtf8(key),
        QString::fromUtf8(name),
        category,
        subject,
        QString::fromUtf8(decidedBy),
        level,
        coefficientHundredths,
        QStringLiteral("Nghị định số 152/2025/NĐ-CP"),
        threshold,
        {},
        0 };
}

} // namespace

// Who decides above the school is written generically: since the 2025 reorganisation of local government the
// district level is gone and the immediate superior depends on the school (legal-facts, "Two further changes").
// Collectives get the same coefficient as people for Giấy khen and Bằng khen: the ×2 of ND 152 Điều 51 khoản 2 is
// confirmed for Huân chương only (legal-facts §2.3, a gap); the user edits it when the text is known.
QList<AwardForm> defaults()
{
    const auto higher = MeetingRules::Threshold::percent(90, Base::AllMembers);
    return {
        form("lao_dong_tien_tien",
            "Lao động tiên tiến",
            Category::Title,
            Subject::Person,
            "Hiệu trưởng",
            Level::School,
            30),
        form("chien_si_thi_dua_co_so",
            "Chiến sĩ thi đua cơ sở",
            Category::Title,
            Subject::Person,
            "Thủ trưởng cấp trên trực tiếp",
            Level::Superior,
            100),
        form("chien_si_thi_dua_tinh",
            "Chiến sĩ thi đua cấp tỉnh",
            Category::Title,
            Subject::Person,
            "Chủ tịch Ủy ban nhân dân tỉnh",
            Level::Province,
            300,
            higher),
        form("tap_the_lao_dong_tien_tien",
            "Tập thể lao động tiên tiến",
            Category::Title,
            Subject::Collective,
            "Hiệu trưởng",
            Level::School,
            80),
        form("tap_the_lao_dong_xuat_sac",
            "Tập thể lao động xuất sắc",
            Category::Title,
            Subject::Collective,
            "Thủ trưởng cấp trên trực tiếp",
            Level::Superior,
            150),
        form("giay_khen_hieu_truong",
            "Giấy khen của Hiệu trưởng",
            Category::Commendation,
            Subject::Person,
            "Hiệu trưởng",
            Level::School,
            30),
        form("giay_khen_hieu_truong_tap_the",
            "Giấy khen của Hiệu trưởng (tập thể)",
            Category::Commendation,
            Subject::Collective,
            "Hiệu trưởng",
            Level::School,
            30),
        form("giay_khen_cap_tren",
            "Giấy khen của cấp trên trực tiếp",
            Category::Commendation,
            Subject::Person,
            "Thủ trưởng cấp trên trực tiếp",
            Level::Superior,
            30),
        form("bang_khen_tinh",
            "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
            Category::Commendation,
            Subject::Person,
            "Chủ tịch Ủy ban nhân dân tỉnh",
            Level::Province,
            150),
        form("bang_khen_thu_tuong",
            "Bằng khen của Thủ tướng Chính phủ",
            Category::Commendation,
            Subject::Person,
            "Thủ tướng Chính phủ",
            Level::Nation,
            350),
    };
}

std::optional<AwardForm> find(const QList<AwardForm>& forms, const QString& key)
{
    const auto it = std::find_if(forms.begin(), forms.end(), [&](const AwardForm& f) { return f.key == key; });
    return it == forms.end() ? std::nullopt : std::optional<AwardForm>(*it);
}

QList<BaseSalary> baseSalaries()
{
    return {
        { QDate(2023, 7, 1), 1'800'000, QStringLiteral("Nghị định số 24/2023/NĐ-CP") },
        { QDate(2024, 7, 1), 2'340'000, QStringLiteral("Nghị định số 73/2024/NĐ-CP") },
    };
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
