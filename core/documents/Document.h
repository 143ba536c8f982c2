#pragma once

#include "core/documents/PageSetup.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace thidua {

// The document model shared by the PDF/print renderer and the DOCX writer: a Vietnamese administrative document
// in the layout of Nghị định 30/2020/NĐ-CP (legal-facts.md §1). Plain values; kind builders fill them, renderers
// read them. All printed wording is Vietnamese and lives in core/documents.

// A piece of text with one style inside a paragraph ("Điều 1." in bold, then the rest upright).
struct TextRun
{
    QString text;
    bool bold = false;
    bool italic = false;
    bool underline = false;
};

using TextRuns = QList<TextRun>;

// A paragraph of running text.
struct Paragraph
{
    enum class Style
    {
        Body, // justified, first-line indent, the body size
        Heading1, // "I. MỤC ĐÍCH, YÊU CẦU": bold, capitals as typed
        Heading2, // "1. Mục đích": bold
        Heading3, // "a) …": italic
        Bullet, // "- …": like Body; the dash is part of the text
        Basis, // căn cứ line: italic, justified, first-line indent
        Centered, // centred, no indent
        CenteredBold, // centred, bold ("QUYẾT ĐỊNH:")
        Plain, // left aligned, no indent (table cells)
    };
    enum class Align
    {
        Default, // what the style says
        Left,
        Center,
        Right,
        Justify,
    };

    Style style = Style::Body;
    TextRuns runs;
    Align align = Align::Default;
    double fontSize = 0; // points; 0 = the body size
    double spaceBeforePt = 0;
    bool keepWithNext = false; // headings always keep with the next block
    bool editable = false; // free text the user may change in the preview before output
    QString editLabel; // what the editor calls it ("Nội dung tờ trình, đoạn 2")

    static Paragraph text(Style style, const QString& text, bool editable = false);
    QString plainText() const;
    void setPlainText(const QString& text); // one upright run
};

// A table with borders; header rows are repeated on every page the table runs over.
struct Table
{
    struct Cell
    {
        QString text; // line breaks with '\n'
        Paragraph::Align align = Paragraph::Align::Left;
        bool bold = false;
        bool italic = false;
        int columnSpan = 1;
    };
    using Row = QList<Cell>;

    QList<double> columnWeights; // relative widths; the table fills the text width
    QList<Row> headerRows;
    QList<Row> rows;
    double fontSize = 0; // 0 = the body size minus one point (13 for a body in 14)
    bool borders = true;
};

// One block of the body, in reading order.
struct Block
{
    enum class Kind
    {
        Paragraph,
        Table,
        Addressees, // "Kính gửi: …"
        Spacer, // vertical space of `spaceMm`
        PageBreak,
        Image, // a picture (a chart), centred, never split: it moves to the next page when it does not fit
    };
    Kind kind = Kind::Paragraph;
    thidua::Paragraph paragraph;
    thidua::Table table;
    QStringList addressees;
    double spaceMm = 0;
    QImage picture; // opaque (Block::image flattens transparency onto white)
    double pictureWidthMm = 0; // printed width; the height follows the picture's aspect ratio

    static Block of(const thidua::Paragraph& paragraph);
    static Block of(const thidua::Table& table);
    static Block kinhGui(const QStringList& addressees);
    static Block spacer(double mm);
    static Block pageBreak();
    // A picture printed `widthMm` wide (at most the text width), centred. Its pixels are embedded as they are: give
    // it the print resolution (a chart 160 mm wide at 300 dpi is 1890 px).
    static Block image(const QImage& image, double widthMm);

    // The printed size of an Image block: `pictureWidthMm` at most `textWidthMm`, the height from the aspect ratio and
    // at most `textHeightMm` (the whole picture shrinks to fit a page). Empty for a null image.
    QSizeF pictureSizeMm(double textWidthMm, double textHeightMm) const;
};

using Blocks = QList<Block>;

// Thể thức header: ô 1–4 of the layout diagram.
struct DocumentHeader
{
    QString governingBody; // cơ quan chủ quản ("UBND QUẬN GÒ VẤP"); printed in capitals, not bold; may be empty
    QString issuer; // cơ quan ban hành ("TRƯỜNG MN HƯƠNG SEN"); capitals, bold; empty = no left column
    QString number; // "27/KH-MNgS" printed after "Số: "; empty = no Số line
    QString placeName; // địa danh ("Gò Vấp")
    QDate date; // invalid = "ngày … tháng … năm …" left to fill by hand
    bool showDateLine = true; // false for a biên bản (Mẫu 1.9): the date goes into the body
    bool showIssuerRule = true;
};

// Ô 7: one signer.
struct SignatureBlock
{
    QString authority; // "TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "KT. HIỆU TRƯỞNG"; empty when signing as self
    QStringList titles; // "CHỦ TỊCH", then e.g. "HIỆU TRƯỞNG"
    QString placeDate; // italic line above the signer ("Gò Vấp, ngày … tháng … năm …"), certificates only
    QString hint; // italic note under the title, e.g. "(Ký, ghi rõ họ và tên)"; usually empty
    QString name; // "Nguyễn Thị Hoa": no học hàm, học vị or honorifics before the name
    double signatureSpaceMm = 25; // room for the signature and the seal
};

// Ô 9b: "Nơi nhận:" with its list.
struct Distribution
{
    QStringList recipients; // "Như trên;", "Lưu: VT, HĐTĐKT." (the dash is added)
    bool isEmpty() const { return recipients.isEmpty(); }
};

// The footer: signers and the distribution list. With one signer the list sits on the left of it, level with its
// first line (Mẫu 1.4). With two signers (Biên bản, Mẫu 1.9: thư ký left, chủ tọa right) the list goes below.
struct SignatureArea
{
    QList<SignatureBlock> signers; // one (right column) or two (left, right)
    Distribution distribution;
    QStringList leftNotes; // plain lines in the left column instead of "Nơi nhận" (certificate: decision number)
};

// A phụ lục: starts on a new page, paginated on its own.
struct Appendix
{
    QString label; // "Phụ lục" or "Phụ lục I"
    QString title; // printed in capitals, bold
    QString attachedTo; // "(Kèm theo Tờ trình số 15/TTr-NK ngày 10 tháng 9 năm 2024 của Trường THPT Nguyễn Khuyến)"
    Blocks body;
    bool landscape = false;
};

// A whole document.
struct Document
{
    QString kindKey; // "to_trinh", "bien_ban", … (DocumentKind); for the register and file names
    PageSetup page;
    DocumentHeader header;
    QString title; // tên loại: "TỜ TRÌNH"; printed in capitals, bold, centred
    QString summary; // trích yếu under the title, bold; '\n' breaks lines; may be empty (biên bản may have it)
    bool summaryRule = true;
    Blocks body;
    SignatureArea signatures;
    QList<Appendix> appendices;
    bool landscape = false; // allowed when the body is a table (legal-facts §1.1); certificates
    bool centredOnPage = false; // a one-page document (a certificate) set in the middle of its page, not its top

    // Every editable paragraph of the body and the appendices, in reading order.
    QList<Paragraph*> editableParagraphs();
};

using Documents = QList<Document>;

} // namespace thidua
