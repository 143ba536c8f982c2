#include "core/documents/Nd30Geometry.h"

#include "core/documents/DocumentFonts.h"
#include "core/documents/TextBox.h"
#include "core/text/VietnameseFormat.h"
#include "core/text/VietnameseText.h"

#include <QFontMetricsF>

namespace thidua {

namespace {

constexpr double UnitsPerMm = LaidOutDocument::UnitsPerMm;

QString dateLineText(const DocumentHeader& header)
{
    return VietnameseFormat::dateLine(header.placeName, header.date);
}

} // namespace

double Nd30Geometry::textWidth(const QString& text, double size, bool bold, bool italic)
{
    const QFontMetricsF metrics(DocumentFonts::font(size, bold, italic));
    return metrics.horizontalAdvance(text) / UnitsPerMm;
}

double Nd30Geometry::longestLine(const QString& text, double size, bool bold, bool italic, double width)
{
    TextStyle style;
    style.size = size;
    style.bold = bold;
    style.italic = italic;
    return TextBox::make(text, style, width * UnitsPerMm).naturalWidth() / UnitsPerMm;
}

Nd30Geometry::Header Nd30Geometry::header(const Document& document)
{
    Header geometry;
    const DocumentHeader& header = document.header;
    const double width = document.page.textWidthMm(document.landscape);
    const double national = textWidth(nationalTitle(), PageSetup::NationalTitleSize, true);
    const double mottoWidth = textWidth(motto(), PageSetup::MottoSize, true);
    // The right column is as wide as the quốc hiệu. The date line below it is centred under it; a long place name
    // brings it down to 13 pt and then lets its cell reach further left (up to two thirds of the line), so that the
    // issuer keeps its room above.
    geometry.rightWidth = qMax(national, mottoWidth) + 1;
    geometry.dateWidth = geometry.rightWidth;
    geometry.dateSize = PageSetup::DateLineSize;
    if (header.showDateLine) {
        const QString date = dateLineText(header);
        if (textWidth(date, PageSetup::DateLineSize, false, true) > geometry.rightWidth) {
            geometry.dateSize = 13;
            geometry.dateWidth =
                qBound(geometry.rightWidth, textWidth(date, geometry.dateSize, false, true) + 1, 2 * width / 3);
        }
    }
    geometry.leftWidth = width - geometry.rightWidth;
    geometry.bodyNameSize = PageSetup::IssuerSize;
    if (!header.issuer.isEmpty()) {
        // 13 pt, or 12 when that keeps the issuer's name on one line (both are legal).
        auto fits = [&](double size) {
            return textWidth(VietnameseText::upper(header.issuer), size, true) <= geometry.leftWidth - 1;
        };
        if (!fits(PageSetup::IssuerSize) && fits(12))
            geometry.bodyNameSize = 12;
        geometry.issuerRule = RuleFraction
            * longestLine(VietnameseText::upper(header.issuer), geometry.bodyNameSize, true, false, geometry.leftWidth);
    }
    geometry.mottoRule = mottoWidth;
    return geometry;
}

QList<SignatureBlock> Nd30Geometry::alignedSigners(QList<SignatureBlock> signers)
{
    if (signers.size() != 2)
        return signers;
    auto lines = [](const SignatureBlock& signer) {
        return int(signer.titles.size()) + (signer.authority.isEmpty() ? 0 : 1) + (signer.hint.isEmpty() ? 0 : 1)
            + (signer.placeDate.isEmpty() ? 0 : 1);
    };
    const int most = qMax(lines(signers[0]), lines(signers[1]));
    const double line = QFontMetricsF(DocumentFonts::font(PageSetup::SignerSize, true)).lineSpacing() / UnitsPerMm;
    for (SignatureBlock& signer : signers)
        signer.signatureSpaceMm += (most - lines(signer)) * line;
    return signers;
}

double Nd30Geometry::summaryRule(const QString& text, double size, double width)
{
    return RuleFraction * longestLine(text, size, true, false, width);
}

Nd30Geometry::Addressees Nd30Geometry::addressees(const QStringList& items, double size, double width)
{
    Addressees geometry;
    const double label = textWidth(kinhGuiLabel(), size);
    const double space = textWidth(QStringLiteral(" "), size);
    geometry.singleLine = items.size() <= 1;
    if (geometry.singleLine) {
        const double line = label + space + textWidth(items.value(0), size);
        geometry.labelLeft = qMax(0.0, (width - line) / 2);
        geometry.itemLeft = geometry.labelLeft + label + space;
        return geometry;
    }
    // Several recipients: "Kính gửi:" on its own line, each recipient on a line of its own with the dashes aligned
    // under the colon (legal-facts §1.2, ô 9a).
    const double colon = textWidth(QStringLiteral("Kính gửi"), size);
    double widest = 0;
    for (const QString& item : addresseeLines(items))
        widest = qMax(widest, textWidth(item, size));
    geometry.labelLeft = qBound(0.0, (width - colon - widest) / 2, width / 3);
    geometry.itemLeft = geometry.labelLeft + colon;
    return geometry;
}

namespace {

// "name" → "- name;" (or "." for the last), keeping punctuation the user already typed.
QStringList dashedLines(const QStringList& items)
{
    QStringList lines;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString line = items[i].trimmed();
        if (line.startsWith(QLatin1Char('-')))
            line = line.mid(1).trimmed();
        while (line.endsWith(QLatin1Char(';')) || line.endsWith(QLatin1Char('.')) || line.endsWith(QLatin1Char(',')))
            line.chop(1);
        lines << QStringLiteral("- ") + line + (i + 1 == items.size() ? QStringLiteral(".") : QStringLiteral(";"));
    }
    return lines;
}

} // namespace

QStringList Nd30Geometry::addresseeLines(const QStringList& items)
{
    if (items.size() <= 1)
        return items;
    return dashedLines(items);
}

QStringList Nd30Geometry::distributionLines(const QStringList& items)
{
    return dashedLines(items);
}

} // namespace thidua
