#!/usr/bin/env python3
"""Writes the spreadsheet reader's sample files (tests/data/spreadsheet), independently of the C++ code under test:

- people.<encoding>.csv: the same small list (title row, header, three people, a blank row, a totals row) in UTF-8
  with and without BOM, NFD, UTF-16 LE/BE with BOM, Windows-1258, TCVN3 (through glibc iconv, TCVN5712-1 for the
  lower-case letters, capitals with a tone written as their lower-case code as Unikey does for .VnTimeH), VNI
  (the VNI Windows table below), and with ; and tab separators and a quoted line break;
- workbook.xlsx: a real Office Open XML package zipped by hand (shared strings, rich text runs, inline strings,
  numbers, booleans, a formula result, built-in and custom date formats, merged cells, five sheets, cells in the
  .VnTime (TCVN3) and VNI-Times fonts, and legacy text in Arial for the detection);
- date1904.xlsx: a workbook in the 1904 date system;
- workbook.xls: workbook.xlsx converted by LibreOffice Calc (soffice --headless --convert-to xls), and
  workbook.lo.xlsx: the same saved back as .xlsx by LibreOffice (another program's way of writing the package),
  when soffice exists (Debian: libreoffice-calc-nogui; the tests only need the committed files).

Run it from anywhere: python3 tests/data/spreadsheet/make_samples.py
"""
import os
import shutil
import subprocess
import tempfile
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

TABLE = [
    ["DANH SÁCH CÁN BỘ, GIÁO VIÊN NĂM HỌC 2024-2025"],
    ["STT", "Họ và tên", "Ngày sinh", "Tổ chuyên môn"],
    ["1", "Nguyễn Văn An", "01/02/1980", "Toán - Tin"],
    ["2", "Lê Thị Hoà", "15/10/1985", "Ngữ văn"],
    ["3", "Trần Đức Ưng", "1990", "Tiếng Anh"],
    [],
    ["Tổng cộng: 3 người"],
]


def csv_text(table, sep=","):
    lines = []
    for row in table:
        fields = []
        for f in row:
            if sep in f or '"' in f or "\n" in f:
                f = '"' + f.replace('"', '""') + '"'
            fields.append(f)
        lines.append(sep.join(fields))
    return "\r\n".join(lines) + "\r\n"


# --- legacy encodings -------------------------------------------------------------------------------------------

TCVN3_CAPITALS = set("ĂÂÊÔƠƯĐ")


def tcvn3(text):
    out = bytearray()
    for c in unicodedata.normalize("NFC", text):
        if ord(c) < 0x80:
            out += c.encode()
            continue
        if c.isupper() and c not in TCVN3_CAPITALS:
            c = c.lower()  # .VnTimeH: capitals with a tone are typed as the lower-case code
        out += subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=c.encode(),
                              capture_output=True, check=True).stdout
    return bytes(out)


# VNI Windows: a base letter followed by a mark byte (lower case / upper case mark bytes).
VNI_VOWEL_MARKS = {  # for a, e, o, i, u, y without hat or breve: acute, grave, hook, tilde, dot
    "\u0301": ("\xf9", "\xd9"), "\u0300": ("\xf8", "\xd8"), "\u0309": ("\xfb", "\xdb"),
    "\u0303": ("\xf5", "\xd5"), "\u0323": ("\xef", "\xcf"),
}
VNI_HAT = {None: ("\xe2", "\xc2"), "\u0301": ("\xe1", "\xc1"), "\u0300": ("\xe0", "\xc0"),
           "\u0309": ("\xe5", "\xc5"), "\u0303": ("\xe3", "\xc3"), "\u0323": ("\xe4", "\xc4")}
VNI_BREVE = {None: ("\xea", "\xca"), "\u0301": ("\xe9", "\xc9"), "\u0300": ("\xe8", "\xc8"),
             "\u0309": ("\xfa", "\xda"), "\u0303": ("\xfc", "\xdc"), "\u0323": ("\xeb", "\xcb")}
VNI_I = {"\u0301": ("\xed", "\xcd"), "\u0300": ("\xec", "\xcc"), "\u0309": ("\xe6", "\xc6"),
         "\u0303": ("\xf3", "\xd3"), "\u0323": ("\xf2", "\xd2")}
TONES = "\u0301\u0300\u0309\u0303\u0323"


def vni_letter(c):
    d = unicodedata.normalize("NFD", c)
    base, marks = d[0], d[1:]
    upper = base.isupper()
    pick = (lambda pair: pair[1] if upper else pair[0])
    tone = next((m for m in marks if m in TONES), None)
    if base in "dD" and c in "đĐ":
        return "\xd1" if upper else "\xf1"
    if "\u0302" in marks:  # circumflex: â ê ô
        return base + pick(VNI_HAT[tone])
    if "\u0306" in marks:  # breve: ă
        return base + pick(VNI_BREVE[tone])
    if "\u031b" in marks:  # horn: ơ ư
        b = {"o": "\xf4", "O": "\xd4", "u": "\xf6", "U": "\xd6"}[base]
        return b + (pick(VNI_VOWEL_MARKS[tone]) if tone else "")
    if tone is None:
        return c
    if base in "iI":
        return pick(VNI_I[tone])
    if base in "yY" and tone == "\u0323":
        return base + ("\xce" if upper else "\xee")
    return base + pick(VNI_VOWEL_MARKS[tone])


def vni(text):
    out = ""
    for c in unicodedata.normalize("NFC", text):
        if c == "đ" or c == "Đ":
            out += "\xf1" if c == "đ" else "\xd1"
        else:
            out += vni_letter(c) if ord(c) >= 0x80 else c
    return out.encode("latin-1")


CP1258_TONES = {"\u0300": b"\xcc", "\u0301": b"\xec", "\u0303": b"\xde", "\u0309": b"\xd2", "\u0323": b"\xf2"}


def cp1258(text):
    out = bytearray()
    for c in unicodedata.normalize("NFC", text):
        try:
            out += c.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", c)
        tones = [m for m in d if m in CP1258_TONES]
        rest = unicodedata.normalize("NFC", "".join(m for m in d if m not in CP1258_TONES))
        out += rest.encode("cp1258") + b"".join(CP1258_TONES[t] for t in tones)
    return bytes(out)


def as_cp1252(data):
    """What a spreadsheet shows for legacy bytes in a legacy font: each byte as a Windows-1252 character."""
    out = ""
    for b in data:
        try:
            out += bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            out += chr(b)
    return out


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def write_csvs():
    text = csv_text(TABLE)
    write("people.utf8.csv", text.encode("utf-8"))
    write("people.utf8bom.csv", b"\xef\xbb\xbf" + text.encode("utf-8"))
    write("people.nfd.csv", unicodedata.normalize("NFD", text).encode("utf-8"))
    write("people.utf16le.csv", b"\xff\xfe" + text.encode("utf-16-le"))
    write("people.utf16be.txt", b"\xfe\xff" + text.encode("utf-16-be"))
    write("people.cp1258.csv", cp1258(text))
    write("people.tcvn3.csv", tcvn3(text))
    write("people.vni.csv", vni(text))
    write("people.semicolon.csv", csv_text(TABLE, ";").encode("utf-8"))
    write("people.tab.txt", csv_text(TABLE, "\t").encode("utf-8"))
    quoted = [row[:] for row in TABLE]
    quoted[3] = ["2", "Lê Thị\nHoà", "15/10/1985", 'Ngữ văn "Tổ 2"']
    write("people.quoted.csv", csv_text(quoted).encode("utf-8"))


# --- xlsx -------------------------------------------------------------------------------------------------------

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


class Strings:
    def __init__(self):
        self.items = []

    def add(self, xml):
        self.items.append(xml)
        return len(self.items) - 1

    def plain(self, text):
        return self.add("<si><t xml:space=\"preserve\">%s</t></si>" % esc(text))


# styles: fonts 0 Times New Roman, 1 .VnTime, 2 VNI-Times, 3 Arial;
# cellXfs 0 general, 1 date 14, 2 custom dd/mm/yyyy (164), 3 .VnTime text, 4 VNI-Times text, 5 Arial text,
# 6 "#,##0" number, 7 custom time-free text format with quoted d ("ngày" in quotes: not a date)
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet %s>
<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0 &quot;ngày&quot;"/></numFmts>
<fonts count="4"><font><sz val="12"/><name val="Times New Roman"/></font><font><sz val="12"/><name val=".VnTime"/></font><font><sz val="12"/><name val="VNI-Times"/></font><font><sz val="11"/><name val="Arial"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0"/></cellStyleXfs>
<cellXfs count="8"><xf numFmtId="0" fontId="0" xfId="0"/><xf numFmtId="14" fontId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="2" xfId="0" applyFont="1"/><xf numFmtId="0" fontId="3" xfId="0" applyFont="1"/><xf numFmtId="3" fontId="0" xfId="0"/><xf numFmtId="165" fontId="0" xfId="0"/></cellXfs>
</styleSheet>""" % NS


def sheet_xml(rows, merges=()):
    """rows: list of lists of cell XML fragments (None: no cell); each fragment is (attrs, inner)."""
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet %s><sheetData>' % NS]
    for r, row in enumerate(rows):
        cells = [c for c in row]
        if not any(c is not None for c in cells):
            continue  # Excel writes no element for an empty row
        out.append('<row r="%d">' % (r + 1))
        for c, cell in enumerate(cells):
            if cell is None:
                continue
            attrs, inner = cell
            out.append('<c r="%s%d"%s>%s</c>' % (col(c), r + 1, attrs, inner))
        out.append("</row>")
    out.append("</sheetData>")
    if merges:
        out.append('<mergeCells count="%d">%s</mergeCells>' % (
            len(merges), "".join('<mergeCell ref="%s"/>' % m for m in merges)))
    out.append("</worksheet>")
    return "".join(out)


def s(index, style=0):
    return (' t="s"' + (' s="%d"' % style if style else ""), "<v>%d</v>" % index)


def n(value, style=0):
    return ((' s="%d"' % style) if style else "", "<v>%s</v>" % value)


def inline(text, style=0):
    return (' t="inlineStr"' + (' s="%d"' % style if style else ""),
            '<is><t xml:space="preserve">%s</t></is>' % esc(text))


def people_rows(strings, encode=lambda t: t, style=0):
    """The people list as on paper: title (merged), blank row, header, three people, blank, totals (merged)."""
    def t(text):
        return s(strings.plain(encode(text)), style)
    return [
        [t(TABLE[0][0]), None, None, None, None],
        [],
        [t("STT"), t("Họ và tên"), t("Ngày sinh"), t("Giới tính"), t("Tổ chuyên môn")],
        [n(1), t("Nguyễn Văn An"), n(29252, 1), t("Nam"), t("Toán - Tin")],
        [n(2), t("Lê Thị Hoà"), n(31335, 2), t("Nữ"), t("Ngữ văn")],
        [n(3), t("Trần Đức Ưng"), n(1990), t("Nam"), t("Tiếng Anh")],
        [],
        [t("Tổng cộng: 3 người")],
    ]


def xlsx(path, sheets, strings, date1904=False):
    names = [name for name, _ in sheets]
    content_types = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                     '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                     '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>']
    for i in range(len(sheets)):
        content_types.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1))
    content_types.append("</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    workbook = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook %s>' % NS]
    workbook.append('<workbookPr%s/><sheets>' % (' date1904="1"' if date1904 else ""))
    for i, name in enumerate(names):
        workbook.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (esc(name), i + 1, i + 10))
    workbook.append("</sheets></workbook>")
    wb_rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/>']
    for i in range(len(sheets)):
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 10, i + 1))
    wb_rels.append("</Relationships>")
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst %s count="%d" uniqueCount="%d">%s</sst>'
           % (NS, len(strings.items), len(strings.items), "".join(strings.items)))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        def put(name, text):  # a fixed date, so that the file only changes when its content does
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 9, 5, 7, 0, 0)), text, zipfile.ZIP_DEFLATED)
        put("[Content_Types].xml", "".join(content_types))
        put("_rels/.rels", rels)
        put("xl/workbook.xml", "".join(workbook))
        put("xl/_rels/workbook.xml.rels", "".join(wb_rels))
        put("xl/styles.xml", STYLES)
        put("xl/sharedStrings.xml", sst)
        for i, (_, xml) in enumerate(sheets):
            put("xl/worksheets/sheet%d.xml" % (i + 1), xml)


def write_xlsx():
    strings = Strings()
    sheets = []
    # 1. Unicode, shared strings, "Lê Thị Hoà" stored in NFD, a rich text run, dates 14 and custom, merged cells.
    rows = people_rows(strings)
    rows[4][1] = s(strings.plain(unicodedata.normalize("NFD", "Lê Thị Hoà")))
    rows[5][4] = s(strings.add('<si><r><rPr><b/><rFont val="Times New Roman"/></rPr><t>Tiếng</t></r>'
                               '<r><t xml:space="preserve"> Anh</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si>'))
    sheets.append(("CBGV 2024-2025", sheet_xml(rows, ["A1:E1", "A8:B8"])))
    # 2. Inline strings, a boolean, a formula result, a number that only looks like a date (quoted "ngày"),
    #    a "Nữ" column marked x.
    sheets.append(("Học sinh", sheet_xml([
        [inline("Mã học sinh"), inline("Họ"), inline("Tên"), inline("Nữ"), inline("Lớp"), inline("Đoàn viên"),
         inline("Ghi chú"), inline("Số ngày nghỉ")],
        [inline("HS001"), inline("Phạm Thị"), inline("Ánh"), inline("x"), inline("10A1"), (' t="b"', "<v>1</v>"),
         (' t="str"', '<f>CONCATENATE("Lớp ","10A1")</f><v>Lớp 10A1</v>'), n(3, 7)],
        [inline("HS002"), inline("Đỗ Văn"), inline("Bình"), None, inline("10A2"), (' t="b"', "<v>0</v>"), None,
         n(1234567, 6)],
    ])))
    # 3. The list typed in .VnTime (TCVN3): the cells hold the Windows-1252 reading of the bytes; one text as rich
    #    runs in .VnTime with a Unicode run in Times New Roman.
    rows = people_rows(strings, lambda t: as_cp1252(tcvn3(t)), 3)
    rows[5][4] = s(strings.add('<si><r><rPr><rFont val=".VnTime"/></rPr><t>%s</t></r>'
                               '<r><rPr><rFont val="Times New Roman"/></rPr><t xml:space="preserve"> Anh</t></r></si>'
                               % esc(as_cp1252(tcvn3("Tiếng")))))
    sheets.append(("TCVN3", sheet_xml(rows, ["A1:E1"])))
    # 4. The list typed in VNI-Times.
    sheets.append(("VNI", sheet_xml(people_rows(strings, lambda t: as_cp1252(vni(t)), 4), ["A1:E1"])))
    # 5. TCVN3 text shown in Arial (font information lost, e.g. copied between files): found by detection.
    sheets.append(("Arial", sheet_xml(people_rows(strings, lambda t: as_cp1252(tcvn3(t)), 5), ["A1:E1"])))
    xlsx(os.path.join(HERE, "workbook.xlsx"), sheets, strings)

    strings = Strings()
    xlsx(os.path.join(HERE, "date1904.xlsx"),
         [("Sheet1", sheet_xml([[s(strings.plain("Ngày sinh"))], [n(27790, 1)]]))], strings, date1904=True)


def write_xls():
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice not found: workbook.xls not refreshed")
        return
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice, "-env:UserInstallation=file://" + tmp + "/profile", "--headless", "--convert-to",
                        "xls", "--outdir", tmp, os.path.join(HERE, "workbook.xlsx")], check=True,
                       capture_output=True)
        shutil.copy(os.path.join(tmp, "workbook.xls"), os.path.join(HERE, "workbook.xls"))
        os.mkdir(os.path.join(tmp, "lo"))
        subprocess.run([soffice, "-env:UserInstallation=file://" + tmp + "/profile", "--headless", "--convert-to",
                        "xlsx", "--outdir", os.path.join(tmp, "lo"), os.path.join(HERE, "workbook.xls")], check=True,
                       capture_output=True)
        shutil.copy(os.path.join(tmp, "lo", "workbook.xlsx"), os.path.join(HERE, "workbook.lo.xlsx"))


if __name__ == "__main__":
    write_csvs()
    write_xlsx()
    write_xls()
    print("written to", HERE)
