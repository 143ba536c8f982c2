#pragma once

#include "core/common/Result.h"
#include "core/meeting/MeetingRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace thidua {

// One award the school proposes or decides: a danh hiệu thi đua (a yearly title: Lao động tiên tiến, Chiến sĩ thi đua
// cơ sở, Tập thể lao động tiên tiến / xuất sắc) or a hình thức khen thưởng (Giấy khen, Bằng khen): users confuse the
// two, the law keeps them apart, and so does this. Its prize is a coefficient of the base salary on the decision's
// date (legal-facts §2.3); its vote threshold is configuration (§2.5).
struct AwardForm
{
    Q_DECLARE_TR_FUNCTIONS(AwardForm)

public:
    enum class Category
    {
        Title, // danh hiệu thi đua
        Commendation, // hình thức khen thưởng
    };
    enum class Subject
    {
        Person,
        Collective,
    };
    // Who decides it, from the school up.
    enum class Level
    {
        School, // the Hiệu trưởng
        Superior, // the school's immediate superior
        Province, // the provincial People's Committee chair, a ministry
        Nation, // the Prime Minister, the State
    };

    QString key;
    QString name;
    Category category = Category::Commendation;
    Subject subject = Subject::Person;
    QString decidedBy; // who signs the decision
    Level level = Level::School; // School: the Hiệu trưởng decides it; else the school proposes it upward (tờ trình)
    int coefficientHundredths = 0; // 30 = 0,3 × the base salary
    QString coefficientBasis;
    MeetingRules::Threshold threshold;
    // The title needed the same year ("lao_dong_tien_tien" for Chiến sĩ thi đua cơ sở, Luật Thi đua, khen thưởng
    // 2022, Điều 23), empty when none.
    QString requiresKey;
    int sortOrder = 0;

    // "Danh hiệu thi đua", "Hình thức khen thưởng"
    static QString categoryName(Category category);
    // The keys of the columns of award_form: "title" / "commendation", "person" / "collective", "school" /
    // "superior" / "province" / "nation", and of threshold_base: "present" / "all" / "valid".
    static QString categoryKey(Category category);
    static bool categoryFromKey(const QString& key, Category* category);
    static QString subjectKey(Subject subject);
    static bool subjectFromKey(const QString& key, Subject* subject);
    static QString levelKey(Level level);
    static bool levelFromKey(const QString& key, Level* level);
    static QString baseKey(MeetingRules::Base base);
    static bool baseFromKey(const QString& key, MeetingRules::Base* base);
    bool schoolDecides() const { return level == Level::School; }
};

// A base salary (mức lương cơ sở) from a date on, with the text that set it.
struct BaseSalary
{
    QDate from;
    qint64 dong = 0;
    QString legalBasis;
};

namespace AwardCatalogue {

// The forms a school meets in the movement, with legal-facts §2.3's coefficients and the education sector's default
// thresholds: 70 % of the members present, 90 % of all members for Chiến sĩ thi đua above the school. Editable data.
QList<AwardForm> defaults();
std::optional<AwardForm> find(const QList<AwardForm>& forms, const QString& key);
// A form from the columns of award_form (unknown keys keep the defaults of AwardForm).
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
    int sortOrder);

// The base salaries known to be in force (NĐ 24/2023 from 01/07/2023, NĐ 73/2024 from 01/07/2024). Editable data:
// a newer decree is added by the user with its basis.
QList<BaseSalary> baseSalaries();
// The base salary in force on `date`: the latest row from that date or before; none before the first row.
std::optional<BaseSalary> baseSalaryOn(const QList<BaseSalary>& table, const QDate& date);

// The prize of `form` decided on `date`: coefficient × base salary, rounded to the đồng. An error (in Vietnamese,
// naming the date) when no base salary is known for that date.
Result<qint64> prize(const AwardForm& form, const QList<BaseSalary>& table, const QDate& date);

} // namespace AwardCatalogue

} // namespace thidua
