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

} // namespace thidua
