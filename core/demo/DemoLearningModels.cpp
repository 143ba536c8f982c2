#include "core/demo/DemoLearningModels.h"

#include "core/activities/ActivityService.h"
#include "core/people/CollectiveRepository.h"
#include "core/school/SchoolRepository.h"

namespace thidua {

namespace {

QString modelName(const QString& group, int index)
{
    return index == 0 ? QStringLiteral("Câu lạc bộ học tập tổ %1").arg(group)
                      : QStringLiteral("Tủ sách chuyên môn tổ %1").arg(group);
}

} // namespace

Status DemoLearningModels::add(const QSqlDatabase& db)
{
    auto years = SchoolRepository(db).years();
    if (!years)
        return years.error();
    auto collectives = CollectiveRepository(db).list();
    if (!collectives)
        return collectives.error();
    QList<Collective> groups;
    for (const Collective& c : std::as_const(*collectives)) {
        if (c.kind == CollectiveKind::SubjectGroup || c.kind == CollectiveKind::OfficeGroup)
            groups.append(c);
    }
    ActivityService models(db);
    for (const SchoolYear& year : std::as_const(*years)) {
        for (qsizetype g = 0; g < groups.size(); ++g) {
            // The second tổ never gets to it; the others build one model, every third one two.
            const int count = g == 1 ? 0 : 1 + int((g + year.startYear) % 3 == 0);
            for (int m = 0; m < count; ++m) {
                const LearningModel model { 0,
                    year.id,
                    groups[g].id,
                    modelName(groups[g].name, m),
                    QStringLiteral("Sinh hoạt định kỳ hằng tháng, chia sẻ tài liệu và kinh nghiệm tự học."),
                    QStringLiteral("Duy trì đều đặn; %1 lượt cán bộ, giáo viên, học sinh tham gia.")
                        .arg(20 + int((g * 7 + year.startYear) % 30)) };
                if (auto added = models.addModel(model); !added)
                    return added.error();
            }
        }
    }
    return {};
}

} // namespace thidua
