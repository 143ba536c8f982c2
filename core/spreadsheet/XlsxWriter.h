#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <memory>

namespace thidua {

// Writes a simple .xlsx workbook (text, numbers, dates; bold header cells; fonts, borders, column widths, print
// setup) through Debian's libxlsxwriter. Text is always written as a text cell, never as a formula; a text that a
// spreadsheet program would take for a formula when the cell is edited (=HYPERLINK(…), +84 90…, @…) gets the Text
// number format, so that editing it keeps it text (libxlsxwriter 1.1.4 has no quotePrefix). The workbook is built in a
// temporary directory and saved with QSaveFile, so an existing file is replaced only by a complete one. Rows and
// columns are 0-based. Not copyable; one workbook per instance.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    XlsxWriter();
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

    // Adds a sheet and makes it the one written to. Excel's rules are applied to the name (at most 31 characters,
    // none of []:*?/\), and a number is added when the name is taken.
    void addSheet(const QString& name);
    void writeText(int row, int column, const QString& text, bool bold = false);
    void writeNumber(int row, int column, double number);
    // An empty cell with the current font and borders (a blank in a bordered table); nothing without them.
    void writeBlank(int row, int column);
    // A date cell (an Excel serial day number shown as dd/mm/yyyy).
    void writeDate(int row, int column, const QDate& date);
    // One cell over a rectangle (a title across the columns, "Ngày sinh" over "Nam | Nữ"), centred; inclusive
    // bounds.
    void mergeCells(int firstRow, int firstColumn, int lastRow, int lastColumn, const QString& text, bool bold = false);
    // The font of the text cells written from now on (".VnTime" for a list typed in TCVN3); empty: the default.
    void setTextFont(const QString& fontName);
    // The font and size (points) of every cell written from now on (text, numbers, dates, merged cells); an empty
    // name or a size of 0 keeps the default (Calibri 11).
    void setFont(const QString& fontName, double points);
    // Thin borders around every cell written from now on (a table), until turned off.
    void setBorders(bool on);
    void setColumnWidth(int column, double characters);
    // Sets every column of the current sheet that has cells to the width of its longest text or number written so
    // far (merged cells left out; a header on one line, as a program may not heighten its row), within [minimum,
    // maximum] characters, so that nothing is cut when printed.
    void fitColumnWidths(double minimum, double maximum);
    // The creation time in the document properties (default: now); a fixed one makes the file reproducible.
    void setCreated(const QDateTime& when);
    // Keeps the first `rows` rows in view when scrolling.
    void freezeRows(int rows);
    // Prints the sheet on A4 landscape, all its columns on the width of one page, the first `headerRows` rows
    // repeated on every page.
    void printOnPageWidth(int headerRows);
    // The same, with only the rows firstHeaderRow…lastHeaderRow repeated (a title block above the header printed
    // on the first page only), the sheet's content centred across the page.
    void printOnPageWidth(int firstHeaderRow, int lastHeaderRow);

    // Writes the workbook to `path`. After save() the writer is spent.
    [[nodiscard]] Status save(const QString& path);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace thidua
