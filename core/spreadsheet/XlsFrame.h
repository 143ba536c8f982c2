#pragma once

// The output of thidua-xls-reader (app/xls-reader), which XlsReader parses (XlsChild). Plain C++, no Qt.
//
//   "TDXLS1\n"                                  once, first
//   'S' u32 nameBytes, name (UTF-8), u32 rows, u32 columns           a sheet; its cells follow
//   'T' u32 row, u32 column, u32 textBytes, text (UTF-8)             a text cell
//   'N' u32 row, u32 column, u8 isDate (0/1), f64 value              a number (serial days when isDate)
//   'E' u8 problem (xls::Problem), i64 a, i64 b, u32 nameBytes, name the workbook is refused; the end
//   'Z' u64 cells (the number of T and N records)                     the workbook was read; the end
//
// Integers little-endian, f64 as IEEE 754 little-endian. Cells come row by row, left to right, inside their sheet's
// rows and columns. Nothing follows 'E' or 'Z', and the helper exits with 0 after either.
#include <cstdint>

namespace thidua::xls {

inline constexpr char kFrameMagic[] = "TDXLS1\n";
inline constexpr std::uint32_t kFrameMagicBytes = 7;
inline constexpr std::uint32_t kMaxSheetNameBytes = 4096;

enum FrameTag : char
{
    kSheetTag = 'S',
    kTextTag = 'T',
    kNumberTag = 'N',
    kProblemTag = 'E',
    kEndTag = 'Z',
};

} // namespace thidua::xls
