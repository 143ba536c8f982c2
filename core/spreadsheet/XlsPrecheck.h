#pragma once

// Plain C++ (no Qt): compiled into thidua_core and into the thidua-xls-reader helper.
#include <cstddef>
#include <cstdint>

namespace thidua::xls {

// A check of an Excel 97–2003 file before Debian's FreeXL 1.0.6 sees it. FreeXL trusts the file: a directory entry
// whose name is longer than its 64 bytes, a string longer than its record, a shared-strings table whose formatting
// runs skip past the next record, more than 8,192 cell formats, a second DIMENSION record or two records for one
// cell (leaked memory), a stream whose sector chain is longer than its size, a sheet without DIMENSION before the
// last… each makes it read or write outside its buffers (tests/fuzz/freexl-crashes). The check walks the compound
// file and the workbook stream exactly as FreeXL will (same sector arithmetic, same record reassembly, the same
// walk through the shared strings) and accepts only a file where every byte FreeXL will touch lies inside the record
// or buffer it belongs to; it also refuses what would make FreeXL allocate or loop without bound (more cells than
// `maxCells`, more sheets than `maxSheets`, dates after the year 9999, which FreeXL counts out one day at a time).
// It does not read cells itself: what it accepts, FreeXL reads.
struct PrecheckLimits
{
    std::uint64_t maxCells = 1'000'000; // all sheets together, as DIMENSION declares them
    std::uint32_t maxSheets = 256;
};

enum class Verdict
{
    Ok,
    Damaged, // FreeXL would misread it (or refuse it): say the file is damaged
    Password, // encrypted (FILEPASS): FreeXL would parse ciphertext
    TooManySheets,
    TooManyCells,
};

struct Precheck
{
    Verdict verdict = Verdict::Ok;
    const char* detail = ""; // what was wrong, in English, for tests and logs (never shown to the user)
};

Precheck precheck(const unsigned char* data, std::size_t size, const PrecheckLimits& limits);

} // namespace thidua::xls
