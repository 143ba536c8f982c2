#pragma once

// Inside XlsPrecheck (plain C++): the walk through the BIFF records of the workbook stream.
#include "core/spreadsheet/XlsPrecheck.h"

namespace thidua::xls {

inline std::uint16_t le16(const unsigned char* p)
{
    return std::uint16_t(p[0] | p[1] << 8);
}

inline std::uint32_t le32(const unsigned char* p)
{
    return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24;
}

// The records of `stream` (the bytes FreeXL parses: the Workbook stream, or the start of the mini stream when
// `mini`), walked as FreeXL's parse_biff_record walks them in its two passes.
Precheck checkBiff(const unsigned char* stream, std::size_t size, bool mini, const PrecheckLimits& limits);

} // namespace thidua::xls
