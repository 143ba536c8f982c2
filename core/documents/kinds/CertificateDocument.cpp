#include "core/documents/kinds/CertificateDocument.h"

#include "core/documents/DocumentFonts.h"
#include "core/documents/TextBox.h"
#include "core/text/VietnameseFormat.h"

namespace thidua {

namespace {

constexpr double U = LaidOutDocument::UnitsPerMm;

QString recipientLine(const CertificateRecipient& recipient)
{
    return recipient.salutation.isEmpty() ? recipient.name : recipient.salutation + QLatin1Char(' ') + recipient.name;
}

QString decisionLine(const CertificateData& data)
{
    if (data.decisionNumber.isEmpty())
        return QString();
    QString line = QStringLiteral("Quyết định số ") + data.decisionNumber;
    if (data.decisionDate.isValid())
        line += QStringLiteral(" ngày ") + VietnameseFormat::documentDate(data.decisionDate);
    return line;
}

Paragraph centred(const QString& text, double size, bool bold, bool italic = false, double spaceBefore = 0)
{
    Paragraph paragraph;
    paragraph.style = Paragraph::Style::Centered;
    paragraph.runs = { TextRun { text, bold, italic } };
    paragraph.fontSize = size;
    paragraph.spaceBeforePt = spaceBefore;
    return paragraph;
}

void placeText(LayoutPage& page, const QString& text, const CertificateField& field, double dx, double dy)
{
    if (text.isEmpty() || field.key.isEmpty())
        return;
    TextStyle style;
    style.size = field.size;
    style.bold = field.bold;
    style.italic = field.italic;
    style.align = field.align;
    const TextBox box = TextBox::make(text, style, field.widthMm * U);
    box.placeAll(page, (field.xMm + dx) * U, (field.yMm + dy) * U);
}

LayoutPage sheet(const CertificateLayout& layout)
{
    LayoutPage page;
    page.landscape = layout.landscape;
    page.size = (layout.landscape ? QSizeF(297, 210) : QSizeF(210, 297)) * U;
    page.number = 1;
    return page;
}

} // namespace

Documents CertificateDocument::buildPlain(const CertificateData& data, const DocumentOrigin& origin)
{
    Documents documents;
    const QString authority =
        data.authority.isEmpty() ? QStringLiteral("Hiệu trưởng ") + origin.organization.name : data.authority;
    for (const CertificateRecipient& recipient : data.recipients) {
        Document document;
        document.kindKey = kind();
        document.page = origin.page;
        document.landscape = true;
        document.centredOnPage = true; // no empty lower third
        document.header.showDateLine = false;
        Blocks& body = document.body;
        body << Block::of(centred(authority.toUpper(), 18, true, false, 20));
        body << Block::of(centred(QStringLiteral("TẶNG"), 18, true));
        body << Block::of(centred(data.awardName.toUpper(), 40, true, false, 6));
        body << Block::of(centred(recipientLine(recipient), 28, true, true, 12));
        if (!recipient.position.isEmpty())
            body << Block::of(centred(recipient.position, 18, false));
        if (!recipient.achievement.isEmpty()) {
            Paragraph achievement = centred(recipient.achievement, 18, false, true, 6);
            achievement.editable = true;
            achievement.editLabel = QStringLiteral("Thành tích");
            body << Block::of(achievement);
        }
        SignatureBlock signer = data.signer;
        if (signer.titles.isEmpty() && signer.authority.isEmpty())
            signer.titles = { QStringLiteral("Hiệu trưởng") };
        signer.placeDate = VietnameseFormat::dateLine(origin.organization.placeName, origin.date);
        signer.signatureSpaceMm = 22;
        document.signatures.signers = { signer };
        const QString decision = decisionLine(data);
        if (!decision.isEmpty())
            document.signatures.leftNotes << decision;
        if (!recipient.registerNumber.isEmpty())
            document.signatures.leftNotes << QStringLiteral("Số vào sổ: ") + recipient.registerNumber;
        documents << document;
    }
    return documents;
}

Result<LaidOutDocument> CertificateDocument::layoutPreprinted(
    const CertificateData& data, const DocumentOrigin& origin, const CertificateLayout& layout)
{
    if (auto fonts = DocumentFonts::ensureLoaded(); !fonts)
        return fonts.error();
    LaidOutDocument out;
    const QString placeDate = VietnameseFormat::dateLine(origin.organization.placeName, origin.date);
    for (const CertificateRecipient& recipient : data.recipients) {
        LayoutPage page = sheet(layout);
        page.section = int(out.pages.size());
        const double dx = layout.offsetXMm, dy = layout.offsetYMm;
        placeText(page, recipientLine(recipient), layout.field(QStringLiteral("name")), dx, dy);
        placeText(page, recipient.position, layout.field(QStringLiteral("position")), dx, dy);
        placeText(page, recipient.achievement, layout.field(QStringLiteral("achievement")), dx, dy);
        placeText(page, placeDate, layout.field(QStringLiteral("place_date")), dx, dy);
        placeText(page, data.signer.name, layout.field(QStringLiteral("signer_name")), dx, dy);
        placeText(page, decisionLine(data), layout.field(QStringLiteral("decision")), dx, dy);
        if (!recipient.registerNumber.isEmpty())
            placeText(page,
                QStringLiteral("Số vào sổ: ") + recipient.registerNumber,
                layout.field(QStringLiteral("register_number")),
                dx,
                dy);
        out.pages << page;
    }
    if (out.pages.isEmpty())
        return Error(Error::Code::Validation, tr("The certificate has no recipient."));
    return out;
}

Result<LaidOutDocument> CertificateDocument::calibrationPage(const CertificateLayout& layout)
{
    if (auto fonts = DocumentFonts::ensureLoaded(); !fonts)
        return fonts.error();
    LayoutPage page = sheet(layout);
    const double width = page.size.width() / U, height = page.size.height() / U;
    auto rule = [&page](double x1, double y1, double x2, double y2, double pen) {
        LayoutItem item;
        item.kind = LayoutItem::Kind::Rule;
        item.rule = QLineF(x1 * U, y1 * U, x2 * U, y2 * U);
        item.penWidth = pen * DocumentFonts::UnitsPerPoint;
        page.items << item;
    };
    TextStyle small;
    small.size = 7;
    // Rulers along the top and left edges: a tick every millimetre, longer every 5 and 10, numbered every 10.
    for (int mm = 0; mm <= int(width); ++mm)
        rule(mm, 0, mm, mm % 10 == 0 ? 6 : (mm % 5 == 0 ? 4 : 2), 0.3);
    for (int mm = 0; mm <= int(height); ++mm)
        rule(0, mm, mm % 10 == 0 ? 6 : (mm % 5 == 0 ? 4 : 2), mm, 0.3);
    for (int mm = 10; mm < int(width); mm += 10)
        TextBox::make(QString::number(mm), small, 20 * U).placeAll(page, (mm + 0.5) * U, 6 * U);
    for (int mm = 10; mm < int(height); mm += 10)
        TextBox::make(QString::number(mm), small, 20 * U).placeAll(page, 6.5 * U, (mm - 1.2) * U);
    // A light grid every 10 mm, and crosses 20 mm in from each corner to measure the printer's shift.
    for (int mm = 10; mm < int(width); mm += 10)
        rule(mm, 8, mm, height, 0.1);
    for (int mm = 10; mm < int(height); mm += 10)
        rule(8, mm, width, mm, 0.1);
    for (const QPointF corner :
        { QPointF(20, 20), QPointF(width - 20, 20), QPointF(20, height - 20), QPointF(width - 20, height - 20) }) {
        rule(corner.x() - 5, corner.y(), corner.x() + 5, corner.y(), 0.6);
        rule(corner.x(), corner.y() - 5, corner.x(), corner.y() + 5, 0.6);
    }
    // Each field where it prints (offset included), with its name.
    TextStyle label;
    label.size = 9;
    label.italic = true;
    for (const CertificateField& field : layout.fields) {
        const double x = field.xMm + layout.offsetXMm, y = field.yMm + layout.offsetYMm;
        TextStyle style;
        style.size = field.size;
        const double lineHeight = TextBox::make(QStringLiteral("Ag"), style, field.widthMm * U).height() / U;
        LayoutItem box;
        box.kind = LayoutItem::Kind::Box;
        box.box = QRectF(x * U, y * U, field.widthMm * U, lineHeight * U);
        box.penWidth = 0.5 * DocumentFonts::UnitsPerPoint;
        page.items << box;
        TextBox::make(QStringLiteral("%1 (x %2, y %3 mm)")
                          .arg(CertificateLayout::fieldLabel(field.key))
                          .arg(field.xMm, 0, 'f', 1)
                          .arg(field.yMm, 0, 'f', 1),
            label,
            field.widthMm * U)
            .placeAll(page, (x + 1) * U, (y + 0.5) * U);
    }
    TextStyle note;
    note.size = 10;
    TextBox::make(
        QStringLiteral("Trang in thử: in lên phôi, đo khoảng lệch của các dấu chữ thập so với vị trí 20 mm từ "
                       "mép giấy, rồi nhập độ lệch và vị trí các trường cho máy in này."),
        note,
        (width - 40) * U)
        .placeAll(page, 20 * U, (height - 12) * U);
    LaidOutDocument out;
    out.pages << page;
    return out;
}

} // namespace thidua
