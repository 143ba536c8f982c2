#pragma once

#include "core/common/Result.h"
#include "core/criteria/CriteriaSet.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace thidua {

// The use cases of criteria sets: installing the built-in sets, importing a set, saving an edited one. Each runs as
// one transaction. A version that an assessment uses is never changed: saving changes to it stores the next version,
// and the assessments keep the one they were made against.
class CriteriaService
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaService)

public:
    explicit CriteriaService(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    struct Saved
    {
        enum class Outcome
        {
            Added, // a set whose key was new
            NewVersion, // the next version of the set (the previous one is kept as it was)
            Updated, // the version was changed in place (nothing used it)
            Unchanged, // the content was the same
        };
        CriteriaSet set; // as stored, with its id and version
        Outcome outcome = Outcome::Unchanged;
    };

    // Stores every built-in set whose key the database does not have yet; returns how many were added.
    Result<int> installBuiltIns();
    // Imports a set read from a file: a new key is added as version 1; a known key with other content becomes the
    // next version; the same content changes nothing.
    Result<Saved> importSet(CriteriaSet set);
    // Saves an edited version (set.id is the version edited): in place while no assessment uses it, else as the
    // next version.
    Result<Saved> saveSet(CriteriaSet set);

    // "Bộ tiêu chí đang được 2 đánh giá sử dụng nên được lưu thành phiên bản 3; các đánh giá giữ phiên bản 2."
    static QString describe(const Saved& saved, qint64 previousVersion, qint64 uses);

private:
    Result<Saved> addVersion(CriteriaSet set, int previousVersion);

    QSqlDatabase m_db;
};

} // namespace thidua
