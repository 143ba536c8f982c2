#include "core/spreadsheet/SheetText.h"

#include "core/text/EncodingDetector.h"
#include "core/text/VietnameseText.h"

#include <QDate>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cmath>

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

QString SheetText::numberText(double value)
{
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

QString SheetText::dateText(double serial)
{
    const QDate date = dateOfSerial(serial);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : numberText(serial);
}

QDate SheetText::dateOfSerial(double serial)
{
    if (!std::isfinite(serial) || serial < 1 || serial >= 2958466)
        return {};
    const int days = int(std::floor(serial));
    if (days == 60)
        return {};
    return days > 60 ? QDate(1899, 12, 30).addDays(days) : QDate(1899, 12, 31).addDays(days);
}

void SheetText::trim(Sheet& sheet)
{
    while (!sheet.rows.isEmpty()
        && std::all_of(sheet.rows.constLast().cbegin(), sheet.rows.constLast().cend(), [](const Cell& cell) {
               return cell.type == Cell::Type::Empty;
           }))
        sheet.rows.removeLast();
}

void SheetText::clean(Sheet& sheet)
{
    for (QList<Cell>& row : sheet.rows) {
        for (Cell& cell : row) {
            if (cell.type != Cell::Type::Text)
                continue;
            // Notes keep their line breaks. A text that was clean already keeps its storage, shared with the
            // workbook's shared strings (two million cells would otherwise hold two million copies).
            QString cleaned = VietnameseText::cleanLines(cell.text);
            if (cleaned != cell.text)
                cell.text = std::move(cleaned);
            if (cell.text.isEmpty())
                cell.type = Cell::Type::Empty;
        }
    }
}

void SheetText::finish(Sheet& sheet, std::optional<Encoding> legacy, const CellEncoding& byFont)
{
    if (legacy && isUnicode(*legacy)) {
        clean(sheet);
        return;
    }
    // Cells whose font decides first.
    QHash<Encoding, int> fontConversions;
    QList<QList<bool>> done;
    if (byFont && !legacy) {
        done.resize(sheet.rows.size());
        for (int r = 0; r < sheet.rows.size(); ++r) {
            QList<Cell>& row = sheet.rows[r];
            done[r].resize(row.size());
            for (int c = 0; c < row.size(); ++c) {
                Cell& cell = row[c];
                if (cell.type != Cell::Type::Text)
                    continue;
                const std::optional<Encoding> font = byFont(r, c);
                if (!font)
                    continue;
                done[r][c] = true;
                if (isUnicode(*font) || !canBeLegacy(cell.text))
                    continue;
                const QString repaired = EncodingDetector::repairMojibake(cell.text, *font);
                if (repaired != cell.text) {
                    cell.text = repaired;
                    ++fontConversions[*font];
                }
            }
        }
    }
    const auto isDone = [&](int r, int c) { return r < done.size() && c < done.at(r).size() && done.at(r).at(c); };
    if (!fontConversions.isEmpty()) {
        sheet.encoding = fontConversions.value(Encoding::Vni) > fontConversions.value(Encoding::Tcvn3)
            ? Encoding::Vni
            : Encoding::Tcvn3;
        sheet.encodingConfidence = 1.0;
    }

    QStringList candidates;
    int accented = 0;
    for (int r = 0; r < sheet.rows.size(); ++r) {
        const QList<Cell>& row = sheet.rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            const Cell& cell = row.at(c);
            if (cell.type != Cell::Type::Text || isDone(r, c))
                continue;
            if (canBeLegacy(cell.text))
                candidates.append(cell.text);
            if (std::any_of(cell.text.cbegin(), cell.text.cend(), [](QChar ch) { return ch.unicode() >= 0x80; }))
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
    // A conversion that reads better than the original is taken; one that reads as well only in a sheet of mostly
    // legacy cells, when the cell alone also looks legacy.
    const bool mostlyLegacy = legacy || candidates.size() * 2 >= accented;
    bool changed = false;
    for (int r = 0; r < sheet.rows.size(); ++r) {
        QList<Cell>& row = sheet.rows[r];
        for (int c = 0; c < row.size(); ++c) {
            Cell& cell = row[c];
            if (cell.type != Cell::Type::Text || isDone(r, c) || !canBeLegacy(cell.text))
                continue;
            const QString repaired = EncodingDetector::repairMojibake(cell.text, detection.encoding);
            if (repaired == cell.text)
                continue;
            if (!legacy) {
                const double before = EncodingDetector::vietnameseScore(cell.text);
                const double after = EncodingDetector::vietnameseScore(repaired);
                if (after < before)
                    continue;
                if (after == before) {
                    // Both read as Vietnamese: convert only in a legacy sheet, and when the text on its own looks
                    // legacy too (frequent syllables decide: VNI "Thò" is "Thị", "Lê Hà" stays).
                    Encoding alone = Encoding::Utf8;
                    EncodingDetector::repairMojibake(cell.text, &alone);
                    if (!mostlyLegacy || alone != detection.encoding)
                        continue;
                }
            }
            cell.text = repaired;
            changed = true;
        }
    }
    if ((changed && fontConversions.isEmpty()) || legacy) {
        sheet.encoding = detection.encoding;
        sheet.encodingConfidence = detection.confidence;
    }
    clean(sheet);
}

} // namespace thidua
