#include "core/evidence/EvidenceRepository.h"

#include "core/db/Sql.h"

#include <QSqlQuery>

namespace thidua {

QVariant EvidenceRepository::when(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODate)) : QVariant();
}

Status EvidenceRepository::insert(Evidence& evidence)
{
    auto inserted = Sql::exec(m_db,
        QStringLiteral("INSERT INTO evidence (school_year_id, code, sha256, size, original_name, media_type, "
                       "description, paper_number, paper_date, paper_issuer, added_at, added_by, trashed_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { evidence.schoolYearId,
            evidence.code,
            evidence.sha256,
            evidence.size,
            Sql::text(evidence.originalName),
            Sql::text(evidence.mediaType),
            Sql::text(evidence.description),
            Sql::text(evidence.paper.number),
            evidence.paper.date.isValid() ? QVariant(evidence.paper.date.toString(Qt::ISODate)) : QVariant(),
            Sql::text(evidence.paper.issuer),
            when(evidence.addedAt),
            Sql::text(evidence.addedBy),
            when(evidence.trashedAt) });
    if (!inserted)
        return inserted.error();
    evidence.id = inserted->lastInsertId().toLongLong();
    for (const EvidenceLink& link : std::as_const(evidence.links)) {
        if (auto linked = insertLink(evidence.id, link); !linked)
            return linked;
    }
    return {};
}

Status EvidenceRepository::updateMetadata(const Evidence& evidence)
{
    auto updated = Sql::exec(m_db,
        QStringLiteral("UPDATE evidence SET code = ?, original_name = ?, description = ?, paper_number = ?, "
                       "paper_date = ?, paper_issuer = ? WHERE id = ?"),
        { evidence.code,
            Sql::text(evidence.originalName),
            Sql::text(evidence.description),
            Sql::text(evidence.paper.number),
            evidence.paper.date.isValid() ? QVariant(evidence.paper.date.toString(Qt::ISODate)) : QVariant(),
            Sql::text(evidence.paper.issuer),
            evidence.id });
    if (!updated)
        return updated.error();
    return {};
}

Status EvidenceRepository::insertLink(qint64 evidenceId, const EvidenceLink& link)
{
    auto inserted = Sql::exec(m_db,
        QStringLiteral("INSERT OR IGNORE INTO evidence_link (evidence_id, kind, target_id, item_code) "
                       "VALUES (?, ?, ?, ?)"),
        { evidenceId, EvidenceLink::kindKey(link.kind), link.targetId, Sql::text(link.itemCode) });
    if (!inserted)
        return inserted.error();
    return {};
}

Status EvidenceRepository::deleteLink(qint64 evidenceId, const EvidenceLink& link)
{
    auto deleted = Sql::exec(m_db,
        QStringLiteral("DELETE FROM evidence_link WHERE evidence_id = ? AND kind = ? AND target_id = ? "
                       "AND item_code = ?"),
        { evidenceId, EvidenceLink::kindKey(link.kind), link.targetId, Sql::text(link.itemCode) });
    if (!deleted)
        return deleted.error();
    return {};
}

Result<bool> EvidenceRepository::hasLink(qint64 evidenceId, const EvidenceLink& link) const
{
    auto found = Sql::scalar(m_db,
        QStringLiteral("SELECT count(*) FROM evidence_link WHERE evidence_id = ? AND kind = ? AND target_id = ? "
                       "AND item_code = ?"),
        { evidenceId, EvidenceLink::kindKey(link.kind), link.targetId, Sql::text(link.itemCode) });
    if (!found)
        return found.error();
    return found->toInt() > 0;
}

Result<int> EvidenceRepository::linkCount(qint64 evidenceId) const
{
    auto count =
        Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM evidence_link WHERE evidence_id = ?"), { evidenceId });
    if (!count)
        return count.error();
    return count->toInt();
}

Status EvidenceRepository::setTrashed(qint64 evidenceId, const QDateTime& at)
{
    auto updated =
        Sql::exec(m_db, QStringLiteral("UPDATE evidence SET trashed_at = ? WHERE id = ?"), { when(at), evidenceId });
    if (!updated)
        return updated.error();
    return {};
}

Result<QStringList> EvidenceRepository::purgeTrashedBefore(const QDateTime& cutoff, int* purged)
{
    auto rows = Sql::exec(m_db,
        QStringLiteral("SELECT id, sha256 FROM evidence WHERE trashed_at IS NOT NULL AND trashed_at <= ? ORDER BY id"),
        { when(cutoff) });
    if (!rows)
        return rows.error();
    QList<qint64> ids;
    QStringList objects;
    while (rows->next()) {
        ids << rows->value(0).toLongLong();
        if (!objects.contains(rows->value(1).toString()))
            objects << rows->value(1).toString();
    }
    for (qint64 id : std::as_const(ids)) {
        auto deleted = Sql::exec(m_db, QStringLiteral("DELETE FROM evidence WHERE id = ?"), { id });
        if (!deleted)
            return deleted.error();
    }
    *purged = int(ids.size());
    return objects;
}

Result<int> EvidenceRepository::objectUses(const QString& sha256) const
{
    auto count = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM evidence WHERE sha256 = ?"), { sha256 });
    if (!count)
        return count.error();
    return count->toInt();
}

Result<bool> EvidenceRepository::codeTaken(qint64 schoolYearId, const QString& code, qint64 exceptId) const
{
    auto count = Sql::scalar(m_db,
        QStringLiteral("SELECT count(*) FROM evidence WHERE school_year_id = ? AND code = ? AND id <> ?"),
        { schoolYearId, code, exceptId });
    if (!count)
        return count.error();
    return count->toInt() > 0;
}

Result<bool> EvidenceRepository::schoolYearExists(qint64 schoolYearId) const
{
    auto count = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM school_year WHERE id = ?"), { schoolYearId });
    if (!count)
        return count.error();
    return count->toInt() > 0;
}

Result<qint64> EvidenceRepository::targetYear(const EvidenceLink& link) const
{
    QString statement;
    switch (link.kind) {
    case EvidenceLink::Kind::Person:
        statement = QStringLiteral("SELECT 0 FROM person WHERE id = ?");
        break;
    case EvidenceLink::Kind::Collective:
        statement = QStringLiteral("SELECT ifnull(school_year_id, 0) FROM collective WHERE id = ?");
        break;
    case EvidenceLink::Kind::AssessmentItem:
        statement = QStringLiteral("SELECT school_year_id FROM assessment WHERE id = ?");
        break;
    case EvidenceLink::Kind::LearningResult:
        statement = QStringLiteral("SELECT school_year_id FROM cdht_result WHERE id = ?");
        break;
    case EvidenceLink::Kind::Nomination:
        statement = QStringLiteral("SELECT school_year_id FROM nomination WHERE id = ?");
        break;
    case EvidenceLink::Kind::Meeting:
        statement = QStringLiteral("SELECT school_year_id FROM meeting WHERE id = ?");
        break;
    case EvidenceLink::Kind::Activity:
        statement = QStringLiteral("SELECT school_year_id FROM activity WHERE id = ?");
        break;
    }
    auto year = Sql::scalar(m_db, statement, { link.targetId });
    if (!year)
        return year.error();
    if (!year->isValid())
        return Error { Error::Code::NotFound, QString() };
    return year->toLongLong();
}

Result<qint64> EvidenceRepository::assessmentSet(qint64 assessmentId) const
{
    auto set =
        Sql::scalar(m_db, QStringLiteral("SELECT criteria_set_id FROM assessment WHERE id = ?"), { assessmentId });
    if (!set)
        return set.error();
    return set->isValid() ? set->toLongLong() : 0;
}

Result<QString> EvidenceRepository::setting(const QString& key) const
{
    auto value = Sql::scalar(m_db, QStringLiteral("SELECT value FROM setting WHERE key = ?"), { key });
    if (!value)
        return value.error();
    return value->toString();
}

Status EvidenceRepository::setSetting(const QString& key, const QString& value)
{
    auto set = Sql::exec(m_db,
        QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                       "excluded.value"),
        { key, value });
    if (!set)
        return set.error();
    return {};
}

} // namespace thidua
