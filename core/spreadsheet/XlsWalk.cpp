#include "core/spreadsheet/XlsWalk.h"

#include "core/spreadsheet/XlsPrecheck.h"

#include <cstdio>
#include <cstring>
#include <freexl.h>
#include <memory>
#include <vector>

namespace thidua::xls {

namespace {

struct Closer
{
    void operator()(const void* handle) const { freexl_close(handle); }
};

bool digits(const char* text, int count, int& value)
{
    value = 0;
    for (int i = 0; i < count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

// Days from 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
long daysFromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const long era = (year >= 0 ? year : year - 399) / 400;
    const long yearOfEra = year - era * 400;
    const long dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

bool readFile(const char* path, std::uint64_t maxBytes, std::vector<unsigned char>& bytes)
{
    std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(path, "rb"), &std::fclose);
    if (!file)
        return false;
    unsigned char buffer[65536];
    std::size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) {
        bytes.insert(bytes.end(), buffer, buffer + got);
        if (bytes.size() > maxBytes)
            return false;
    }
    return std::ferror(file.get()) == 0;
}

Failure precheckFile(const char* path, std::uint64_t maxBytes, const WalkLimits& limits)
{
    std::vector<unsigned char> bytes;
    if (!readFile(path, maxBytes, bytes))
        return { Problem::Open, FREEXL_FILE_NOT_FOUND, 0, {} };
    switch (precheck(bytes.data(), bytes.size(), { limits.maxCells, limits.maxSheets }).verdict) {
    case Verdict::Ok:
        return {};
    case Verdict::Password:
        return { Problem::Password, 0, 0, {} };
    case Verdict::TooManySheets:
        return { Problem::TooManySheets, 0, 0, {} };
    case Verdict::TooManyCells:
        return { Problem::TooManyCells, -1, 0, {} }; // all sheets together, no sheet named
    case Verdict::Damaged:
        break;
    }
    return { Problem::Damaged, 0, 0, {} };
}

// One sheet's cells, row by row.
Failure walkCells(const void* handle,
    const std::string& name,
    std::uint32_t rows,
    std::uint16_t columns,
    const WalkLimits& limits,
    WalkSink& sink)
{
    for (std::uint32_t r = 0; r < rows; ++r) {
        for (std::uint16_t c = 0; c < columns; ++c) {
            FreeXL_CellValue value;
            if (freexl_get_cell_value(handle, r, c, &value) != FREEXL_OK)
                continue;
            switch (value.type) {
            case FREEXL_CELL_INT:
                sink.number(r, c, value.value.int_value, false);
                break;
            case FREEXL_CELL_DOUBLE:
                sink.number(r, c, value.value.double_value, false);
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT: {
                const std::size_t length = value.value.text_value ? std::strlen(value.value.text_value) : 0;
                // A character takes at most 3 UTF-8 bytes per UTF-16 unit: more bytes are surely too many.
                if (length > std::size_t(limits.maxCellChars) * 3)
                    return { Problem::CellTooLong, r, c, name };
                sink.text(r, c, value.value.text_value ? value.value.text_value : "", length);
                break;
            }
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME:
            case FREEXL_CELL_TIME: {
                double days = 0;
                const char* text = value.value.text_value ? value.value.text_value : "";
                if (serialDays(text, value.type != FREEXL_CELL_TIME, value.type != FREEXL_CELL_DATE, days))
                    sink.number(r, c, days, true);
                else
                    sink.text(r, c, text, std::strlen(text));
                break;
            }
            default:
                break;
            }
        }
    }
    return {};
}

} // namespace

bool serialDays(const char* text, bool hasDate, bool hasTime, double& days)
{
    days = 0;
    const char* timePart = text;
    if (hasDate) {
        int year = 0, month = 0, day = 0;
        if (std::strlen(text) < 10 || !digits(text, 4, year) || text[4] != '-' || !digits(text + 5, 2, month)
            || text[7] != '-' || !digits(text + 8, 2, day) || month < 1 || month > 12 || day < 1)
            return false;
        static const int lengths[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        if (day > lengths[month - 1] + (month == 2 && leap ? 1 : 0))
            return false;
        days = double(daysFromCivil(year, month, day) - daysFromCivil(1899, 12, 30));
        timePart = std::strlen(text) > 11 ? text + 11 : "";
    }
    int hours = 0, minutes = 0, seconds = 0;
    if (hasTime && std::strlen(timePart) >= 8 && digits(timePart, 2, hours) && timePart[2] == ':'
        && digits(timePart + 3, 2, minutes) && timePart[5] == ':' && digits(timePart + 6, 2, seconds) && hours < 24
        && minutes < 60 && seconds < 60)
        days += (hours * 3600 + minutes * 60 + seconds) / 86'400.0;
    return true;
}

Failure walkWorkbook(const char* path, std::uint64_t maxBytes, const WalkLimits& limits, WalkSink& sink)
{
    if (Failure refused = precheckFile(path, maxBytes, limits); refused.problem != Problem::None)
        return refused;
    const void* raw = nullptr;
    const int opened = freexl_open(path, &raw);
    std::unique_ptr<const void, Closer> handle(raw);
    if (opened != FREEXL_OK || !raw)
        return { Problem::Open, opened, 0, {} };
    unsigned int info = 0;
    if (freexl_get_info(raw, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED)
        return { Problem::Password, 0, 0, {} };
    unsigned int sheetCount = 0;
    if (freexl_get_info(raw, FREEXL_BIFF_SHEET_COUNT, &sheetCount) != FREEXL_OK || sheetCount == 0)
        return { Problem::NoSheet, 0, 0, {} };
    if (sheetCount > limits.maxSheets)
        return { Problem::TooManySheets, 0, 0, {} };
    std::uint64_t cellCount = 0;
    for (unsigned short index = 0; index < sheetCount; ++index) {
        const char* name = nullptr;
        if (freexl_get_worksheet_name(raw, index, &name) != FREEXL_OK
            || freexl_select_active_worksheet(raw, index) != FREEXL_OK)
            return { Problem::SheetUnreadable, index, 0, {} };
        const std::string sheetName = name ? name : "";
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_worksheet_dimensions(raw, &rows, &columns) != FREEXL_OK)
            return { Problem::SheetDamaged, index, 0, sheetName };
        if (rows > limits.maxRows)
            return { Problem::TooManyRows, index, 0, sheetName };
        if (columns > limits.maxColumns)
            return { Problem::TooManyColumns, index, 0, sheetName };
        cellCount += std::uint64_t(rows) * columns;
        if (cellCount > limits.maxCells)
            return { Problem::TooManyCells, index, 0, sheetName };
        sink.sheet(sheetName, rows, columns);
        if (Failure failure = walkCells(raw, sheetName, rows, columns, limits, sink); failure.problem != Problem::None)
            return failure;
    }
    return {};
}

} // namespace thidua::xls
