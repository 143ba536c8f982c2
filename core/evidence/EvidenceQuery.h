#pragma once

#include "core/common/Result.h"
#include "core/evidence/Evidence.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace thidua {

struct EvidenceFilter
{
    qint64 schoolYearId = 0; // 0 = every year
    std::optional<EvidenceLink::Kind> kind;
    qint64 targetId = 0; // 0 = any
    QString itemCode; // for AssessmentItem; empty = any
    bool trashed = false; // true lists the trash instead
};

// Reads of evidence rows for screens, the command line, the index and the dossier (SQL inside).
class EvidenceQuery
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceQuery)

public:
    explicit EvidenceQuery(QSqlDatabase db);
    Result<EvidenceList> list(const EvidenceFilter& filter) const; // ordered by code; links filled
    Result<Evidence> get(qint64 id) const; // Error::Code::NotFound when there is no such row
    Result<QHash<QString, int>> countsByItem(qint64 assessmentId) const; // item code → files backing it (not trashed)
    // Every year's codes (trashed rows included: codes stay unique), for EvidenceCode::propose.
    Result<QStringList> codesInYear(qint64 schoolYearId) const;
    // The SHA-256 of every object some row (trashed or not) points to.
    Result<QStringList> referencedObjects() const;

private:
    QSqlDatabase m_db;
};

} // namespace thidua
