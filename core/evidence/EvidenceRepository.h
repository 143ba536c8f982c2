#pragma once

#include "core/common/Result.h"
#include "core/evidence/Evidence.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// The SQL that changes evidence rows and their links (tables evidence, evidence_link), and the look-ups the service
// needs to check a request. Reads for screens are in EvidenceQuery.
class EvidenceRepository
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceRepository)

public:
    explicit EvidenceRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Inserts the row and its links; sets its id.
    Status insert(Evidence& evidence);
    // Rewrites the code, the original name, the description and the paper.
    Status updateMetadata(const Evidence& evidence);
    Status insertLink(qint64 evidenceId, const EvidenceLink& link);
    Status deleteLink(qint64 evidenceId, const EvidenceLink& link);
    Result<bool> hasLink(qint64 evidenceId, const EvidenceLink& link) const;
    Result<int> linkCount(qint64 evidenceId) const;
    // Sets (or with an invalid time clears) trashed_at.
    Status setTrashed(qint64 evidenceId, const QDateTime& at);
    // Deletes the rows trashed at or before the time (their links go with them); returns the objects they used.
    Result<QStringList> purgeTrashedBefore(const QDateTime& cutoff, int* purged);
    // How many rows (trashed or not) point to the object.
    Result<int> objectUses(const QString& sha256) const;
    // Whether another row of the year already has the code.
    Result<bool> codeTaken(qint64 schoolYearId, const QString& code, qint64 exceptId = 0) const;

    Result<bool> schoolYearExists(qint64 schoolYearId) const;
    // The school year of the record a link names (assessment, Công dân học tập result), 0 for the others;
    // Error::Code::NotFound when the record does not exist.
    Result<qint64> targetYear(const EvidenceLink& link) const;
    // The criteria set version of an assessment (0 when there is no such assessment).
    Result<qint64> assessmentSet(qint64 assessmentId) const;

    // The text of a row of the setting table, empty when there is none.
    Result<QString> setting(const QString& key) const;
    Status setSetting(const QString& key, const QString& value);

    static QVariant when(const QDateTime& at);

private:
    QSqlDatabase m_db;
};

} // namespace thidua
