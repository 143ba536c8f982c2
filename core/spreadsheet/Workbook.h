#pragma once

#include "core/text/LegacyEncoding.h"

#include <QList>
#include <QString>

namespace thidua {

// One cell as a spreadsheet or text file holds it, before any cleaning.
struct Cell
{
    enum class Type
    {
        Empty,
        Text,
        Number, // Excel dates are numbers too (serial days, 1900 date system), with isDate set
        Boolean,
    };
    Type type = Type::Empty;
    QString text; // Text: the string, legacy-encoding repair already applied; Number/Boolean: as the file shows it
    double number = 0; // Number, Boolean (0/1)
    bool isDate = false; // a Number whose cell format is a date or time format

    bool isEmpty() const { return type == Type::Empty || (type == Type::Text && text.trimmed().isEmpty()); }
};

// A rectangle of cells, 0-based and inclusive (merged cells: the value sits in the top-left cell).
struct CellRange
{
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;
};

struct Sheet
{
    QString name; // the sheet's name; for a text file, the file's base name
    QList<QList<Cell>> rows; // rows[row][column], 0-based; rows may differ in length; trailing empty rows dropped
    QList<CellRange> merged;
    // For Text cells that were typed in a legacy font (.VnTime, VNI-Times) or read from a legacy text file: the
    // encoding used to repair/decode them, and how sure its detection was (EncodingDetector::Detection).
    LegacyEncoding::Encoding encoding = LegacyEncoding::Encoding::Utf8;
    double encodingConfidence = 1.0;

    // An Empty cell when (row, column) lies outside the data.
    const Cell& cell(int row, int column) const;
    int rowCount() const { return int(rows.size()); }
    int columnCount() const; // the longest row
};

struct Workbook
{
    QString fileName; // as given to the reader, for messages
    QList<Sheet> sheets;
};

} // namespace thidua

// Rows of cells are lists that grow a cell at a time; a million cells are moved by memcpy when they do.
Q_DECLARE_TYPEINFO(thidua::Cell, Q_RELOCATABLE_TYPE);
