#pragma once

// Plain C++ (no Qt): compiled into thidua_core (the in-process reader of the fuzz target) and into the
// thidua-xls-reader helper, which runs it in a child process for the program (XlsReader).
#include <cstdint>
#include <string>

namespace thidua::xls {

struct WalkLimits
{
    std::uint32_t maxRows = 100'000;
    std::uint32_t maxColumns = 1'000;
    std::uint64_t maxCells = 1'000'000;
    std::uint32_t maxCellChars = 32'767;
    std::uint32_t maxSheets = 256;
};

// Why a workbook was not read; the reader in the program turns each into a message (XlsReader::problemError).
enum class Problem : std::uint8_t
{
    None = 0,
    Open = 1, // FreeXL refused the file: `a` is its error code
    Damaged = 2, // the pre-check (XlsPrecheck) refused it
    Password = 3,
    NoSheet = 4,
    TooManySheets = 5,
    SheetUnreadable = 6, // `a` is the sheet's index
    SheetDamaged = 7, // the sheet's dimensions cannot be read; `a` is its index, as for the next three
    TooManyRows = 8,
    TooManyColumns = 9,
    TooManyCells = 10, // `a`: the sheet's index, or −1 for all sheets together
    CellTooLong = 11, // `a`, `b`: the cell's 0-based row and column
};
constexpr std::uint8_t kLastProblem = 11;

struct Failure
{
    Problem problem = Problem::None;
    std::int64_t a = 0;
    std::int64_t b = 0;
    std::string sheet; // the sheet's name (UTF-8) where the problem is in one sheet
};

// What the walk finds, in order: each sheet, then its cells row by row, left to right. Text is UTF-8 as FreeXL
// converted it; numbers are serial days in the 1900 date system when `isDate` (FreeXL's date texts converted back).
class WalkSink
{
public:
    virtual ~WalkSink() = default;
    virtual void sheet(const std::string& name, std::uint32_t rows, std::uint32_t columns) = 0;
    virtual void text(std::uint32_t row, std::uint32_t column, const char* text, std::size_t length) = 0;
    virtual void number(std::uint32_t row, std::uint32_t column, double value, bool isDate) = 0;
};

// Reads the .xls file at `path` (at most `maxBytes`) through the pre-check, then FreeXL. A sheet's name is empty when
// FreeXL gives none. Stops at the first problem.
Failure walkWorkbook(const char* path, std::uint64_t maxBytes, const WalkLimits& limits, WalkSink& sink);

// "1980-02-01", "1980-02-01 07:30:00", "07:30:00" (FreeXL's date, date-time and time texts) → serial days in the
// 1900 date system; false when the date is not a real one (FreeXL writes 1900-02-29 and years after 9999).
bool serialDays(const char* text, bool hasDate, bool hasTime, double& days);

} // namespace thidua::xls
