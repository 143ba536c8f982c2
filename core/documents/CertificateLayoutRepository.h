#pragma once

#include "core/common/Result.h"
#include "core/documents/kinds/CertificateLayout.h"

#include <QSqlDatabase>

namespace thidua {

// The certificate field positions of each printer (table certificate_layout).
class CertificateLayoutRepository
{
    Q_DECLARE_TR_FUNCTIONS(CertificateLayoutRepository)

public:
    explicit CertificateLayoutRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // The printer's layout, or the defaults when none was saved for it.
    Result<CertificateLayout> load(const QString& printer) const;
    Status save(const QString& printer, const CertificateLayout& layout);
    Result<QStringList> printers() const;

private:
    QSqlDatabase m_db;
};

} // namespace thidua
