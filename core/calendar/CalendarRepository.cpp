#include "core/calendar/CalendarRepository.h"

#include "core/db/Sql.h"

#include <QCoreApplication>

namespace thidua {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)
};

const QString Columns =
    QStringLiteral("key, name, rule, concerns, month, day, ifnull(end_month, 0), ifnull(end_day, 0), "
                   "ifnull(year, 0), ifnull(stage_from, 0), ifnull(stage_to, 0), builtin");

CalendarEntry entryFrom(const QSqlQuery& q)
{
    CalendarEntry e;
    e.key = q.value(0).toString();
    e.name = q.value(1).toString();
    e.rule = CalendarEntry::ruleFromKey(q.value(2).toString());
    e.concerns = CalendarEntry::concernsFromKey(q.value(3).toString());
    e.month = q.value(4).toInt();
    e.day = q.value(5).toInt();
    e.endMonth = q.value(6).toInt();
    e.endDay = q.value(7).toInt();
    e.year = q.value(8).toInt();
    e.stage = ReportPeriod { q.value(9).toInt(), q.value(10).toInt() };
    e.builtin = q.value(11).toBool();
    return e;
}

QVariant zeroAsNull(int value)
{
    return value > 0 ? QVariant(value) : QVariant();
}

QVariantList dateValues(const CalendarEntry& e)
{
    return { e.month, e.day, zeroAsNull(e.endMonth), zeroAsNull(e.endDay), zeroAsNull(e.year) };
}

} // namespace

Result<CalendarEntries> CalendarRepository::entries() const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT %1 FROM calendar_entry ORDER BY key").arg(Columns));
    if (!q)
        return q.error();
    CalendarEntries out;
    while (q->next())
        out.append(entryFrom(*q));
    return out;
}

Result<CalendarEntry> CalendarRepository::entry(const QString& key) const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT %1 FROM calendar_entry WHERE key = ?").arg(Columns), { key });
    if (!q)
        return q.error();
    if (!q->next())
        return Error { Error::Code::NotFound, Text::tr("The calendar has no entry “%1”.").arg(key) };
    return entryFrom(*q);
}

Status CalendarRepository::insert(const CalendarEntry& e)
{
    auto q = Sql::exec(m_db,
        QStringLiteral("INSERT INTO calendar_entry (key, name, rule, concerns, month, day, end_month, end_day, year, "
                       "stage_from, stage_to, builtin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        QVariantList { e.key, e.name, CalendarEntry::ruleKey(e.rule), CalendarEntry::concernsKey(e.concerns) }
            + dateValues(e)
            + QVariantList { zeroAsNull(e.stage.fromYear), zeroAsNull(e.stage.toYear), e.builtin ? 1 : 0 });
    return q ? Status() : Status(q.error());
}

Status CalendarRepository::update(const CalendarEntry& e)
{
    auto q = Sql::exec(m_db,
        QStringLiteral("UPDATE calendar_entry SET name = ?, month = ?, day = ?, end_month = ?, end_day = ?, year = ? "
                       "WHERE key = ?"),
        QVariantList { e.name } + dateValues(e) + QVariantList { e.key });
    return q ? Status() : Status(q.error());
}

Result<int> CalendarRepository::remove(const QString& key)
{
    auto q = Sql::exec(m_db, QStringLiteral("DELETE FROM calendar_entry WHERE key = ? AND builtin = 0"), { key });
    if (!q)
        return q.error();
    return q->numRowsAffected();
}

Result<QStringList> CalendarRepository::keys() const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT key FROM calendar_entry"));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<CalendarRepository::AwardCounts> CalendarRepository::awardCounts(qint64 schoolYearId) const
{
    auto q = Sql::exec(m_db,
        QStringLiteral("SELECT (SELECT count(*) FROM meeting WHERE school_year_id = ?), "
                       "(SELECT count(*) FROM meeting WHERE school_year_id = ? AND finalized_at IS NOT NULL), "
                       "(SELECT count(*) FROM nomination WHERE school_year_id = ? "
                       "AND state IN ('proposed', 'reviewed'))"),
        { schoolYearId, schoolYearId, schoolYearId });
    if (!q)
        return q.error();
    if (!q->next())
        return AwardCounts {};
    return AwardCounts { q->value(0).toInt(), q->value(1).toInt(), q->value(2).toInt() };
}

} // namespace thidua
