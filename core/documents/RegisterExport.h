#pragma once

#include "core/common/Result.h"
#include "core/documents/RegisterEntry.h"

namespace thidua {

// The register (sổ đăng ký văn bản đi) as a file, with Vietnamese column names; no database involved.
class RegisterExport
{
public:
    // CSV, UTF-8 with a BOM so that Excel reads it.
    static QByteArray toCsv(const RegisterEntries& entries);
    // The same columns as an Excel workbook (dates as dates, numbers as numbers), written through QSaveFile.
    [[nodiscard]] static Status saveXlsx(const RegisterEntries& entries, const QString& path);
};

} // namespace thidua
