#include "core/documents/Nd30Geometry.h"

#include "core/documents/DocumentFonts.h"
#include "core/documents/LineBreaks.h"
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

// A name of the header's left column in lines of at most `width` mm, joined with '\n'.
QString nameLines(const QString& name, double size, bool bold, double width)
{
    const auto measure = [size, bold](const QString& text) { return Nd30Geometry::textWidth(text, size, bold); };
    return LineBreaks::breakName(name, measure, width - Nd30Geometry::BreakSlackMm).join(QLatin1Char('\n'));
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
    geometry.leftTextWidth = geometry.leftWidth - GutterMm;
    geometry.bodyNameSize = PageSetup::IssuerSize;
    if (!header.issuer.isEmpty()) {
        const QString issuer = VietnameseText::upper(header.issuer);
        const QString governing = VietnameseText::upper(header.governingBody);
        // 13 pt, or 12 when that sets the names on fewer lines (both sizes are legal).
        auto lines = [&](double size) {
            return nameLines(issuer, size, true, geometry.leftTextWidth).count(QLatin1Char('\n'))
                + nameLines(governing, size, false, geometry.leftTextWidth).count(QLatin1Char('\n'));
        };
        if (lines(12) < lines(PageSetup::IssuerSize))
            geometry.bodyNameSize = 12;
        geometry.issuer = nameLines(issuer, geometry.bodyNameSize, true, geometry.leftTextWidth);
        geometry.governingBody = nameLines(governing, geometry.bodyNameSize, false, geometry.leftTextWidth);
        geometry.issuerRule = RuleFraction * longestLine(geometry.issuer, geometry.bodyNameSize, true, false, 1000);
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
