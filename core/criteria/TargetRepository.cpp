#include "core/criteria/TargetRepository.h"

#include "core/db/Sql.h"

#include <QSqlQuery>

namespace thidua {

Result<Targets> TargetRepository::targets(qint64 schoolYearId) const
{
    auto query = Sql::exec(m_db,
        QStringLiteral("SELECT rate_tenths, group_rate_tenths, models_per_group, reference_date FROM movement_target "
                       "WHERE school_year_id = ?"),
        { schoolYearId });
    if (!query)
        return query.error();
    Targets targets;
    targets.schoolYearId = schoolYearId;
    if (query->next()) {
        targets.rateTenths = query->value(0).toInt();
        targets.groupRateTenths = query->value(1).toInt();
        targets.modelsPerGroup = query->value(2).toInt();
        targets.referenceDate = QDate::fromString(query->value(3).toString(), Qt::ISODate);
    }
    return targets;
}

Status TargetRepository::saveTargets(const Targets& targets)
{
    auto query = Sql::exec(m_db,
        QStringLiteral("INSERT INTO movement_target (school_year_id, rate_tenths, group_rate_tenths, models_per_group, "
                       "reference_date) VALUES (?, ?, ?, ?, ?) ON CONFLICT (school_year_id) DO UPDATE SET "
                       "rate_tenths = excluded.rate_tenths, group_rate_tenths = excluded.group_rate_tenths, "
                       "models_per_group = excluded.models_per_group, reference_date = excluded.reference_date"),
        { targets.schoolYearId,
            targets.rateTenths,
            targets.groupRateTenths,
            targets.modelsPerGroup,
            targets.referenceDate.isValid() ? QVariant(targets.referenceDate.toString(Qt::ISODate)) : QVariant() });
    if (!query)
        return query.error();
    return {};
}

Result<LearningModelCounts> TargetRepository::modelCounts(qint64 schoolYearId) const
{
    auto query = Sql::exec(m_db,
        QStringLiteral("SELECT collective_id, model_count FROM learning_model_count WHERE school_year_id = ? "
                       "ORDER BY collective_id"),
        { schoolYearId });
    if (!query)
        return query.error();
    LearningModelCounts counts;
    while (query->next())
        counts.append({ query->value(0).toLongLong(), query->value(1).toInt() });
    return counts;
}

Status TargetRepository::setModelCount(qint64 schoolYearId, const LearningModelCount& count)
{
    auto query = Sql::exec(m_db,
        QStringLiteral("INSERT INTO learning_model_count (school_year_id, collective_id, model_count) VALUES (?, ?, ?) "
                       "ON CONFLICT (school_year_id, collective_id) DO UPDATE SET model_count = excluded.model_count"),
        { schoolYearId, count.collectiveId, count.count });
    if (!query)
        return query.error();
    return {};
}

Status TargetRepository::replaceModelCounts(qint64 schoolYearId, const LearningModelCounts& counts)
{
    auto removed =
        Sql::exec(m_db, QStringLiteral("DELETE FROM learning_model_count WHERE school_year_id = ?"), { schoolYearId });
    if (!removed)
        return removed.error();
    for (const LearningModelCount& count : counts) {
        if (auto set = setModelCount(schoolYearId, count); !set)
            return set;
    }
    return {};
}

Result<SchoolYear> TargetRepository::year(qint64 schoolYearId) const
{
    auto query = Sql::exec(m_db,
        QStringLiteral("SELECT start_year, start_date, end_date FROM school_year WHERE id = ?"),
        { schoolYearId });
    if (!query)
        return query.error();
    if (!query->next())
        return Error { Error::Code::NotFound, tr("There is no school year with number %1.").arg(schoolYearId) };
    return SchoolYear { schoolYearId,
        query->value(0).toInt(),
        QDate::fromString(query->value(1).toString(), Qt::ISODate),
        QDate::fromString(query->value(2).toString(), Qt::ISODate) };
}

Result<std::optional<CollectiveKind>> TargetRepository::collectiveKind(qint64 collectiveId) const
{
    auto kind = Sql::scalar(m_db, QStringLiteral("SELECT kind FROM collective WHERE id = ?"), { collectiveId });
    if (!kind)
        return kind.error();
    if (!kind->isValid())
        return std::optional<CollectiveKind>();
    return std::optional<CollectiveKind>(Collective::kindFromKey(kind->toString()));
}

} // namespace thidua
