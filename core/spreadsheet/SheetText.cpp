#include "core/spreadsheet/SheetText.h"

#include "core/text/EncodingDetector.h"
#include "core/text/VietnameseText.h"

#include <QStringList>

namespace thidua {

namespace {

using Encoding = LegacyEncoding::Encoding;

bool isUnicode(Encoding encoding)
{
    return encoding == Encoding::Utf8 || encoding == Encoding::Utf16;
}

// Text that a legacy font could have shown: Windows-1252 only, with something above ASCII.
bool canBeLegacy(const QString& text)
{
    bool high = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            continue;
        high = true;
        if (u > 0xFF) {
            // The few Windows-1252 characters outside Latin-1 (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ).
            static const QString extra = QStringLiteral(u"€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
            if (!extra.contains(c))
                return false;
        }
    }
    return high;
}

} // namespace

void SheetText::clean(Sheet& sheet)
{
    for (QList<Cell>& row : sheet.rows) {
        for (Cell& cell : row) {
            if (cell.type != Cell::Type::Text)
                continue;
            cell.text = VietnameseText::clean(cell.text);
            if (cell.text.isEmpty())
                cell.type = Cell::Type::Empty;
        }
    }
}

void SheetText::finish(Sheet& sheet, std::optional<Encoding> legacy)
{
    if (legacy && isUnicode(*legacy)) {
        clean(sheet);
        return;
    }
    QStringList candidates;
    int accented = 0;
    for (const QList<Cell>& row : sheet.rows) {
        for (const Cell& cell : row) {
            if (cell.type != Cell::Type::Text)
                continue;
            if (canBeLegacy(cell.text))
                candidates.append(cell.text);
            if (std::any_of(cell.text.cbegin(), cell.text.cend(), [](QChar c) { return c.unicode() >= 0x80; }))
                ++accented;
        }
    }
    if (candidates.isEmpty()) {
        clean(sheet);
        return;
    }
    EncodingDetector::Detection detection;
    if (legacy)
        detection = { *legacy, 1.0 };
    else
        detection = EncodingDetector::detectMojibake(candidates);
    if (isUnicode(detection.encoding)) {
        clean(sheet);
        return;
    }
    // Mostly legacy cells: a conversion that reads as well as the original is taken (VNI "Thò" is "Thị"); a few
    // among Unicode cells: only a conversion that reads better ("Lê Hà" stays).
    const bool mostlyLegacy = legacy || candidates.size() * 2 >= accented;
    bool changed = false;
    for (QList<Cell>& row : sheet.rows) {
        for (Cell& cell : row) {
            if (cell.type != Cell::Type::Text || !canBeLegacy(cell.text))
                continue;
            const QString repaired = EncodingDetector::repairMojibake(cell.text, detection.encoding);
            if (repaired == cell.text)
                continue;
            if (!legacy) {
                const double before = EncodingDetector::vietnameseScore(cell.text);
                const double after = EncodingDetector::vietnameseScore(repaired);
                if (after < before || (after == before && !mostlyLegacy))
                    continue;
            }
            cell.text = repaired;
            changed = true;
        }
    }
    if (changed || legacy) {
        sheet.encoding = detection.encoding;
        sheet.encodingConfidence = detection.confidence;
    }
    clean(sheet);
}

} // namespace thidua
