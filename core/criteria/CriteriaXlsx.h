#pragma once

#include "core/common/Result.h"
#include "core/criteria/CriteriaSet.h"

#include <QCoreApplication>

namespace thidua {

struct Sheet;

// Criteria sets as .xlsx, to read and edit in a spreadsheet program: a sheet "Tiêu chí" with one row per item (code,
// level, text, kind, maximum or threshold, unit, evidence, levels, the unconfirmed mark and its note) and a sheet "Bộ
// tiêu chí" with the set's own fields, one per row. Written through XlsxWriter; read through WorkbookReader (with its
// limits) and refused at the first problem, named "file:sheet:row:column: message".
class CriteriaXlsx
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaXlsx)

public:
    [[nodiscard]] static Status write(const CriteriaSet& set, const QString& path);
    static Result<CriteriaSet> read(const QString& path);

    static QString itemSheetName() { return QStringLiteral("Tiêu chí"); }
    static QString setSheetName() { return QStringLiteral("Bộ tiêu chí"); }

private:
    static Status readSet(const Sheet& sheet, const QString& where, CriteriaSet* set);
    static Status readItems(const Sheet& sheet, const QString& where, CriteriaSet* set);
};

} // namespace thidua
