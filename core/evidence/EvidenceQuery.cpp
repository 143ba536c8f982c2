#include "core/evidence/EvidenceQuery.h"

#include "core/db/Sql.h"

#include <QSqlQuery>

namespace thidua {

namespace {

const QString Columns = QStringLiteral(
    "SELECT e.id, e.school_year_id, e.code, e.sha256, e.size, e.original_name, e.media_type, e.description, "
    "e.paper_number, e.paper_date, e.paper_issuer, e.added_at, e.added_by, e.trashed_at FROM evidence e ");

QDateTime when(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

Evidence fromRow(const QSqlQuery& q)
{
    Evidence e;
    e.id = q.value(0).toLongLong();
    e.schoolYearId = q.value(1).toLongLong();
    e.code = q.value(2).toString();
    e.sha256 = q.value(3).toString();
    e.size = q.value(4).toLongLong();
    e.originalName = q.value(5).toString();
    e.mediaType = q.value(6).toString();
    e.description = q.value(7).toString();
    e.paper.number = q.value(8).toString();
    e.paper.date = q.value(9).isNull() ? QDate() : QDate::fromString(q.value(9).toString(), Qt::ISODate);
    e.paper.issuer = q.value(10).toString();
    e.addedAt = when(q.value(11));
    e.addedBy = q.value(12).toString();
    e.trashedAt = when(q.value(13));
    return e;
}

// The rows matching `where` (on evidence e), ordered by code, with their links.
Result<EvidenceList> select(const QSqlDatabase& db, const QString& where, const QVariantList& values)
{
    auto rows = Sql::exec(db, Columns + where + QStringLiteral(" ORDER BY e.code, e.school_year_id, e.id"), values);
    if (!rows)
        return rows.error();
    EvidenceList list;
    QHash<qint64, qsizetype> index;
    while (rows->next()) {
        index.insert(rows->value(0).toLongLong(), list.size());
        list << fromRow(*rows);
    }
    if (list.isEmpty())
        return list;
    auto links = Sql::exec(db,
        QStringLiteral("SELECT l.evidence_id, l.kind, l.target_id, l.item_code FROM evidence_link l "
                       "WHERE l.evidence_id IN (SELECT e.id FROM evidence e ")
            + where + QStringLiteral(") ORDER BY l.evidence_id, l.kind, l.target_id, l.item_code"),
        values);
    if (!links)
        return links.error();
    while (links->next()) {
        EvidenceLink link;
        if (!EvidenceLink::kindFromKey(links->value(1).toString(), &link.kind))
            continue;
        link.targetId = links->value(2).toLongLong();
        link.itemCode = links->value(3).toString();
        const auto at = index.constFind(links->value(0).toLongLong());
        if (at != index.constEnd())
            list[*at].links << link;
    }
    return list;
}

} // namespace

EvidenceQuery::EvidenceQuery(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<EvidenceList> EvidenceQuery::list(const EvidenceFilter& filter) const
{
    QString where = filter.trashed ? QStringLiteral("WHERE e.trashed_at IS NOT NULL")
                                   : QStringLiteral("WHERE e.trashed_at IS NULL");
    QVariantList values;
    if (filter.schoolYearId != 0) {
        where += QStringLiteral(" AND e.school_year_id = ?");
        values << filter.schoolYearId;
    }
    if (filter.kind || filter.targetId != 0 || !filter.itemCode.isEmpty()) {
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM evidence_link f WHERE f.evidence_id = e.id");
        if (filter.kind) {
            where += QStringLiteral(" AND f.kind = ?");
            values << EvidenceLink::kindKey(*filter.kind);
        }
        if (filter.targetId != 0) {
            where += QStringLiteral(" AND f.target_id = ?");
            values << filter.targetId;
        }
        if (!filter.itemCode.isEmpty()) {
            where += QStringLiteral(" AND f.item_code = ?");
            values << filter.itemCode;
        }
        where += u')';
    }
    return select(m_db, where, values);
}

Result<Evidence> EvidenceQuery::get(qint64 id) const
{
    auto found = select(m_db, QStringLiteral("WHERE e.id = ?"), { id });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error { Error::Code::NotFound, tr("There is no evidence file number %1.").arg(id) };
    return found->constFirst();
}

Result<QHash<QString, int>> EvidenceQuery::countsByItem(qint64 assessmentId) const
{
    auto rows = Sql::exec(m_db,
        QStringLiteral("SELECT l.item_code, count(*) FROM evidence_link l JOIN evidence e ON e.id = l.evidence_id "
                       "WHERE l.kind = 'assessment' AND l.target_id = ? AND e.trashed_at IS NULL "
                       "GROUP BY l.item_code"),
        { assessmentId });
    if (!rows)
        return rows.error();
    QHash<QString, int> counts;
    while (rows->next())
        counts.insert(rows->value(0).toString(), rows->value(1).toInt());
    return counts;
}

Result<QStringList> EvidenceQuery::codesInYear(qint64 schoolYearId) const
{
    auto rows = Sql::exec(
        m_db, QStringLiteral("SELECT code FROM evidence WHERE school_year_id = ? ORDER BY code"), { schoolYearId });
    if (!rows)
        return rows.error();
    QStringList codes;
    while (rows->next())
        codes << rows->value(0).toString();
    return codes;
}

Result<QStringList> EvidenceQuery::referencedObjects() const
{
    auto rows = Sql::exec(m_db, QStringLiteral("SELECT DISTINCT sha256 FROM evidence ORDER BY sha256"));
    if (!rows)
        return rows.error();
    QStringList objects;
    while (rows->next())
        objects << rows->value(0).toString();
    return objects;
}

} // namespace thidua
