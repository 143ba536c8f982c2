#pragma once

#include <QByteArray>

namespace thidua {

// What a file really is, judged by its first bytes and never by its name: school-management systems save HTML
// tables and Excel 2003 XML under an .xls name, and users pick a PDF or a Word document by mistake. WorkbookReader
// reads the kinds it can and names the others in its message.
class FileKind
{
public:
    enum class Kind
    {
        Empty, // no bytes, or only white space
        Zip, // .xlsx, but also .docx, .ods, any zip archive (XlsxReader tells them apart)
        Ole2, // Excel 97–2003 (.xls), but also Word 97–2003 (.doc)
        WordOle2, // an OLE2 file holding a Word document and no workbook
        Html, // a web page (an "Excel" export from a web application, Excel's "Web Page")
        SpreadsheetMl, // Excel 2003 XML ("XML Spreadsheet 2003")
        Xml, // any other XML
        WebArchive, // MIME HTML (.mht, Excel's "Single File Web Page")
        Pdf,
        Rtf,
        Image, // PNG, JPEG, GIF, BMP, TIFF: a photo or scan of a list
        Archive, // RAR, 7-Zip, gzip
        Text, // anything else that is not binary: CSV, tab-separated text
        Binary,
    };

    static Kind sniff(const QByteArray& bytes);

private:
    // The first bytes as lower-case ASCII: a UTF-8 byte order mark dropped, UTF-16 narrowed, leading white space
    // skipped.
    static QByteArray head(const QByteArray& bytes);
};

} // namespace thidua
