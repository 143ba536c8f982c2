#pragma once

#include "core/common/Result.h"
#include "core/criteria/CriteriaSet.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// The SQL of criteria sets (table criteria_set): one row per version, the tree kept as the set's JSON.
class CriteriaRepository
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaRepository)

public:
    explicit CriteriaRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Every version of every set, by name then version.
    Result<CriteriaSets> list() const;
    // The version with that id (id 0 when none).
    Result<CriteriaSet> byId(qint64 id) const;
    // The newest version of the set with that key (id 0 when none).
    Result<CriteriaSet> latest(const QString& key) const;
    // Stores `set` as a new row (its key and version must be free); sets its id.
    Status insert(CriteriaSet& set);
    // Rewrites the version set.id in place (only while no assessment uses it).
    Status update(const CriteriaSet& set);
    // How many assessments were made against the version.
    Result<qint64> uses(qint64 setId) const;

private:
    Result<CriteriaSet> one(const QString& where, const QVariantList& values) const;

    QSqlDatabase m_db;
};

} // namespace thidua
