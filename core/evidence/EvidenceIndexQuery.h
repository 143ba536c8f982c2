#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

namespace thidua {

// What the danh mục minh chứng names besides the evidence rows: people, collectives and the assessments the files
// back (SQL inside).
struct EvidenceIndexNames
{
    struct AssessmentInfo
    {
        QString setKey; // the criteria set's key ("don-vi-hoc-tap-cap-huyen"), the same for every version
        QString setName;
    };
    QHash<qint64, QString> people; // person.id → "Nguyễn Văn An"
    QHash<qint64, QString> collectives; // collective.id → "Tổ Toán - Tin học"
    QHash<qint64, AssessmentInfo> assessments; // assessment.id → its set
};

class EvidenceIndexQuery
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceIndexQuery)

public:
    explicit EvidenceIndexQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}
    // Every person and collective, and the assessments of the year (0: every year).
    Result<EvidenceIndexNames> names(qint64 schoolYearId) const;

private:
    QSqlDatabase m_db;
};

} // namespace thidua
