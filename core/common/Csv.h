#pragma once

#include <QString>
#include <QStringList>

namespace thidua {

// Writing CSV (RFC 4180): fields with the separator, quotes or line breaks are quoted, quotes doubled. A field that a
// spreadsheet program would take for a formula gets a leading apostrophe (see guarded()).
class Csv
{
public:
    static QString field(const QString& value, QChar separator = QLatin1Char(','));
    // One record followed by CRLF.
    static QString record(const QStringList& fields, QChar separator = QLatin1Char(','));

    // Whether a spreadsheet program would read the text as a formula (CSV injection): it starts with =, +, -, @, a
    // tab or a carriage return, and it is not a plain number ("-5", "+84912345678", "1.5e3" stay numbers) nor a
    // dash alone ("-", "--": a blank in a list).
    static bool looksLikeFormula(const QString& text);
    // The text with the leading apostrophe that spreadsheet programs take as "this is text" when it looks like a
    // formula; else unchanged.
    static QString guarded(const QString& text);
    // The inverse of guarded(): a leading apostrophe before what would be a formula is dropped (a list exported as
    // CSV and imported again keeps its values).
    static QString unguarded(const QString& text);
};

} // namespace thidua
