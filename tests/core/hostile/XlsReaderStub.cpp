// thidua_xls_reader_stub: stands in for thidua-xls-reader (THIDUA_XLS_READER) in TestXlsChild and misbehaves as
// THIDUA_XLS_STUB says: crash, abort, hang, garbage, output that breaks the framing's rules, or FreeXL run on the
// file without the pre-check. "good" writes a small valid workbook. Its arguments are those of the real helper.
#include "core/spreadsheet/XlsFrame.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <freexl.h>
#include <string>
#include <unistd.h>

using namespace thidua::xls;

namespace {

void put(const std::string& bytes)
{
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
}

std::string u32(std::uint32_t value)
{
    return { char(value), char(value >> 8), char(value >> 16), char(value >> 24) };
}

std::string u64(std::uint64_t value)
{
    return u32(std::uint32_t(value)) + u32(std::uint32_t(value >> 32));
}

std::string sheet(const std::string& name, std::uint32_t rows, std::uint32_t columns)
{
    return std::string(1, kSheetTag) + u32(std::uint32_t(name.size())) + name + u32(rows) + u32(columns);
}

std::string text(std::uint32_t row, std::uint32_t column, const std::string& value)
{
    return std::string(1, kTextTag) + u32(row) + u32(column) + u32(std::uint32_t(value.size())) + value;
}

std::string magic()
{
    return std::string(kFrameMagic, kFrameMagicBytes);
}

} // namespace

int main(int argc, char** argv)
{
    const char* mode = std::getenv("THIDUA_XLS_STUB");
    const std::string how = mode ? mode : "good";
    const std::string good = magic() + sheet("Lớp 10A1", 2, 2) + text(0, 0, "Họ và tên") + text(1, 0, "Nguyễn Văn An");
    if (how == "good")
        put(good + char(kEndTag) + u64(2));
    else if (how == "segv")
        std::raise(SIGSEGV);
    else if (how == "abort")
        std::abort();
    else if (how == "hang")
        sleep(600);
    else if (how == "garbage")
        put("PK\3\4 this is not the framing");
    else if (how == "no-end")
        put(good);
    else if (how == "exit-1") {
        put(good + char(kEndTag) + u64(2));
        std::fflush(stdout);
        _exit(1);
    } else if (how == "after-end")
        put(good + char(kEndTag) + u64(2) + "more");
    else if (how == "wrong-count")
        put(good + char(kEndTag) + u64(3));
    else if (how == "outside")
        put(magic() + sheet("A", 2, 2) + text(5, 0, "x") + char(kEndTag) + u64(1));
    else if (how == "out-of-order")
        put(magic() + sheet("A", 2, 2) + text(1, 0, "x") + text(0, 1, "y") + char(kEndTag) + u64(2));
    else if (how == "huge-sheet")
        put(magic() + sheet("A", 4'000'000, 2) + char(kEndTag) + u64(0));
    else if (how == "huge-text")
        put(magic() + sheet("A", 1, 1) + std::string(1, kTextTag) + u32(0) + u32(0) + u32(0x7FFFFFFF));
    else if (how == "endless") {
        put(magic() + sheet("A", 1000, 1000));
        const std::string chunk(65536, 'x');
        for (std::uint32_t cell = 0;; ++cell)
            put(std::string(1, kTextTag) + u32(cell / 1000) + u32(cell % 1000) + u32(65536) + chunk);
    } else if (how == "freexl" && argc > 1) {
        // FreeXL alone, as the program read .xls files before: a sanitizer build aborts on the hostile file.
        const void* handle = nullptr;
        const int opened = freexl_open(argv[1], &handle);
        if (handle)
            freexl_close(handle);
        put(magic() + char(kProblemTag) + char(1) + u64(std::uint64_t(opened)) + u64(0) + u32(0));
    }
    std::fflush(stdout);
    _exit(0);
}
