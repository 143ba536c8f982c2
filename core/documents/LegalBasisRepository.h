#pragma once

#include "core/common/Result.h"
#include "core/documents/LegalBasis.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// The SQL for the căn cứ list (table legal_basis).
class LegalBasisRepository
{
    Q_DECLARE_TR_FUNCTIONS(LegalBasisRepository)

public:
    explicit LegalBasisRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Result<LegalBases> all() const; // by sort order, then date
    // The bases a document of `kind` dated `day` cites: in force on that day and meant for that kind.
    Result<LegalBases> validOn(const QDate& day, const QString& kind) const;
    // Inserts (id 0) or updates; sets the id.
    Status save(LegalBasis& basis);
    Status remove(qint64 id);
    // Inserts a removed basis again under its id (undo).
    Status restore(const LegalBasis& basis);

    // An error naming what is wrong with a basis, or ok.
    static Status validate(const LegalBasis& basis);

private:
    QSqlDatabase m_db;
};

} // namespace thidua
