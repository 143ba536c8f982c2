#include "tests/core/hostile/HostileCorpus.h"

#include "core/spreadsheet/WorkbookReader.h"
#include "core/text/LegacyEncoding.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtEndian>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace thidua {

namespace {

// A deflated segment: `block` (ending on a full flush, so it refers to nothing before it) stands for `raw` bytes
// and is written `count` times.
struct Block
{
    QByteArray block;
    qint64 raw = 0;
    quint32 crc = 0;
    qint64 count = 1;
};

QByteArray deflateChunk(z_stream& stream, const QByteArray& data, int flush)
{
    QByteArray out;
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = uInt(data.size());
    char buffer[65536];
    do {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        deflate(&stream, flush);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    } while (stream.avail_out == 0);
    return out;
}

struct Deflated
{
    QList<Block> blocks;
    qint64 raw = 0;
    qint64 compressed = 0;
    quint32 crc = 0;
};

Deflated deflatePart(const QList<HostileCorpus::Segment>& segments)
{
    // Big distinct data (the largest real workbook) is deflated fast; repeated chunks as small as zlib can.
    const bool big = std::any_of(segments.cbegin(), segments.cend(), [](const HostileCorpus::Segment& s) {
        return s.count == 1 && s.pattern.size() > (4 << 20);
    });
    z_stream stream {};
    deflateInit2(&stream, big ? 1 : 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    Deflated out;
    out.crc = quint32(crc32(0, nullptr, 0));
    const auto add = [&](const QByteArray& chunk, qint64 count) {
        Block b { deflateChunk(stream, chunk, Z_FULL_FLUSH), chunk.size(), 0, count };
        b.crc = quint32(crc32(0, reinterpret_cast<const Bytef*>(chunk.constData()), uInt(chunk.size())));
        for (qint64 i = 0; i < count; ++i)
            out.crc = quint32(crc32_combine(out.crc, b.crc, z_off_t(b.raw)));
        out.raw += b.raw * count;
        out.compressed += b.block.size() * count;
        out.blocks.append(b);
    };
    for (const HostileCorpus::Segment& s : segments) {
        const qint64 perChunk = std::max<qint64>(1, (1 << 20) / std::max<qsizetype>(1, s.pattern.size()));
        if (s.count >= perChunk)
            add(s.pattern.repeated(perChunk), s.count / perChunk);
        if (s.count % perChunk)
            add(s.pattern.repeated(s.count % perChunk), 1);
    }
    const QByteArray tail = deflateChunk(stream, QByteArray(), Z_FINISH);
    out.blocks.append({ tail, 0, 0, 1 });
    out.compressed += tail.size();
    deflateEnd(&stream);
    return out;
}

void put16(QByteArray& b, quint32 v)
{
    b.append(char(v & 0xFF)).append(char((v >> 8) & 0xFF));
}

void put32(QByteArray& b, quint32 v)
{
    put16(b, v & 0xFFFF);
    put16(b, v >> 16);
}

QByteArray header(bool central, const QByteArray& name, const Deflated& d, quint32 offset)
{
    QByteArray h;
    put32(h, central ? 0x02014b50 : 0x04034b50);
    if (central)
        put16(h, 20); // made by
    put16(h, 20); // needed
    put16(h, 0); // flags
    put16(h, 8); // deflate
    put16(h, 0); // time
    put16(h, 0x21); // 1980-01-01
    put32(h, d.crc);
    put32(h, quint32(d.compressed));
    put32(h, quint32(d.raw));
    put16(h, quint32(name.size()));
    put16(h, 0); // extra
    if (central) {
        put16(h, 0); // comment
        put16(h, 0); // disk
        put16(h, 0); // internal attributes
        put32(h, 0); // external attributes
        put32(h, offset);
    }
    return h + name;
}

const QByteArray kNs = R"(xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
                       R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";

HostileCorpus::Part part(const QString& name, const QByteArray& text)
{
    return { name, { { text, 1 } } };
}

// Prefix, `count` × `pattern`, suffix.
HostileCorpus::Part part(
    const QString& name, const QByteArray& prefix, const QByteArray& pattern, qint64 count, const QByteArray& suffix)
{
    return { name, { { prefix, 1 }, { pattern, count }, { suffix, 1 } } };
}

QByteArray sheetStart()
{
    return "<?xml version=\"1.0\"?><worksheet " + kNs + "><sheetData>";
}

const QByteArray kSheetEnd = "</sheetData></worksheet>";
const QString kSheet = u"xl/worksheets/sheet1.xml"_s;
const QString kStrings = u"xl/sharedStrings.xml"_s;

QByteArray randomBytes(qsizetype size, quint32 seed, int low = 0)
{
    QRandomGenerator random(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (char& c : out)
        c = char(low + int(random.bounded(256 - low)));
    return out;
}

// A 60,000-row list as schools keep them: STT, full name with every diacritic, date of birth, class.
QString rosterText(int rows)
{
    static const QStringList family { u"Nguyễn"_s, u"Trần"_s, u"Lê"_s, u"Phạm"_s, u"Hoàng"_s, u"Đặng"_s, u"Vũ"_s };
    static const QStringList middle { u"Thị"_s, u"Văn"_s, u"Hữu"_s, u"Ngọc"_s, u"Quốc"_s, u"Thùy"_s };
    static const QStringList given { u"An"_s,
        u"Bình"_s,
        u"Cường"_s,
        u"Dũng"_s,
        u"Hằng"_s,
        u"Khánh"_s,
        u"Lưu"_s,
        u"Ánh"_s,
        u"Tuấn"_s,
        u"Việt"_s,
        u"Ưng"_s,
        u"Ỷ"_s };
    QString text = u"STT,Họ và tên,Ngày sinh,Lớp\r\n"_s;
    for (int i = 0; i < rows; ++i) {
        text += QString::number(i + 1) + u',' + family[i % family.size()] + u' ' + middle[(i / 7) % middle.size()]
            + u' ' + given[(i / 3) % given.size()] + u',' + QString::number(1 + i % 28) + u'/'
            + QString::number(1 + i % 12) + u"/2010,"_s + QString::number(10 + i % 3) + u'A'
            + QString::number(1 + i % 9) + u"\r\n"_s;
    }
    return text;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

bool HostileCorpus::writeZip(const QString& path, const QList<Part>& parts)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray central;
    for (const Part& p : parts) {
        const Deflated d = deflatePart(p.second);
        const QByteArray name = p.first.toUtf8();
        const quint32 offset = quint32(file.pos());
        central += header(true, name, d, offset);
        if (file.write(header(false, name, d, offset)) < 0)
            return false;
        for (const Block& b : d.blocks) {
            for (qint64 i = 0; i < b.count; ++i) {
                if (file.write(b.block) != b.block.size())
                    return false;
            }
        }
    }
    const quint32 centralOffset = quint32(file.pos());
    QByteArray end;
    put32(end, 0x06054b50);
    put16(end, 0);
    put16(end, 0);
    put16(end, quint32(parts.size()));
    put16(end, quint32(parts.size()));
    put32(end, quint32(central.size()));
    put32(end, centralOffset);
    put16(end, 0);
    return file.write(central + end) == central.size() + end.size();
}

bool HostileCorpus::writeXlsx(const QString& path, const QList<Part>& replace)
{
    const QByteArray rels = R"(<?xml version="1.0"?><Relationships )"
                            R"(xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
    const QByteArray type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    QList<Part> parts {
        part(u"[Content_Types].xml"_s,
            R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
            R"(<Default Extension="xml" ContentType="application/xml"/></Types>)"),
        part(u"_rels/.rels"_s,
            rels + R"(<Relationship Id="rId1" Type=")" + type
                + R"(officeDocument" Target="xl/workbook.xml"/></Relationships>)"),
        part(u"xl/workbook.xml"_s,
            "<?xml version=\"1.0\"?><workbook " + kNs
                + R"(><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>)"),
        part(u"xl/_rels/workbook.xml.rels"_s,
            rels + R"(<Relationship Id="rId1" Type=")" + type
                + R"(worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type=")" + type
                + R"(sharedStrings" Target="sharedStrings.xml"/></Relationships>)"),
        part(kStrings, "<?xml version=\"1.0\"?><sst " + kNs + "><si><t>An</t></si></sst>"),
        part(kSheet, sheetStart() + R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)" + kSheetEnd),
    };
    for (const Part& p : replace) {
        auto it = std::find_if(parts.begin(), parts.end(), [&](const Part& q) { return q.first == p.first; });
        if (it != parts.end())
            *it = p;
        else
            parts.append(p);
    }
    return writeZip(path, parts);
}

QList<HostileCorpus::File> HostileCorpus::write(const QString& directory)
{
    QList<File> files;
    bool ok = true;
    const auto xlsx = [&](const QString& name, Expect expect, const QString& what, const QList<Part>& parts) {
        ok = ok && writeXlsx(directory + u'/' + name, parts);
        files.append({ name, expect, what });
    };
    const auto text = [&](const QString& name, Expect expect, const QString& what, const QByteArray& bytes) {
        ok = ok && writeFile(directory + u'/' + name, bytes);
        files.append({ name, expect, what });
    };

    // Issue 12: 80 million unclosed <r> in the shared strings (13 GB before), 30 million nested tags (4.9 GB).
    xlsx(u"unclosed-runs.xlsx"_s,
        Expect::Refused,
        u"80 million unclosed <r> in sharedStrings"_s,
        { part(kStrings, "<?xml version=\"1.0\"?><sst " + kNs + "><si>", "<r>", 80'000'000, "") });
    xlsx(u"nested-tags.xlsx"_s,
        Expect::Refused,
        u"30 million nested tags in a sheet"_s,
        { part(kSheet, sheetStart() + "<row r=\"1\"><c r=\"A1\"><f>", "<a>", 30'000'000, "") });
    xlsx(u"nested-styles.xlsx"_s,
        Expect::Refused,
        u"nested tags in styles.xml"_s,
        { part(u"xl/styles.xml"_s, "<?xml version=\"1.0\"?><styleSheet " + kNs + ">", "<numFmts>", 20'000'000, ""),
            part(u"xl/_rels/workbook.xml.rels"_s,
                R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
                R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/)"
                R"(worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" )"
                R"(Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" )"
                R"(Target="styles.xml"/></Relationships>)") });
    // Millions of small elements: empty shared strings (each one a list entry), stray elements in a sheet.
    xlsx(u"empty-strings.xlsx"_s,
        Expect::Refused,
        u"50 million empty <si/> in sharedStrings"_s,
        { part(kStrings, "<?xml version=\"1.0\"?><sst " + kNs + ">", "<si/>", 50'000'000, "</sst>") });
    xlsx(u"short-strings.xlsx"_s,
        Expect::Refused,
        u"12 million one-letter shared strings"_s,
        { part(kStrings, "<?xml version=\"1.0\"?><sst " + kNs + ">", "<si><t>a</t></si>", 12'000'000, "</sst>") });
    xlsx(u"stray-elements.xlsx"_s,
        Expect::Refused,
        u"60 million empty elements in a sheet"_s,
        { part(kSheet, sheetStart(), "<x/>", 60'000'000, kSheetEnd) });
    // Zip bombs: one text of 2 GB, 3.9 GB of spaces between elements, many small cells.
    xlsx(u"bomb-text-2gb.xlsx"_s,
        Expect::Refused,
        u"zip bomb: one inline text of 2 GB"_s,
        { part(kSheet,
            sheetStart() + R"(<row r="1"><c r="A1" t="inlineStr"><is><t>)",
            "A",
            2'000'000'000,
            "</t></is></c></row>" + kSheetEnd) });
    xlsx(u"bomb-spaces-3900mb.xlsx"_s,
        Expect::Refused,
        u"zip bomb: 3.9 GB of spaces"_s,
        { part(kSheet, sheetStart(), " ", 3'900'000'000, kSheetEnd) });
    xlsx(u"bomb-cells-2gb.xlsx"_s,
        Expect::Refused,
        u"zip bomb: 2 GB of empty rows"_s,
        { part(kSheet, sheetStart(), "<row/>", 350'000'000, kSheetEnd) });
    xlsx(u"bomb-comments.xlsx"_s,
        Expect::Refused,
        u"zip bomb: 256 MB of comments"_s,
        { part(kSheet, sheetStart(), "<!---->", 40'000'000, kSheetEnd) });
    // The most a real workbook may hold: as many cells as the limit allows, each its own shared string. Read.
    {
        constexpr int kColumns = 20;
        const int rows = int(WorkbookReader::Limits().maxCells / kColumns);
        QByteArray sheet = sheetStart();
        QByteArray strings = "<?xml version=\"1.0\"?><sst " + kNs + ">";
        for (int r = 1; r <= rows; ++r) {
            sheet += "<row r=\"" + QByteArray::number(r) + "\">";
            for (int c = 0; c < kColumns; ++c) {
                const QByteArray index = QByteArray::number((r - 1) * kColumns + c);
                sheet += "<c r=\"" + QByteArray(1, char('A' + c)) + QByteArray::number(r) + "\" t=\"s\"><v>" + index
                    + "</v></c>";
                strings += "<si><t>Nguyễn Thị Ánh " + index + "</t></si>";
            }
            sheet += "</row>";
        }
        xlsx(u"largest-workbook.xlsx"_s,
            Expect::Read,
            u"%1 rows × %2 cells, each its own shared string (the cell limit)"_s.arg(rows).arg(kColumns),
            { part(kSheet, sheet + kSheetEnd), part(kStrings, strings + "</sst>") });
    }

    // Web pages and Excel 2003 XML named .xls (what school systems export): nesting, floods, entity expansion, and
    // the largest list one may hold, read.
    text(u"web-deep.xls"_s,
        Expect::Refused,
        u"web page: 5 million nested <div>"_s,
        "<html><body><table><tr><td>" + QByteArray("<div>").repeated(5'000'000));
    text(u"web-cells.xls"_s,
        Expect::Refused,
        u"web page: 1.5 million cells, no end tags"_s,
        "<table>" + QByteArray("<tr>" + QByteArray("<td>a").repeated(17)).repeated(90'000));
    text(u"web-entities.xls"_s,
        Expect::Read,
        u"web page: a DTD of nested entities (HTML expands none)"_s,
        "<!DOCTYPE html [<!ENTITY a \"aaaaaaaaaa\">" + QByteArray("<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">")
            + "]><table><tr><td>&b;</td></tr>" + QByteArray("<tr><td>&b;&b;&b;&b;</td></tr>").repeated(10'000)
            + "</table>");
    {
        QByteArray page = "<html><head><meta charset=\"utf-8\"></head><body><table>";
        for (int r = 1; r <= 50'000; ++r) {
            page += "<tr>";
            for (int c = 0; c < 20; ++c)
                page += "<td>Nguyễn Thị Ánh " + QByteArray::number((r - 1) * 20 + c) + "</td>";
            page += "</tr>\n";
        }
        text(u"web-largest.xls"_s,
            Expect::Read,
            u"web page: 50000 rows × 20 cells (the cell limit)"_s,
            page + "</table></body></html>");
    }
    const QByteArray workbookXml =
        "<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" "
        "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\">";
    text(u"xml2003-laughs.xls"_s,
        Expect::Refused,
        u"Excel 2003 XML: billion laughs"_s,
        "<?xml version=\"1.0\"?><!DOCTYPE Workbook [<!ENTITY l0 \"lol\">"
            + QByteArray("<!ENTITY l1 \"&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;\">")
            + "<!ENTITY l2 \"&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;\"><!ENTITY l3 "
              "\"&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;\"><!ENTITY l4 \"&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;\">"
              "<!ENTITY l5 \"&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;\"><!ENTITY l6 "
              "\"&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;\"><!ENTITY l7 \"&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;\">"
              "<!ENTITY l8 \"&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;\"><!ENTITY l9 "
              "\"&l8;&l8;&l8;&l8;&l8;&l8;&l8;&l8;&l8;&l8;\">]>"
              "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" "
              "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet><Table><Row><Cell>"
              "<Data ss:Type=\"String\">&l9;</Data></Cell></Row></Table></Worksheet></Workbook>");
    text(u"xml2003-deep.xls"_s,
        Expect::Refused,
        u"Excel 2003 XML: 5 million nested tags"_s,
        workbookXml + QByteArray("<a>").repeated(5'000'000));
    text(u"xml2003-wide.xls"_s,
        Expect::Refused,
        u"Excel 2003 XML: 1,100 rows each 1,000 cells wide"_s,
        workbookXml + "<Worksheet><Table>"
            + QByteArray("<Row><Cell ss:Index=\"1000\"><Data ss:Type=\"Number\">1</Data></Cell></Row>").repeated(1'100)
            + "</Table></Worksheet></Workbook>");

    // Text files: random bytes named .csv, random bytes without controls, one endless line, combining marks only.
    text(u"random-1mb.csv"_s, Expect::Refused, u"1 MB of random bytes"_s, randomBytes(1 << 20, 1));
    text(u"random-4mb.csv"_s, Expect::Refused, u"4 MB of random bytes"_s, randomBytes(4 << 20, 2));
    text(u"random-high-4mb.csv"_s, Expect::Refused, u"4 MB of random bytes 0x80–0xFF"_s, randomBytes(4 << 20, 3, 0x80));
    text(u"one-line-4mb.csv"_s, Expect::Refused, u"4 MB in one cell"_s, QByteArray(4 << 20, 'a'));
    text(u"marks-4mb.csv"_s,
        Expect::Refused,
        u"4 MB of combining marks"_s,
        QStringLiteral("\u0301\u0323").repeated(700'000).toUtf8());
    text(u"cp1258-marks-4mb.csv"_s,
        Expect::Refused,
        u"4 MB of alternating Windows-1258 tone marks"_s,
        QByteArray("\xEC\xF2").repeated(2 << 20));
    // The largest lists schools send, in each encoding: read.
    const QString roster = rosterText(60'000);
    text(u"roster-utf8.csv"_s, Expect::Read, u"60,000 rows, UTF-8"_s, roster.toUtf8());
    text(u"roster-cp1258.csv"_s,
        Expect::Read,
        u"60,000 rows, Windows-1258"_s,
        LegacyEncoding::encode(roster, LegacyEncoding::Encoding::Cp1258));
    text(u"roster-tcvn3.csv"_s,
        Expect::Read,
        u"60,000 rows, TCVN3"_s,
        LegacyEncoding::encode(roster, LegacyEncoding::Encoding::Tcvn3));
    text(u"roster-vni.csv"_s,
        Expect::Read,
        u"60,000 rows, VNI"_s,
        LegacyEncoding::encode(roster, LegacyEncoding::Encoding::Vni));
    return ok ? files : QList<File>();
}

} // namespace thidua
