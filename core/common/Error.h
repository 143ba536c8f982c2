#pragma once

#include <QString>

namespace thidua {

// A problem to show to the user. `message` is already translated; file/row/column say where it happened
// (row and column are 1-based, 0 when unknown).
struct Error
{
    enum class Code
    {
        Generic,
        Io,
        Database,
        NotThiDuaFile, // the file is not a ThiĐua database
        NewerVersion, // the file was written by a newer ThiĐua
        Busy, // another program holds the database file; trying again later may work
        ReadOnly, // the file may be read but not changed (read-only drive or no write permission)
        Damaged, // the database file is damaged (cut short, overwritten)
        DiskFull,
        EmptyFile, // a zero-byte file where a school's data was expected
        Validation,
        NotFound,
        Duplicate,
        Usage,
        Format,
        TooLarge,
        Cancelled,
    };

    Error() = default;
    Error(Code code, QString message, QString file = QString(), int row = 0, int column = 0)
        : code(code)
        , message(std::move(message))
        , file(std::move(file))
        , row(row)
        , column(column)
    {}

    Code code = Code::Generic;
    QString message;
    QString file;
    int row = 0;
    int column = 0;

    // "file:row:column: message", leaving out the parts that are unknown.
    QString toString() const;
};

} // namespace thidua
