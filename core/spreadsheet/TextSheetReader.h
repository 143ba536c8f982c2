#pragma once

#include "core/spreadsheet/WorkbookReader.h"

#include <QChar>

namespace thidua {

// .csv and .txt: the encoding detected through EncodingDetector (or given), the separator (comma, semicolon, tab)
// detected from the first records or an Excel "sep=;" line, RFC 4180 quoting with line breaks inside quotes.
class TextSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(TextSheetReader)

public:
    static Result<Workbook> read(
        const QByteArray& bytes, const QString& fileName, const WorkbookReader::Options& options);

    // The separator the first records use most consistently: ',', ';' or '\t' (',' when none occurs).
    static QChar detectSeparator(QStringView text);
};

} // namespace thidua
