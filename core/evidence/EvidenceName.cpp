#include "core/evidence/EvidenceName.h"

#include "core/text/VietnameseText.h"

#include <QStringList>

namespace thidua::EvidenceName {

namespace {

constexpr int MaxExtension = 10;

// Characters that never belong in a shown name: controls, format characters (bidi marks, zero-width), unassigned
// code points, private use and lone surrogates.
bool isDropped(QChar c, char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_NotAssigned:
    case QChar::Other_PrivateUse:
    case QChar::Other_Surrogate:
        return true;
    default:
        return c.isNonCharacter();
    }
}

QString dropInvisible(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            const char32_t cp = QChar::surrogateToUcs4(c, text[i + 1]);
            if (!isDropped(c, cp) && !QChar::isNonCharacter(cp)) {
                out.append(c);
                out.append(text[i + 1]);
            }
            ++i;
            continue;
        }
        if (c.isSpace())
            out.append(u' ');
        else if (!isDropped(c, c.unicode()))
            out.append(c);
    }
    return out;
}

QString withoutForbidden(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (QStringView(u"<>:\"|?*").contains(c))
            c = u'_';
    }
    return out;
}

QString trimDotsAndSpaces(QString text)
{
    auto trimmable = [](QChar c) { return c == u'.' || c == u' '; };
    qsizetype start = 0;
    while (start < text.size() && trimmable(text[start]))
        ++start;
    qsizetype end = text.size();
    while (end > start && trimmable(text[end - 1]))
        --end;
    return text.mid(start, end - start);
}

bool isReservedWindowsName(const QString& name)
{
    const QString stem = name.section(u'.', 0, 0).trimmed().toUpper();
    static const QStringList Reserved = { QStringLiteral("CON"),
        QStringLiteral("PRN"),
        QStringLiteral("AUX"),
        QStringLiteral("NUL"),
        QStringLiteral("CONIN$"),
        QStringLiteral("CONOUT$") };
    if (Reserved.contains(stem))
        return true;
    if (stem.size() == 4 && (stem.startsWith(u"COM") || stem.startsWith(u"LPT"))) {
        const QChar digit = stem[3];
        return (digit >= u'1' && digit <= u'9') || digit == QChar(0xB9) || digit == QChar(0xB2) || digit == QChar(0xB3);
    }
    return false;
}

// The longest start of `text` with at most `length` code units and `bytes` UTF-8 bytes, not splitting a surrogate
// pair nor a letter from its combining marks.
QString cut(const QString& text, qsizetype length, qsizetype bytes)
{
    qsizetype n = std::min(length, text.size());
    while (n > 0 && text.left(n).toUtf8().size() > bytes)
        --n;
    while (n > 0 && n < text.size() && (text[n].isLowSurrogate() || text[n].isMark()))
        --n;
    return text.left(n);
}

QString shorten(const QString& name)
{
    if (name.size() <= MaxLength && name.toUtf8().size() <= MaxBytes)
        return name;
    const qsizetype dot = name.lastIndexOf(u'.');
    const qsizetype extensionLength = dot > 0 ? name.size() - dot - 1 : -1;
    if (extensionLength > 0 && extensionLength <= MaxExtension) {
        const QString extension = name.mid(dot);
        return trimDotsAndSpaces(
                   cut(name.left(dot), MaxLength - extension.size(), MaxBytes - extension.toUtf8().size()))
            + extension;
    }
    return trimDotsAndSpaces(cut(name, MaxLength, MaxBytes));
}

} // namespace

QString clean(const QString& original)
{
    // Invisible characters first, so that they cannot hide a separator or keep a letter from its mark in NFC.
    QString name = VietnameseText::clean(dropInvisible(original));
    const qsizetype separator = std::max(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\'));
    if (separator >= 0)
        name = name.mid(separator + 1);
    name = trimDotsAndSpaces(withoutForbidden(name));
    if (isReservedWindowsName(name))
        name.prepend(u'_');
    name = shorten(name);
    if (name.isEmpty() || name.startsWith(u'.'))
        name.prepend(QStringLiteral("tep"));
    return name;
}

QString extension(const QString& name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0 || name.size() - dot - 1 > MaxExtension)
        return QString();
    return name.mid(dot + 1).toLower();
}

} // namespace thidua::EvidenceName
