#pragma once

#include "core/spreadsheet/WorkbookReader.h"

namespace thidua {

// Runs thidua-xls-reader (app/xls-reader) on one .xls file and parses what it writes (core/spreadsheet/XlsFrame.h)
// with the reader's limits: a sheet larger than they allow, a cell outside its sheet or out of order, an unknown
// record, a missing end, more output than the unpacked-bytes budget, a non-zero exit, a signal or more time than
// 10 s + 1 s per MB of file all make the file "damaged" (XlsReader::damaged); the child is killed when it must be.
//
// The helper is THIDUA_XLS_READER when set (tests), else thidua-xls-reader beside the running program or in
// ../libexec/thidua from it. THIDUA_XLS_READER_TIMEOUT_MS overrides the time allowed (tests).
class XlsChild
{
    Q_DECLARE_TR_FUNCTIONS(XlsChild)

public:
    static Result<Workbook> read(const QString& path, const WorkbookReader::Options& options);
    static QString helperPath();
};

} // namespace thidua
