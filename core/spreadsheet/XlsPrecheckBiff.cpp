#include "core/spreadsheet/XlsPrecheckBiff.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace thidua::xls {

namespace {

enum Record : std::uint16_t
{
    kEof = 0x000A,
    kDateMode = 0x0022,
    kFilePass = 0x002F,
    kContinue = 0x003C,
    kCodePage = 0x0042,
    kSheet = 0x0085,
    kMulRk = 0x00BD,
    kXf = 0x00E0,
    kSst = 0x00FC,
    kLabelSst = 0x00FD,
    kDimension = 0x0200,
    kNumber = 0x0203,
    kLabel = 0x0204,
    kBoolErr = 0x0205,
    kRk = 0x027E,
    kFormat = 0x041E,
    kBof = 0x0809,
};

constexpr std::size_t kRecordBuffer = 8224; // biff_workbook::record
constexpr std::uint32_t kMaxXf = 8192; // BIFF_MAX_XF: more and a cell's format index reads past the array
constexpr std::size_t kMaxFormats = 2048; // BIFF_MAX_FORMAT: FreeXL keeps the first ones
constexpr double kLastSerial = 2958465; // 31/12/9999: FreeXL counts a date out one day at a time
constexpr std::uint64_t kFar = 0x7FFFFFFF; // a string offset FreeXL's 32-bit casts would fold back

enum class DateKind
{
    None,
    Date, // date or date and time: compute_date loops `serial` times
    Time,
};

struct SheetState
{
    std::uint32_t offset = 0;
    bool dimension = false;
    std::uint64_t rows = 0;
    std::uint64_t columns = 0;
    std::uint32_t maxRow = 0; // cells seen before a DIMENSION (check_undeclared_dimension)
    std::uint32_t maxColumn = 0;
};

// A string as get_unicode_params and parse_unicode_string read it at `at`: the option byte, the optional run
// count (0x08) and extension size (0x04), then `characters` of 1 or 2 bytes.
struct StringHeader
{
    bool ok = false;
    bool utf16 = false;
    std::uint64_t start = 0; // offset of the character data
    std::uint32_t extra = 0; // the bytes after it (formatting runs, extension), in FreeXL's 32-bit arithmetic
};

StringHeader stringHeader(const unsigned char* record, std::size_t size, std::uint64_t at)
{
    StringHeader header;
    if (at >= size)
        return header;
    const unsigned char options = record[at];
    std::uint64_t p = at + 1;
    std::uint32_t runs = 0;
    std::uint32_t extension = 0;
    if (options & 0x08) {
        if (p + 2 > size)
            return header;
        runs = le16(record + p);
        p += 2;
    }
    if (options & 0x04) {
        if (p + 4 > size)
            return header;
        extension = le32(record + p);
        p += 4;
    }
    header.ok = true;
    header.utf16 = options & 0x01;
    header.start = p;
    header.extra = extension + runs * 4;
    return header;
}

// parse_SST, one record at a time, with its state; every byte it reads must be inside the record.
class SharedStrings
{
public:
    bool record(const unsigned char* record, std::size_t size);

private:
    bool m_started = false;
    std::uint32_t m_count = 0;
    std::uint32_t m_index = 0;
    std::uint32_t m_length = 0; // current_utf16_len: a string split at the end of the last record
    std::uint32_t m_done = 0; // current_utf16_off
    std::uint32_t m_skip = 0; // current_utf16_skip
    std::uint32_t m_nextSkip = 0; // next_utf16_skip
};

bool SharedStrings::record(const unsigned char* record, std::size_t size)
{
    std::uint64_t p = 0;
    if (!m_started) {
        if (size < 8)
            return false;
        m_count = le32(record + 4);
        if (m_count > 1024 * 1024)
            return false;
        m_started = true;
        p = 8;
    } else if (m_length > 0) {
        if (size < 1)
            return false;
        const bool utf16 = record[0] & 0x01;
        p = 1;
        const std::uint64_t rest = std::uint64_t(m_length - m_done) * (utf16 ? 2 : 1);
        if (p + rest > size)
            return false;
        p += rest + m_skip;
        if (p > kFar)
            return false;
        m_skip = p >= size ? std::uint32_t(p - size) : 0;
        m_nextSkip = 0;
        m_length = 0;
        m_done = 0;
        ++m_index;
    }
    for (std::uint32_t i = m_index; i < m_count; ++i) {
        if (p >= size)
            return true;
        p += m_nextSkip;
        if (p + 2 > size)
            return false;
        const std::uint32_t characters = le16(record + p);
        const StringHeader header = stringHeader(record, size, p + 2);
        if (!header.ok)
            return false;
        p = header.start;
        const std::uint64_t required = std::uint64_t(characters) * (header.utf16 ? 2 : 1);
        if (required > size - p) {
            // Split: the rest comes in the next CONTINUE record.
            m_skip = header.extra;
            m_nextSkip = 0;
            m_length = characters;
            m_done = std::uint32_t(header.utf16 ? (size - p) / 2 : size - p);
            return true;
        }
        if (characters == 0)
            return false;
        p += required + header.extra;
        if (p > kFar)
            return false;
        m_nextSkip = p >= size ? std::uint32_t(p - size) : 0;
        m_skip = 0;
        m_index = i + 1;
    }
    return true;
}

class Biff
{
public:
    Biff(bool mini, const PrecheckLimits& limits)
        : m_mini(mini)
        , m_limits(limits)
    {}

    Precheck run(const unsigned char* stream, std::size_t size);

private:
    bool fail(const char* why, Verdict verdict = Verdict::Damaged)
    {
        m_result = { verdict, why };
        return false;
    }
    bool record(std::uint16_t type, const unsigned char* data, std::size_t size, std::uint32_t offset);
    bool sheet(const unsigned char* data, std::size_t size);
    bool dimension(const unsigned char* data, std::size_t size);
    bool format(const unsigned char* data, std::size_t size);
    bool label(const unsigned char* data, std::size_t size);
    bool cell(std::uint16_t row, std::uint16_t column);
    bool dateValue(std::uint16_t xf, double value);
    bool rkValue(std::uint16_t xf, std::uint32_t rk);
    bool endSubstream();
    bool finish();
    DateKind dateKind(std::uint16_t xf) const;

    bool m_mini;
    PrecheckLimits m_limits;
    Precheck m_result;
    int m_bof = -1; // ok_bof: -1 before the first BOF, 1 inside a substream, 0 between substreams
    bool m_biff8 = false;
    std::uint16_t m_previous = 0;
    SharedStrings m_strings;
    std::vector<SheetState> m_sheets;
    int m_active = -1;
    std::vector<std::uint16_t> m_xf;
    std::vector<std::pair<std::uint16_t, DateKind>> m_formats;
    std::vector<std::uint32_t> m_cells; // row << 16 | column of every cell record of the current substream
    std::uint64_t m_declaredCells = 0;
};

Precheck Biff::run(const unsigned char* stream, std::size_t size)
{
    std::size_t at = 0;
    while (size - at >= 4) {
        const std::uint16_t type = le16(stream + at);
        const std::uint16_t length = le16(stream + at + 2);
        if (type == 0 && length == 0)
            break;
        if (length > (m_mini ? 8191 : kRecordBuffer))
            return { Verdict::Damaged, "a record longer than BIFF allows" };
        if (length > size - at - 4)
            return { Verdict::Damaged, "a record cut short by the end of the stream" };
        if (!record(type, stream + at + 4, length, std::uint32_t(at)))
            return m_result;
        at += 4 + std::size_t(length);
    }
    if (!endSubstream() || !finish())
        return m_result;
    return m_result;
}

bool Biff::record(std::uint16_t type, const unsigned char* data, std::size_t size, std::uint32_t offset)
{
    if (type == kContinue)
        return m_previous != kSst || m_strings.record(data, size) || fail("the shared strings are damaged");
    m_previous = type;
    if (m_bof != 1) {
        if (type != kBof || size < 4)
            return fail("a substream does not start with BOF");
        const std::uint16_t version = le16(data);
        if (m_bof == -1) {
            if (version != 0x0500 && version != 0x0600)
                return fail("neither BIFF5 nor BIFF8");
            m_biff8 = version == 0x0600;
        } else {
            const auto found = std::find_if(
                m_sheets.cbegin(), m_sheets.cend(), [&](const SheetState& sheet) { return sheet.offset == offset; });
            m_active = found == m_sheets.cend() ? -1 : int(found - m_sheets.cbegin());
        }
        m_bof = 1;
        return true;
    }
    switch (type) {
    case kEof:
        m_bof = 0;
        return endSubstream();
    case kSst:
        return m_strings.record(data, size) || fail("the shared strings are damaged");
    case kFilePass:
        return fail("the workbook is encrypted", Verdict::Password);
    case kCodePage:
    case kDateMode:
        return size >= 2 || fail("a short CODEPAGE or DATEMODE record");
    case kSheet:
        return sheet(data, size);
    case kDimension:
        return dimension(data, size);
    case kFormat:
        return format(data, size);
    case kXf:
        if (size < 4 || m_xf.size() >= kMaxXf)
            return fail("too many or short XF records");
        m_xf.push_back(le16(data + 2));
        return true;
    case kNumber: {
        if (size < 14)
            return fail("a short NUMBER record");
        double value = 0;
        std::memcpy(&value, data + 6, 8);
        return cell(le16(data), le16(data + 2)) && dateValue(le16(data + 4), value);
    }
    case kBoolErr:
        return size >= 8 ? cell(le16(data), le16(data + 2)) : fail("a short BOOLERR record");
    case kRk:
        if (size < 10)
            return fail("a short RK record");
        return cell(le16(data), le16(data + 2)) && rkValue(le16(data + 4), le32(data + 6));
    case kMulRk: {
        if (size < 4)
            return fail("a short MULRK record");
        std::uint16_t column = le16(data + 2);
        for (std::size_t at = 4; at + 6 < size; at += 6, ++column) {
            if (!cell(le16(data), column) || !rkValue(le16(data + at), le32(data + at + 2)))
                return false;
        }
        return true;
    }
    case kLabel:
        return label(data, size);
    case kLabelSst:
        if (!m_biff8)
            return true;
        return size >= 10 ? cell(le16(data), le16(data + 2)) : fail("a short LABELSST record");
    default:
        return true;
    }
}

bool Biff::sheet(const unsigned char* data, std::size_t size)
{
    if (size < 8 || data[6] == 0)
        return fail("a damaged sheet record");
    const std::size_t characters = data[6];
    const std::size_t end = m_biff8 ? 8 + characters * (data[7] != 0 ? 2 : 1) : 7 + characters;
    if (end > size)
        return fail("a sheet name longer than its record");
    if (m_sheets.size() >= m_limits.maxSheets)
        return fail("too many sheets", Verdict::TooManySheets);
    m_sheets.push_back({ le32(data), false, 0, 0, 0, 0 });
    return true;
}

bool Biff::dimension(const unsigned char* data, std::size_t size)
{
    if (size < (m_biff8 ? 12u : 8u))
        return fail("a short DIMENSION record");
    if (m_active < 0)
        return true;
    SheetState& sheet = m_sheets[std::size_t(m_active)];
    if (sheet.dimension)
        return fail("a second DIMENSION record in one sheet"); // FreeXL would drop (leak) the first cells
    sheet.dimension = true;
    sheet.rows = m_biff8 ? le32(data + 4) : le16(data + 2);
    sheet.columns = m_biff8 ? le16(data + 10) : le16(data + 6);
    m_declaredCells += sheet.rows * sheet.columns;
    return m_declaredCells <= m_limits.maxCells || fail("too many cells", Verdict::TooManyCells);
}

bool Biff::format(const unsigned char* data, std::size_t size)
{
    // BIFF5 reads the text from the length byte on (sic); BIFF8 an unformatted Unicode string after the index.
    std::uint64_t start = 3;
    std::uint64_t characters = 0;
    bool utf16 = false;
    if (!m_biff8) {
        if (size < 4)
            return fail("a short FORMAT record");
        characters = data[3];
    } else {
        if (size < 4)
            return fail("a short FORMAT record");
        characters = le16(data + 2);
        const StringHeader header = stringHeader(data, size, 4);
        if (!header.ok || characters == 0)
            return fail("a damaged FORMAT record");
        start = header.start;
        utf16 = header.utf16;
    }
    const std::uint64_t unit = utf16 ? 2 : 1;
    if (start + characters * unit > size)
        return fail("a format longer than its record");
    // check_format: the letters y, m, d, h and s of the text decide whether numbers in this format are dates.
    int y = 0, m = 0, d = 0, h = 0, s = 0;
    for (std::uint64_t i = 0; i < characters; ++i) {
        const unsigned unitValue = utf16 ? le16(data + start + 2 * i) : data[start + i];
        if (unitValue == 0)
            break;
        switch (unitValue | 0x20) {
        case 'y':
            ++y;
            break;
        case 'm':
            ++m;
            break;
        case 'd':
            ++d;
            break;
        case 'h':
            ++h;
            break;
        case 's':
            ++s;
            break;
        default:
            break;
        }
    }
    DateKind kind = DateKind::None;
    if ((y && m && d && h) || (y && m) || (m && d))
        kind = DateKind::Date;
    else if ((h && m) || (m && s))
        kind = DateKind::Time;
    if (kind != DateKind::None && m_formats.size() < kMaxFormats)
        m_formats.emplace_back(le16(data), kind);
    return true;
}

bool Biff::label(const unsigned char* data, std::size_t size)
{
    if (size < 8)
        return fail("a short LABEL record");
    const std::uint64_t characters = le16(data + 6);
    if (!m_biff8) {
        if (8 + characters > size)
            return fail("a label longer than its record");
    } else {
        const StringHeader header = stringHeader(data, size, 8);
        if (!header.ok || characters == 0 || header.start + characters * (header.utf16 ? 2 : 1) > size)
            return fail("a label longer than its record");
    }
    return cell(le16(data), le16(data + 2));
}

// A cell record of the current substream: in a sheet (FreeXL refuses one outside), inside its DIMENSION, and the
// only record for its cell (a second one would drop the first one's text without freeing it).
bool Biff::cell(std::uint16_t row, std::uint16_t column)
{
    if (m_active < 0)
        return fail("a cell outside any sheet");
    SheetState& sheet = m_sheets[std::size_t(m_active)];
    if (sheet.dimension && (row >= sheet.rows || column >= sheet.columns))
        return fail("a cell outside its sheet's DIMENSION");
    if (!sheet.dimension) {
        sheet.maxRow = std::max<std::uint32_t>(sheet.maxRow, row);
        sheet.maxColumn = std::max<std::uint32_t>(sheet.maxColumn, column);
    }
    if (m_cells.size() >= m_limits.maxCells)
        return fail("too many cells", Verdict::TooManyCells);
    m_cells.push_back(std::uint32_t(row) << 16 | column);
    return true;
}

// check_xf_datetime_58: built-in formats 14–22 and 45–47 are dates and times, others as their FORMAT record says.
DateKind Biff::dateKind(std::uint16_t xf) const
{
    if (xf >= m_xf.size())
        return DateKind::None;
    const std::uint16_t format = m_xf[xf];
    if ((format >= 14 && format <= 17) || format == 22)
        return DateKind::Date;
    if ((format >= 18 && format <= 21) || (format >= 45 && format <= 47))
        return DateKind::Time;
    for (const auto& [index, kind] : m_formats) {
        if (index == format)
            return kind;
    }
    return DateKind::None;
}

bool Biff::dateValue(std::uint16_t xf, double value)
{
    if (dateKind(xf) == DateKind::Date && std::floor(value) > kLastSerial && std::floor(value) < 2147483648.0)
        return fail("a date after the year 9999");
    return true;
}

bool Biff::rkValue(std::uint16_t xf, std::uint32_t rk)
{
    if ((rk & 0x02) != 0) {
        const double whole = double(std::int32_t(rk) >> 2);
        return dateValue(xf, (rk & 0x01) != 0 ? whole / 100.0 : whole);
    }
    const std::uint64_t bits = std::uint64_t(rk & 0xFFFFFFFCu) << 32;
    double value = 0;
    std::memcpy(&value, &bits, 8);
    return dateValue(xf, (rk & 0x01) != 0 ? value / 100.0 : value);
}

bool Biff::endSubstream()
{
    std::sort(m_cells.begin(), m_cells.end());
    const bool twice = std::adjacent_find(m_cells.cbegin(), m_cells.cend()) != m_cells.cend();
    m_cells.clear();
    return !twice || fail("two records for one cell");
}

// After the first pass FreeXL sizes each sheet that had no DIMENSION from its cells, but allocates the cells of the
// sheet that is active at that moment: only that sheet may lack one.
bool Biff::finish()
{
    if (m_bof == -1)
        return fail("no BOF record");
    for (std::size_t i = 0; i < m_sheets.size(); ++i) {
        const SheetState& sheet = m_sheets[i];
        if (sheet.dimension)
            continue;
        if (int(i) != m_active)
            return fail("a sheet without DIMENSION other than the last one read");
        m_declaredCells += (std::uint64_t(sheet.maxRow) + 1) * (std::uint64_t(sheet.maxColumn) + 1);
        if (m_declaredCells > m_limits.maxCells)
            return fail("too many cells", Verdict::TooManyCells);
    }
    return true;
}

} // namespace

Precheck checkBiff(const unsigned char* stream, std::size_t size, bool mini, const PrecheckLimits& limits)
{
    return Biff(mini, limits).run(stream, size);
}

} // namespace thidua::xls
