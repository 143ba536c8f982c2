#include "ui/common/NaturalSortKey.h"

#include "core/text/VietnameseCollator.h"

namespace thidua {

QByteArray NaturalSortKey::make(const VietnameseCollator& collator, const QString& text)
{
    // Every run of digits padded to the same width, so the collator compares numbers by value.
    constexpr int Width = 8;
    QString padded;
    padded.reserve(text.size() + 2 * Width);
    for (qsizetype i = 0; i < text.size();) {
        if (!text[i].isDigit()) {
            padded += text[i++];
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text[end].isDigit())
            ++end;
        const qsizetype length = end - i;
        if (length < Width)
            padded += QString(Width - length, QLatin1Char('0'));
        padded += QStringView(text).mid(i, length);
        i = end;
    }
    return collator.sortKey(padded);
}

} // namespace thidua
