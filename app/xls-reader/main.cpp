// thidua-xls-reader FILE MAX_BYTES MAX_ROWS MAX_COLUMNS MAX_CELLS MAX_CELL_CHARS MAX_SHEETS
//
// Reads an Excel 97–2003 workbook with FreeXL (behind XlsPrecheck) and writes its sheets and cells to stdout in the
// framing of core/spreadsheet/XlsFrame.h. The program runs it as a child process (XlsReader) so that a FreeXL fault
// on a hostile file ends this process, not the program: its address space is capped, it may not write files nor
// dump core, and the parent kills it when it takes too long. Plain C++ with FreeXL only, so it starts in a moment.
#include "core/spreadsheet/XlsFrame.h"
#include "core/spreadsheet/XlsWalk.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/resource.h>
#include <unistd.h>

using namespace thidua::xls;

namespace {

class FrameWriter : public WalkSink
{
public:
    FrameWriter() { put(kFrameMagic, kFrameMagicBytes); }

    void sheet(const std::string& name, std::uint32_t rows, std::uint32_t columns) override
    {
        tag(kSheetTag);
        text(name);
        u32(rows);
        u32(columns);
    }
    void text(std::uint32_t row, std::uint32_t column, const char* text, std::size_t length) override
    {
        tag(kTextTag);
        u32(row);
        u32(column);
        u32(std::uint32_t(length));
        put(text, length);
        ++m_cells;
    }
    void number(std::uint32_t row, std::uint32_t column, double value, bool isDate) override
    {
        tag(kNumberTag);
        u32(row);
        u32(column);
        const char date = isDate ? 1 : 0;
        put(&date, 1);
        std::uint64_t bits = 0;
        std::memcpy(&bits, &value, 8);
        u64(bits);
        ++m_cells;
    }
    void problem(const Failure& failure)
    {
        tag(kProblemTag);
        const char code = char(failure.problem);
        put(&code, 1);
        u64(std::uint64_t(failure.a));
        u64(std::uint64_t(failure.b));
        text(failure.sheet.substr(0, kMaxSheetNameBytes));
    }
    void end()
    {
        tag(kEndTag);
        u64(m_cells);
    }

private:
    void put(const void* data, std::size_t size) { std::fwrite(data, 1, size, stdout); }
    void tag(char value) { put(&value, 1); }
    void u32(std::uint32_t value)
    {
        const unsigned char bytes[4] = {
            std::uint8_t(value), std::uint8_t(value >> 8), std::uint8_t(value >> 16), std::uint8_t(value >> 24)
        };
        put(bytes, 4);
    }
    void u64(std::uint64_t value)
    {
        u32(std::uint32_t(value));
        u32(std::uint32_t(value >> 32));
    }
    void text(const std::string& value)
    {
        u32(std::uint32_t(value.size()));
        put(value.data(), value.size());
    }

    std::uint64_t m_cells = 0;
};

bool number(const char* text, std::uint64_t& value)
{
    char* end = nullptr;
    value = std::strtoull(text, &end, 10);
    return *text != '\0' && *end == '\0';
}

void limit(int resource, rlim_t value)
{
    const rlimit cap { value, value };
    setrlimit(resource, &cap);
}

} // namespace

int main(int argc, char** argv)
{
    std::uint64_t values[6] = {};
    if (argc != 8) {
        std::fputs("usage: thidua-xls-reader FILE MAX_BYTES MAX_ROWS MAX_COLUMNS MAX_CELLS MAX_CELL_CHARS MAX_SHEETS\n",
            stderr);
        return 2;
    }
    for (int i = 0; i < 6; ++i) {
        if (!number(argv[i + 2], values[i]))
            return 2;
    }
    limit(RLIMIT_CORE, 0);
    limit(RLIMIT_FSIZE, 0);
#if !defined(THIDUA_SANITIZED)
    limit(RLIMIT_AS, 1024ull << 20); // AddressSanitizer reserves terabytes of shadow address space
#endif
    static char buffer[1 << 16];
    std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);

    WalkLimits limits;
    limits.maxRows = std::uint32_t(std::min<std::uint64_t>(values[1], 0xFFFFFFFF));
    limits.maxColumns = std::uint32_t(std::min<std::uint64_t>(values[2], 0xFFFFFFFF));
    limits.maxCells = values[3];
    limits.maxCellChars = std::uint32_t(std::min<std::uint64_t>(values[4], 0xFFFFFFFF));
    limits.maxSheets = std::uint32_t(std::min<std::uint64_t>(values[5], 0xFFFFFFFF));
    FrameWriter writer;
    const Failure failure = walkWorkbook(argv[1], values[0], limits, writer);
    if (failure.problem != Problem::None)
        writer.problem(failure);
    else
        writer.end();
    const bool written = std::fflush(stdout) == 0;
    // _exit: no destructors nor leak check at exit; FreeXL has been closed already.
    _exit(written ? 0 : 3);
}
