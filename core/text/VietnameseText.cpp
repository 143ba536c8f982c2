#include "core/text/VietnameseText.h"

#include <QLocale>

namespace thidua {

QString VietnameseText::nfc(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C);
}

QString VietnameseText::clean(const QString& text)
{
    return nfc(text).simplified();
}

QString VietnameseText::canonicalTones(const QString& text)
{
    return text;
}

QString VietnameseText::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0111) || c == QChar(0x0110))
            out += QLatin1Char('d');
        else
            out += c.toLower();
    }
    return out;
}

QString VietnameseText::lowerCanonical(const QString& text)
{
    return canonicalTones(nfc(text)).toLower();
}

QString VietnameseText::upper(const QString& text)
{
    return nfc(text).toUpper();
}

QString VietnameseText::capitalizeWords(const QString& text)
{
    QString out = nfc(text).toLower();
    bool start = true;
    for (QChar& c : out) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = c.isSpace() || c == QLatin1Char('-');
    }
    return out;
}

} // namespace thidua
