#pragma once

#include "core/spreadsheet/Workbook.h"

#include <QCoreApplication>
#include <QString>

namespace thidua {

// What the import dialog says about the encoding of a file. A workbook (.xlsx, .xls) stores Unicode text, so its
// encoding is neither offered nor announced ("Detected: UTF-8" told the user nothing), unless text typed with an old
// font (.VnTime, VNI-Times) was found in it or an encoding was chosen; a text file (.csv, .txt) always shows it.
class ImportEncoding
{
    Q_DECLARE_TR_FUNCTIONS(ImportEncoding)

public:
    static bool isWorkbookFile(const QString& path);
    // Whether the encoding choice is shown for this file and sheet; `chosen`: an encoding was picked by hand.
    static bool isShown(const QString& path, const Sheet& sheet, bool chosen);
    // "Detected: UTF-8", "Read as TCVN3 (ABC)", or empty.
    static QString describe(const Sheet& sheet, bool chosen);
};

} // namespace thidua
