#!/usr/bin/env python3
"""Writes the lists as school-management systems export them under an .xls name (tests/data/import/README.md):
staff_web_utf8.xls (an HTML table, UTF-8), staff_web_cp1258.xls (the same page in Windows-1258, as older systems
write it) and staff_xml2003.xls (Excel 2003 XML). The staff are those of staff_utf8.csv. Python's own codecs write
the bytes, independently of the program. Run from anywhere; the outputs are committed."""
import csv
import os
import unicodedata
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "staff_utf8.csv"), encoding="utf-8", newline="") as f:
    ROWS = list(csv.reader(f))
TITLE, HEADER, STAFF = ROWS[0][0], ROWS[1], ROWS[2:]


def html(charset_meta):
    out = [
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">",
        "<html><head>",
        charset_meta,
        "<title>Xuất danh sách cán bộ</title>",
        "<style>td { border: 1px solid #000; } .hidden { display: none }</style>",
        "<script>var x = '<table><tr><td>không phải dữ liệu</td></tr></table>';</script>",
        "</head><body>",
        # A layout table around the title, as such pages have, and the list itself.
        "<table width=\"100%\"><tr><td>SỞ GIÁO DỤC VÀ ĐÀO TẠO</td><td align=\"right\">"
        "Cộng hoà xã hội chủ nghĩa Việt Nam</td></tr>",
        "<tr><td>TRƯỜNG THPT NGUYỄN DU</td><td align=\"right\">Độc lập - Tự do - Hạnh phúc</td></tr></table>",
        "<table border=\"1\" cellspacing=\"0\">",
        "<tr><td colspan=\"7\" align=\"center\"><b>%s</b></td></tr>" % escape(TITLE),
        "<tr><td colspan=\"7\">&nbsp;</td></tr>",
        "<tr>" + "".join("<th>%s</th>" % escape(h) for h in HEADER) + "</tr>",
        "<tr>" + "".join("<td align=center><i>(%d)</i></td>" % (i + 1) for i in range(len(HEADER))) + "</tr>",
    ]
    for row in STAFF:
        cells = []
        for i, value in enumerate(row):
            if i == 2:  # the name, split over two text nodes with markup, as some systems write it
                family, _, rest = value.partition(" ")
                cells.append("<td x:str><span>%s</span>\n   %s</td>" % (escape(family), escape(rest)))
            else:
                cells.append("<td>%s</td>" % escape(value))
        out.append("<tr>" + "".join(cells))  # no </tr>: the parser closes it
    out.append("<tr><td colspan=\"3\"><b>Tổng cộng: %d người</b></td><td colspan=\"4\"></td></tr>" % len(STAFF))
    out.append("</table><p>Người lập biểu</p></body></html>")
    return "\r\n".join(out) + "\r\n"


def cp1258(text):
    # Windows-1258 writes â ă ê ô ơ ư đ whole and the five tones as combining marks after the letter.
    out = []
    base, tones = "", ""
    for ch in unicodedata.normalize("NFD", text) + "\0":
        if unicodedata.combining(ch) and base:
            if ch in "\u0302\u0306\u031b":
                base = unicodedata.normalize("NFC", base + ch)
            else:
                tones += ch
            continue
        out.append(base + tones)
        base, tones = ch, ""
    return "".join(out)[:-1].encode("cp1258")


def xml2003():
    out = [
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        "<?mso-application progid=\"Excel.Sheet\"?>",
        "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" "
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\" "
        "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\" xmlns:html=\"http://www.w3.org/TR/REC-html40\">",
        " <DocumentProperties xmlns=\"urn:schemas-microsoft-com:office:office\"><Author>SMAS</Author>"
        "</DocumentProperties>",
        " <Styles><Style ss:ID=\"Default\" ss:Name=\"Normal\"><Font ss:FontName=\"Times New Roman\"/></Style>",
        "  <Style ss:ID=\"title\"><Font ss:FontName=\"Times New Roman\" ss:Bold=\"1\"/></Style>",
        "  <Style ss:ID=\"date\"><NumberFormat ss:Format=\"dd/mm/yyyy\"/></Style></Styles>",
        " <Worksheet ss:Name=\"Danh sách CBGV\">",
        "  <Table ss:ExpandedColumnCount=\"7\" x:FullColumns=\"1\" x:FullRows=\"1\">",
        "   <Column ss:Width=\"30\"/>",
        "   <Row><Cell ss:MergeAcross=\"6\" ss:StyleID=\"title\"><Data ss:Type=\"String\">%s</Data></Cell></Row>"
        % escape(TITLE),
        # One empty row skipped by ss:Index, as Excel writes it.
        "   <Row ss:Index=\"3\">"
        + "".join("<Cell><Data ss:Type=\"String\">%s</Data></Cell>" % escape(h) for h in HEADER)
        + "</Row>",
    ]
    for row in STAFF:
        cells = ["<Cell><Data ss:Type=\"Number\">%s</Data></Cell>" % row[0]]
        cells.append("<Cell><Data ss:Type=\"String\">%s</Data><Comment ss:Author=\"SMAS\"><ss:Data>"
                     "<html:B>Ghi chú</html:B></ss:Data></Comment></Cell>" % escape(row[1]))
        cells.append("<Cell><ss:Data ss:Type=\"String\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
                     "<Font>%s</Font></ss:Data></Cell>" % escape(row[2]))
        day = row[3].split("/")
        if len(day) == 3:
            cells.append("<Cell ss:StyleID=\"date\"><Data ss:Type=\"DateTime\">%s-%s-%sT00:00:00.000</Data></Cell>"
                         % (day[2], day[1], day[0]))
        else:
            cells.append("<Cell><Data ss:Type=\"Number\">%s</Data></Cell>" % row[3])
        cells += ["<Cell><Data ss:Type=\"String\">%s</Data></Cell>" % escape(v) for v in row[4:]]
        out.append("   <Row>" + "".join(cells) + "</Row>")
    out.append("   <Row><Cell ss:MergeAcross=\"2\"><Data ss:Type=\"String\">Tổng cộng: %d người</Data></Cell></Row>"
               % len(STAFF))
    out.append("  </Table>")
    out.append("  <WorksheetOptions xmlns=\"urn:schemas-microsoft-com:office:excel\"><Selected/></WorksheetOptions>")
    out.append(" </Worksheet>")
    out.append("</Workbook>")
    return "\n".join(out) + "\n"


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


write("staff_web_utf8.xls", html("<meta charset=\"utf-8\">").encode("utf-8"))
write("staff_web_cp1258.xls",
      cp1258(html("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">")))
write("staff_xml2003.xls", xml2003().encode("utf-8"))
