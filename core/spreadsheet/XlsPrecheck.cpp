#include "core/spreadsheet/XlsPrecheck.h"

#include "core/spreadsheet/XlsPrecheckBiff.h"

#include <string>
#include <vector>

namespace thidua::xls {

namespace {

constexpr std::uint32_t kFreeSector = 0xFFFFFFFF;
constexpr std::uint32_t kEndOfChain = 0xFFFFFFFE;

// The compound file as FreeXL reads it (read_cfbf_header, get_workbook_stream, read_mini_stream): its FAT in the
// order FreeXL builds it, then the bytes of the workbook stream FreeXL will parse.
class Compound
{
public:
    Compound(const unsigned char* data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {}

    bool open();
    const char* failure() const { return m_failure; }
    const std::vector<unsigned char>& stream() const { return m_stream; }
    bool miniStream() const { return m_mini; }

private:
    bool fail(const char* why)
    {
        m_failure = why;
        return false;
    }
    // FreeXL seeks to (sector + 1) × sector size in 32-bit arithmetic and reads one sector: the sector must lie in the
    // file without that product wrapping.
    const unsigned char* sector(std::uint32_t index) const;
    bool readFatSector(std::uint32_t index);
    bool readDifat(std::uint32_t start, std::uint32_t count);
    bool checkMiniFat(std::uint32_t start, std::uint32_t count) const;
    bool findWorkbook(std::uint32_t directoryStart);
    bool readChain(std::uint32_t start, std::uint64_t bytes);

    const unsigned char* m_data;
    std::size_t m_size;
    std::uint32_t m_sectorSize = 512;
    std::uint64_t m_fileSectors = 0;
    std::vector<std::uint32_t> m_fat;
    std::uint64_t m_fatSectorsRead = 0;
    std::uint32_t m_cutoff = 0;
    std::uint32_t m_rootStart = 0;
    std::uint32_t m_rootSize = 0;
    std::uint32_t m_workbookStart = 0;
    std::uint32_t m_workbookSize = 0;
    bool m_mini = false;
    std::vector<unsigned char> m_stream;
    const char* m_failure = "";
};

const unsigned char* Compound::sector(std::uint32_t index) const
{
    const std::uint64_t offset = (std::uint64_t(index) + 1) * m_sectorSize;
    if (offset > 0xFFFFFFFFull || offset + m_sectorSize > m_size)
        return nullptr;
    return m_data + offset;
}

bool Compound::readFatSector(std::uint32_t index)
{
    const unsigned char* p = sector(index);
    if (!p)
        return fail("a FAT sector lies outside the file");
    // Each FAT sector becomes sectorSize / 4 linked-list entries in FreeXL: never more than the file can need.
    if (++m_fatSectorsRead > m_fileSectors / (m_sectorSize / 4) + 2)
        return fail("more FAT sectors than the file can need");
    for (std::uint32_t i = 0; i < m_sectorSize / 4; ++i)
        m_fat.push_back(le32(p + 4 * i));
    return true;
}

// read_difat_sectors: each DIFAT sector lists FAT sectors (0xFFFFFFFF unused, 0xFFFFFFFE ends the chain); its last
// entry is the next DIFAT sector; exactly `count` sectors must be read.
bool Compound::readDifat(std::uint32_t start, std::uint32_t count)
{
    if (count > m_fileSectors)
        return fail("more DIFAT sectors than the file holds");
    const std::uint32_t perSector = m_sectorSize / 4;
    std::uint32_t next = start;
    std::uint32_t blocks = 0;
    while (true) {
        const unsigned char* p = sector(next);
        if (!p)
            return fail("a DIFAT sector lies outside the file");
        ++blocks;
        bool endOfChain = false;
        for (std::uint32_t i = 0; i < perSector; ++i) {
            const std::uint32_t value = le32(p + 4 * i);
            if (value == kEndOfChain) {
                endOfChain = true;
                break;
            }
            if (i == perSector - 1)
                next = value;
            else if (value != kFreeSector && !readFatSector(value))
                return false;
        }
        if (blocks == count || endOfChain)
            break;
    }
    return blocks == count || fail("the DIFAT chain ends early");
}

// read_miniFAT_sectors reads `count` sectors from (start − 1) × sector size (sic), in 32-bit arithmetic; the
// entries are never used, but every read must succeed.
bool Compound::checkMiniFat(std::uint32_t start, std::uint32_t count) const
{
    const std::uint64_t offset = std::uint32_t((start - 1) * m_sectorSize);
    // Each sector read becomes sectorSize / 4 linked-list entries, as for the FAT.
    return count <= m_fileSectors / (m_sectorSize / 4) + 2 && offset + std::uint64_t(count) * m_sectorSize <= m_size;
}

// get_workbook_stream: only the first directory sector is read, entry by entry until "Workbook" or "Book"; every
// entry read has its name converted from UTF-16 (name_size bytes from the entry's start: at most its 64).
bool Compound::findWorkbook(std::uint32_t directoryStart)
{
    const unsigned char* block = sector(directoryStart);
    if (!block)
        return fail("the directory lies outside the file");
    const std::uint32_t entries = m_sectorSize == 4096 ? 32 : 4;
    for (std::uint32_t i = 0; i < entries; ++i) {
        const unsigned char* entry = block + 128 * i;
        const std::uint16_t nameSize = le16(entry + 64);
        if (nameSize > 64 || nameSize % 2 != 0)
            return fail("a directory entry's name is longer than its field");
        std::u16string name;
        for (std::uint16_t k = 0; k < nameSize; k += 2) {
            const char16_t unit = char16_t(le16(entry + k));
            const bool high = unit >= 0xD800 && unit < 0xDC00;
            const bool low = unit >= 0xDC00 && unit < 0xE000;
            if (low || (high && (k + 2 >= nameSize || le16(entry + k + 2) < 0xDC00 || le16(entry + k + 2) >= 0xE000)))
                return fail("a directory entry's name is not UTF-16");
            if (high)
                k += 2;
            name.push_back(unit);
        }
        const std::u16string shown = name.substr(0, name.find(u'\0'));
        if (shown == u"Root Entry") {
            m_rootStart = le32(entry + 116);
            m_rootSize = le32(entry + 120);
        }
        if (shown == u"Workbook" || shown == u"Book") {
            m_workbookStart = le32(entry + 116);
            m_workbookSize = le32(entry + 120);
            return true;
        }
    }
    return fail("no Workbook stream in the first directory sector");
}

// The bytes of a chain of sectors, which must end (0xFFFFFFFE) right after the sectors `bytes` needs: past the
// stream's size read_cfbf_next_sector computes the end of its buffer below zero, and read_mini_stream refuses.
bool Compound::readChain(std::uint32_t start, std::uint64_t bytes)
{
    if (bytes > m_size)
        return fail("a stream is larger than the file");
    const std::uint64_t sectors = (bytes + m_sectorSize - 1) / m_sectorSize;
    m_stream.reserve(std::size_t(sectors * m_sectorSize));
    std::uint32_t current = start;
    for (std::uint64_t k = 0; k < sectors; ++k) {
        const unsigned char* p = sector(current);
        if (!p)
            return fail("a stream sector lies outside the file");
        m_stream.insert(m_stream.end(), p, p + m_sectorSize);
        if (current >= m_fat.size())
            return fail("a stream sector has no FAT entry");
        const std::uint32_t next = m_fat[current];
        if (k + 1 == sectors && next != kEndOfChain)
            return fail("a stream's chain is longer than its size");
        if (k + 1 < sectors && next == kEndOfChain)
            return fail("a stream's chain is shorter than its size");
        current = next;
    }
    m_stream.resize(std::size_t(bytes));
    return true;
}

bool Compound::open()
{
    if (m_size < 512 || le32(m_data) != 0xE011CFD0 || le32(m_data + 4) != 0xE11AB1A1)
        return fail("not a compound file");
    const std::uint16_t shift = le16(m_data + 30);
    if (shift != 9 && shift != 12)
        return fail("unknown sector size");
    m_sectorSize = 1u << shift;
    m_fileSectors = m_size / m_sectorSize;
    for (int i = 0; i < 109; ++i) {
        const std::uint32_t index = le32(m_data + 76 + 4 * i);
        if (index != kFreeSector && !readFatSector(index))
            return false;
    }
    const std::uint32_t difatSectors = le32(m_data + 72);
    if (difatSectors > 0 && !readDifat(le32(m_data + 68), difatSectors))
        return false;
    const std::uint32_t miniFatSectors = le32(m_data + 64);
    if (miniFatSectors > 0) {
        m_cutoff = le32(m_data + 56);
        if (!checkMiniFat(le32(m_data + 60), miniFatSectors))
            return fail("the mini FAT lies outside the file");
    }
    if (m_fat.empty())
        return fail("no FAT");
    if (!findWorkbook(le32(m_data + 48)))
        return false;
    if (m_workbookSize <= m_cutoff) {
        // FreeXL reads the whole mini stream (the root entry's stream) and parses the workbook from its start.
        m_mini = true;
        if (m_workbookSize > m_rootSize)
            return fail("the workbook is larger than the mini stream");
        if (!readChain(m_rootStart, m_rootSize))
            return false;
        m_stream.resize(m_workbookSize);
        return true;
    }
    return readChain(m_workbookStart, m_workbookSize);
}

} // namespace

Precheck precheck(const unsigned char* data, std::size_t size, const PrecheckLimits& limits)
{
    Compound compound(data, size);
    if (!compound.open())
        return { Verdict::Damaged, compound.failure() };
    const std::vector<unsigned char>& stream = compound.stream();
    return checkBiff(stream.data(), stream.size(), compound.miniStream(), limits);
}

} // namespace thidua::xls
