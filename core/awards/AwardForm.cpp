#include "core/awards/AwardForm.h"

#include "core/text/VietnameseFormat.h"

#include <algorithm>

namespace thidua {

QString AwardForm::categoryName(Category category)
{
    return category == Category::Title ? tr("Emulation title") : tr("Form of commendation");
}

namespace AwardCatalogue {

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
        threshold };
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
